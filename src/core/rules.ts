/**
 * The rules of the reference model and the NHG workflow, each written once and named, as pure functions.
 * The command modules call them; the elements call the predicates to decide what to show. Who may act is
 * the one rule in permissions.ts.
 */
import { RuleError, ConflictError } from './errors.js';
import type { Subject } from './messages/types.js';
import { fieldError } from './validate.js';
import type {
  Agreement, AgreementOutcome, EvaluationOutcome, AgreementStatus, Goal, GoalOutcome, GoalStatus, PatientIndex, Plan, PlanStatus,
  RecordKind,
} from './model.js';

export type Phase = 'concept' | 'current' | 'closed';

const PLAN_PHASE: Record<PlanStatus, Phase> = { draft: 'concept', active: 'current', completed: 'closed', revoked: 'closed' };
const GOAL_PHASE: Record<GoalStatus, Phase> = {
  proposed: 'concept', active: 'current', 'on-hold': 'current', completed: 'closed', cancelled: 'closed',
};
const AGREEMENT_PHASE: Record<AgreementStatus, Phase> = {
  draft: 'concept', 'not-started': 'current', 'in-progress': 'current', 'on-hold': 'current',
  completed: 'closed', stopped: 'closed', cancelled: 'closed',
};

export const planPhase = (plan: Pick<Plan, 'status'>): Phase => PLAN_PHASE[plan.status];
export const goalPhase = (goal: Pick<Goal, 'status'>): Phase => GOAL_PHASE[goal.status];
export const agreementPhase = (a: Pick<Agreement, 'status'>): Phase => AGREEMENT_PHASE[a.status];
export const isPlanOpen = (plan: Pick<Plan, 'status'>) => planPhase(plan) !== 'closed';
export const isGoalOpen = (goal: Pick<Goal, 'status'>) => goalPhase(goal) !== 'closed';
export const isAgreementOpen = (a: Pick<Agreement, 'status'>) => agreementPhase(a) !== 'closed';

export function assertNoOpenPlan(index: PatientIndex | null): void {
  if (index?.openPlanId) throw new RuleError('one-open-plan');
}

export function assertPlanOpen(plan: Pick<Plan, 'status'>): void {
  if (!isPlanOpen(plan)) throw new RuleError('plan-closed');
}

export function assertGoalOpen(goal: Pick<Goal, 'status'>): void {
  if (!isGoalOpen(goal)) throw new RuleError('goal-closed');
}

export function assertAgreementOpen(agreement: Pick<Agreement, 'status'>): void {
  if (!isAgreementOpen(agreement)) throw new RuleError('agreement-closed');
}

/** An agreement belongs to a goal of the same plan. */
export function assertGoalInPlan(goal: Goal | null, planId: string): asserts goal is Goal {
  if (!goal || goal.planId !== planId) throw new RuleError('goal-in-plan');
}

/** The version the user saw must still be the stored one: no edit silently overwrites another's. */
export function assertVersion(kind: RecordKind, record: { id: string; version: number }, expected: number | undefined): void {
  if (expected !== undefined && expected !== record.version) {
    throw new ConflictError(kind, record.id, expected, record.version, record);
  }
}

/** Start before end; the field named is the later one, where the user must look. */
export function assertDateOrder(start: string | undefined, end: string | undefined, endField: string, subject: Subject, startField = 'start'): void {
  if (start && end && end < start) throw fieldError(endField, 'before_start', subject, { startField });
}

/** What happened (an evaluation, a measurement, a diary entry) is dated today or earlier, never later. */
export function assertNotInFuture(date: string | undefined, today: string, field: string, subject: Subject): void {
  if (date && date > today) throw fieldError(field, 'in_future', subject);
}

/** An agreement becomes current only with its goal: the goal is current, or becomes current in the same accord. */
export function assertGoalCurrentForAgreement(goalIsCurrent: boolean, field: string, subject: Subject): void {
  if (!goalIsCurrent) throw fieldError(field, 'goal_not_current', subject);
}

/** A concept agreement becomes current by accord only, never by setting its status. */
export function assertConceptCurrentByAccord(before: Pick<Agreement, 'status'>, requested: AgreementStatus | undefined): void {
  if (before.status === 'draft' && requested !== undefined && requested !== 'draft') throw fieldError('status', 'current_by_accord', 'agreement');
}

/**
 * An evaluation adjusts at most one thing, and only what it evaluated: an agreement is changed or closed
 * at its own evaluation, a goal's targets at the goal's, and the plan's evaluation adjusts nothing.
 */
export function assertAdjustmentFits(kind: 'plan' | 'goal' | 'agreement', adjust: { changeAgreement?: unknown; closeAgreement?: unknown; changeGoal?: unknown }): void {
  const count = [adjust.changeAgreement, adjust.closeAgreement, adjust.changeGoal].filter(Boolean).length;
  const fits = kind === 'agreement' ? !adjust.changeGoal : kind === 'goal' ? !adjust.changeAgreement && !adjust.closeAgreement : count === 0;
  if (count > 1 || !fits) throw fieldError('target', 'adjustment_mismatch', 'evaluation');
}

/** The case manager is the plan's fixed contact: they keep write access (no revoke, no demotion to read). */
export function assertCaseManagerKeepsAccess(plan: Pick<Plan, 'caseManager'>, actorId: string, permission: 'read' | 'write' | 'none'): void {
  if (plan.caseManager.id === actorId && permission !== 'write') throw new RuleError('case-manager-access');
}

/** How a goal's outcome is expressed in FHIR's two status axes. */
export function goalClosing(outcome: GoalOutcome): { status: GoalStatus; achievement: Goal['achievement'] } {
  switch (outcome) {
    case 'achieved': return { status: 'completed', achievement: 'achieved' };
    case 'not-achieved': return { status: 'completed', achievement: 'not-achieved' };
    case 'not-relevant': return { status: 'cancelled', achievement: 'not-attainable' };
  }
}

/**
 * What happens to open agreements when their goal closes: done when the goal was achieved, otherwise
 * stopped. They cannot stay open under a closed goal, as nothing may change there any more.
 */
export function agreementStatusOnGoalClose(outcome: GoalOutcome): AgreementOutcome {
  return outcome === 'achieved' ? 'completed' : 'stopped';
}

/**
 * Closing a plan closes everything still open in it (NHG: the case manager closes the whole plan; a new
 * plan can be started later). Open goals end as `completed` when the plan ran its course and `cancelled`
 * when it was revoked; a goal still proposed was never pursued and is `cancelled` either way. Their
 * achievement stays as last evaluated. Open agreements are `stopped`.
 */
export function goalStatusOnPlanClose(goal: Pick<Goal, 'status'>, planStatus: 'completed' | 'revoked'): GoalStatus {
  return planStatus === 'completed' && goal.status !== 'proposed' ? 'completed' : 'cancelled';
}

/** An accorded agreement is current: in progress once its start date has come, otherwise not started. */
export function agreementStatusOnAccord(agreement: Agreement, today: string): AgreementStatus {
  return agreement.start && agreement.start > today ? 'not-started' : 'in-progress';
}

/** What an evaluation says about a goal's progress (FHIR achievementStatus); "adjust" keeps the last. */
export function achievementAfter(outcome: EvaluationOutcome, current: Goal['achievement']): Goal['achievement'] {
  switch (outcome) {
    case 'on-track': return 'in-progress';
    case 'achieved': return 'achieved';
    case 'not-achieved': return 'no-progress';
    case 'adjust': return current ?? 'in-progress';
  }
}

export { canManagePlan } from './permissions.js';
