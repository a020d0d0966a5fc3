/**
 * The IZP data model as zod/mini schemas; the TypeScript types are inferred from them so that the
 * runtime check and the compile-time type can never drift apart.
 *
 * Value sets follow FHIR R4 (CarePlan.status, Goal.lifecycleStatus, Goal.achievementStatus) so that the
 * FHIR mapping stays lossless. Agreements use FHIR's activity status codes plus `draft` (the NHG
 * "concept" stage, which FHIR expresses as Task.status = draft).
 */
import * as z from 'zod/mini';

const MAX_TEXT = 2000;
const MAX_SHORT = 200;

/** Free text written by people: trimmed, never empty, bounded so one field cannot swamp a printout. */
export const text = (max = MAX_TEXT) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
export const shortText = () => text(MAX_SHORT);
/** A calendar date, `YYYY-MM-DD` (due dates and evaluation dates have no time of day). */
export const isoDate = () => z.iso.date();
/** An instant with its offset, as produced by `Date.prototype.toISOString()`. */
export const isoDateTime = () => z.iso.datetime({ offset: true });
export const id = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(128));
const version = () => z.number().check(z.int(), z.gte(1));

/** Roles of people around the patient; `case manager` is a designation on the plan, not a role. */
export const roles = [
  'patient',
  'informal-carer',
  'gp',
  'practice-nurse',
  'mental-health-nurse',
  'dietitian',
  'physiotherapist',
  'specialist',
  'other',
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** A person referred to in the plan (author, case manager, care-team member, performer). */
export const Person = z.strictObject({
  id: z.optional(id()),
  name: shortText(),
  role: z.optional(Role),
});
export type Person = z.infer<typeof Person>;

/** The user acting through the SDK, as the host system authenticated them. */
export const User = z.strictObject({ id: id(), name: shortText(), role: Role });
export type User = z.infer<typeof User>;

export const CareTeamMember = z.strictObject({
  id: z.optional(id()),
  name: shortText(),
  role: Role,
  /** How to reach them: phone, e-mail or a web address; rendered as text or as a safe link only. */
  contact: z.optional(shortText()),
});
export type CareTeamMember = z.infer<typeof CareTeamMember>;

/** Who did what, when; kept on every record besides the audit trail, for display without a history load. */
export const Stamp = z.strictObject({ at: isoDateTime(), by: Person });
export type Stamp = z.infer<typeof Stamp>;

/**
 * Access the patient granted one person (FHIR Consent provision): read, or read and write. A plan with
 * an `access` list is closed to everyone not on it, except the patient.
 */
export const AccessGrant = z.strictObject({
  actor: z.strictObject({ id: id(), name: shortText(), role: Role }),
  permission: z.enum(['read', 'write']),
  granted: Stamp,
});
export type AccessGrant = z.infer<typeof AccessGrant>;

// ---- Plan -----------------------------------------------------------------------------------------

export const planStatuses = ['draft', 'active', 'completed', 'revoked'] as const;
export const PlanStatus = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const Plan = z.strictObject({
  id: id(),
  version: version(),
  patientId: id(),
  patientName: z.optional(shortText()),
  status: PlanStatus,
  title: z.optional(shortText()),
  /** Health problems the plan addresses (FHIR CarePlan.addresses), as the host names them. */
  conditions: z.array(shortText()),
  caseManager: Person,
  careTeam: z.array(CareTeamMember),
  /** Who may read or change the plan, as the patient chose; absent on plans from before access existed. */
  access: z.optional(z.array(AccessGrant)),
  start: isoDate(),
  end: z.optional(isoDate()),
  nextEvaluationDate: z.optional(isoDate()),
  /** How often and under which conditions the plan is evaluated (inspectorate minimum). */
  evaluationSchedule: z.optional(shortText()),
  closeReason: z.optional(text()),
  closed: z.optional(Stamp),
  /** When and by whom the case manager accorded the plan (concept -> current). */
  accorded: z.optional(Stamp),
  created: Stamp,
  updated: Stamp,
});
export type Plan = z.infer<typeof Plan>;

// ---- Goal -----------------------------------------------------------------------------------------

/** The SFMPC inventory: somatic, functional, social (maatschappelijk), psychological, communicative. */
export const domains = ['somatic', 'functional', 'social', 'psychological', 'communicative'] as const;
export const Domain = z.enum(domains);
export type Domain = z.infer<typeof Domain>;

export const goalStatuses = ['proposed', 'active', 'on-hold', 'completed', 'cancelled'] as const;
export const GoalStatus = z.enum(goalStatuses);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const achievementStatuses = [
  'in-progress', 'improving', 'worsening', 'no-change', 'achieved', 'sustaining', 'not-achieved',
  'no-progress', 'not-attainable',
] as const;
export const AchievementStatus = z.enum(achievementStatuses);
export type AchievementStatus = z.infer<typeof AchievementStatus>;

export const priorities = ['high', 'medium', 'low'] as const;
export const Priority = z.enum(priorities);
export type Priority = z.infer<typeof Priority>;

export const comparators = ['<', '<=', '=', '>=', '>'] as const;

/** A measurable target: "weight <= 125 kg by 2027-02-20" (FHIR Goal.target). */
export const Target = z.strictObject({
  measure: shortText(),
  comparator: z.optional(z.enum(comparators)),
  value: z.optional(z.number().check(z.refine(Number.isFinite, 'not_finite'))),
  unit: z.optional(z.string().check(z.trim(), z.maxLength(40))),
  /** For targets that are not a number ("walks to the beach"). */
  description: z.optional(shortText()),
  due: z.optional(isoDate()),
});
export type Target = z.infer<typeof Target>;

export const goalOutcomes = ['achieved', 'not-achieved', 'not-relevant'] as const;
export const GoalOutcome = z.enum(goalOutcomes);
export type GoalOutcome = z.infer<typeof GoalOutcome>;

export const Goal = z.strictObject({
  id: id(),
  version: version(),
  planId: id(),
  /** The desired result in the patient's own words. */
  description: text(),
  domain: Domain,
  targets: z.array(Target),
  priority: z.optional(Priority),
  expressedBy: z.enum(['patient', 'provider']),
  status: GoalStatus,
  achievement: z.optional(AchievementStatus),
  start: isoDate(),
  note: z.optional(text()),
  outcome: z.optional(GoalOutcome),
  closeNote: z.optional(text()),
  /** Set when the goal was closed because its plan was closed, not on its own. */
  closedWith: z.optional(z.enum(['plan'])),
  closed: z.optional(Stamp),
  created: Stamp,
  updated: Stamp,
});
export type Goal = z.infer<typeof Goal>;

// ---- Agreement ------------------------------------------------------------------------------------

export const agreementStatuses = [
  'draft', 'not-started', 'in-progress', 'on-hold', 'completed', 'stopped', 'cancelled',
] as const;
export const AgreementStatus = z.enum(agreementStatuses);
export type AgreementStatus = z.infer<typeof AgreementStatus>;

export const performerKinds = ['patient', 'provider', 'informal-carer'] as const;
/** Who carries the agreement out; a provider or informal carer is named. */
export const Performer = z.strictObject({
  kind: z.enum(performerKinds),
  name: z.optional(shortText()),
  role: z.optional(Role),
});
export type Performer = z.infer<typeof Performer>;

export const agreementOutcomes = ['completed', 'stopped', 'cancelled'] as const;
export const AgreementOutcome = z.enum(agreementOutcomes);
export type AgreementOutcome = z.infer<typeof AgreementOutcome>;

export const Agreement = z.strictObject({
  id: id(),
  version: version(),
  planId: id(),
  goalId: id(),
  /** What will be done, as agreed with the patient. */
  description: text(),
  performer: Performer,
  /** What support is needed to carry it out (the core of the IZP: who does what, with what support). */
  support: z.optional(text()),
  frequency: z.optional(shortText()),
  start: z.optional(isoDate()),
  end: z.optional(isoDate()),
  evaluationDate: z.optional(isoDate()),
  status: AgreementStatus,
  closeNote: z.optional(text()),
  /** Set when the agreement was closed because its goal or plan was closed, not on its own. */
  closedWith: z.optional(z.enum(['plan', 'goal'])),
  closed: z.optional(Stamp),
  /** Why this version was made, when it replaced an earlier one. */
  changeReason: z.optional(text()),
  created: Stamp,
  updated: Stamp,
});
export type Agreement = z.infer<typeof Agreement>;

// ---- Evaluation (following up the plan: "vervolgen") ---------------------------------------------

export const evaluationOutcomes = ['on-track', 'achieved', 'not-achieved', 'adjust'] as const;
export const EvaluationOutcome = z.enum(evaluationOutcomes);
export type EvaluationOutcome = z.infer<typeof EvaluationOutcome>;

/** A measured value at an evaluation (meetwaarde), e.g. weight 127 kg on 2026-11-23. */
export const Measurement = z.strictObject({
  measure: shortText(),
  value: z.number().check(z.refine(Number.isFinite, 'not_finite')),
  unit: z.optional(z.string().check(z.trim(), z.maxLength(40))),
  date: z.optional(isoDate()),
});
export type Measurement = z.infer<typeof Measurement>;

/**
 * One evaluation of an agreement, a goal or the whole plan. Evaluations are never changed afterwards:
 * a later evaluation follows it, so the cycle stays readable.
 */
export const Evaluation = z.strictObject({
  id: id(),
  version: version(),
  planId: id(),
  target: z.strictObject({ kind: z.enum(['plan', 'goal', 'agreement']), id: id() }),
  date: isoDate(),
  by: Person,
  /** Whether the patient took part (the inspectorate asks how evaluation is done). */
  withPatient: z.boolean(),
  outcome: EvaluationOutcome,
  note: z.optional(text()),
  measurements: z.array(Measurement),
  nextEvaluationDate: z.optional(isoDate()),
  created: Stamp,
  updated: Stamp,
});
export type Evaluation = z.infer<typeof Evaluation>;

// ---- The generic modules of the Plan van eisen ----------------------------------------------------

/** An https link only: a plan is read by patients, and a link must never run script or leave TLS. */
export const httpsUrl = () => z.string().check(z.trim(), z.maxLength(2000), z.refine((v) => {
  try {
    return new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
}, 'not_https'));

export const readinessStages = ['not-ready', 'considering', 'preparing', 'acting', 'maintaining'] as const;

/** A shared decision: the options considered, the one chosen and why (gedeelde besluitvorming). */
export const Decision = z.strictObject({
  id: id(),
  question: shortText(),
  options: z.array(shortText()).check(z.minLength(1), z.maxLength(10)),
  chosen: z.optional(shortText()),
  why: z.optional(text()),
  /** How this option ranks against the patient's goals, in the patient's words. */
  priority: z.optional(shortText()),
});
export type Decision = z.infer<typeof Decision>;

export const EducationLink = z.strictObject({ title: shortText(), url: httpsUrl() });
export type EducationLink = z.infer<typeof EducationLink>;

/**
 * The plan's optional modules, one record per plan (its id is the plan's id). Every section is optional:
 * "concise when possible, extensive when needed".
 */
export const PlanProfile = z.strictObject({
  id: id(),
  version: version(),
  planId: id(),
  /** Complaints, questions and health problems, as the patient tells them. */
  complaints: z.optional(text()),
  /** The SFMPC inventory. */
  inventory: z.optional(z.strictObject({
    somatic: z.optional(text()), functional: z.optional(text()), social: z.optional(text()),
    psychological: z.optional(text()), communicative: z.optional(text()),
  })),
  motivation: z.optional(text()),
  /** Readiness for behaviour change (stages of change). */
  readiness: z.optional(z.enum(readinessStages)),
  selfManagement: z.optional(text()),
  functioning: z.optional(text()),
  riskProfile: z.optional(text()),
  decisions: z.array(Decision).check(z.maxLength(30)),
  links: z.array(EducationLink).check(z.maxLength(30)),
  /** For the care team only: never shown in the patient's view or printout. */
  professionalNote: z.optional(text()),
  created: Stamp,
  updated: Stamp,
});
export type PlanProfile = z.infer<typeof PlanProfile>;

/** A measured value outside an evaluation (a home measurement, a lab result). */
export const MeasurementRecord = z.strictObject({
  id: id(),
  version: version(),
  planId: id(),
  measure: shortText(),
  value: z.number().check(z.refine(Number.isFinite, 'not_finite')),
  unit: z.optional(z.string().check(z.trim(), z.maxLength(40))),
  date: isoDate(),
  by: Person,
  created: Stamp,
  updated: Stamp,
});
export type MeasurementRecord = z.infer<typeof MeasurementRecord>;

/** The patient's diary: entries by the patient, visible to the care team. */
export const DiaryEntry = z.strictObject({
  id: id(),
  version: version(),
  planId: id(),
  date: isoDate(),
  text: text(),
  by: Person,
  created: Stamp,
  updated: Stamp,
});
export type DiaryEntry = z.infer<typeof DiaryEntry>;

// ---- What storage holds ---------------------------------------------------------------------------

/** Which plans a patient has; the one record that makes "one open plan per patient" atomic. */
export const PatientIndex = z.strictObject({
  id: id(),
  version: version(),
  planIds: z.array(id()),
  openPlanId: z.nullable(id()),
});
export type PatientIndex = z.infer<typeof PatientIndex>;

export const recordKinds = ['patient', 'plan', 'goal', 'agreement', 'evaluation', 'profile', 'measurement', 'diary'] as const;
export type RecordKind = (typeof recordKinds)[number];
export type RecordOf<K extends RecordKind> = {
  patient: PatientIndex;
  plan: Plan;
  goal: Goal;
  agreement: Agreement;
  evaluation: Evaluation;
  profile: PlanProfile;
  measurement: MeasurementRecord;
  diary: DiaryEntry;
}[K];

/** The current state of one plan: the plan record with every goal and agreement, open and closed. */
export interface PlanSnapshot {
  plan: Plan;
  goals: Goal[];
  agreements: Agreement[];
  /** Every evaluation of the plan, its goals and agreements, oldest first. */
  evaluations: Evaluation[];
  /** The optional modules; null until one is filled in. */
  profile: PlanProfile | null;
  measurements: MeasurementRecord[];
  diary: DiaryEntry[];
}
