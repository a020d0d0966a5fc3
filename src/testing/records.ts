/** Valid records for the conformance suite, built by hand so the suite does not depend on the service. */
import type { AuditAction, AuditRecord } from '../core/audit.js';
import type { ChangeSet, Write } from '../core/adapter.js';
import type { Agreement, DiaryEntry, Evaluation, Goal, MeasurementRecord, PatientIndex, Plan, PlanProfile } from '../core/model.js';

const at = '2026-11-23T09:00:00.000Z';
const by = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' as const };
const stamp = { at, by };
let counter = 0;
export const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(++counter).toString(36)}`;

export function plan(patientId: string, overrides: Partial<Plan> = {}): Plan {
  return {
    id: uid('plan'), version: 1, patientId, patientName: 'F. Yıldız', status: 'draft', conditions: ['Diabetes mellitus type 2'],
    caseManager: by, careTeam: [{ id: by.id, name: by.name, role: by.role, contact: 'tel:+31201234567' }],
    start: '2026-08-23', created: stamp, updated: stamp, ...overrides,
  };
}

export function goal(planId: string, overrides: Partial<Goal> = {}): Goal {
  return {
    id: uid('goal'), version: 1, planId, description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic',
    targets: [{ measure: 'Gewicht', comparator: '<=', value: 125, unit: 'kg', due: '2027-02-23' }],
    priority: 'high', expressedBy: 'patient', status: 'proposed', start: '2026-11-23', created: stamp, updated: stamp,
    ...overrides,
  };
}

export function agreement(planId: string, goalId: string, overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: uid('agreement'), version: 1, planId, goalId,
    description: 'Eén keer per week een half uur wandelen met de buurvrouw.', performer: { kind: 'patient' },
    frequency: 'Eén keer per week', evaluationDate: '2026-12-07', status: 'draft', created: stamp, updated: stamp,
    ...overrides,
  };
}

export function evaluation(planId: string, agreementId: string, overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    id: uid('evaluation'), version: 1, planId, target: { kind: 'agreement', id: agreementId }, date: '2026-11-23', by,
    withPatient: true, outcome: 'adjust', note: 'Als het regent ga ik niet naar buiten.',
    measurements: [{ measure: 'Gewicht', value: 127.5, unit: 'kg', date: '2026-11-23' }], nextEvaluationDate: '2027-01-04',
    created: stamp, updated: stamp, ...overrides,
  };
}

export function profile(planId: string): PlanProfile {
  return {
    id: planId, version: 1, planId, complaints: 'Moe, slaapt slecht.', inventory: { social: 'Zoon Yusuf helpt.' }, readiness: 'considering',
    decisions: [{ id: uid('decision'), question: 'Hoe pakken we de somberheid aan?', options: ['Gesprekken', 'Medicijnen'], chosen: 'Gesprekken' }],
    links: [{ title: 'Wandelgroep (sociale kaart)', url: 'https://example.org/wandelgroep' }], professionalNote: 'PHQ-9 afnemen.',
    created: stamp, updated: stamp,
  };
}

export function measurement(planId: string): MeasurementRecord {
  return { id: uid('measurement'), version: 1, planId, measure: 'HbA1c', value: 58, unit: 'mmol/mol', date: '2026-11-20', by, created: stamp, updated: stamp };
}

export function diary(planId: string): DiaryEntry {
  const patient = { id: 'pat-elamrani', name: 'Mohamed El Amrani', role: 'patient' as const };
  return { id: uid('diary'), version: 1, planId, date: '2026-11-22', text: 'Met Yusuf naar de markt gelopen.', by: patient, created: { at, by: patient }, updated: { at, by: patient } };
}

export function patientIndex(patientId: string, planIds: string[], version = 1): PatientIndex {
  return { id: patientId, version, planIds, openPlanId: planIds.at(-1) ?? null };
}

export function audit(patientId: string, planId: string, action: AuditAction, target: { kind: 'plan' | 'goal' | 'agreement'; id: string }, before: object | null, after: object | null): AuditRecord {
  return {
    id: uid('audit'), at, user: by, onBehalfOf: { name: 'dr. P. Verhoeven', role: 'gp' }, patientId, planId, action, target,
    before: before as Record<string, unknown> | null, after: after as Record<string, unknown> | null,
  };
}

/** A change set that creates records (expected version 0) with one audit record each. */
export function creation(patientId: string, planId: string, writes: Write[], extra: Partial<ChangeSet> = {}): ChangeSet {
  const actions = { plan: 'plan.create', goal: 'goal.add', agreement: 'agreement.add', evaluation: 'evaluation.add', profile: 'profile.update', measurement: 'measurement.add', diary: 'diary.add' } as const;
  return {
    patientId, planId, checks: [], writes,
    audit: writes.filter((w) => w.kind !== 'patient').map((w) =>
      audit(patientId, planId, actions[w.kind as 'plan'], { kind: w.kind as 'plan', id: w.record.id }, null, w.record)),
    ...extra,
  };
}

/** The next version of a record, as the core writes it. */
export function next<T extends { version: number }>(record: T, changes: Partial<T> = {}): Write {
  return { kind: kindOf(record), record: { ...record, ...changes, version: record.version + 1 }, expectedVersion: record.version } as unknown as Write;
}

export function kindOf(record: object): Write['kind'] {
  if ('decisions' in record) return 'profile';
  if ('measure' in record) return 'measurement';
  if ('text' in record && 'date' in record) return 'diary';
  if ('withPatient' in record) return 'evaluation';
  if ('goalId' in record) return 'agreement';
  if ('domain' in record) return 'goal';
  if ('patientId' in record) return 'plan';
  return 'patient';
}
