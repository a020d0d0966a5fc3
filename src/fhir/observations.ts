/**
 * Evaluations and measured values -> Observation. An evaluation is an Observation of the IZP kind
 * "evaluation" about (focus) the plan, goal or agreement it evaluates, with the outcome as its value,
 * whether the patient took part and the measured values as components. A measured value outside an
 * evaluation is an Observation of its own. Both are basedOn the CarePlan, so `_revinclude` finds them.
 */
import type { Evaluation, Measurement, MeasurementRecord } from '../core/model.js';
import { CodeSystems, Extensions, Identifiers } from './constants.js';
import { asArray, clean, codeFrom, concept, ext, extDate, findExt } from './ext.js';
import { fhirId } from './ids.js';
import { patientRef, personFrom, personRef, recordRef, refId } from './people.js';
import { planRef } from './plan.js';
import { type MapContext, type Reader, defined, envelope } from './record.js';
import type { CodeableConcept, Quantity, Reference, Resource } from './types.js';

const TARGETS = {
  plan: { type: 'CarePlan', system: Identifiers.plan },
  goal: { type: 'Goal', system: Identifiers.goal },
  agreement: { type: 'Task', system: Identifiers.agreement },
} as const;

type Component = { code?: CodeableConcept; valueQuantity?: Quantity; valueBoolean?: boolean; extension?: [] };

function quantity(value: number, unit: string | undefined): Quantity {
  return clean({ value, unit: unit || undefined });
}
const emptyUnit = (unit: string | undefined) => ext(Extensions.emptyUnit, unit === '' ? { valueBoolean: true } : undefined);
const unitFrom = (holder: object, q: Quantity | undefined) => (findExt(holder, Extensions.emptyUnit) ? '' : q?.unit);

export function evaluationToFhir(e: Evaluation, ctx: MapContext): Resource {
  const base = envelope('Observation', Identifiers.evaluation, e);
  const target = TARGETS[e.target.kind];
  return clean({
    ...base,
    extension: [
      ...base.extension,
      ...ext(Extensions.nextEvaluationDate, e.nextEvaluationDate ? { valueDate: e.nextEvaluationDate } : undefined),
    ],
    basedOn: [planRef(e.planId)],
    status: 'final',
    category: [concept(CodeSystems.kind, 'evaluation')],
    code: { ...concept(CodeSystems.kind, 'evaluation', 'Evaluatie'), text: 'Evaluatie' },
    subject: patientRef(ctx.patientId, ctx.patientName, ctx.patientReference),
    focus: [recordRef(target.type, target.system, e.target.id, fhirId)],
    effectiveDateTime: e.date,
    performer: [personRef(e.by)],
    valueCodeableConcept: concept(CodeSystems.evaluationOutcome, e.outcome),
    note: e.note ? [{ text: e.note }] : undefined,
    component: [
      { code: concept(CodeSystems.kind, 'with-patient'), valueBoolean: e.withPatient },
      ...e.measurements.map((m) => clean({
        extension: [...ext(Extensions.measurementDate, m.date ? { valueDate: m.date } : undefined), ...emptyUnit(m.unit)],
        code: { text: m.measure },
        valueQuantity: quantity(m.value, m.unit),
      })),
    ],
  });
}

export function evaluationFromFhir(resource: Resource, read: Reader): Evaluation {
  const focus = asArray<Reference>(resource.focus)[0];
  const kind = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).find((k) => TARGETS[k].type === focus?.type);
  const components = asArray<Component>(resource.component);
  const withPatient = components.find((c) => codeFrom(c.code, CodeSystems.kind) === 'with-patient');
  return defined({
    ...read.recorded(resource, Identifiers.evaluation),
    planId: refId(asArray<Reference>(resource.basedOn)[0]),
    target: { kind, id: refId(focus) },
    date: resource.effectiveDateTime,
    by: personFrom(asArray<Reference>(resource.performer)[0]),
    withPatient: withPatient?.valueBoolean ?? false,
    outcome: codeFrom(resource.valueCodeableConcept as CodeableConcept | undefined, CodeSystems.evaluationOutcome),
    note: asArray<{ text?: string }>(resource.note)[0]?.text,
    measurements: components.filter((c) => c !== withPatient).map((c) => defined({
      measure: c.code?.text,
      value: c.valueQuantity?.value,
      unit: unitFrom(c, c.valueQuantity),
      date: extDate(c, Extensions.measurementDate),
    }) as Measurement),
    nextEvaluationDate: extDate(resource, Extensions.nextEvaluationDate),
  }) as Evaluation;
}

export function measurementToFhir(m: MeasurementRecord, ctx: MapContext): Resource {
  const base = envelope('Observation', Identifiers.measurement, m);
  return clean({
    ...base,
    extension: [...base.extension, ...emptyUnit(m.unit)],
    basedOn: [planRef(m.planId)],
    status: 'final',
    category: [concept(CodeSystems.kind, 'measurement')],
    code: { text: m.measure },
    subject: patientRef(ctx.patientId, ctx.patientName, ctx.patientReference),
    effectiveDateTime: m.date,
    performer: [personRef(m.by)],
    valueQuantity: quantity(m.value, m.unit),
  });
}

export function measurementFromFhir(resource: Resource, read: Reader): MeasurementRecord {
  const q = resource.valueQuantity as Quantity | undefined;
  return defined({
    ...read.recorded(resource, Identifiers.measurement),
    planId: refId(asArray<Reference>(resource.basedOn)[0]),
    measure: (resource.code as CodeableConcept | undefined)?.text,
    value: q?.value,
    unit: unitFrom(resource, q),
    date: resource.effectiveDateTime,
    by: personFrom(asArray<Reference>(resource.performer)[0]),
  }) as MeasurementRecord;
}

/** Which IZP kind an Observation is: by its category, as written above. */
export function observationKind(resource: Resource): 'evaluation' | 'measurement' | undefined {
  const code = codeFrom(resource.category as CodeableConcept[] | undefined, CodeSystems.kind);
  return code === 'evaluation' || code === 'measurement' ? code : undefined;
}
