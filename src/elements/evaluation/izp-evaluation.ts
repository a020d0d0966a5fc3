import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EvaluateInput, evaluationOutcomes, agreementPhase, goalPhase, isAgreementOpen, isGoalOpen, isPlanOpen, planPhase, type Agreement, type EvaluationOutcome, type Goal, type Plan } from '../../core/index.js';
import { heading } from '../shared/render.js';
import { renderTheirs } from '../agreement/izp-agreement.parts.js';
import { targetText } from '../goal/izp-goal.parts.js';
import type { PlanContext } from '../shared/context.js';
import { PlanConsumer } from '../shared/plan-consumer.js';
import { evaluationById, evaluationInputs } from '../shared/inputs.js';
import { field } from '../shared/fields.js';
import { IzpElement } from '../shared/izp-element.js';
import { allowed } from '../shared/permissions.js';
import { ScopeController } from '../shared/scope.js';
import { FormController } from '../shared/form-controller.js';
import { indexOf } from '../shared/snapshot-index.js';
import { F, renderAdjustment, renderMeasurementRows } from './evaluation-fields.js';
import { readEvaluation, type EvaluationTarget, type MeasurementRow, type TargetKind } from './evaluation-form.js';
import { styles } from './izp-evaluation.styles.js';
import { registerWords } from '../../i18n/dictionaries.js';
import { evaluationWords } from '../../i18n/words/evaluation.js';

// The words of this element came in this chunk, not in the first load: registered before any can render.
registerWords(evaluationWords);

/**
 * Evaluates an agreement, a goal or the whole plan ("vervolgen"): a button "Evalueren" that opens a
 * dialog with the date, whether the patient took part, the outcome, a note, measured values (for a
 * goal) and the next evaluation date. When the outcome is to adjust, the adjustment is made in the same
 * dialog and stored in the same change: an agreement is changed or closed, a goal gets a new target.
 *
 * Shown only in the professional view, to a user who may manage the plan, for a current item of a
 * current plan. `<izp-consultation>` shows it; `<izp-agreement>`, `<izp-goal>` and `<izp-plan>`'s header
 * render it once "Evalueren" is chosen in their menu; a vendor's own layout may place it anywhere inside
 * `<izp-plan>`:
 * `<izp-evaluation target-kind="agreement" target-id="…"></izp-evaluation>`.
 *
 * @tagname izp-evaluation
 * @event izp-evaluated - An evaluation was stored (with its adjustment); `detail.evaluation` is the evaluation.
 * @event izp-error - The evaluation failed; nothing was stored and the input was kept.
 * @csspart button - The "Evalueren" button.
 * @csspart dialog - The evaluation dialog.
 * @csspart measurements - The measured values of a goal.
 * @csspart adjustment - The adjustment: change or close the agreement, or the goal's new target.
 * @csspart theirs - Another user's version, shown when someone changed the item meanwhile.
 * @cssproperty --izp-color-primary - Main colour of buttons and headings.
 * @cssproperty --izp-spacing - The base spacing unit.
 * @cssproperty --izp-radius - Corner radius of fields, buttons and the dialog.
 */
export class IzpEvaluation extends IzpElement {
  static override styles = styles;

  /** What is evaluated: `agreement`, `goal` or `plan`. */
  @property({ attribute: 'target-kind', reflect: true }) targetKind: TargetKind = 'agreement';
  /** The id of the agreement, goal or plan in the surrounding plan. */
  @property({ attribute: 'target-id', reflect: true }) targetId = '';
  /** The level of the dialog's heading (2–6), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 4;

  /**
   * @internal The plan, core and language provided by the surrounding `<izp-plan>`. A new value updates
   * the button only when what it shows changed (see shared/plan-consumer.ts).
   */
  get ctx(): PlanContext | undefined {
    return this.consumer.value;
  }

  private readonly consumer = new PlanConsumer(this, (ctx) => evaluationInputs(ctx, this.targetKind, this.targetId),
    evaluationById(() => ({ kind: this.targetKind, id: this.targetId })));

  @state() private open = false;
  @state() private outcome: EvaluationOutcome = 'on-track';
  @state() private adjustKind: 'change' | 'close' = 'change';
  @state() private rows: MeasurementRow[] = [];

