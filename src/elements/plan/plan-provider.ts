/**
 * `<izp-plan>`'s context provider: Lit's ContextProvider, except that a value that only carries known
 * changes of the snapshot (the same plan record, core, language and view; see plan-context.ts) is offered
 * only to the consumers those changes reach (shared/plan-routes.ts). Any other value reaches every
 * consumer, as Lit's would.
 */
import { ContextProvider, type ContextCallback } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { planContext, type PlanContext } from '../shared/context.js';
import { PlanRoutes } from '../shared/plan-routes.js';

export class PlanProvider extends ContextProvider<typeof planContext> {
  readonly routes = new PlanRoutes();
  private pruneAt = 16;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host, { context: planContext });
    this.updateObservers = () => {
      const value = this.value;
      const previous = this.routes.current;
      this.routes.current = value;
      const changes = value.changes;
      const step = changes && previous?.snapshot && changes.after === previous.snapshot && value.snapshot?.plan === previous.snapshot.plan;
      if (!step) {
        for (const [callback, { disposer }] of this.subscriptions) callback(value, disposer);
        return;
      }
      // Not a walk over every subscriber: at 500 agreements that is 550 of them for one changed agreement.
      for (const callback of this.routes.reached(changes)) this.offer(callback, value);
      for (const callback of [...this.routes.unfiled]) if (!this.offer(callback, value)) this.routes.unfiled.delete(callback);
    };
  }

  override addCallback(callback: ContextCallback<PlanContext>, consumerHost: Element, subscribe?: boolean): void {
    if (subscribe) {
      // Now and then, drop the unfiled subscribers the provider no longer has (a host's own consumer that
      // left; the SDK's elements say so themselves). Not at every call: on a first render at 500 agreements,
      // 550 elements subscribe before any of them files its ids.
      if (this.routes.unfiled.size >= this.pruneAt) {
        for (const known of this.routes.unfiled) if (!this.subscriptions.has(known)) this.routes.unfiled.delete(known);
        this.pruneAt = 2 * this.routes.unfiled.size + 16;
      }
      this.routes.subscribed(callback);
    }
    super.addCallback(callback, consumerHost, subscribe);
  }

  /** Calls `callback` with `value` when it is still subscribed; false when it is not. */
  private offer(callback: ContextCallback<PlanContext>, value: PlanContext): boolean {
    const subscription = this.subscriptions.get(callback);
    if (subscription) callback(value, subscription.disposer);
    return !!subscription;
  }
}
