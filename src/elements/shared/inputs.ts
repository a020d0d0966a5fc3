/**
 * What each element renders from the plan context, as a list of values compared by identity (see
 * plan-consumer.ts), and beside each list the same thing by id (`...ById`): whether a step of
 * changes reaches one of those values. The lists are compared when a new value says nothing about what
 * changed (the first one, another language or view, a host's own provider); the ids on every other new
 * snapshot. Both are cheap on purpose: the look-ups go through the snapshot's index, never through a
 * search of the whole plan.
 */
import type { PlanContext } from './context.js';
import type { ById } from './plan-consumer.js';
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
export function goalById(goalId: () => string): ById {
  return {
    touched: (changes) => changes.records.has(goalId()) || changes.evaluated.has(goalId()) || changes.agreementsOf.has(goalId()),
    ids: () => [goalId()],
  };
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
export function agreementById(agreementId: () => string): ById {
  const goalOf = (ctx: PlanContext) => (ctx.snapshot && indexOf(ctx.snapshot).agreement(agreementId())?.goalId) || '';
  return {
    touched(changes, before) {
      const id = agreementId();
      if (changes.records.has(id) || changes.evaluated.has(id)) return true;
      // Unchanged, so it still belongs to the goal it had before.
      const goalId = goalOf(before);
      return !!goalId && changes.records.has(goalId);
    },
    ids: (ctx) => [agreementId(), goalOf(ctx)],
  };
}

/** `<izp-evaluation>`: the item it evaluates (the plan is in the common part). */
export function evaluationInputs(ctx: PlanContext | undefined, kind: 'plan' | 'goal' | 'agreement', id: string): unknown[] {
  const snap = ctx?.snapshot;
  if (!snap || kind === 'plan') return [...common(ctx), id];
  const index = indexOf(snap);
  return [...common(ctx), kind === 'goal' ? index.goal(id) : index.agreement(id)];
}

/** `evaluationInputs` by id: the goal or agreement it evaluates changed (the plan record is compared by every consumer). */
export function evaluationById(target: () => { kind: 'plan' | 'goal' | 'agreement'; id: string }): ById {
  return {
    touched: (changes) => target().kind !== 'plan' && changes.records.has(target().id),
    ids: () => (target().kind === 'plan' ? [] : [target().id]),
  };
}

/** `<izp-overview>`: the goals and agreements (the lists keep their arrays while nothing in them changed), and the practice for the printout. */
export function overviewInputs(ctx: PlanContext | undefined): unknown[] {
  return [...common(ctx), ctx?.practiceName, ctx?.snapshot?.goals, ctx?.snapshot?.agreements];
}

/** `<izp-consultation>`: it reloads from the core whenever the plan changed, so any new snapshot counts. */
export function consultationInputs(ctx: PlanContext | undefined): unknown[] {
  return [...common(ctx), ctx?.snapshot];
}
