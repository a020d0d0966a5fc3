/**
 * Hand-written fast-check arbitraries for whole plans (zod-fast-check supports only zod 3). They make
 * what the core's schemas accept, including the corners: empty units, exact ("=") targets, ids FHIR
 * cannot carry as ids, optional fields absent, closed and evaluated records, access lists.
 */
import fc from 'fast-check';
import type { AuditRecord } from '../../src/core/audit.js';
import { auditActions } from '../../src/core/audit.js';
import {
  achievementStatuses, agreementStatuses, comparators, domains, evaluationOutcomes, goalOutcomes, goalStatuses, performerKinds,
  planStatuses, priorities, readinessStages, roles,
  Agreement as AgreementSchema, DiaryEntry, Evaluation as EvaluationSchema, Goal as GoalSchema, MeasurementRecord,
  Plan as PlanSchema, PlanProfile,
  type Agreement, type Evaluation, type Goal, type Plan, type PlanSnapshot,
} from '../../src/core/model.js';
import { AuditRecord as AuditSchema } from '../../src/core/audit.js';

const sorted = (v: unknown): unknown => (Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object'
  ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sorted(x)])) : v);
/** Only records the core's schema keeps exactly as they are (it refuses or normalises odd text). */
const kept = (schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }) => (record: unknown) => {
  const result = schema.safeParse(record);
  return result.success && JSON.stringify(sorted(result.data)) === JSON.stringify(sorted(record));
};

const trimmed = (max: number) =>
  fc.string({ minLength: 1, maxLength: Math.min(max, 40), unit: 'grapheme' })
    .map((s) => s.normalize('NFC').trim()).filter((s) => s.length > 0);
const text = trimmed(2000);
const short = trimmed(200);
const id = fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9.-]{0,30}$/), trimmed(128));
const date = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const instant = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const role = fc.constantFrom(...roles);
const version = fc.integer({ min: 1, max: 1000 });
// JSON has no -0: a FHIR decimal of -0 reads back as 0, so the model's -0 is out of scope here.
const number = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v));
const unit = fc.oneof(fc.constant(''), trimmed(40));

const person = fc.record({ id, name: short, role }, { requiredKeys: ['name'] });
const stamp = fc.record({ at: instant, by: person });
/** Created before updated, and a start before an end, as the core's rules keep them (FHIR checks both). */
const stamps = { created: stamp, updated: stamp };
const ordered = <T extends Record<string, unknown>>(first: keyof T & string, second: keyof T & string, pick: (v: unknown) => string = String) => (r: T): T => {
  const a = r[first];
  const b = r[second];
  return a === undefined || b === undefined || pick(a) <= pick(b) ? r : { ...r, [first]: b, [second]: a };
};
const inOrder = <T extends Record<string, unknown>>(r: T): T =>
  ordered<T>('start', 'end')(ordered<T>('created', 'updated', (s) => (s as { at: string }).at)(r));

const target = fc.record({
  measure: short, comparator: fc.constantFrom(...comparators), value: number, unit, description: short, due: date,
}, { requiredKeys: ['measure'] });

const plan = (planId: string, patientId: string) => fc.record({
  id: fc.constant(planId), version, patientId: fc.constant(patientId), patientName: short, status: fc.constantFrom(...planStatuses),
  title: short, conditions: fc.array(short, { maxLength: 3 }), caseManager: person,
  careTeam: fc.array(fc.record({ id, name: short, role, contact: short }, { requiredKeys: ['name', 'role'] }), { maxLength: 4 }),
  access: fc.array(fc.record({ actor: fc.record({ id, name: short, role }), permission: fc.constantFrom('read', 'write'), granted: stamp }), { maxLength: 3 }),
  start: date, end: date, nextEvaluationDate: date, evaluationSchedule: short, closeReason: text, closed: stamp, accorded: stamp, ...stamps,
}, { requiredKeys: ['id', 'version', 'patientId', 'status', 'conditions', 'caseManager', 'careTeam', 'start', 'created', 'updated'] }).map(inOrder).filter(kept(PlanSchema)) as fc.Arbitrary<Plan>;

const goal = (planId: string) => fc.record({
  id, version, planId: fc.constant(planId), description: text, domain: fc.constantFrom(...domains),
  targets: fc.array(target, { maxLength: 3 }), priority: fc.constantFrom(...priorities), expressedBy: fc.constantFrom('patient', 'provider'),
  status: fc.constantFrom(...goalStatuses), achievement: fc.constantFrom(...achievementStatuses), start: date, note: text,
  outcome: fc.constantFrom(...goalOutcomes), closeNote: text, closedWith: fc.constant('plan'), closed: stamp, ...stamps,
}, { requiredKeys: ['id', 'version', 'planId', 'description', 'domain', 'targets', 'expressedBy', 'status', 'start', 'created', 'updated'] }).filter(kept(GoalSchema)) as fc.Arbitrary<Goal>;

const agreement = (planId: string, goalIds: string[]) => fc.record({
  id, version, planId: fc.constant(planId), goalId: fc.constantFrom(...goalIds), description: text,
  performer: fc.record({ kind: fc.constantFrom(...performerKinds), name: short, role }, { requiredKeys: ['kind'] }),
  support: text, frequency: short, start: date, end: date, evaluationDate: date, status: fc.constantFrom(...agreementStatuses),
  closeNote: text, closedWith: fc.constantFrom('plan', 'goal'), closed: stamp, changeReason: text, ...stamps,
}, { requiredKeys: ['id', 'version', 'planId', 'goalId', 'description', 'performer', 'status', 'created', 'updated'] }).map(inOrder).filter(kept(AgreementSchema)) as fc.Arbitrary<Agreement>;

