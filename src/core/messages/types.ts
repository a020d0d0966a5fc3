/**
 * The typed dictionary that words every error of the core. It is one part of the UI's `Translation`
 * (`Translation.errors`), so a vendor's `registerTranslation('fy', …)` translates every validation, rule
 * and conflict message with the UI, and TypeScript names each key a translator still has to fill in.
 * Errors carry only a code and parameters; these functions turn them into words.
 */
import type { RecordKind } from '../model.js';
import type { IzpAction } from '../permissions.js';

/** What a validation error is about ("The goal is not valid: …"). */
export const subjects = [
  'config', 'plan', 'closePlan', 'goal', 'closeGoal', 'agreement', 'closeAgreement', 'options', 'id', 'evaluation',
  'access', 'profile', 'measurement', 'diary', 'import', 'input',
] as const;
export type Subject = (typeof subjects)[number];

/** The field names the core's inputs use; a path's last name is worded by `fields` (a type only: no bytes shipped). */
export type FieldName =
  | 'patientId' | 'patientName' | 'title' | 'conditions' | 'caseManager' | 'careTeam' | 'start' | 'end'
  | 'nextEvaluationDate' | 'evaluationSchedule' | 'reason' | 'status' | 'description' | 'domain' | 'targets'
  | 'measure' | 'comparator' | 'value' | 'unit' | 'due' | 'priority' | 'expressedBy' | 'note' | 'outcome'
  | 'performer' | 'kind' | 'support' | 'frequency' | 'evaluationDate' | 'goalId' | 'goalIds' | 'agreementIds'
  | 'expectedVersion' | 'name' | 'role' | 'id' | 'contact' | 'date' | 'user' | 'withPatient' | 'measurements'
  | 'target' | 'complaints' | 'inventory' | 'somatic' | 'functional' | 'social' | 'psychological' | 'communicative'
  | 'motivation' | 'readiness' | 'selfManagement' | 'functioning' | 'riskProfile' | 'decisions' | 'question'
  | 'options' | 'chosen' | 'why' | 'links' | 'url' | 'professionalNote' | 'text' | 'actor' | 'permission' | 'adapter'
  | 'managerRoles' | 'onBehalfOf' | 'planId' | 'agreementId' | 'actorId' | 'signal' | 'plan' | 'goals' | 'agreements'
  | 'evaluations' | 'profile' | 'diary' | 'changeAgreement' | 'closeAgreement' | 'changeGoal' | 'includeClosed'
  | 'access' | 'views' | 'idempotencyKey';

/** What is wrong with one field: a stable code; its parameters are in `IssueParams`. */
export const problemCodes = [
  'required', 'too_small', 'too_long', 'too_many', 'too_big', 'invalid_type', 'invalid_date', 'invalid_datetime',
  'invalid_format', 'invalid_value', 'unrecognized_keys', 'not_https', 'not_finite', 'invalid',
  'in_future', 'before_start', 'date_range', 'not_plain', 'unreadable_text', 'adjustment_mismatch',
  'goal_not_current', 'current_by_accord', 'not_a_signal', 'not_an_adapter', 'duplicate_id', 'wrong_plan', 'mismatch',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

export interface IssueParams {
  min?: number;
  max?: number;
  expected?: string;
  format?: string;
  values?: string[];
  keys?: string[];
  /** For `before_start`: the field the date must not come before. */
  startField?: string;
}

/** The rules of the reference model and the workflow, each with a stable name. */
export const ruleCodes = [
  'one-open-plan', 'plan-closed', 'goal-closed', 'agreement-closed', 'goal-in-plan', 'case-manager-access',
] as const;
export type RuleCode = (typeof ruleCodes)[number];

export interface ErrorMessages {
  subjects: Record<Subject, string>;
  fields: Record<FieldName, string>;
  /** A record kind as the subject of a sentence: "Het doel", "The goal". */
  kinds: Record<RecordKind, string>;
  /** What the user tried, after "You are not allowed to …". */
  actions: Record<IzpAction, string>;
  problems: Record<ProblemCode, (params: IssueParams, fields: Record<FieldName, string>) => string>;
  rules: Record<RuleCode, string>;
  /** "{subject} is not valid: {issues}". */
  invalid: (subject: string, issues: string[]) => string;
  /** One field's message: the field's label and what is wrong with it. */
  issue: (field: string, problem: string) => string;
  notFound: (kind: string, id: string) => string;
  conflict: (kind: string) => string;
  forbidden: (action: string) => string;
  unavailable: string;
}
