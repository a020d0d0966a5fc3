/**
 * The HTTP contract as data: one entry per function of the core. The Hono app (app.ts) serves this
 * table and the OpenAPI document (openapi.ts) is generated from it, so the two cannot drift apart; the
 * REST client (client/) follows the same paths.
 *
 * Bodies are the core's own input schemas and are validated by the core (422 with its `issues[]`).
 * `If-Match` carries `expectedVersion`, `Izp-Change-Reason` (percent-encoded) the change reason; the
 * `ETag` of a response is the version of the record it returns.
 */
import type * as z from 'zod/mini';
import type { Izp } from '../core/api.js';
import type { PlanSnapshot } from '../core/model.js';
import { toFhirBundle } from '../fhir/index.js';
import {
  AccordInput, AgreementChanges, AgreementInput, CloseAgreementInput, CloseGoalInput, ClosePlanInput, CreatePlanInput, DiaryInput,
  EvaluateInput, GoalChanges, GoalInput, GrantAccessInput, MeasurementInput, ProfileChanges, UpdatePlanInput,
} from '../core/inputs.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Names of response shapes, resolved to schemas by the OpenAPI generator. */
export type Shape =
  | 'Plan' | 'Plan?' | 'Plan[]' | 'PlanSnapshot' | 'PlanSnapshot?' | 'Goal' | 'Agreement' | 'Evaluated' | 'PlanProfile' | 'MeasurementRecord'
  | 'DiaryEntry' | 'Overview' | 'PrintOverview' | 'Consultation' | 'AuditRecord[]' | 'Versions' | 'FhirBundle';

export interface ChangeOpts {
  expectedVersion?: number;
  reason?: string;
  signal?: AbortSignal;
}

export interface RouteCall {
  izp: Izp;
  /** Aborted when the client goes away: the core stops, and an unfinished change stores nothing. */
  signal: AbortSignal;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  opts: ChangeOpts;
}

export interface Route {
  method: Method;
  /** OpenAPI style: `/plans/{planId}/goals`. */
  path: string;
  /** The core function it calls; the OpenAPI operationId unless `id` is given. */
  operation: string;
  id?: string;
  summary: string;
  /** The core's input schema, or the name of a model schema (an imported plan is a whole snapshot). */
  body?: z.ZodMiniType | 'PlanSnapshot';
  /** The body may be left out (accord everything). */
  optionalBody?: boolean;
  query?: Record<string, { type: 'boolean' | 'string'; description: string }>;
  response: Shape;
  /** 201 for a created record. */
  created?: boolean;
  /** `If-Match` means something here (a change of one record). */
  conditional?: boolean;
  call(c: RouteCall): Promise<unknown>;
}

const p = (c: RouteCall, name: string) => c.params[name] ?? '';

