/**
 * What each element renders from the plan context, as a list of values compared by identity (see
 * context-gate.ts). Cheap on purpose: every consumer computes its list on every new context, so the
 * look-ups go through the snapshot's index, never through a search of the whole plan.
 */
import type { PlanContext } from './context.js';
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

/** `<izp-agreement>`: the agreement, its goal (open or closed, phase) and its latest evaluation. */
export function agreementInputs(ctx: PlanContext | undefined, agreementId: string): unknown[] {
  const snap = ctx?.snapshot;
  if (!snap) return [...common(ctx)];
  const index = indexOf(snap);
  const agreement = index.agreement(agreementId);
  return [...common(ctx), agreement, agreement && index.goal(agreement.goalId), index.latestEvaluation(agreementId)];
}

/** `<izp-evaluation>`: the item it evaluates (the plan is in the common part). */
export function evaluationInputs(ctx: PlanContext | undefined, kind: 'plan' | 'goal' | 'agreement', id: string): unknown[] {
  const snap = ctx?.snapshot;
  if (!snap || kind === 'plan') return [...common(ctx), id];
  const index = indexOf(snap);
  return [...common(ctx), kind === 'goal' ? index.goal(id) : index.agreement(id)];
}

/** `<izp-overview>`: the goals and agreements (the lists keep their arrays while nothing in them changed), and the practice for the printout. */
export function overviewInputs(ctx: PlanContext | undefined): unknown[] {
  return [...common(ctx), ctx?.practiceName, ctx?.snapshot?.goals, ctx?.snapshot?.agreements];
}

/** `<izp-consultation>`: it reloads from the core whenever the plan changed, so any new snapshot counts. */
export function consultationInputs(ctx: PlanContext | undefined): unknown[] {
  return [...common(ctx), ctx?.snapshot];
}