const measurement = fc.record({ measure: short, value: number, unit, date }, { requiredKeys: ['measure', 'value'] });

const evaluation = (planId: string, targets: { kind: 'plan' | 'goal' | 'agreement'; id: string }[]) => fc.record({
  id, version, planId: fc.constant(planId), target: fc.constantFrom(...targets), date, by: person, withPatient: fc.boolean(),
  outcome: fc.constantFrom(...evaluationOutcomes), note: text, measurements: fc.array(measurement, { maxLength: 3 }),
  nextEvaluationDate: date, ...stamps,
}, { requiredKeys: ['id', 'version', 'planId', 'target', 'date', 'by', 'withPatient', 'outcome', 'measurements', 'created', 'updated'] }).filter(kept(EvaluationSchema)) as fc.Arbitrary<Evaluation>;

const profile = (planId: string) => fc.record({
  id: fc.constant(planId), version, planId: fc.constant(planId), complaints: text,
  inventory: fc.record({ somatic: text, functional: text, social: text, psychological: text, communicative: text }, { requiredKeys: [] }),
  motivation: text, readiness: fc.constantFrom(...readinessStages), selfManagement: text, functioning: text, riskProfile: text,
  decisions: fc.array(fc.record({ id, question: short, options: fc.array(short, { minLength: 1, maxLength: 4 }), chosen: short, why: text, priority: short },
    { requiredKeys: ['id', 'question', 'options'] }), { maxLength: 3 }),
  links: fc.array(fc.record({ title: short, url: fc.webPath().map((p) => `https://www.example.org/${encodeURI(p.replace(/^\//, ''))}`) }), { maxLength: 3 }),
  professionalNote: text, ...stamps,
}, { requiredKeys: ['id', 'version', 'planId', 'decisions', 'links', 'created', 'updated'] }).filter(kept(PlanProfile));

const unique = <T extends { id: string }>(arb: fc.Arbitrary<T>, max: number) => fc.uniqueArray(arb, { selector: (r) => r.id, maxLength: max });

/** A whole, consistent plan: agreements on its goals, evaluations of its plan, goals and agreements. */
export const snapshotArb: fc.Arbitrary<PlanSnapshot> = fc.tuple(id, id).chain(([planId, patientId]) =>
  fc.tuple(plan(planId, patientId), unique(goal(planId), 3)).chain(([p, goals]) =>
    (goals.length ? unique(agreement(planId, goals.map((g) => g.id)), 4) : fc.constant([] as Agreement[])).chain((agreements) => {
      const targets = [{ kind: 'plan' as const, id: planId }, ...goals.map((g) => ({ kind: 'goal' as const, id: g.id })), ...agreements.map((a) => ({ kind: 'agreement' as const, id: a.id }))];
      return fc.record({
        plan: fc.constant(p), goals: fc.constant(goals), agreements: fc.constant(agreements),
        evaluations: unique(evaluation(planId, targets), 3),
        profile: fc.option(profile(planId), { nil: null }),
        measurements: unique(fc.record({ id, version, planId: fc.constant(planId), measure: short, value: number, unit, date, by: person, ...stamps }, { requiredKeys: ['id', 'version', 'planId', 'measure', 'value', 'date', 'by', 'created', 'updated'] }).filter(kept(MeasurementRecord)), 3),
        diary: unique(fc.record({ id, version, planId: fc.constant(planId), date, text, by: person, ...stamps }).filter(kept(DiaryEntry)), 2),
      });
    })));

/** Ids unique across every record of a snapshot, as the core's UUIDs are. */
export const distinctIds = (s: PlanSnapshot) => {
  const all = [s.plan.id, ...s.goals, ...s.agreements, ...s.evaluations, ...s.measurements, ...s.diary].map((r) => (typeof r === 'string' ? r : r.id));
  return new Set(all).size === all.length;
};

/** A history for a snapshot: audit records of its plan, with records before and after. */
export const historyArb = (s: PlanSnapshot): fc.Arbitrary<AuditRecord[]> => fc.array(fc.record({
  id: fc.uuid(), at: instant, user: fc.record({ id, name: short, role }), onBehalfOf: person, patientId: fc.constant(s.plan.patientId),
  planId: fc.constant(s.plan.id), action: fc.constantFrom(...auditActions),
  target: fc.oneof(
    fc.record({ kind: fc.constant('plan' as const), id: fc.constant(s.plan.id), version }, { requiredKeys: ['kind', 'id'] }),
    ...(s.goals.length ? [fc.record({ kind: fc.constant('goal' as const), id: fc.constantFrom(...s.goals.map((g) => g.id)), version })] : []),
  ),
  before: fc.option(fc.constant(s.plan as unknown as Record<string, unknown>), { nil: null }),
  after: fc.option(fc.constantFrom(...[s.plan, ...s.goals] as unknown as Record<string, unknown>[]), { nil: null }),
  reason: short,
}, { requiredKeys: ['id', 'at', 'user', 'patientId', 'planId', 'action', 'target', 'before', 'after'] }).filter(kept(AuditSchema)), { maxLength: 4 });
