/**
 * The IZP data model as zod/mini schemas; the TypeScript types are inferred from them so that the
 * runtime check and the compile-time type can never drift apart.
 *
 * Value sets follow FHIR R4 (CarePlan.status, Goal.lifecycleStatus, Goal.achievementStatus) so that the
 * FHIR mapping stays lossless. Agreements use FHIR's activity status codes plus `draft` (the NHG
 * "concept" stage, which FHIR expresses as Task.status = draft).
 */
import * as z from 'zod/mini';
import { AccessGrant, CareTeamMember, Person, Role, Stamp, id, isoDate, shortText, text, unitText, version } from './model/primitives.js';
import type { DiaryEntry, Evaluation, MeasurementRecord, PlanProfile } from './model/follow-up.js';

export * from './model/primitives.js';
export * from './model/follow-up.js';

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
  unit: z.optional(unitText()),
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

