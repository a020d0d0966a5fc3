/**
 * Goal -> Goal (zib TreatmentObjective / Behandeldoel): the description in the patient's words, the
 * SFMPC domain as category, targets with measure, detail and due date, priority, who expressed it,
 * lifecycleStatus and achievementStatus, and the outcome when closed.
 */
import type { Goal, Target } from '../core/model.js';
import { CodeSystems, Extensions, Identifiers } from './constants.js';
import { asArray, clean, codeFrom, concept, ext, extCode, extString, findExt } from './ext.js';
import { patientRef, refId, stampExt, stampFrom } from './people.js';
import { planRef } from './plan.js';
import { type MapContext, type Reader, defined, envelope } from './record.js';
import type { CodeableConcept, Quantity, Reference, Resource } from './types.js';

const PRIORITY = 'http://terminology.hl7.org/CodeSystem/goal-priority';
const ACHIEVEMENT = 'http://terminology.hl7.org/CodeSystem/goal-achievement';

export function goalToFhir(goal: Goal, ctx: MapContext): Resource {
  const base = envelope('Goal', Identifiers.goal, goal);
  return clean({
    ...base,
    extension: [
      ...base.extension,
      { url: Extensions.plan, valueReference: planRef(goal.planId) },
      ...ext(Extensions.closeNote, goal.closeNote ? { valueString: goal.closeNote } : undefined),
      ...ext(Extensions.closedWith, goal.closedWith ? { valueCode: goal.closedWith } : undefined),
      ...stampExt(Extensions.closed, goal.closed),
    ],
    lifecycleStatus: goal.status,
    achievementStatus: goal.achievement ? concept(ACHIEVEMENT, goal.achievement) : undefined,
    category: [concept(CodeSystems.sfmpc, goal.domain)],
    priority: goal.priority ? concept(PRIORITY, `${goal.priority}-priority`) : undefined,
    description: { text: goal.description },
    subject: patientRef(ctx.patientId, ctx.patientName, ctx.patientReference),
    startDate: goal.start,
    target: goal.targets.map(targetToFhir),
    expressedBy: { type: goal.expressedBy === 'patient' ? 'Patient' : 'Practitioner' },
    note: goal.note ? [{ text: goal.note }] : undefined,
    outcomeCode: goal.outcome ? [concept(CodeSystems.goalOutcome, goal.outcome)] : undefined,
  });
}

export function targetToFhir(t: Target) {
  const numeric = t.value !== undefined || t.unit !== undefined || (t.comparator !== undefined && t.comparator !== '=');
  const quantity: Quantity = clean({
    value: t.value,
    comparator: t.comparator === '=' ? undefined : t.comparator,
    unit: t.unit || undefined,
  });
  return clean({
    extension: [
      // Quantity has no "=": an exact target keeps its comparator here.
      ...ext(Extensions.targetComparator, t.comparator === '=' ? { valueCode: '=' } : undefined),
      ...ext(Extensions.emptyUnit, t.unit === '' ? { valueBoolean: true } : undefined),
      ...ext(Extensions.targetDescription, numeric && t.description ? { valueString: t.description } : undefined),
    ],
    measure: { text: t.measure },
    detailQuantity: numeric && Object.keys(quantity).length ? quantity : undefined,
    detailString: numeric ? undefined : t.description,
    dueDate: t.due,
  });
}

export function targetFromFhir(t: { measure?: CodeableConcept; detailQuantity?: Quantity; detailString?: string; dueDate?: string; extension?: [] }): Target {
  const q = t.detailQuantity;
  return defined({
    measure: t.measure?.text ?? t.measure?.coding?.[0]?.display ?? t.measure?.coding?.[0]?.code,
    comparator: extCode(t, Extensions.targetComparator) ?? q?.comparator,
    value: q?.value,
    unit: findExt(t, Extensions.emptyUnit) ? '' : q?.unit,
    description: extString(t, Extensions.targetDescription) ?? t.detailString,
    due: t.dueDate,
  }) as Target;
}

export function goalFromFhir(resource: Resource, read: Reader): Goal {
  const plan = findExt(resource, Extensions.plan)?.valueReference;
  const domain = codeFrom(resource.category as CodeableConcept[] | undefined, CodeSystems.sfmpc);
  if (!domain) read.note(resource, 'category', 'no SFMPC domain; set to "somatic", please check');
  const priority = codeFrom(resource.priority as CodeableConcept | undefined, PRIORITY);
  const expressedBy = (resource.expressedBy as Reference | undefined)?.type;
  return defined({
    ...read.recorded(resource, Identifiers.goal),
    planId: refId(plan),
    description: (resource.description as CodeableConcept | undefined)?.text,
    domain: domain ?? 'somatic',
    targets: asArray<Parameters<typeof targetFromFhir>[0]>(resource.target).map(targetFromFhir),
    priority: priority?.replace(/-priority$/, ''),
    expressedBy: expressedBy === undefined || expressedBy === 'Patient' ? 'patient' : 'provider',
    status: resource.lifecycleStatus,
    achievement: codeFrom(resource.achievementStatus as CodeableConcept | undefined, ACHIEVEMENT),
    start: resource.startDate,
    note: asArray<{ text?: string }>(resource.note)[0]?.text,
    outcome: codeFrom(resource.outcomeCode as CodeableConcept[] | undefined, CodeSystems.goalOutcome),
    closeNote: extString(resource, Extensions.closeNote),
    closedWith: extCode(resource, Extensions.closedWith),
    closed: stampFrom(resource, Extensions.closed),
  }) as Goal;
}
