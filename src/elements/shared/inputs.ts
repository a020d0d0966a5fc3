/**
 * What each element renders from the plan context, as a list of values compared by identity (see
 * plan-consumer.ts), and beside each list the same thing by id (`...Touched`): whether a step of
 * changes reaches one of those values. The lists are compared when a new value says nothing about what
 * changed (the first one, another language or view, a host's own provider); the ids on every other new
 * snapshot. Both are cheap on purpose: the look-ups go through the snapshot's index, never through a
 * search of the whole plan.
 */
import type { PlanChanges, PlanContext } from './context.js';
import { indexOf } from './snapshot-index.js';

/** Who asks, in which language and view: every element depends on these. */
const common = (ctx: PlanContext | undefined) => [ctx?.izp, ctx?.l, ctx?.view, ctx?.snapshot?.plan] as const;

/** `<izp-goal>`: the goal, its latest evaluation and its agreements (their order, status and texts). */
export function goalInputs(ctx: PlanContext | undefined, goalId: string): unknown[] {
  const snap = ctx?.snapshot;
  if (!snap) return [...common(ctx)];
  const index = indexOf(snap);
  return [...common(ctx), index.goal(goalId), index.latestEvaluation(goalId), ...index.agreementsOf(goalId)];
}

/** `goalInputs` by id: the goal, an evaluation of it, or one of its agreements changed. */
export function goalTouched(changes: PlanChanges, goalId: string): boolean {
  return changes.records.has(goalId) || changes.evaluated.has(goalId) || changes.agreementsOf.has(goalId);
}

/** `<izp-agreement>`: the agreement, its goal (open or closed, phase) and its latest evaluation. */
export function agreementInputs(ctx: PlanContext | undefined, agreementId: string): unknown[] {
  const snap = ctx?.snapshot;
  if (!snap) return [...common(ctx)];
  const index = indexOf(snap);
  const agreement = index.agreement(agreementId);
  return [...common(ctx), agreement, agreement && index.goal(agreement.goalId), index.latestEvaluation(agreementId)];
}

/** `agreementInputs` by id: the agreement, an evaluation of it, or its goal (as of `before`) changed. */
export function agreementTouched(changes: PlanChanges, before: PlanContext, agreementId: string): boolean {
  if (changes.records.has(agreementId) || changes.evaluated.has(agreementId)) return true;
  // Unchanged, so it still belongs to the goal it had before.
  const goalId = before.snapshot && indexOf(before.snapshot).agreement(agreementId)?.goalId;
  return !!goalId && changes.records.has(goalId);
}

/** `<izp-evaluation>`: the item it evaluates (the plan is in the common part). */
export function evaluationInputs(ctx: PlanContext | undefined, kind: 'plan' | 'goal' | 'agreement', id: string): unknown[] {
  const snap = ctx?.snapshot;
  if (!snap || kind === 'plan') return [...common(ctx), id];
  const index = indexOf(snap);
  return [...common(ctx), kind === 'goal' ? index.goal(id) : index.agreement(id)];
}

/** `evaluationInputs` by id: the goal or agreement it evaluates changed (the plan record is compared by every consumer). */
export function evaluationTouched(changes: PlanChanges, kind: 'plan' | 'goal' | 'agreement', id: string): boolean {
  return kind !== 'plan' && changes.records.has(id);
}

/** `<izp-overview>`: the goals and agreements (the lists keep their arrays while nothing in them changed), and the practice for the printout. */
export function overviewInputs(ctx: PlanContext | undefined): unknown[] {
  return [...common(ctx), ctx?.practiceName, ctx?.snapshot?.goals, ctx?.snapshot?.agreements];
}

/** `<izp-consultation>`: it reloads from the core whenever the plan changed, so any new snapshot counts. */
export function consultationInputs(ctx: PlanContext | undefined): unknown[] {
  return [...common(ctx), ctx?.snapshot];
}
