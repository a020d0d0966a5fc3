/**
 * The model of following up the plan (evaluations) and of the generic modules of the Plan van eisen
 * (profile, measurements, diary).
 */
import * as z from 'zod/mini';
import { Person, Stamp, id, isoDate, shortText, text, unitText, version } from './primitives.js';

// ---- Evaluation (following up the plan: "vervolgen") ---------------------------------------------

export const evaluationOutcomes = ['on-track', 'achieved', 'not-achieved', 'adjust'] as const;
export const EvaluationOutcome = z.enum(evaluationOutcomes);
export type EvaluationOutcome = z.infer<typeof EvaluationOutcome>;

/** A measured value at an evaluation (meetwaarde), e.g. weight 127 kg on 2026-11-23. */
export const Measurement = z.strictObject({
  measure: shortText(),
  value: z.number().check(z.refine(Number.isFinite, 'not_finite')),
  unit: z.optional(unitText()),
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
  unit: z.optional(unitText()),
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

