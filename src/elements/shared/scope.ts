/**
 * Forgets view state when the element starts showing another plan. A form's draft belongs to the plan,
 * core (user) and view it was opened for: when the host picks another patient, signs in another user or
 * swaps the core, a half-typed goal must not follow along and be saved into somebody else's plan.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlanContext } from './context.js';

/** What a draft belongs to: the core (and so its user), the plan and the view. */
export interface Scope {
  izp: PlanContext['izp'];
  planId: string | null;
  view: PlanContext['view'] | null;
}

export function scopeOf(ctx: PlanContext | undefined): Scope {
  return { izp: ctx?.izp ?? null, planId: ctx?.snapshot?.plan.id ?? null, view: ctx?.view ?? null };
}

export function sameScope(a: Scope, b: Scope): boolean {
  return a.izp === b.izp && a.planId === b.planId && a.view === b.view;
}

/** Calls `reset` before an update in which the element's scope differs from the one it last rendered. */
export class ScopeController implements ReactiveController {
  private last: Scope | null = null;

  constructor(host: ReactiveControllerHost, private readonly context: () => PlanContext | undefined, private readonly reset: () => void) {
    host.addController(this);
  }

  hostUpdate(): void {
    const now = scopeOf(this.context());
    if (this.last && !sameScope(this.last, now)) this.reset();
    this.last = now;
  }
}
