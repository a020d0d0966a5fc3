/**
 * Plan -> CarePlan (intent "plan"), with its care team as a CareTeam (the case manager by SNOMED
 * 768832004) and the patient's access choices as a Consent. The three share the plan's FHIR id and
 * version: they are one record in the IZP, written together.
 */
import type { AccessGrant, CareTeamMember, Plan } from '../core/model.js';
import { CASE_MANAGER, CodeSystems, Extensions, Identifiers, SNOMED } from './constants.js';
import { asArray, clean, codeFrom, concept, ext, extDate, extString } from './ext.js';
import { fhirId } from './ids.js';
import { patientRef, personFrom, personRef, recordRef, stampExt, stampFrom } from './people.js';
import { type MapContext, type Reader, defined, envelope } from './record.js';
import type { CodeableConcept, Extension, Reference, Resource } from './types.js';

const CONSENT_SCOPE = concept('http://terminology.hl7.org/CodeSystem/consentscope', 'patient-privacy');
const CONSENT_CATEGORY = concept('http://loinc.org', '59284-0', 'Patient Consent');
const OPT_IN = concept('http://terminology.hl7.org/CodeSystem/v3-ActCode', 'OPTIN');
const RECIPIENT = concept('http://terminology.hl7.org/CodeSystem/v3-ParticipationType', 'IRCP', 'information recipient');
const ACTION = 'http://terminology.hl7.org/CodeSystem/consentaction';

export interface PlanLinks {
  goalIds: string[];
  agreementIds: string[];
}

export const planRef = (planId: string): Reference => recordRef('CarePlan', Identifiers.plan, planId, fhirId);

/** The CarePlan, its CareTeam and (when the patient chose access) its Consent. */
export function planToFhir(plan: Plan, ctx: MapContext, links: PlanLinks): Resource[] {
  const base = envelope('CarePlan', Identifiers.plan, plan);
  const subject = patientRef(plan.patientId, plan.patientName, ctx.patientReference);
  const carePlan = clean({
    ...base,
    extension: [
      ...base.extension,
      ...ext(Extensions.nextEvaluationDate, plan.nextEvaluationDate ? { valueDate: plan.nextEvaluationDate } : undefined),
      ...ext(Extensions.evaluationSchedule, plan.evaluationSchedule ? { valueString: plan.evaluationSchedule } : undefined),
      ...ext(Extensions.closeReason, plan.closeReason ? { valueString: plan.closeReason } : undefined),
      ...stampExt(Extensions.closed, plan.closed),
      ...stampExt(Extensions.accorded, plan.accorded),
    ],
    status: plan.status,
    intent: 'plan',
    title: plan.title,
    subject,
    period: clean({ start: plan.start, end: plan.end }),
    created: plan.created.at,
    author: personRef(plan.created.by),
    careTeam: [{ reference: `CareTeam/${base.id}`, type: 'CareTeam' }],
    addresses: plan.conditions.map((display) => ({ display })),
    goal: links.goalIds.map((id) => recordRef('Goal', Identifiers.goal, id, fhirId)),
    activity: links.agreementIds.map((id) => ({ reference: recordRef('Task', Identifiers.agreement, id, fhirId) })),
  });
  const team = {
    resourceType: 'CareTeam',
    id: base.id,
    status: plan.status === 'completed' || plan.status === 'revoked' ? 'inactive' : 'active',
    name: plan.title ?? 'Zorgteam',
    subject,
    participant: [
      { role: [{ coding: [CASE_MANAGER] }], member: personRef(plan.caseManager) },
      ...plan.careTeam.map((m) => clean({
        extension: ext(Extensions.contact, m.contact ? { valueString: m.contact } : undefined),
        role: [concept(CodeSystems.role, m.role)],
        member: personRef(m),
      })),
    ],
  };
  return plan.access ? [carePlan, team, consentOf(plan, base.id, subject, plan.access)] : [carePlan, team];
}

function consentOf(plan: Plan, id: string, patient: Reference, access: AccessGrant[]): Resource {
  return {
    resourceType: 'Consent',
    id,
    status: 'active',
    scope: CONSENT_SCOPE,
    category: [CONSENT_CATEGORY],
    patient,
    policyRule: OPT_IN,
    // Closed to everyone the patient did not name: a deny with one permit per grant.
    provision: clean({
      type: 'deny',
      data: [{ meaning: 'instance', reference: planRef(plan.id) }],
      provision: access.map((g) => ({
        extension: stampExt(Extensions.granted, g.granted),
        type: 'permit',
        period: { start: g.granted.at },
        actor: [{ role: RECIPIENT, reference: personRef(g.actor) }],
        action: g.permission === 'write' ? [concept(ACTION, 'access'), concept(ACTION, 'correct')] : [concept(ACTION, 'access')],
      })),
    }),
  };
}

export function planFromFhir(carePlan: Resource, team: Resource | undefined, consent: Resource | undefined, read: Reader): Plan {
  const subject = carePlan.subject as Reference | undefined;
  const period = (carePlan.period ?? {}) as { start?: string; end?: string };
  const members = asArray<{ role?: CodeableConcept[]; member?: Reference; extension?: Extension[] }>(team?.participant);
  const isCaseManager = (p: { role?: CodeableConcept[] }) => codeFrom(p.role, SNOMED) === CASE_MANAGER.code;
  const manager = members.find(isCaseManager);
  if (!team) read.note(carePlan, 'careTeam', 'no CareTeam; the case manager is the author');
  const recorded = read.recorded(carePlan, Identifiers.plan);
  if (!period.start) read.note(carePlan, 'period.start', 'no start; the creation date is used');
  return defined({
    ...recorded,
    patientId: subject?.identifier?.value ?? subject?.reference?.split('/')[1],
    patientName: subject?.display,
    status: carePlan.status,
    title: carePlan.title,
    conditions: asArray<Reference>(carePlan.addresses).map((a) => a.display),
    caseManager: manager ? personFrom(manager.member) : carePlan.author ? personFrom(carePlan.author as Reference) : recorded.created.by,
    careTeam: members.filter((p) => !isCaseManager(p)).map((p) => defined({
      ...personFrom(p.member),
      role: codeFrom(p.role, CodeSystems.role),
      contact: extString(p, Extensions.contact),
    }) as CareTeamMember),
    access: consent ? accessFrom(consent, read) : undefined,
    start: period.start ?? recorded.created.at.slice(0, 10),
    end: period.end,
    nextEvaluationDate: extDate(carePlan, Extensions.nextEvaluationDate),
    evaluationSchedule: extString(carePlan, Extensions.evaluationSchedule),
    closeReason: extString(carePlan, Extensions.closeReason),
    closed: stampFrom(carePlan, Extensions.closed),
    accorded: stampFrom(carePlan, Extensions.accorded),
  }) as Plan;
}

function accessFrom(consent: Resource, read: Reader): AccessGrant[] {
  const root = (consent.provision ?? {}) as { provision?: unknown };
  return asArray<{ type?: string; actor?: { reference?: Reference }[]; action?: CodeableConcept[]; extension?: Extension[] }>(root.provision)
    .filter((p) => p.type === 'permit')
    .map((p) => ({
      actor: personFrom(p.actor?.[0]?.reference) as AccessGrant['actor'],
      permission: (p.action ?? []).some((a) => codeFrom(a, ACTION) === 'correct') ? 'write' : 'read',
      granted: stampFrom(p, Extensions.granted) ?? read.stamp(consent, p, Extensions.granted, 'granted'),
    }));
}
