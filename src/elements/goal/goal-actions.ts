/**
 * The goal's functions as the user drives them: close it with an outcome (4) and add an agreement (5).
 * Each has its own SaveController, so a failure in one form never clears the other.
 *
 * The helper gets what it needs from `<izp-goal>` as values and callbacks (`GoalActionsInputs`), never
 * the element itself: the element keeps its internals private, and the two files do not import each other.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { goalOutcomes, performerKinds, roles, agreementPhase, goalPhase, isAgreementOpen, isGoalOpen, AgreementInput, CloseGoalInput, type Agreement, type Goal, type PlanSnapshot, type IzpAction } from '../../core/index.js';
import { allowed } from '../shared/permissions.js';
import type { Emit } from '../../events/events.js';
import { field } from '../shared/fields.js';
import { Modal } from '../shared/modal.js';
import { RowMenu } from '../shared/row-menu.js';
import { FormController } from '../shared/form-controller.js';
import { SaveController } from '../shared/save-controller.js';
import type { PlanContext } from '../shared/context.js';
import { heading } from '../shared/render.js';

export interface GoalActionsInputs {
  /** The plan, core and language from `<izp-plan>`, as the element last received them. */
  ctx: () => PlanContext | undefined;
  /** The level of the goal's heading; the close dialog's heading takes the same level. */
  headingLevel: () => number;
  /** Puts focus on the goal's heading (wherever the list moved the goal), after the button that had it went away. */
  focusHeading: (goalId: string) => void;
  /** The element's typed `emit()`: every event of these functions goes through it. */
  emit: Emit;
}

type Host = ReactiveControllerHost & HTMLElement;

export class GoalActions {
  readonly close: FormController<typeof CloseGoalInput, Goal, { goal: Goal; expectedVersion: number }>;
  readonly addAgreement: FormController<typeof AgreementInput, Agreement, Goal>;
  readonly accord: SaveController;
  addOpen = false;
  private readonly closeModal: Modal;
  /** The goal's one menu of actions beside its primary action. */
  readonly menu: RowMenu;
  /** Whether the goal's details are shown. */
  expanded = false;
  private readonly addButton = createRef<HTMLButtonElement>();
  private addReturn: HTMLElement | null = null;

  private readonly emit: Emit;

  constructor(private readonly host: Host, private readonly inputs: GoalActionsInputs) {
    this.emit = inputs.emit;
    this.closeModal = new Modal(host);
    this.menu = new RowMenu(host, 'goal-actions');
    const { ctx } = inputs;
    this.close = new FormController(host, ctx, {
      action: 'closeGoal',
      schema: CloseGoalInput,
      subject: 'closeGoal',
      call: (izp, input, { args: { goal, expectedVersion } }) => izp.closeGoal(goal.planId, goal.id, input, { expectedVersion }),
      announce: (t) => t.announceClosed(t.goal),
      // The dialog closes as soon as the goal is stored, before the plan is re-read and the dialog's goal
      // becomes read-only (which removes the dialog).
      done: () => this.closeModal.close(),
    });
    this.addAgreement = new FormController(host, ctx, {
      action: 'addAgreement',
      schema: AgreementInput,
      subject: 'agreement',
      call: (izp, input, { args: goal, idempotencyKey }) => izp.addAgreement(goal.planId, goal.id, input, { idempotencyKey }),
      announce: (t) => t.announceCreated(t.agreement),
      done: (agreement) => {
        this.toggleAdd(false);
        this.emit('izp-agreement-added', { agreement });
      },
    });
    this.accord = new SaveController(host, ctx);
  }

  /**
   * Whether to offer `action` on this goal: in the professional view, on an open goal, when the core
   * accepts it from this user on this plan now (`izp.can`, the core's own rule).
   */
  may(action: IzpAction, goal: Goal): boolean {
    const ctx = this.inputs.ctx();
    return ctx?.view === 'professional' && isGoalOpen(goal) && allowed(ctx, action);
  }

  /** Forgets everything typed and any error: the element now shows another goal. */
  reset(): void {
    this.addOpen = false;
    this.addAgreement.form.value?.reset();
    this.close.form.value?.reset();
    this.closeModal.close();
    this.menu.close();
    this.expanded = false;
    this.close.clear();
    this.addAgreement.clear();
    this.accord.clear();
  }

  /** Whether the goal waits for accord on a plan that is already current (added later, or the patient's own). */
  awaitsAccord(snapshot: PlanSnapshot, goal: Goal): boolean {
    return snapshot.plan.status === 'active' && goalPhase(goal) === 'concept';
  }

  /** Accords this goal and its draft agreements; the rest of the plan stays as it is. */
  async runAccord(snapshot: PlanSnapshot, goal: Goal): Promise<void> {
    const ctx = this.inputs.ctx();
    if (!ctx?.izp) return;
    const izp = ctx.izp;
    const { t } = ctx.l;
    const agreementIds = snapshot.agreements.filter((a) => a.goalId === goal.id && agreementPhase(a) === 'concept').map((a) => a.id);
    const result = await this.accord.run('accordPlan', () => izp.accordPlan(goal.planId, { goalIds: [goal.id], agreementIds }),
      () => t.announceUpdated(t.goal));
    if (result) this.emit('izp-plan-accorded', { snapshot: result });
  }

  // ---- 4: close the goal ------------------------------------------------------------------------

  /** Opens the close dialog from a click or the menu's button (`from`), where focus returns. */
  openClose(from: Event | HTMLElement): void {
    this.close.clear();
    void this.closeModal.open(from);
  }

  toggleDetails(): void {
    this.expanded = !this.expanded;
    this.host.requestUpdate();
  }

  private endClose(): void {
    this.closeModal.dismiss();
  }

