/**
 * Takes the plan context from the surrounding `<izp-plan>` and asks the element to update only when
 * what it shows changed. `<izp-plan>` hands every consumer the same new value when the plan changes;
 * each element names the records it renders (by identity: unchanged records keep their objects across
 * re-reads, see keep-identity.ts), and an element whose records are the same objects as at its last
 * update is not updated at all (one changed agreement re-renders that agreement, not all 500).
 *
 * Lit's own ContextConsumer (`@consume`) requests an update on every value, so this one speaks the
 * context protocol itself: a `context-request` event with a callback, subscribed, answered by
 * `<izp-plan>`'s ContextProvider (or by any provider of `planContext`, as a host's own may be). Other
 * causes of an update (the element's properties and state, a controller's requestUpdate()) are not
 * touched: the gate only decides whether a new context value is a reason to update.
 *
 * When the new value says what changed since the one this element last received (`changes`, see
 * plan-context.ts), an element that names its ids (`touched`) checks those instead of recomputing its
 * inputs: at 500 agreements a new snapshot reaches about 1,000 consumers, and all but a few of them
 * then decide with a few Set look-ups and no allocation.
 */
import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { planContext, type PlanChanges, type PlanContext } from './context.js';
import { sameInputs } from './snapshot-index.js';

export class PlanConsumer implements ReactiveController {
  /** The latest context value, whether or not it caused an update (event handlers act on the latest). */
  value: PlanContext | undefined = undefined;
  private rendered: readonly unknown[] | null = null;
  private unsubscribe: (() => void) | undefined = undefined;

  /**
   * `inputs` lists what the host renders from the context. `touched`, when given, says whether `changes`
   * reach what the host renders, given the value they lead from (`before`); it must agree with
   * `inputs`: an id it does not check is an input that never changes. `name` is the host's property
   * that exposes the context (reported as changed when the context causes an update).
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly inputs: (ctx: PlanContext | undefined) => readonly unknown[],
    private readonly touched?: (changes: PlanChanges, before: PlanContext) => boolean,
    private readonly name = 'ctx',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.dispatchEvent(new ContextEvent(planContext, this.host, this.receive, true));
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** What this update renders: a later value with the same inputs is no reason to update again. */
  hostUpdate(): void {
    this.rendered = this.inputs(this.value);
  }

  private readonly receive = (value: PlanContext, unsubscribe?: () => void): void => {
    // Another provider answers now (the element moved): stop listening to the earlier one.
    if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
    this.unsubscribe = unsubscribe;
    const old = this.value;
    this.value = value;
    const step = old && this.touched ? stepFrom(old, value) : null;
    const update = step ? this.touched!(step, old!) : !sameInputs(this.rendered, this.inputs(value));
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