  /** The item as the user saw it when the dialog opened: saved against its version. */
  private base: EvaluationTarget | null = null;
  private sentRows: number[] = [];
  private nextRow = 0;
  private returnFocus = true;
  private returnTo: HTMLElement | null = null;
  private readonly dialog = createRef<HTMLDialogElement>();
  /** The dialog's form: read, checked with the core's `EvaluateInput`, stored with its adjustment in one change. */
  private readonly save = new FormController(this, () => this.ctx, {
    action: 'evaluate',
    schema: EvaluateInput,
    subject: 'evaluation',
    read: (values, { base }: { base: EvaluationTarget }) => {
      const { input, sentRows } = readEvaluation(values, base, this.rows);
      this.sentRows = sentRows;
      return input;
    },
    // Against the version the user saw, or the other user's when re-applying after a conflict.
    call: (izp, input, { args, idempotencyKey }) => izp.evaluate(this.ctx!.snapshot!.plan.id, input, { expectedVersion: args.base.record.version, idempotencyKey }),
    announce: (t, { evaluation }) => t.announceEvaluated(evaluation.target.kind === 'plan' ? t.planTitle : evaluation.target.kind === 'goal' ? t.goal : t.agreement),
    // The dialog closes and the event goes out as soon as the evaluation is stored, before the plan is
    // re-read: a closed agreement no longer offers an evaluation, which removes this element.
    done: ({ evaluation }) => {
      this.returnFocus = false;
      this.dialog.value?.close();
      this.emit('izp-evaluated', { evaluation });
    },
  });
  private readonly trigger = createRef<HTMLButtonElement>();
  private readonly addRowButton = createRef<HTMLButtonElement>();

  constructor() {
    super();
    // Another plan, user or view: the open dialog and whatever was typed in it go away.
    new ScopeController(this, () => this.ctx, () => this.discard());
  }

  /** The item as currently stored, or undefined while loading or when the id is unknown. */
  get target(): EvaluationTarget | undefined {
    const snap = this.ctx?.snapshot;
    if (!snap) return undefined;
    if (this.targetKind === 'plan') return snap.plan.id === this.targetId ? { kind: 'plan', record: snap.plan } : undefined;
    // Through the snapshot's index: a plan has an evaluate button per open item, and each asks on every update.
    if (this.targetKind === 'goal') {
      const goal = indexOf(snap).goal(this.targetId);
      return goal ? { kind: 'goal', record: goal } : undefined;
    }
    const agreement = indexOf(snap).agreement(this.targetId);
    return agreement ? { kind: 'agreement', record: agreement } : undefined;
  }

  /**
   * Offered in the professional view, for a current item of a current plan, when the core accepts an
   * evaluation from this user now (`izp.can('evaluate')`, the core's own rule).
   */
  get canEvaluate(): boolean {
    const ctx = this.ctx;
    const snap = ctx?.snapshot;
    const target = this.target;
    if (ctx?.view !== 'professional' || !snap || !target || planPhase(snap.plan) !== 'current' || !allowed(ctx, 'evaluate')) return false;
    if (target.kind === 'goal') return goalPhase(target.record) === 'current';
    if (target.kind === 'agreement') return agreementPhase(target.record) === 'current';
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another item now: nothing typed for the old one carries over.
    if ((changed.has('targetId') && changed.get('targetId')) || (changed.has('targetKind') && changed.get('targetKind'))) this.discard();
  }

  /** Closes the dialog without saving and forgets its input and errors. */
  private discard(): void {
    this.returnFocus = false;
    this.save.reset();
    this.dialog.value?.close();
    this.open = false;
    this.base = null;
  }

  /**
   * Opens the dialog, prefilled from the item as it is now. `returnTo` is where focus goes back to when
   * the dialog is opened from elsewhere (a row's menu) instead of this element's own button.
   */
  async show(returnTo?: HTMLElement): Promise<void> {
    const target = this.target;
    if (!target || !this.canEvaluate) return;
    this.returnTo = returnTo ?? null;
    this.base = target;
    this.save.clear();
    this.outcome = 'on-track';
    this.adjustKind = 'change';
    this.sentRows = [];
    const first = target.kind === 'goal' ? target.record.targets[0] : undefined;
    this.rows = [{ key: this.nextRow++, measure: first?.measure, unit: first?.unit }];
    this.returnFocus = true;
    this.open = true;
    await this.updateComplete;
    this.dialog.value?.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('input[name="outcome"]:checked')?.focus();
  }

  private cancel(): void {
    this.returnFocus = true;
    this.dialog.value?.close();
  }

  /** The dialog closed (saved, cancelled or Escape): its form goes away; focus goes back to the button. */
  private onClose(): void {
    this.open = false;
    this.base = null;
    if (this.returnFocus) (this.returnTo ?? this.trigger.value)?.focus();
  }

  private async submit(base: EvaluationTarget): Promise<void> {
    if (!(await this.save.submit({ base }))) return;
    // The plan re-renders its elements first, down to the item this button belongs to; the button may
    // have gone (a closed agreement, an item no longer due), and then the element around it decides
    // where focus goes. So focus waits for that whole re-render, a task later.
    await new Promise((resolve) => setTimeout(resolve));
    await this.updateComplete;
    const back = this.returnTo ?? this.trigger.value;
    if (this.isConnected && back?.isConnected) back.focus();
  }

  private describe(target: EvaluationTarget): string {
    const { t } = this.ctx!.l;
    if (target.kind !== 'plan') return target.record.description;
    return [target.record.title ?? t.planTitle, target.record.patientName].filter(Boolean).join(' · ');
  }