  private async runClose(goal: Goal, expectedVersion: number): Promise<void> {
    const closed = await this.close.submit({ goal, expectedVersion });
    if (!closed) return;
    // The button that opened the dialog is gone with the open goal: focus lands on the goal itself.
    this.inputs.focusHeading(goal.id);
    this.emit('izp-goal-closed', { goal: closed });
  }

  renderCloseDialog(snapshot: PlanSnapshot, goal: Goal) {
    if (!this.closeModal.rendered) return nothing;
    const ctx = this.inputs.ctx()!;
    const { t } = ctx.l;
    const conflictVersion = (this.close.conflict?.current as Goal | null | undefined)?.version;
    // Closing the goal closes its open agreements too (the core's rule): say so, with the count.
    const openAgreements = snapshot.agreements.filter((a) => a.goalId === goal.id && isAgreementOpen(a)).length;
    return html`<dialog part="dialog" ${ref(this.closeModal.ref)} aria-labelledby="close-goal-title" @cancel=${() => this.closeModal.returnFocus()}
      @close=${() => this.closeModal.closed()}>
      <form ${ref(this.close.form)} novalidate @submit=${(e: SubmitEvent) => { e.preventDefault(); void this.runClose(goal, goal.version); }}>
        ${heading(this.inputs.headingLevel(), 'close-goal-title', t.closeGoal, 'dialog-title', false)}
        <p class="quote">${goal.description}</p>
        ${openAgreements ? html`<p id="close-goal-warning" class="warning">${t.closeGoalConfirm(openAgreements)}</p>` : nothing}
        ${field({ form: 'close-goal', name: 'outcome', label: t.goalOutcome, type: 'select', required: true, value: 'achieved',
          error: this.close.fieldError('outcome'), options: goalOutcomes.map((o) => [o, t.goalOutcomes[o]] as const) })}
        ${field({ form: 'close-goal', name: 'note', label: t.note, type: 'textarea', error: this.close.fieldError('note') })}
        ${this.close.renderStatus({
          theirs: (current) => html`<p class="quote">${(current as Goal).description} (${t.goalStatus[(current as Goal).status]})</p>`,
          onReload: () => { this.close.clear(); this.endClose(); void ctx.refresh(); },
          ...(conflictVersion && isGoalOpen(this.close.conflict!.current as Goal)
            ? { onReapply: () => void this.runClose(goal, conflictVersion) } : {}),
        })}
        <div class="actions">
          <button type="submit" class="danger" ?disabled=${this.close.saving}>${this.close.saving ? t.saving : t.closeGoal}</button>
          <button type="button" @click=${() => this.endClose()}>${t.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }

  // ---- 5: add an agreement ----------------------------------------------------------------------

  /** Opens or closes the form; `returnTo` is where focus goes when it closes (the menu's button, if it opened it). */
  toggleAdd(open: boolean, returnTo?: HTMLElement): void {
    this.addOpen = open;
    if (returnTo) this.addReturn = returnTo;
    this.host.requestUpdate();
    if (open) void this.host.updateComplete.then(() => this.addAgreement.form.value?.querySelector<HTMLElement>('textarea, input, select')?.focus());
    else (this.addReturn?.isConnected ? this.addReturn : this.addButton.value)?.focus();
  }

  /** The "add agreement" button, the goal's primary action. */
  renderAddButton() {
    const { t } = this.inputs.ctx()!.l;
    return html`<button type="button" ${ref(this.addButton)} aria-expanded=${this.addOpen ? 'true' : 'false'} aria-controls="add-agreement"
      @click=${() => { this.addReturn = null; this.toggleAdd(!this.addOpen); }}>${t.addAgreement}</button>`;
  }

  renderAddAgreement(goal: Goal) {
    const l = this.inputs.ctx()!.l;
    const { t } = l;
    const err = (path: string) => this.addAgreement.fieldError(path);
    const f = 'add-agreement';
    if (!this.addOpen) return nothing;
    return html`
      <form id="add-agreement" part="add-agreement" class="panel" ${ref(this.addAgreement.form)} aria-label=${t.addAgreement} novalidate
        @submit=${(e: SubmitEvent) => { e.preventDefault(); void this.addAgreement.submit(goal); }}>
        ${field({ form: f, name: 'description', label: t.agreementDescription, type: 'textarea', required: true, error: err('description') })}
        <fieldset>
          <legend>${t.performer}</legend>
          ${field({ form: f, name: 'performer.kind', label: t.who, type: 'select', required: true, value: 'patient', error: err('performer.kind'),
            options: performerKinds.map((k) => [k, t.performerKinds[k]] as const) })}
          ${field({ form: f, name: 'performer.name', label: t.performerName, error: err('performer.name') })}
          ${field({ form: f, name: 'performer.role', label: l.t.performerRole, type: 'select', error: err('performer.role'),
            options: roles.map((r) => [r, t.roles[r]] as const) })}
        </fieldset>
        ${field({ form: f, name: 'support', label: t.support, type: 'textarea', error: err('support') })}
        ${field({ form: f, name: 'frequency', label: t.frequency, error: err('frequency') })}
        ${field({ form: f, name: 'evaluationDate', label: t.evaluationDate, type: 'date', error: err('evaluationDate') })}
        ${field({ form: f, name: 'start', label: t.start, type: 'date', error: err('start') })}
        ${field({ form: f, name: 'end', label: t.end, type: 'date', error: err('end') })}
        ${this.addAgreement.renderStatus()}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.addAgreement.saving}>${this.addAgreement.saving ? t.saving : t.addAgreement}</button>
          <button type="button" @click=${() => this.toggleAdd(false)}>${t.cancel}</button>
        </div>
      </form>`;
  }
}
