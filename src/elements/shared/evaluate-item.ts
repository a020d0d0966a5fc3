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
import type { PlanContext } from './context.js';
import { loadElement } from './lazy-elements.js';
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

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A row's `<izp-evaluation>`, rendered from the first time the user chooses "Evalueren" in the row's
 * menu for as long as the item can be evaluated (so that focus can go back to the menu after saving);
 * `forget()` takes it away again (another plan, user or item). The element is a chunk: when it does not
 * arrive (the network), the row says so in an alert with a button that asks again, and focus goes back to
 * the menu's button, never into nothing (unless the user has moved on meanwhile).
 */
export class EvaluationOnDemand implements ReactiveController {
  private wanted = false;
  /** The chunk did not arrive for the last "Evalueren"; the menu's button that asked, for the retry. */
  private failedFor: HTMLElement | null = null;
  /** Counts the openings: one that a later opening or `forget()` overtook stops at its next step. */
  private attempt = 0;

  constructor(private readonly host: Host, private readonly id: string, private readonly ctx: () => PlanContext | undefined) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The menu's "Evalueren": renders the element, then opens its dialog; focus returns to `trigger`. */
  async open(trigger: HTMLElement): Promise<void> {
    const attempt = ++this.attempt;
    this.wanted = true;
    this.failedFor = null;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const element = this.host.shadowRoot?.querySelector<IzpEvaluation>(`#${this.id}`);
    // After every wait: the row may have left the page, or been reset (another plan, user or item).
    const current = () => attempt === this.attempt && this.wanted && this.host.isConnected && !!element?.isConnected;
    if (!element || !current()) return;
    const registry = registryFor(element);
    try {
      // Either the tag gets defined (by this load, or by the scan of the render that just happened) or the
      // load fails; waiting for `whenDefined` alone would wait forever on a chunk that never arrives.
      await Promise.race([registry.whenDefined(element.localName), loadElement(element.localName, registry)]);
    } catch (error) {
      if (!current()) return;
      console.error('izp-sdk: <izp-evaluation> could not be loaded', error);
      this.failedFor = trigger;
      this.host.requestUpdate();
      await this.host.updateComplete;
      // Back to the menu's button only if focus is still where the action left it: the user may have
      // gone on elsewhere while the chunk was on its way, and the alert speaks for itself there.
      if (attempt === this.attempt && this.host.isConnected && focusStayed(this.host)) trigger.focus();
      return;
    }
    if (!current()) return;
    await element.show(trigger);
  }

  forget(): void {
    this.attempt++;
    this.failedFor = null;
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
    const t = this.ctx()?.l.t;
    const trigger = this.failedFor;
    return html`<izp-evaluation id=${this.id} target-kind=${kind} target-id=${targetId} heading-level=${headingLevel}
      @izp-evaluated=${() => evaluated?.()}></izp-evaluation>
      ${trigger && t ? html`<div class="alert" role="alert" part="evaluation-unavailable">${t.evaluationUnavailable}
        <button type="button" @click=${() => this.retry(trigger)}>${t.tryAgain}</button></div>` : nothing}`;
  }

  /** Asks for the chunk again. Focus first goes back to the menu's button, as the alert and its button go away. */
  private retry(trigger: HTMLElement): void {
    trigger.focus();
    void this.open(trigger);
  }
}

/**
 * Whether focus is still where choosing "Evalueren" left it: in the row (on its menu's button, or on the
 * item of its closed menu where a browser keeps it) or nowhere (the page's body, where a browser puts it
 * when the focused item disappears). `:focus-within` matches a shadow host whose shadow tree has focus.
 */
function focusStayed(host: HTMLElement): boolean {
  const active = document.activeElement;
  return !active || active === document.body || host.matches(':focus-within');
}
