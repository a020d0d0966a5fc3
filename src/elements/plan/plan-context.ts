/**
 * The value `<izp-plan>` provides to the elements inside it. A new value reaches every consumer (each
 * goal, agreement, evaluate button...), so a new object is made only when something they read changed:
 * the core, the snapshot, the language, the view or the practice's name. Anything else the plan does
 * (an announcement, a form of its own opening, a load starting) leaves the value as it was.
 *
 * When only the snapshot changed, the value carries what changed by id (`changes`), so that each
 * consumer checks its own ids instead of recomputing what it shows.
 */
import type { PlanChanges, PlanContext } from '../shared/context.js';

export type ContextParts = Pick<PlanContext, 'izp' | 'snapshot' | 'l' | 'view' | 'practiceName'>;
/** The functions (and the routes) are the plan's own, made once: they never make a value new. */
export type ContextActions = Pick<PlanContext, 'refresh' | 'announce' | 'routes'>;

/**
 * The value for `parts`; `previous` itself when nothing in it changed. `changes` (from mergeSnapshot)
 * goes with the new value only when they lead from `previous`'s snapshot and nothing but the snapshot
 * changed; otherwise the new value has none and every consumer compares all it shows.
 */
export function nextContext(previous: PlanContext | undefined, parts: ContextParts, actions: ContextActions, changes: PlanChanges | null = null): PlanContext {
  const sameOthers = !!previous && previous.izp === parts.izp && previous.l === parts.l && previous.view === parts.view
    && previous.practiceName === parts.practiceName && previous.refresh === actions.refresh && previous.announce === actions.announce && previous.routes === actions.routes;
  if (sameOthers && previous.snapshot === parts.snapshot) return previous;
  const step = sameOthers && !!previous.snapshot && !!parts.snapshot && changes?.after === previous.snapshot ? changes : null;
  return { ...parts, ...actions, changes: step };
}
