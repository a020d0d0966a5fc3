/**
 * The rules of the reference model and the NHG workflow, as pure functions. The service calls them; the
 * elements call them too to decide what to offer (never re-implementing a check of their own).
 */
import { ForbiddenError, RuleError, ConflictError } from './errors.js';
import { fieldError } from './validate.js';
import type {
  Agreement, AgreementOutcome, EvaluationOutcome, AgreementStatus, Goal, GoalOutcome, GoalStatus, PatientIndex, Plan, PlanStatus,
  RecordKind, User,
} from './model.js';
import type { Localized } from './errors.js';

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

/** Patients read their plan and, later, add their own goals; they do not run the workflow. */
export function canManagePlan(user: User): boolean {
  return user.role !== 'patient' && user.role !== 'informal-carer';
}

export function assertCanManagePlan(user: User, action: Localized): void {
  if (!canManagePlan(user)) {
    throw new ForbiddenError({
      nl: `U mag dit niet doen: ${action.nl}`,
      en: `You are not allowed to do this: ${action.en}`,
    });
  }
}

export function assertNoOpenPlan(index: PatientIndex | null): void {
  if (index?.openPlanId) {
    throw new RuleError('one-open-plan', {
      nl: 'Deze patiënt heeft al een open zorgplan; sluit dat eerst af',
      en: 'This patient already has an open care plan; close it first',
    });
  }
}

export function assertPlanOpen(plan: Plan): void {
  if (!isPlanOpen(plan)) {
    throw new RuleError('plan-closed', {
      nl: 'Dit zorgplan is afgesloten en kan niet meer worden gewijzigd',
      en: 'This care plan is closed and can no longer be changed',
    });
  }
}

export function assertGoalOpen(goal: Goal): void {
  if (!isGoalOpen(goal)) {
    throw new RuleError('goal-closed', {
      nl: 'Dit doel is afgesloten en kan niet meer worden gewijzigd',
      en: 'This goal is closed and can no longer be changed',
    });
  }
}

export function assertAgreementOpen(agreement: Agreement): void {
  if (!isAgreementOpen(agreement)) {
    throw new RuleError('agreement-closed', {
      nl: 'Deze afspraak is afgesloten en kan niet meer worden gewijzigd',
      en: 'This agreement is closed and can no longer be changed',
    });
  }
}

/** An agreement belongs to a goal of the same plan. */
export function assertGoalInPlan(goal: Goal | null, planId: string): asserts goal is Goal {
  if (!goal || goal.planId !== planId) {
    throw new RuleError('goal-in-plan', {
      nl: 'Een afspraak hoort bij een doel van hetzelfde zorgplan',
      en: 'An agreement belongs to a goal of the same care plan',
    });
  }
}

/** The version the user saw must still be the stored one: no edit silently overwrites another's. */
export function assertVersion(kind: RecordKind, record: { id: string; version: number }, expected: number | undefined): void {
  if (expected !== undefined && expected !== record.version) {
    throw new ConflictError(kind, record.id, expected, record.version, record);
  }
}

/** Start before end; the field named is the later one, where the user must look. */
export function assertDateOrder(
  start: string | undefined, end: string | undefined, endField: string, what: Localized,
  startName: Localized = { nl: 'de startdatum', en: 'the start date' },
): void {
  if (start && end && end < start) {
    throw fieldError(endField, { nl: `ligt vóór ${startName.nl}`, en: `is before ${startName.en}` }, what);
  }
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
