/**
 * Who may do what, as the elements ask it: never a rule of their own, always the core's `izp.can()`, the
 * same rule the core checks before every change. So a control is offered exactly when the core would
 * accept it, and a host's own layout gets the same answers from the same question.
 */
import type { IzpAction } from '../../core/index.js';
import type { PlanContext } from './context.js';

/**
 * Would the core accept `action` on the plan in context now? False without a core; the plan defaults to
 * the one in context (null before there is one, which only `plan.create` accepts).
 */
export function allowed(ctx: PlanContext | undefined, action: IzpAction): boolean {
  return !!ctx?.izp && ctx.izp.can(action, ctx.snapshot?.plan ?? null);
}
