/**
 * Evaluation from a row's menu. A row renders its `<izp-evaluation>` (its own button hidden by the row's
 * styles) only once "Evalueren" is chosen in its menu, then opens that element's dialog, with focus going
 * back to the menu's button. Up front every evaluable row would carry an element with a shadow root, a
 * button and a closed dialog that most rows never open: at 50 agreements about a tenth of the Plan
 * section's elements, at 500 a thousand elements and shadow roots on every first render.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { agreementPhase, goalPhase, planPhase, type Agreement, type Goal, type PlanSnapshot } from '../../core/index.js';
import type { IzpEvaluation } from '../evaluation/izp-evaluation.js';
import { registryFor } from './registry.js';

export type EvaluableItem = { kind: 'plan' } | { kind: 'goal'; record: Goal } | { kind: 'agreement'; record: Agreement };

/**
 * Whether the item can be evaluated now, by its phase: a current item of a current plan (the same rule
 * `<izp-evaluation>` applies). Whether this user may is the caller's `izp.can('evaluate')`.
 */
export function evaluable(snapshot: PlanSnapshot, item: EvaluableItem): boolean {
  if (planPhase(snapshot.plan) !== 'current') return false;
  if (item.kind === 'goal') return goalPhase(item.record) === 'current';
  if (item.kind === 'agreement') return agreementPhase(item.record) === 'current';
  return true;
}

/**
 * Opens the evaluation dialog of `element` once its tag is defined (it may load on demand) in the registry
 * the element belongs to: a scoped one where the browser has them, not necessarily the global one.
 */
export async function openEvaluation(element: Element | null | undefined, returnTo: HTMLElement): Promise<void> {
  if (!element) return;
  await registryFor(element).whenDefined(element.localName);
  await (element as IzpEvaluation).show(returnTo);
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A row's `<izp-evaluation>`, rendered from the first time the user chooses "Evalueren" in the row's
 * menu for as long as the item can be evaluated (so that focus can go back to the menu after saving);
 * `forget()` takes it away again (another plan, user or item).
 */
export class EvaluationOnDemand implements ReactiveController {
  private wanted = false;

  constructor(private readonly host: Host, private readonly id: string) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The menu's "Evalueren": renders the element, then opens its dialog; focus returns to `trigger`. */
  async open(trigger: HTMLElement): Promise<void> {
    this.wanted = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    await openEvaluation(this.host.shadowRoot?.querySelector(`#${this.id}`), trigger);
  }

  forget(): void {
    if (!this.wanted) return;
    this.wanted = false;
    this.host.requestUpdate();
  }

  /**
   * The element for the item `kind`/`targetId`, once asked for; nothing before. `evaluated` runs after an
   * evaluation was stored (the row may move focus).
   */
  render(kind: 'plan' | 'goal' | 'agreement', targetId: string, headingLevel: number, evaluated?: () => void) {
    if (!this.wanted) return nothing;
    return html`<izp-evaluation id=${this.id} target-kind=${kind} target-id=${targetId} heading-level=${headingLevel}
      @izp-evaluated=${() => evaluated?.()}></izp-evaluation>`;
  }
}
