/**
 * What callers pass to the core's functions. Strict objects: an unknown key is a validation error, not
 * silently dropped, so that a typo in a host's integration ("dueDate" for "due") is caught at once.
 */
import * as z from 'zod/mini';
import {
  AgreementOutcome, CareTeamMember, Domain, EducationLink, Role, readinessStages, EvaluationOutcome, GoalOutcome, Measurement, Performer, Person, Priority, Target,
  id, isoDate, shortText, text, unitText,
} from './model.js';

/**
 * An AbortSignal, really: an object that merely has `aborted` would end as "storage unavailable" deep
 * in an adapter instead of as the validation error it is.
 */
export function isAbortSignal(value: unknown): value is AbortSignal {
  if (typeof AbortSignal !== 'undefined' && value instanceof AbortSignal) return true;
  const v = value as Partial<AbortSignal> | null;
  return typeof v === 'object' && v !== null && typeof v.aborted === 'boolean' && typeof v.throwIfAborted === 'function' && typeof v.addEventListener === 'function';
}
export const Signal = z.custom<AbortSignal>(isAbortSignal, 'not_a_signal');

/** Options of every read. */
export const ReadOptions = z.strictObject({ signal: z.optional(Signal) });
/** Options of `history`: `views: true` includes the records of who looked at the plan. */
export const HistoryOptions = z.strictObject({ signal: z.optional(Signal), views: z.optional(z.boolean()) });

export const CreatePlanInput = z.strictObject({
  patientId: id(),
  patientName: z.optional(shortText()),
  title: z.optional(shortText()),
  conditions: z.optional(z.array(shortText()).check(z.maxLength(50))),
  /** Defaults to the creating user: the one who starts a plan usually manages it. */
  caseManager: z.optional(Person),
  careTeam: z.optional(z.array(CareTeamMember).check(z.maxLength(50))),
  /** Defaults to today. */
  start: z.optional(isoDate()),
  nextEvaluationDate: z.optional(isoDate()),
  evaluationSchedule: z.optional(shortText()),
});
export type CreatePlanInput = z.input<typeof CreatePlanInput>;

export const UpdatePlanInput = z.strictObject({
  patientName: z.optional(z.nullable(shortText())),
  title: z.optional(z.nullable(shortText())),
  conditions: z.optional(z.array(shortText()).check(z.maxLength(50))),
  caseManager: z.optional(Person),
  careTeam: z.optional(z.array(CareTeamMember).check(z.maxLength(50))),
  nextEvaluationDate: z.optional(z.nullable(isoDate())),
  evaluationSchedule: z.optional(z.nullable(shortText())),
});
export type UpdatePlanInput = z.input<typeof UpdatePlanInput>;

export const ClosePlanInput = z.strictObject({
  reason: text(),
  /** `completed`: the plan ran its course; `revoked`: stopped early (moved, care ended). */
  status: z.optional(z.enum(['completed', 'revoked'])),
  /** Defaults to today. */
  end: z.optional(isoDate()),
});
export type ClosePlanInput = z.input<typeof ClosePlanInput>;

export const GoalInput = z.strictObject({
  description: text(),
  domain: Domain,
  targets: z.optional(z.array(Target).check(z.maxLength(20))),
  priority: z.optional(Priority),
  /** Defaults to `patient`: an IZP is built on the patient's own goals. */
  expressedBy: z.optional(z.enum(['patient', 'provider'])),
  start: z.optional(isoDate()),
  note: z.optional(text()),
});
export type GoalInput = z.input<typeof GoalInput>;

export const GoalChanges = z.strictObject({
  description: z.optional(text()),
  domain: z.optional(Domain),
  targets: z.optional(z.array(Target).check(z.maxLength(20))),
  priority: z.optional(z.nullable(Priority)),
  expressedBy: z.optional(z.enum(['patient', 'provider'])),
  note: z.optional(z.nullable(text())),
});
export type GoalChanges = z.input<typeof GoalChanges>;

export const CloseGoalInput = z.strictObject({
  outcome: GoalOutcome,
  note: z.optional(text()),
});
export type CloseGoalInput = z.input<typeof CloseGoalInput>;

export const AgreementInput = z.strictObject({
  description: text(),
  performer: Performer,
  support: z.optional(text()),
  frequency: z.optional(shortText()),
  start: z.optional(isoDate()),
  end: z.optional(isoDate()),
  evaluationDate: z.optional(isoDate()),
});
export type AgreementInput = z.input<typeof AgreementInput>;

export const AgreementChanges = z.strictObject({
  description: z.optional(text()),
  performer: z.optional(Performer),
  support: z.optional(z.nullable(text())),
  frequency: z.optional(z.nullable(shortText())),
  start: z.optional(z.nullable(isoDate())),
  end: z.optional(z.nullable(isoDate())),
  evaluationDate: z.optional(z.nullable(isoDate())),
  /** Move the agreement to another open goal of the same plan. */
  goalId: z.optional(id()),
  status: z.optional(z.enum(['not-started', 'in-progress', 'on-hold'])),
});
export type AgreementChanges = z.input<typeof AgreementChanges>;