  protected override render() {
    const ctx = this.ctx;
    if (!ctx) return nothing;
    const can = this.canEvaluate;
    if (!can && !this.open) return nothing;
    const { t } = ctx.l;
    const target = this.target;
    return html`
      ${can && target ? html`<button type="button" part="button" ${ref(this.trigger)} aria-haspopup="dialog" aria-describedby="evaluation-what"
          @click=${() => void this.show()}>${t.evaluate}</button>
        <span id="evaluation-what" hidden>${this.describe(target)}</span>` : nothing}
      <dialog part="dialog" ${ref(this.dialog)} aria-labelledby=${ifDefined(this.open ? 'evaluation-title' : undefined)} @close=${() => this.onClose()}>
        ${this.open && this.base ? this.renderForm(this.base) : nothing}
      </dialog>`;
  }

  private renderForm(base: EvaluationTarget) {
    const ctx = this.ctx!;
    const l = ctx.l;
    const { t } = l;
    const err = (path: string) => this.save.fieldError(path);
    const conflict = this.save.conflict;
    const theirs = conflict?.current as Plan | Goal | Agreement | null | undefined;
    const theirsOpen = !!theirs && typeof theirs === 'object' && (base.kind === 'plan' ? isPlanOpen(theirs as Plan)
      : base.kind === 'goal' ? isGoalOpen(theirs as Goal) : isAgreementOpen(theirs as Agreement));
    return html`<form ${ref(this.save.form)} novalidate
      @submit=${(e: SubmitEvent) => { e.preventDefault(); void this.submit(base); }}>
      ${heading(this.headingLevel, 'evaluation-title', t.evaluateTitles[base.kind], 'dialog-title', false)}
      <p class="quote">${this.describe(base)}</p>
      <fieldset @change=${(e: Event) => { this.outcome = (e.target as HTMLInputElement).value as EvaluationOutcome; }}>
        <legend>${t.evaluationOutcome}</legend>
        ${evaluationOutcomes.map((o) => html`<div class="choice">
          <input type="radio" id="evaluation-outcome-${o}" name="outcome" value=${o} .checked=${this.outcome === o} />
          <label for="evaluation-outcome-${o}">${t.evaluationOutcomes[o]}</label>
        </div>`)}
      </fieldset>
      <div class="choice check">
        <input type="checkbox" id="evaluation-with-patient" name="withPatient" checked />
        <label for="evaluation-with-patient">${t.withPatient}</label>
      </div>
      ${field({ form: F, name: 'note', label: t.note, type: 'textarea', error: err('note') })}
      ${base.kind === 'goal' ? renderMeasurementRows(l, this.rows, {
        error: (row, key) => this.rowError(row, key), add: () => void this.addRow(), remove: (i) => void this.removeRow(i), addButton: this.addRowButton,
      }) : nothing}
      ${this.outcome === 'adjust' ? renderAdjustment(l, base, this.adjustKind, {
        error: err, choose: (kind) => { this.adjustKind = kind; },
      }) : nothing}
      ${field({ form: F, name: 'date', label: t.evaluationDay, type: 'date', help: t.evaluationDayHelp, error: err('date') })}
      ${field({ form: F, name: 'nextEvaluationDate', label: t.nextEvaluation, type: 'date', help: t.nextEvaluationHelp[base.kind], error: err('nextEvaluationDate') })}
      ${this.save.renderStatus({
        theirs: (current) => this.renderTheirs(base, current),
        onReload: () => { this.save.clear(); this.cancel(); void ctx.refresh(); },
        ...(theirs && theirsOpen ? { onReapply: () => void this.submit({ kind: base.kind, record: theirs } as EvaluationTarget) } : {}),
      })}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.save.saving}>${this.save.saving ? t.saving : t.saveEvaluation}</button>
        <button type="button" @click=${() => this.cancel()}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderTheirs(base: EvaluationTarget, current: unknown) {
    if (base.kind === 'agreement') return renderTheirs(this.ctx!.l, current);
    const goal = current as Goal | null;
    if (base.kind !== 'goal' || !goal || typeof goal.description !== 'string') return nothing;
    const l = this.ctx!.l;
    return html`<div class="theirs" part="theirs"><p class="quote">${goal.description}</p>
      ${(goal.targets ?? []).map((target) => html`<p>${l.t.target}: ${targetText(l, target)}</p>`)}</div>`;
  }

  // ---- measured values (goals) --------------------------------------------------------------------

  /** The message for a field of row `row`, which the core knows by the measurement's position among those sent. */
  private rowError(row: number, key: string): string | undefined {
    const sent = this.sentRows.indexOf(row);
    return sent < 0 ? undefined : this.save.fieldError(`measurements.${sent}.${key}`);
  }

  private async addRow(): Promise<void> {
    this.save.clear();
    this.rows = [...this.rows, { key: this.nextRow++ }];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`[name="measurements.${this.rows.length - 1}.measure"]`)?.focus();
  }

  private async removeRow(index: number): Promise<void> {
    this.save.clear();
    this.sentRows = [];
    this.rows = this.rows.filter((_, i) => i !== index);
    await this.updateComplete;
    this.addRowButton.value?.focus();
  }

}
