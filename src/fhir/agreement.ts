/**
 * Agreement -> Task (zib CareAgreement / ZorgAfspraak), referenced from CarePlan.activity.reference.
 *
 * Why a Task and not CarePlan.activity.detail: an agreement has its own identity, version and history
 * (changing one makes a new version and keeps the old), its own status with the NHG "concept" stage
 * (Task.status "draft"; activity.detail.status has no draft), and is changed by one professional while
 * another changes a goal. A Task is its own resource with its own version, so two people editing two
 * agreements never collide on the CarePlan, and each change has a Provenance of its own.
 */
import type { Agreement, AgreementStatus, Performer } from '../core/model.js';
import { CodeSystems, Extensions, Identifiers } from './constants.js';
import { asArray, clean, codeFrom, concept, ext, extCode, extDate, extString } from './ext.js';
import { fhirId } from './ids.js';
import { patientRef, personFrom, personRef, recordRef, refId, stampExt, stampFrom } from './people.js';
import { planRef } from './plan.js';
import { type MapContext, type Reader, defined, envelope } from './record.js';
import type { CodeableConcept, Reference, Resource } from './types.js';

/** The nearest Task.status; the exact IZP status travels in businessStatus. */
const TASK_STATUS: Record<AgreementStatus, string> = {
  draft: 'draft', 'not-started': 'ready', 'in-progress': 'in-progress', 'on-hold': 'on-hold',
  completed: 'completed', stopped: 'cancelled', cancelled: 'cancelled',
};
/** For Tasks from other systems, which carry no businessStatus of ours. */
const FROM_TASK: Record<string, AgreementStatus> = {
  draft: 'draft', requested: 'not-started', received: 'not-started', accepted: 'not-started', ready: 'not-started',
  'in-progress': 'in-progress', 'on-hold': 'on-hold', completed: 'completed', failed: 'stopped', cancelled: 'cancelled',
};
const PERFORMER_TYPE = { patient: 'Patient', provider: 'Practitioner', 'informal-carer': 'RelatedPerson' } as const;

const input = (code: string, value: object) => ({ type: concept(CodeSystems.kind, code), ...value });

export function agreementToFhir(a: Agreement, ctx: MapContext): Resource {
  const base = envelope('Task', Identifiers.agreement, a);
  // A performer is a kind, maybe a name, maybe a role: the Reference's type, display and role extension.
  const owner: Reference = clean({
    type: PERFORMER_TYPE[a.performer.kind],
    display: a.performer.name,
    extension: a.performer.role ? personRef({ name: '-', role: a.performer.role }).extension : undefined,
  });
  return clean({
    ...base,
    extension: [
      ...base.extension,
      ...ext(Extensions.evaluationDate, a.evaluationDate ? { valueDate: a.evaluationDate } : undefined),
      ...ext(Extensions.closedWith, a.closedWith ? { valueCode: a.closedWith } : undefined),
      ...ext(Extensions.changeReason, a.changeReason ? { valueString: a.changeReason } : undefined),
      ...stampExt(Extensions.closed, a.closed),
    ],
    basedOn: [planRef(a.planId)],
    status: TASK_STATUS[a.status],
    statusReason: a.closeNote ? { text: a.closeNote } : undefined,
    businessStatus: concept(CodeSystems.agreementStatus, a.status),
    intent: 'plan',
    description: a.description,
    for: patientRef(ctx.patientId, ctx.patientName, ctx.patientReference),
    authoredOn: a.created.at,
    // Task inv-1 wants lastModified >= authoredOn; the stamps themselves travel in extensions anyway.
    lastModified: Date.parse(a.updated.at) >= Date.parse(a.created.at) ? a.updated.at : undefined,
    performerType: [concept(CodeSystems.kind, `performer-${a.performer.kind}`)],
    owner,
    reasonReference: recordRef('Goal', Identifiers.goal, a.goalId, fhirId),
    restriction: a.start || a.end ? { period: clean({ start: a.start, end: a.end }) } : undefined,
    input: [
      ...(a.support ? [input('support', { valueString: a.support })] : []),
      ...(a.frequency ? [input('frequency', { valueTiming: { code: { text: a.frequency } } })] : []),
    ],
  });
}

export function agreementFromFhir(resource: Resource, read: Reader): Agreement {
  const inputs = asArray<{ type?: CodeableConcept; valueString?: string; valueTiming?: { code?: { text?: string } } }>(resource.input);
  const find = (code: string) => inputs.find((i) => codeFrom(i.type, CodeSystems.kind) === code);
  const owner = resource.owner as Reference | undefined;
  const kind = codeFrom(resource.performerType as CodeableConcept[] | undefined, CodeSystems.kind)?.replace(/^performer-/, '')
    ?? (owner?.type === 'Patient' ? 'patient' : owner?.type === 'RelatedPerson' ? 'informal-carer' : 'provider');
  const named = personFrom(owner);
  const status = codeFrom(resource.businessStatus as CodeableConcept | undefined, CodeSystems.agreementStatus)
    ?? FROM_TASK[resource.status as string] ?? resource.status;
  const period = (resource.restriction as { period?: { start?: string; end?: string } } | undefined)?.period;
  return defined({
    ...read.recorded(resource, Identifiers.agreement),
    planId: refId(asArray<Reference>(resource.basedOn)[0]),
    goalId: refId(resource.reasonReference as Reference | undefined),
    description: resource.description,
    performer: defined({ kind, name: named?.name, role: named?.role }) as Performer,
    support: find('support')?.valueString,
    frequency: find('frequency')?.valueTiming?.code?.text,
    start: period?.start,
    end: period?.end,
    evaluationDate: extDate(resource, Extensions.evaluationDate),
    status,
    closeNote: (resource.statusReason as CodeableConcept | undefined)?.text,
    closedWith: extCode(resource, Extensions.closedWith),
    closed: stampFrom(resource, Extensions.closed),
    changeReason: extString(resource, Extensions.changeReason),
  }) as Agreement;
}