export const CloseAgreementInput = z.strictObject({
  outcome: AgreementOutcome,
  note: z.optional(text()),
});
export type CloseAgreementInput = z.input<typeof CloseAgreementInput>;

/**
 * Options of every change. `expectedVersion` is the version the user saw: when someone else changed the
 * item since, the change fails with a conflict instead of overwriting their work.
 */
export const ChangeOptions = z.strictObject({
  /** 0 for a record that must not exist yet (the first save of a plan's modules). */
  expectedVersion: z.optional(z.number().check(z.int(), z.gte(0))),
  reason: z.optional(text()),
  signal: z.optional(Signal),
  /**
   * One key per form submission (a UUID): a retried add, whose first attempt was stored but whose answer
   * was lost, returns what the first attempt stored instead of storing it twice. Used by adds only.
   */
  idempotencyKey: z.optional(id()),
});
/**
 * An evaluation with what follows from it, in one change: the evaluation itself and, when the outcome is
 * to adjust, the new version of the agreement or goal, or the agreement's close.
 */
export const EvaluateInput = z.strictObject({
  target: z.strictObject({ kind: z.enum(['plan', 'goal', 'agreement']), id: id() }),
  /** Defaults to today; never in the future. */
  date: z.optional(isoDate()),
  withPatient: z.boolean(),
  outcome: EvaluationOutcome,
  note: z.optional(text()),
  measurements: z.optional(z.array(Measurement).check(z.maxLength(20))),
  /** Becomes the agreement's evaluation date or the plan's next evaluation. */
  nextEvaluationDate: z.optional(isoDate()),
  /** Adjust the evaluated agreement (a new version) ... */
  changeAgreement: z.optional(AgreementChanges),
  /** ... or close it ... */
  closeAgreement: z.optional(CloseAgreementInput),
  /** ... or set new targets for the evaluated goal. */
  changeGoal: z.optional(GoalChanges),
});
export type EvaluateInput = z.input<typeof EvaluateInput>;

export const GrantAccessInput = z.strictObject({
  actor: z.strictObject({ id: id(), name: shortText(), role: Role }),
  permission: z.enum(['read', 'write']),
});
export type GrantAccessInput = z.input<typeof GrantAccessInput>;

const nullableText = () => z.optional(z.nullable(text()));

/** Changes to the plan's modules: `undefined` leaves a section alone, `null` clears it. */
export const ProfileChanges = z.strictObject({
  complaints: nullableText(),
  inventory: z.optional(z.nullable(z.strictObject({
    somatic: nullableText(), functional: nullableText(), social: nullableText(), psychological: nullableText(), communicative: nullableText(),
  }))),
  motivation: nullableText(),
  readiness: z.optional(z.nullable(z.enum(readinessStages))),
  selfManagement: nullableText(),
  functioning: nullableText(),
  riskProfile: nullableText(),
  decisions: z.optional(z.array(z.strictObject({
    id: z.optional(id()),
    question: shortText(),
    options: z.array(shortText()).check(z.minLength(1), z.maxLength(10)),
    chosen: z.optional(shortText()),
    why: z.optional(text()),
    priority: z.optional(shortText()),
  })).check(z.maxLength(30))),
  links: z.optional(z.array(EducationLink).check(z.maxLength(30))),
  professionalNote: nullableText(),
});
export type ProfileChanges = z.input<typeof ProfileChanges>;

export const MeasurementInput = z.strictObject({
  measure: shortText(),
  value: z.number().check(z.refine(Number.isFinite, 'not_finite')),
  unit: z.optional(unitText()),
  /** Defaults to today. */
  date: z.optional(isoDate()),
});
export type MeasurementInput = z.input<typeof MeasurementInput>;

export const DiaryInput = z.strictObject({ text: text(), date: z.optional(isoDate()) });
export type DiaryInput = z.input<typeof DiaryInput>;

export const AccordInput = z.strictObject({
  /** Concept goals to make current; all of them when omitted. */
  goalIds: z.optional(z.array(id())),
  /** Concept agreements to make current; all whose goal is (or becomes) current when omitted. */
  agreementIds: z.optional(z.array(id())),
});
export type AccordInput = z.input<typeof AccordInput>;

export type ChangeOptions = z.input<typeof ChangeOptions>;

export const PrintOptions = z.strictObject({
  /** Include closed goals and agreements (default: only what is current). */
  includeClosed: z.optional(z.boolean()),
  /** The day printed on the page, default today. */
  date: z.optional(isoDate()),
  signal: z.optional(Signal),
});
export type PrintOptions = z.input<typeof PrintOptions>;
