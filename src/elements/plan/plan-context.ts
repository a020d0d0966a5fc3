/**
 * The value `<izp-plan>` provides to the elements inside it. A new value reaches every consumer (each
 * goal, agreement, evaluate button...), so a new object is made only when something they read changed:
 * the core, the snapshot, the language, the view or the practice's name. Anything else the plan does
 * (an announcement, a form of its own opening, a load starting) leaves the value as it was.
 */
import type { PlanContext } from '../shared/context.js';

export type ContextParts = Pick<PlanContext, 'izp' | 'snapshot' | 'l' | 'view' | 'practiceName'>;
/** The functions are the plan's own, bound once: they never make a value new. */
export type ContextActions = Pick<PlanContext, 'refresh' | 'announce'>;

export function nextContext(previous: PlanContext | undefined, parts: ContextParts, actions: ContextActions): PlanContext {
  if (previous && previous.izp === parts.izp && previous.snapshot === parts.snapshot && previous.l === parts.l
    && previous.view === parts.view && previous.practiceName === parts.practiceName
    && previous.refresh === actions.refresh && previous.announce === actions.announce) return previous;
  return { ...parts, ...actions };
}
