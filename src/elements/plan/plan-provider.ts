/**
 * `<izp-plan>`'s context provider: Lit's ContextProvider, except that a value that only carries known
 * changes of the snapshot (the same plan record, core, language and view; see plan-context.ts) is offered
 * only to the consumers those changes reach (shared/plan-routes.ts). Any other value reaches every
 * consumer, as Lit's would.
 */
import { ContextProvider } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { planContext } from '../shared/context.js';
import { PlanRoutes } from '../shared/plan-routes.js';

export class PlanProvider extends ContextProvider<typeof planContext> {
  readonly routes = new PlanRoutes();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host, { context: planContext });
    this.updateObservers = () => {
      const value = this.value;
      const previous = this.routes.current;
      this.routes.current = value;
      const changes = value.changes;
      const step = changes && previous?.snapshot && changes.after === previous.snapshot && value.snapshot?.plan === previous.snapshot.plan;
      const reached = step ? this.routes.reached(changes) : null;
      for (const [callback, { disposer }] of this.subscriptions) {
        if (!reached || reached.has(callback) || !this.routes.filed(callback)) callback(value, disposer);
      }
    };
  }
}
