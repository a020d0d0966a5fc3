import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { StorageError, isIzpError, isAgreementOpen, type Consultation, type IzpError, type Agreement, type PlanSnapshot, type DueItem, type GoalView } from '../../core/index.js';
import { heading, performerText } from '../shared/render.js';
import { evaluationText, latestEvaluation } from '../evaluation/evaluation-parts.js';
import { targetText } from '../goal/izp-goal.parts.js';
import type { PlanContext } from '../shared/context.js';
import { PlanConsumer } from '../shared/plan-consumer.js';
import { consultationInputs } from '../shared/inputs.js';
import { IzpElement } from '../shared/izp-element.js';
import { isChange, renderChange } from './consultation-parts.js';
import { styles } from './izp-consultation.styles.js';
import { registerWords } from '../../i18n/dictionaries.js';
import { consultationWords } from '../../i18n/words/consultation.js';

// The words of this element came in this chunk, not in the first load: registered before any can render.
registerWords(consultationWords);

/**
 * At most this many changes are listed, the most recent; the count of earlier ones is said in words.
 * Fewer when the plan was never evaluated: then the list runs from the start, and only the latest matter.
 */
const MAX_CHANGES = 25;
const MAX_CHANGES_NEVER_EVALUATED = 10;

/**
 * "Start van het consult": what a practice nurse opens at the start of a consultation. What is due for
 * evaluation (overdue said in words), what was agreed (the open goals and their agreements, each with
 * its evaluate button), and what changed since the plan was last evaluated (who, when, what). It reloads
 * whenever the plan changes, so an evaluation made here drops off the due list at once.
 *
 * `<izp-plan>` shows it as the Consult section of a current plan (without "what was agreed"); a vendor's own
 * layout may place it anywhere inside `<izp-plan>`: `<izp-consultation heading-level="3"></izp-consultation>`.
 *
 * @tagname izp-consultation
 * @event izp-evaluated - An evaluation made from here was stored; `detail.evaluation` is the evaluation.
 * @event izp-error - The consultation could not be loaded, or an evaluation failed.
 * @csspart consultation - The consultation's panel.
 * @csspart title - The heading "Start van het consult".
 * @csspart due - What is due for evaluation.
 * @csspart agreed - The open goals and their agreements.
 * @csspart changes - What changed since the last evaluation.
 * @cssproperty --izp-consultation-background - Background of the panel.
 * @cssproperty --izp-consultation-border - Border colour of the panel.
 * @cssproperty --izp-color-primary - Main colour of buttons and headings.
 * @cssproperty --izp-spacing - The base spacing unit.
 */
export class IzpConsultation extends IzpElement {
  static override styles = styles;

  /** The level of the consultation's heading (2–6); its parts go one level below, goals two. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /**
   * Leaves out "what was agreed": `<izp-plan>` shows the goals and agreements in its Plan section, so
   * its Consult section shows only what is due and what changed (nothing twice).
   */
  @property({ type: Boolean, attribute: 'without-agreed' }) withoutAgreed = false;

  /**
   * @internal The plan, core and language provided by the surrounding `<izp-plan>`. A new value updates
   * the consultation only when what it shows changed (see shared/plan-consumer.ts).
   */
  get ctx(): PlanContext | undefined {
    return this.consumer.value;
  }

  private readonly consumer = new PlanConsumer(this, (ctx) => consultationInputs(ctx));

  /** The consultation as last loaded; null while loading the first time or without a plan. */
  @state() consultation: Consultation | null = null;
  @state() private error: IzpError | null = null;

  private loadedFor: PlanSnapshot | null | undefined = undefined;
  private loads = 0;
  private loading: Promise<void> = Promise.resolve();

  protected override updated(): void {
    // Reloaded whenever the plan changed: an evaluation, an adjustment, anyone's change.
    const snapshot = this.ctx?.snapshot ?? null;
    if (snapshot !== this.loadedFor) {
      this.loadedFor = snapshot;
      this.loading = this.load(snapshot);
    }
  }

  /** Loads the consultation again from storage. */
  async reload(): Promise<void> {
    this.loading = this.load(this.ctx?.snapshot ?? null);
    return this.loading;
  }

  private async load(snapshot: PlanSnapshot | null): Promise<void> {
    const run = ++this.loads;
    const izp = this.ctx?.izp;
    if (!snapshot || !izp) {
      this.consultation = null;
      return;
    }
    try {
      const consultation = await izp.getConsultation(snapshot.plan.id);
      if (run !== this.loads) return;
      this.consultation = consultation;
      this.error = null;
    } catch (caught) {
      if (run !== this.loads) return;
      const error = isIzpError(caught) ? caught : new StorageError(undefined, { cause: caught });
      this.error = error;
      this.emit('izp-error', { action: 'getConsultation', error });
    }
  }

  /**
   * After an evaluation made here: when its button went away with the reload (the item is no longer
   * due), focus lands on the "due" heading instead of being lost.
   */
  private async afterEvaluated(event: Event): Promise<void> {
    const source = event.target as Element;
    await new Promise((resolve) => setTimeout(resolve)); // the plan passes on the new snapshot first
    await this.updateComplete;
    await this.loading;
    await this.updateComplete;
    if (!source.isConnected) this.renderRoot.querySelector<HTMLElement>('#due-title')?.focus();
  }

