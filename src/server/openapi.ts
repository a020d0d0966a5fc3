/**
 * The OpenAPI 3.1 document, generated from the route table and the core's zod schemas (zod 4's JSON
 * Schema output, which reads zod/mini schemas too). Served at `/openapi.json` and kept in the repository
 * as `openapi.json`; a test fails when the two differ, so a change to a schema is a visible change to the
 * contract. `npm run openapi` writes the file again.
 */
import * as z from 'zod/mini';
import { AuditRecord } from '../core/audit.js';
import { Agreement, DiaryEntry, Evaluation, Goal, MeasurementRecord, Plan, PlanProfile } from '../core/model.js';
import { routes, type Route, type Shape } from './routes.js';

type Json = Record<string, unknown>;

const records = { Plan, Goal, Agreement, Evaluation, PlanProfile, MeasurementRecord, DiaryEntry, AuditRecord };

function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const snapshot: Json = {
  type: 'object',
  required: ['plan', 'goals', 'agreements', 'evaluations', 'profile', 'measurements', 'diary'],
  properties: {
    plan: ref('Plan'), goals: { type: 'array', items: ref('Goal') }, agreements: { type: 'array', items: ref('Agreement') },
    evaluations: { type: 'array', items: ref('Evaluation') }, profile: { anyOf: [ref('PlanProfile'), { type: 'null' }] },
    measurements: { type: 'array', items: ref('MeasurementRecord') }, diary: { type: 'array', items: ref('DiaryEntry') },
  },
};

/** Read models computed by the core; described, not schematised field by field (see the core's types). */
const readModel = (description: string): Json => ({ type: 'object', description });

function responseSchema(shape: Shape): Json {
  switch (shape) {
    case 'Plan?': return ref('Plan');
    case 'Plan[]': return { type: 'array', items: ref('Plan') };
    case 'PlanSnapshot?': return ref('PlanSnapshot');
    case 'AuditRecord[]': return { type: 'array', items: ref('AuditRecord') };
    case 'Versions': return { type: 'array', items: { type: 'object', description: 'One version of the record, oldest first.' } };
    case 'FhirBundle': return { type: 'object', description: 'A FHIR R4 Bundle of type collection: the plan\'s resources and its Provenance and AuditEvent history (see docs/fhir.md).' };
    case 'Evaluated': return { type: 'object', required: ['evaluation', 'snapshot'], properties: { evaluation: ref('Evaluation'), snapshot: ref('PlanSnapshot') } };
    default: return ref(shape);
  }
}

const problem: Json = {
  type: 'object',
  description: 'RFC 9457 problem details with the core\'s error code and messages in Dutch and English.',
  required: ['type', 'title', 'status', 'detail', 'code', 'messages'],
  properties: {
    type: { type: 'string', format: 'uri' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' },
    code: { type: 'string', examples: ['validation', 'not-found', 'conflict', 'forbidden', 'rule', 'unavailable', 'bad-request', 'too-large', 'unauthenticated'] },
    messages: { type: 'object', required: ['nl', 'en'], properties: { nl: { type: 'string' }, en: { type: 'string' } } },
    issues: { type: 'array', description: 'For 422: each failing field, as ValidationError.issues.', items: {
      type: 'object', required: ['path', 'code', 'messages'], properties: { path: { type: 'string' }, code: { type: 'string' }, messages: { type: 'object' } },
    } },
    current: { description: 'For 412/409 conflicts: the record as it is stored now.' },
    kind: { type: 'string' }, id: { type: 'string' }, expectedVersion: { type: 'integer' }, actualVersion: { type: ['integer', 'null'] },
    rule: { type: 'string', description: 'For 409 rule errors: which rule.' },
  },
};

const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });

function operation(route: Route): Json {
  const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 128 } }));
  const query = Object.entries(route.query ?? {}).map(([name, q]) => ({ name, in: 'query', required: false, description: q.description, schema: { type: q.type } }));
  const write = route.method !== 'GET';
  const headers = write
    ? [
        ...(route.conditional ? [{ name: 'If-Match', in: 'header', required: false, description: 'The version the user saw (expectedVersion), as an ETag: "3".', schema: { type: 'string' } }] : []),
        { name: 'Izp-Change-Reason', in: 'header', required: false, description: 'Why (kept in the audit trail), percent-encoded.', schema: { type: 'string' } },
        { name: 'Idempotency-Key', in: 'header', required: false, description: 'A retry with the same key returns the first answer and stores nothing twice.', schema: { type: 'string', maxLength: 255 } },
      ]
    : [];
  const ok = route.created ? '201' : '200';
  return {
    operationId: route.id ?? route.operation,
    summary: route.summary,
    parameters: [...params, ...query, ...headers],
    ...(route.body ? { requestBody: { required: !route.optionalBody, content: { 'application/json': { schema: ref(route.body === 'PlanSnapshot' ? 'PlanSnapshot' : bodyName(route)) } } } } : {}),
    responses: {
      [ok]: {
        description: 'The result; ETag is the version of the record returned.',
        headers: { ETag: { schema: { type: 'string' } } },
        content: { 'application/json': { schema: responseSchema(route.response) } },
      },
      ...(write ? { '400': problemResponse('Not JSON, or a bad header.'), '413': problemResponse('The body is over the limit.') } : {}),
      '401': problemResponse('Not authenticated.'),
      '403': problemResponse('The user may not do this (the refusal is audited).'),
      '404': problemResponse('No such plan, goal or agreement.'),
      ...(write ? {
        '409': problemResponse('A rule of the care plan (rule), a conflict without If-Match, or an idempotent request still running.'),
        '412': problemResponse('Changed by someone else since the version in If-Match; `current` holds it.'),
        '422': problemResponse('Invalid input; `issues[]` names each field.'),
      } : {}),
      '503': problemResponse('Storage unavailable; nothing was stored.'),
    },
  };
}

function bodyName(route: Route): string {
  return `${route.operation[0]!.toUpperCase()}${route.operation.slice(1)}Body`;
}

export function openApiDocument(): Json {
  const paths: Record<string, Json> = {};
  const bodies: Record<string, Json> = {};
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
    if (route.body && route.body !== 'PlanSnapshot') bodies[bodyName(route)] = jsonSchema(route.body, 'input');
  }
  paths['/plans/{planId}/events'] = {
    get: {
      operationId: 'events',
      summary: 'Server-Sent Events: `ready`, then one `change` event ({planId, actions, at, version}) per committed change.',
      parameters: [{ name: 'planId', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { '200': { description: 'An event stream.', content: { 'text/event-stream': { schema: { type: 'string' } } } }, '401': problemResponse('Not authenticated.'), '403': problemResponse('Not allowed.'), '404': problemResponse('No such plan.') },
    },
  };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'izp-sdk reference server',
      version: '0.1.0',
      description: 'The Individueel Zorgplan over HTTP: the core\'s functions as resources. The server runs the core for the authenticated user; every change is validated, version-checked and audited there.',
    },
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        ...Object.fromEntries(Object.entries(records).map(([name, schema]) => [name, jsonSchema(schema, 'output')])),
        PlanSnapshot: snapshot,
        Overview: readModel('8 Overzicht: the plan, goals with their agreements, byDomain, patientDoes, providersDo, informalCarersDo, due, counts.'),
        PrintOverview: readModel('9 Overzicht uitdraaien: per goal selfActions, providerActions, carerActions; contact person; next evaluation.'),
        Consultation: readModel('agreed, due, since, changes, lastEvaluations.'),
        Problem: problem,
        ...bodies,
      },
    },
  };
}