export const routes: Route[] = [
  // ---- the plan --------------------------------------------------------------------------------
  { method: 'GET', path: '/patients/{patientId}/plan', operation: 'getPlanForPatient', response: 'Plan?',
    summary: 'The patient\'s open plan, else the latest closed one; 404 when there is none.',
    call: (c) => c.izp.getPlanForPatient(p(c, 'patientId'), { signal: c.signal }) },
  { method: 'GET', path: '/patients/{patientId}/plans', operation: 'listPlans', response: 'Plan[]',
    summary: 'Every plan of the patient the user may read, oldest first.',
    call: (c) => c.izp.listPlans(p(c, 'patientId'), { signal: c.signal }) },
  { method: 'POST', path: '/plans', operation: 'createPlan', body: CreatePlanInput, response: 'Plan', created: true,
    summary: '1 Invoeren nieuw IZP: a concept plan for a patient without an open plan.',
    call: (c) => c.izp.createPlan(c.body as CreatePlanInput, c.opts) },
  { method: 'POST', path: '/plans/import', operation: 'importPlan', body: 'PlanSnapshot', response: 'PlanSnapshot', created: true,
    summary: 'Stores a whole plan made elsewhere (a FHIR import) for a patient without an open plan; ids kept.',
    call: (c) => c.izp.importPlan(c.body as PlanSnapshot, c.opts) },
  { method: 'GET', path: '/plans/{planId}', operation: 'getPlan', response: 'PlanSnapshot?',
    summary: 'The plan with all its goals, agreements, evaluations and modules.',
    call: (c) => c.izp.getPlan(p(c, 'planId'), { signal: c.signal }) },
  { method: 'PATCH', path: '/plans/{planId}', operation: 'updatePlan', body: UpdatePlanInput, response: 'Plan', conditional: true,
    summary: 'Changes the plan\'s own fields; null clears a field.',
    call: (c) => c.izp.updatePlan(p(c, 'planId'), c.body as UpdatePlanInput, c.opts) },
  { method: 'POST', path: '/plans/{planId}/accord', operation: 'accordPlan', body: AccordInput, optionalBody: true, response: 'PlanSnapshot', conditional: true,
    summary: 'The case manager accords the concept: it becomes current.',
    call: (c) => c.izp.accordPlan(p(c, 'planId'), (c.body ?? {}), c.opts) },
  { method: 'POST', path: '/plans/{planId}/close', operation: 'closePlan', body: ClosePlanInput, response: 'PlanSnapshot', conditional: true,
    summary: '2 Afsluiten IZP, closing every open goal and agreement with it.',
    call: (c) => c.izp.closePlan(p(c, 'planId'), c.body as ClosePlanInput, c.opts) },
  // ---- goals and agreements --------------------------------------------------------------------
  { method: 'POST', path: '/plans/{planId}/goals', operation: 'addGoal', body: GoalInput, response: 'Goal', created: true, conditional: true,
    summary: '3 Invoeren doel.',
    call: (c) => c.izp.addGoal(p(c, 'planId'), c.body as GoalInput, c.opts) },
  { method: 'PATCH', path: '/plans/{planId}/goals/{goalId}', operation: 'updateGoal', body: GoalChanges, response: 'Goal', conditional: true,
    summary: 'Changes a goal; null clears a field.',
    call: (c) => c.izp.updateGoal(p(c, 'planId'), p(c, 'goalId'), c.body as GoalChanges, c.opts) },
  { method: 'POST', path: '/plans/{planId}/goals/{goalId}/close', operation: 'closeGoal', body: CloseGoalInput, response: 'Goal', conditional: true,
    summary: '4 Afsluiten doel, closing its open agreements.',
    call: (c) => c.izp.closeGoal(p(c, 'planId'), p(c, 'goalId'), c.body as CloseGoalInput, c.opts) },
  { method: 'POST', path: '/plans/{planId}/goals/{goalId}/agreements', operation: 'addAgreement', body: AgreementInput, response: 'Agreement', created: true, conditional: true,
    summary: '5 Invoeren nieuwe afspraak.',
    call: (c) => c.izp.addAgreement(p(c, 'planId'), p(c, 'goalId'), c.body as AgreementInput, c.opts) },
  { method: 'PATCH', path: '/plans/{planId}/agreements/{agreementId}', operation: 'updateAgreement', body: AgreementChanges, response: 'Agreement', conditional: true,
    summary: '6 Aanpassen afspraak: the next version; earlier ones stay in the history.',
    call: (c) => c.izp.updateAgreement(p(c, 'planId'), p(c, 'agreementId'), c.body as AgreementChanges, c.opts) },
  { method: 'POST', path: '/plans/{planId}/agreements/{agreementId}/close', operation: 'closeAgreement', body: CloseAgreementInput, response: 'Agreement', conditional: true,
    summary: '7 Afsluiten afspraak.',
    call: (c) => c.izp.closeAgreement(p(c, 'planId'), p(c, 'agreementId'), c.body as CloseAgreementInput, c.opts) },
  // ---- reading the plan ------------------------------------------------------------------------
  { method: 'GET', path: '/plans/{planId}/overview', operation: 'getOverview', response: 'Overview',
    summary: '8 Overzicht: goals with their agreements, by domain, who does what, what is due.',
    call: (c) => c.izp.getOverview(p(c, 'planId'), { signal: c.signal }) },
  { method: 'GET', path: '/plans/{planId}/print', operation: 'getPrintOverview', response: 'PrintOverview',
    query: { includeClosed: { type: 'boolean', description: 'Include closed goals and agreements.' }, date: { type: 'string', description: 'The day printed on the page (YYYY-MM-DD).' } },
    summary: '9 Overzicht uitdraaien: the patient\'s printout as data; the print is audited.',
    call: (c) => c.izp.getPrintOverview(p(c, 'planId'), { ...printOptions(c.query), signal: c.signal }) },
  { method: 'GET', path: '/plans/{planId}/consultation', operation: 'getConsultation', response: 'Consultation',
    summary: 'The start of a consultation: what was agreed, what is due, what changed.',
    call: (c) => c.izp.getConsultation(p(c, 'planId'), { signal: c.signal }) },
  { method: 'GET', path: '/plans/{planId}/history', operation: 'history', response: 'AuditRecord[]',
    query: { views: { type: 'boolean', description: 'Include the records of reads (who looked at the plan).' } },
    summary: 'Every change to the plan (and every refusal and print), oldest first.',
    call: (c) => c.izp.history(p(c, 'planId'), { signal: c.signal, ...(c.query.get('views') === 'true' ? { views: true } : {}) }) },
  { method: 'GET', path: '/plans/{planId}/fhir', operation: 'exportFhir', response: 'FhirBundle',
    summary: 'The whole plan with its history as a FHIR R4 Bundle (collection), as <izp-fhir-export> downloads it.',
    call: async (c) => {
      const id = p(c, 'planId');
      const [snapshot, history] = await Promise.all([c.izp.getPlan(id, { signal: c.signal }), c.izp.history(id, { signal: c.signal })]);
      return snapshot ? toFhirBundle(snapshot, { type: 'collection', history }) : null;
    } },
  { method: 'GET', path: '/plans/{planId}/versions', operation: 'versions', id: 'planVersions', response: 'Versions',
    summary: 'Every version of the plan, oldest first.',
    call: (c) => c.izp.versions(p(c, 'planId'), 'plan', p(c, 'planId'), { signal: c.signal }) },
  { method: 'GET', path: '/plans/{planId}/goals/{goalId}/versions', operation: 'versions', id: 'goalVersions', response: 'Versions',
    summary: 'Every version of a goal, oldest first.',
    call: (c) => c.izp.versions(p(c, 'planId'), 'goal', p(c, 'goalId'), { signal: c.signal }) },
  { method: 'GET', path: '/plans/{planId}/agreements/{agreementId}/versions', operation: 'versions', id: 'agreementVersions', response: 'Versions',
    summary: 'Every version of an agreement, oldest first.',
    call: (c) => c.izp.versions(p(c, 'planId'), 'agreement', p(c, 'agreementId'), { signal: c.signal }) },
  { method: 'GET', path: '/plans/{planId}/versions/{kind}/{recordId}', operation: 'versions', id: 'recordVersions', response: 'Versions',
    summary: 'Every version of any record of the plan by kind (profile, ...), oldest first.',
    call: (c) => c.izp.versions(p(c, 'planId'), p(c, 'kind') as 'plan', p(c, 'recordId'), { signal: c.signal }) },
  // ---- following up, access, modules ----------------------------------------------------------
  { method: 'POST', path: '/plans/{planId}/evaluations', operation: 'evaluate', body: EvaluateInput, response: 'Evaluated', created: true, conditional: true,
    summary: 'Evaluates an agreement, a goal or the plan, with the adjustment in the same change.',
    call: (c) => c.izp.evaluate(p(c, 'planId'), c.body as EvaluateInput, c.opts) },
  { method: 'POST', path: '/plans/{planId}/access', operation: 'grantAccess', body: GrantAccessInput, response: 'Plan', conditional: true,
    summary: 'The patient grants a person read or write access.',
    call: (c) => c.izp.grantAccess(p(c, 'planId'), c.body as GrantAccessInput, c.opts) },
  { method: 'DELETE', path: '/plans/{planId}/access/{actorId}', operation: 'revokeAccess', response: 'Plan', conditional: true,
    summary: 'The patient withdraws a person\'s access; from then on they get 403 (and it is audited).',
    call: (c) => c.izp.revokeAccess(p(c, 'planId'), p(c, 'actorId'), c.opts) },
  { method: 'PATCH', path: '/plans/{planId}/profile', operation: 'updateProfile', body: ProfileChanges, response: 'PlanProfile', conditional: true,
    summary: 'The optional modules; If-Match: "0" for the first save.',
    call: (c) => c.izp.updateProfile(p(c, 'planId'), c.body as ProfileChanges, c.opts) },
  { method: 'POST', path: '/plans/{planId}/measurements', operation: 'addMeasurement', body: MeasurementInput, response: 'MeasurementRecord', created: true,
    summary: 'A measured value, by the team or the patient at home.',
    call: (c) => c.izp.addMeasurement(p(c, 'planId'), c.body as MeasurementInput, c.opts) },
  { method: 'POST', path: '/plans/{planId}/diary', operation: 'addDiaryEntry', body: DiaryInput, response: 'DiaryEntry', created: true,
    summary: 'The patient\'s diary; only the patient writes.',
    call: (c) => c.izp.addDiaryEntry(p(c, 'planId'), c.body as DiaryInput, c.opts) },
];

/** Query strings are text; the core validates the rest (a bad date is a 422 naming `date`). */
function printOptions(query: URLSearchParams): { includeClosed?: boolean; date?: string } {
  const includeClosed = query.get('includeClosed');
  const date = query.get('date');
  return {
    ...(includeClosed !== null ? { includeClosed: includeClosed === 'true' || includeClosed === '1' } : {}),
    ...(date !== null ? { date } : {}),
  };
}

/** `/plans/{planId}` → `/plans/:planId` for Hono. */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** The version a response carries in its ETag: the record's own, or the plan's for a snapshot. */
export function versionOf(result: unknown): number | undefined {
  if (!result || typeof result !== 'object') return undefined;
  const r = result as { version?: unknown; plan?: { version?: unknown } };
  if (typeof r.version === 'number') return r.version;
  if (r.plan && typeof r.plan.version === 'number') return r.plan.version;
  return undefined;
}
