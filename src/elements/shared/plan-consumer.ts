/**
 * Takes the plan context from the surrounding `<izp-plan>` and asks the element to update only when
 * what it shows changed. `<izp-plan>` offers each new value to the consumers it may concern (see below);
 * each element names the records it renders (by identity: unchanged records keep their objects across
 * re-reads, see keep-identity.ts), and an element whose records are the same objects as at its last
 * update is not updated at all (one changed agreement re-renders that agreement, not all 500).
 *
 * Lit's own ContextConsumer (`@consume`) requests an update on every value, so this one speaks the
 * context protocol itself: a `context-request` event with a callback, subscribed, answered by
 * `<izp-plan>`'s ContextProvider (or by any provider of `planContext`, as a host's own may be; such a
 * provider hands over a new object for its consumers to update: the same object again is no change). Other
 * causes of an update (the element's properties and state, a controller's requestUpdate()) are not
 * touched: the gate only decides whether a new context value is a reason to update.
 *
 * When the new value says what changed since the one this element last received (`changes`, see
 * plan-context.ts), an element that names its ids (`byId`) checks those instead of recomputing its
 * inputs; and `<izp-plan>` offers such a value only to the elements filed under a changed id
 * (plan-routes.ts): at 500 agreements one changed agreement is offered to its goal and that goal's
 * agreements, not to all 550 elements.
 */
import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { planContext, type ContextRoutes, type PlanChanges, type PlanContext } from './context.js';
import { sameInputs } from './snapshot-index.js';

/**
 * How an element tells by id whether a step of changes reaches what it renders: `touched` says it, given
 * the value the changes lead from (`before`), and must agree with the element's inputs (an id it does not
 * check is an input that never changes); `ids` names every id `touched` checks, for the routes.
 */
export interface ById {
  touched(changes: PlanChanges, before: PlanContext): boolean;
  ids(ctx: PlanContext): readonly string[];
}

export class PlanConsumer implements ReactiveController {
  /** The last value offered to this element. */
  private received: PlanContext | undefined = undefined;
  /** The provider's routes while this element is filed there by its ids (see plan-routes.ts). */
  private filedIn: ContextRoutes | undefined = undefined;
  private rendered: readonly unknown[] | null = null;
  private unsubscribe: (() => void) | undefined = undefined;

  /**
   * `inputs` lists what the host renders from the context; `byId`, when given, says the same by id (see
   * `ById`). `name` is the host's property that exposes the context (reported as changed when the
   * context causes an update).
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly inputs: (ctx: PlanContext | undefined) => readonly unknown[],
    private readonly byId?: ById,
    private readonly name = 'ctx',
  ) {
    host.addController(this);
  }

  /**
   * The latest context value, whether or not it caused an update (event handlers act on the latest):
   * while filed by its ids, the provider's latest, which is offered to this element only when it
   * changes something the element shows.
   */
  get value(): PlanContext | undefined {
    return this.filedIn ? this.filedIn.current : this.received;
  }

  hostConnected(): void {
    this.host.dispatchEvent(new ContextEvent(planContext, this.host, this.receive, true));
  }

  hostDisconnected(): void {
    this.unfile();
    // Also when it never filed: the routes list every subscriber that hears each value.
    this.routesOf(this.received)?.forget(this.receive);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** What this update renders: a later value with the same inputs is no reason to update again. */
  hostUpdate(): void {
    const value = this.value;
    this.rendered = this.inputs(value);
    // Filed by the ids of what is rendered now: a value whose changes name none of them changes nothing here.
    // Only while subscribed to the provider of those routes: an update still pending when the element left
    // the page runs after `hostDisconnected`, and must not file it again (the routes would keep it).
    const routes = this.routesOf(this.received);
    if (this.byId && value && routes && this.unsubscribe && this.host.isConnected) {
      routes.file(this.receive, this.byId.ids(value));
      this.filedIn = routes;
    }
  }

  /**
   * The routes of the provider that offered `value`; none when `value` is not that provider's latest (a
   * host's own provider that passes on `<izp-plan>`'s value with its own changes).
   */
  private routesOf(value: PlanContext | undefined): ContextRoutes | undefined {
    const routes = value?.routes;
    return routes && (routes.current === value || routes === this.filedIn) ? routes : undefined;
  }

  /** Out of the routes, keeping the latest value it stood for. */
  private unfile(): void {
    if (!this.filedIn) return;
    this.received = this.filedIn.current;
    this.filedIn.forget(this.receive);
    this.filedIn = undefined;
  }

  private readonly receive = (value: PlanContext, unsubscribe?: () => void): void => {
    // Another provider answers now (the element moved): stop listening to the earlier one.
    if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
    if (this.filedIn && this.filedIn !== this.routesOf(value)) this.unfile();
    this.unsubscribe = unsubscribe;
    const old = this.received;
    this.received = value;
    // After values that were not offered here (they changed nothing it shows), the step does not lead
    // from `old`: the inputs are compared then.
    const step = old && this.byId ? stepFrom(old, value) : null;
    const update = step ? this.byId!.touched(step, old!) : !sameInputs(this.rendered, this.inputs(value));
    if (update) this.host.requestUpdate(this.name, old);
  };
}

/**
 * The changes that lead from `old` to `value`, when that is all that differs between them (the same
 * core, language, view and plan record; the records of `changes` are the only ones that differ). By
 * induction over the values an element receives, its inputs are then those it last rendered unless one
 * of its ids is among the changes.
 */
function stepFrom(old: PlanContext, value: PlanContext): PlanChanges | null {
  const changes = value.changes;
  if (!changes || changes.after !== old.snapshot || value.izp !== old.izp || value.l !== old.l || value.view !== old.view) return null;
  return value.snapshot?.plan === old.snapshot?.plan ? changes : null;
}