  protected override render() {
    const ctx = this.ctx;
    const snapshot = ctx?.snapshot;
    if (!ctx || !snapshot) return nothing;
    const l = ctx.l;
    const { t } = l;
    const c = this.consultation;
    const level = this.headingLevel;
    return html`<section part="consultation" class="consultation" aria-labelledby="consultation-title"
      @izp-evaluated=${(e: Event) => void this.afterEvaluated(e)}>
      ${heading(level, 'consultation-title', t.consultationTitle)}
      ${c ? html`<p class="help">${c.since ? t.consultationSince(l.dateTime(c.since)) : t.consultationNeverEvaluated}</p>` : nothing}
      ${this.error ? html`<div class="alert" role="alert">${t.consultationFailed} ${this.error.code === 'unavailable' ? '' : this.error.localized(l.lang)}
        <button type="button" @click=${() => void this.reload()}>${t.retry}</button></div>` : nothing}
      ${!c ? (this.error ? nothing : html`<p class="help">${t.loading}</p>`) : html`
        <div class="part" part="due">
          ${heading(level + 1, 'due-title', t.dueForEvaluation)}
          ${c.due.length === 0 ? html`<p>${t.nothingDue}</p>` : html`<ul>
            ${repeat(c.due, (d) => `${d.kind}:${d.id}`, (d) => this.renderDue(d, snapshot))}
          </ul>`}
        </div>
        ${this.withoutAgreed ? nothing : html`<div class="part" part="agreed">
          ${heading(level + 1, 'agreed-title', t.whatWasAgreed, 'title', false)}
          ${c.agreed.length === 0 ? html`<p>${t.nothingAgreed}</p>` : html`<ul>
            ${repeat(c.agreed, (g) => g.goal.id, (g, i) => this.renderGoal(g, i, snapshot))}
          </ul>`}
        </div>`}
        <div class="part" part="changes">
          ${heading(level + 1, 'changes-title', t.whatChanged, 'title', false)}
          ${this.renderChanges(c, snapshot)}
        </div>`}
    </section>`;
  }

  private renderDue(item: DueItem, snapshot: PlanSnapshot) {
    const l = this.ctx!.l;
    const { t } = l;
    const kind = item.kind === 'plan' ? t.planTitle : item.kind === 'goal' ? t.goal : t.agreement;
    return html`<li class="item ${item.overdue ? 'overdue' : ''}">
      <div class="line">
        <span><span class="kind">${kind}</span>${item.kind === 'plan' && !item.description ? nothing : html`: <span class="text">${item.description}</span>`}</span>
        <izp-evaluation target-kind=${item.kind} target-id=${item.id} heading-level=${this.headingLevel + 2}></izp-evaluation>
      </div>
      <p class="meta"><span class="when">${t.dueText(item.kind, l.date(item.date), item.overdue)}</span>
        ${this.latest(snapshot, item.id)}</p>
    </li>`;
  }

  private latest(snapshot: PlanSnapshot, id: string) {
    const e = latestEvaluation(snapshot, id);
    return e ? html`<span>${this.ctx!.l.t.latestEvaluation}: ${evaluationText(this.ctx!.l, e)}</span>` : nothing;
  }

  private renderGoal(view: GoalView, index: number, snapshot: PlanSnapshot) {
    const l = this.ctx!.l;
    const { t } = l;
    const { goal } = view;
    const open = view.agreements.filter(isAgreementOpen);
    return html`<li class="goal">
      <div class="line">
        ${heading(this.headingLevel + 2, `agreed-goal-${index}`, goal.description, 'goal-title', false)}
        <izp-evaluation target-kind="goal" target-id=${goal.id} heading-level=${this.headingLevel + 3}></izp-evaluation>
      </div>
      <p class="meta">
        ${view.phase === 'concept' ? html`<span>${t.goalStatus[goal.status]}</span>` : nothing}
        ${goal.targets.map((target) => html`<span>${t.target}: ${targetText(l, target)}</span>`)}
        ${this.latest(snapshot, goal.id)}
      </p>
      ${open.length === 0 ? html`<p class="help">${t.noAgreements}</p>` : html`<ul aria-label=${`${t.agreements}: ${goal.description}`}>
        ${repeat(open, (a) => a.id, (a) => this.renderAgreement(a, snapshot))}
      </ul>`}
    </li>`;
  }

  private renderAgreement(a: Agreement, snapshot: PlanSnapshot) {
    const l = this.ctx!.l;
    const { t } = l;
    return html`<li class="item">
      <div class="line">
        <span class="text">${a.description}</span>
        <izp-evaluation target-kind="agreement" target-id=${a.id} heading-level=${this.headingLevel + 3}></izp-evaluation>
      </div>
      <p class="meta">
        <span>${t.who}: ${performerText(l, a.performer)}</span>
        ${a.frequency ? html`<span>${t.frequency}: ${a.frequency}</span>` : nothing}
        ${a.evaluationDate ? html`<span>${t.evaluationDate}: ${l.date(a.evaluationDate)}</span>` : nothing}
        ${a.status === 'draft' ? html`<span>${t.agreementStatus.draft}</span>` : nothing}
        ${this.latest(snapshot, a.id)}
      </p>
    </li>`;
  }

  private renderChanges(c: Consultation, snapshot: PlanSnapshot) {
    const { t } = this.ctx!.l;
    const changes = c.changes.filter(isChange);
    const shown = changes.slice(-(c.since ? MAX_CHANGES : MAX_CHANGES_NEVER_EVALUATED));
    const hidden = changes.length - shown.length;
    return html`
      ${c.since ? nothing : html`<p class="help">${t.changesFromStart}</p>`}
      ${changes.length === 0 ? html`<p>${t.noChanges}</p>` : html`
        ${hidden > 0 ? html`<p class="help">${t.olderChanges(hidden)}</p>` : nothing}
        <ul class="changes">${repeat(shown, (r) => r.id, (r) => renderChange(this.ctx!.l, r, snapshot))}</ul>`}`;
  }
}
