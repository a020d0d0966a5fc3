/**
 * The audit trail (NEN 7513). A change -> Provenance (who, on whose behalf, when, what, why), targeting
 * the changed record and its CarePlan; a read such as a printout or a refused access -> AuditEvent. The
 * record as it was and as it became travel as JSON in two extensions: FHIR's own way (versioned
 * references) needs version ids a server assigns only after the transaction.
 */
import type { AuditRecord } from '../core/audit.js';
import { CodeSystems, Extensions, Identifiers } from './constants.js';
import { asArray, clean, codeFrom, concept, ext, extInteger, extString, findExt } from './ext.js';
import { fhirId } from './ids.js';
import { patientRef, personFrom, personRef, recordRef } from './people.js';
import { planRef } from './plan.js';
import { defined } from './record.js';
import type { CodeableConcept, Extension, Reference, Resource } from './types.js';

const TYPES = {
  plan: ['CarePlan', Identifiers.plan], goal: ['Goal', Identifiers.goal], agreement: ['Task', Identifiers.agreement],
  evaluation: ['Observation', Identifiers.evaluation], measurement: ['Observation', Identifiers.measurement],
  profile: ['QuestionnaireResponse', Identifiers.profile], diary: ['Communication', Identifiers.diary],
} as const;
const ENTERER = concept('http://terminology.hl7.org/CodeSystem/provenance-participant-type', 'enterer', 'Enterer');
const AUDIT_TYPE = { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest', display: 'RESTful Operation' };

/** A read leaves the record unchanged: before and after are both null. */
export const isRead = (r: AuditRecord) => r.before === null && r.after === null;

export function auditToFhir(r: AuditRecord, sequence?: number): Resource {
  const [type, system] = TYPES[r.target.kind];
  const target = { ...recordRef(type, system, r.target.id, fhirId), extension: ext(Extensions.auditTarget, { valueCode: r.target.kind }) };
  const extension = [
    ...ext(Extensions.patient, { valueReference: patientRef(r.patientId) }),
    ...ext(Extensions.recordVersion, r.target.version !== undefined ? { valueInteger: r.target.version } : undefined),
    ...ext(Extensions.auditBefore, r.before ? { valueString: JSON.stringify(r.before) } : undefined),
    ...ext(Extensions.auditAfter, r.after ? { valueString: JSON.stringify(r.after) } : undefined),
    ...ext(Extensions.auditSequence, sequence !== undefined ? { valueInteger: sequence } : undefined),
  ];
  const who = personRef(r.user);
  const activity = concept(CodeSystems.auditAction, r.action);
  const targets = r.target.kind === 'plan' ? [target] : [target, planRef(r.planId)];
  if (isRead(r)) {
    return clean({
      resourceType: 'AuditEvent', id: fhirId(r.id), extension,
      type: AUDIT_TYPE, subtype: activity.coding, action: 'R', recorded: r.at,
      outcome: r.action === 'access.denied' ? '4' : '0', outcomeDesc: r.reason,
      // AuditEvent.agent has no onBehalfOf in R4; the person acted for rides in an extension.
      agent: [clean({ who, requestor: true, extension: r.onBehalfOf ? [{ url: Extensions.onBehalfOf, valueReference: personRef(r.onBehalfOf) }] : undefined })],
      source: { observer: { display: 'izp-sdk' } },
      // AuditEvent has no identifier; the IZP id of the audit record is the first entity's name.
      entity: [{ what: targets[0], name: r.id }, ...targets.slice(1).map((what) => ({ what }))],
    });
  }
  return clean({
    resourceType: 'Provenance', id: fhirId(r.id), extension,
    target: targets,
    recorded: r.at,
    occurredDateTime: r.at,
    reason: r.reason ? [{ text: r.reason }] : undefined,
    activity,
    agent: [clean({ type: ENTERER, who, onBehalfOf: r.onBehalfOf ? personRef(r.onBehalfOf) : undefined })],
    entity: [{ role: 'source', what: { identifier: { system: Identifiers.audit, value: r.id }, display: r.id } }],
  });
}

export function auditFromFhir(resource: Resource): AuditRecord {
  const read = resource.resourceType === 'AuditEvent';
  const entities = asArray<{ what?: Reference; name?: string }>(resource.entity);
  const target = read ? entities[0]?.what : asArray<Reference>(resource.target)[0];
  const plan = read ? entities.map((e) => e.what).find((w) => w?.type === 'CarePlan') : asArray<Reference>(resource.target).find((t) => t.type === 'CarePlan');
  const agent = asArray<{ who?: Reference; onBehalfOf?: Reference; extension?: Extension[] }>(resource.agent)[0];
  const onBehalf = read ? findExt(agent, Extensions.onBehalfOf)?.valueReference : agent?.onBehalfOf;
  const json = (url: string) => {
    const text = extString(resource, url);
    return text === undefined ? null : (JSON.parse(text) as Record<string, unknown>);
  };
  return defined({
    id: read ? entities[0]?.name : entities[0]?.what?.identifier?.value,
    at: resource.recorded,
    user: personFrom(agent?.who),
    onBehalfOf: onBehalf ? personFrom(onBehalf) : undefined,
    patientId: findExt(resource, Extensions.patient)?.valueReference?.identifier?.value,
    planId: plan?.identifier?.value,
    action: read ? asArray<{ system?: string; code?: string }>(resource.subtype).find((c) => c.system === CodeSystems.auditAction)?.code
      : codeFrom(resource.activity as CodeableConcept | undefined, CodeSystems.auditAction),
    target: defined({ kind: findExt(target, Extensions.auditTarget)?.valueCode, id: target?.identifier?.value, version: extInteger(resource, Extensions.recordVersion) }),
    before: json(Extensions.auditBefore),
    after: json(Extensions.auditAfter),
    reason: read ? resource.outcomeDesc : asArray<{ text?: string }>(resource.reason)[0]?.text,
  }) as AuditRecord;
}

export const auditSequence = (resource: Resource) => extInteger(resource, Extensions.auditSequence);
