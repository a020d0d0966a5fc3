/**
 * A new plan snapshot delivered by id. `<izp-plan>` offers its context value to every element inside
 * it: at 500 agreements about 550 callbacks per change, each of which then finds by its own ids that
 * nothing it shows changed. Elements that know their ids (goals, agreements, evaluations; see the
 * `...ById` functions in inputs.ts) file them here as they render. A new value whose changes are known
 * is then offered only to the elements filed under a changed id, and, as before, to every consumer that
 * filed nothing (a list of the whole plan, a host's own consumer).
 *
 * An element that was not called reads the latest value here (`current`): by its ids nothing it shows
 * changed, and its event handlers still act on the latest plan.
 */
import type { ContextCallback } from '@lit/context';
import type { ContextRoutes, PlanChanges, PlanContext } from './context.js';

type Callback = ContextCallback<PlanContext>;

export class PlanRoutes implements ContextRoutes {
  current: PlanContext | undefined = undefined;
  private readonly idsOf = new Map<Callback, readonly string[]>();
  private readonly byId = new Map<string, Set<Callback>>();
  /**
   * The subscribed callbacks that filed no ids: they hear every value. A callback the provider dropped
   * (its element moved) may linger here until the provider next meets it.
   */
  readonly unfiled = new Set<Callback>();

  /** A new subscriber: it hears every value until it files its ids. */
  subscribed(callback: Callback): void {
    if (!this.idsOf.has(callback)) this.unfiled.add(callback);
  }

  file(callback: Callback, ids: readonly string[]): void {
    const before = this.idsOf.get(callback);
    if (before && before.length === ids.length && before.every((id, i) => id === ids[i])) return;
    this.unlink(callback);
    this.unfiled.delete(callback);
    this.idsOf.set(callback, ids);
    for (const id of ids) {
      let callbacks = this.byId.get(id);
      if (!callbacks) this.byId.set(id, (callbacks = new Set()));
      callbacks.add(callback);
    }
  }

  forget(callback: Callback): void {
    this.unlink(callback);
    this.idsOf.delete(callback);
    this.unfiled.delete(callback);
  }

  private unlink(callback: Callback): void {
    for (const id of this.idsOf.get(callback) ?? []) {
      const callbacks = this.byId.get(id);
      callbacks?.delete(callback);
      if (callbacks?.size === 0) this.byId.delete(id);
    }
  }

  /** The callbacks filed under an id that `changes` name (a record, an evaluation's target, a goal's agreements). */
  reached(changes: PlanChanges): Set<Callback> {
    const out = new Set<Callback>();
    for (const ids of [changes.records, changes.evaluated, changes.agreementsOf]) {
      for (const id of ids) for (const callback of this.byId.get(id) ?? []) out.add(callback);
    }
    return out;
  }
}
