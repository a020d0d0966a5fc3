/**
 * The goal's functions as the user drives them: close it with an outcome (4) and add an agreement (5).
 * Each has its own SaveController, so a failure in one form never clears the other.
 */
import { html, nothing } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { goalOutcomes, performerKinds, roles, agreementPhase, goalPhase, isAgreementOpen, isGoalOpen, type Goal, type PlanSnapshot, type IzpAction } from '../../core/index.js';
import { allowed } from '../shared/permissions.js';
import { izpEvent } from '../../events/events.js';
import { field, readForm } from '../shared/fields.js';
import { Modal } from '../shared/modal.js';
import { SaveController } from '../shared/save-controller.js';
import { focusFirstInvalid, heading } from '../shared/render.js';
import type { IzpGoal } from './izp-goal.js';

export class GoalActions {
  readonly close: SaveController;
  readonly addAgreement: SaveController;
  readonly accord: SaveController;
  addOpen = false;
  private readonly closeModal = new Modal();
  private readonly closeForm = createRef<HTMLFormElement>();
  private readonly addButton = createRef<HTMLButtonElement>();
  private readonly addForm = createRef<HTMLFormElement>();

  constructor(private readonly host: IzpGoal) {
    const ctx = () => host.ctx;
    this.close = new SaveController(host, ctx);
    this.addAgreement = new SaveController(host, ctx);
    this.accord = new SaveController(host, ctx);
  }

  /**
   * Whether to offer `action` on this goal: in the professional view, on an open goal, when the core
   * accepts it from this user on this plan now (`izp.can`, the core's own rule).
   */
  may(action: IzpAction, goal: Goal): boolean {
    const ctx = this.host.ctx;
    return ctx?.view === 'professional' && isGoalOpen(goal) && allowed(ctx, action);
  }

  /** Forgets everything typed and any error: the element now shows another goal. */
  reset(): void {
    this.addOpen = false;
    this.addForm.value?.reset();
    this.closeForm.value?.reset();
    this.closeModal.close();
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
    const ctx = this.host.ctx;
    if (!ctx?.izp) return;
    const izp = ctx.izp;
    const { t } = ctx.l;
    const agreementIds = snapshot.agreements.filter((a) => a.goalId === goal.id && agreementPhase(a) === 'concept').map((a) => a.id);
    const result = await this.accord.run('accordPlan', () => izp.accordPlan(goal.planId, { goalIds: [goal.id], agreementIds }),
      () => t.announceUpdated(t.goal));
    if (result) this.host.dispatchEvent(izpEvent('izp-plan-accorded', { snapshot: result }));
  }

  // ---- 4: close the goal ------------------------------------------------------------------------

  openClose(event: Event): void {
    this.close.clear();
    this.closeModal.open(event);
  }

  private endClose(): void {
    this.closeModal.dismiss();
  }

  private async runClose(goal: Goal, expectedVersion: number): Promise<void> {
    const ctx = this.host.ctx;
    const form = this.closeForm.value;
    if (!ctx?.izp || !form) return;
    const izp = ctx.izp;
    const { t } = ctx.l;
    const data = readForm(form);
    // The dialog closes as soon as the goal is stored, before the plan is re-read and the dialog's goal
    // becomes read-only (which removes the dialog).
    const closed = await this.close.run('closeGoal', () => izp.closeGoal(goal.planId, goal.id, data as never, { expectedVersion })
      .then((result) => (this.closeModal.close(), form.reset(), result)), () => t.announceClosed(t.goal));
    if (!closed) return focusFirstInvalid(this.host, form);
    // The button that opened the dialog is gone with the open goal: focus lands on the goal itself.
    void this.host.focusHeading(goal.id);
    this.host.dispatchEvent(izpEvent('izp-goal-closed', { goal: closed }));
  }

  renderCloseDialog(snapshot: PlanSnapshot, goal: Goal) {
    const ctx = this.host.ctx!;
    const { t } = ctx.l;
    const conflictVersion = (this.close.conflict?.current as Goal | null | undefined)?.version;
    // Closing the goal closes its open agreements too (the core's rule): say so, with the count.
    const openAgreements = snapshot.agreements.filter((a) => a.goalId === goal.id && isAgreementOpen(a)).length;
    return html`<dialog part="dialog" ${ref(this.closeModal.ref)} aria-labelledby="close-goal-title" @cancel=${() => this.closeModal.returnFocus()}>
      <form ${ref(this.closeForm)} novalidate @submit=${(e: SubmitEvent) => { e.preventDefault(); void this.runClose(goal, goal.version); }}>
        ${heading(this.host.headingLevel, 'close-goal-title', t.closeGoal, 'dialog-title', false)}
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

  private toggleAdd(open: boolean): void {
    this.addOpen = open;
    this.host.requestUpdate();
    if (!open) this.addButton.value?.focus();
  }

  async submitAgreement(event: SubmitEvent, goal: Goal): Promise<void> {
    event.preventDefault();
    const ctx = this.host.ctx;
    if (!ctx?.izp) return;
    const izp = ctx.izp;
    const form = event.target as HTMLFormElement;
    const data = readForm(form);
    const { t } = ctx.l;
    const agreement = await this.addAgreement.run('addAgreement', (idempotencyKey) => izp.addAgreement(goal.planId, goal.id, data as never, { idempotencyKey }),
      () => t.announceCreated(t.agreement));
    if (!agreement) return focusFirstInvalid(this.host, form);
    form.reset();
    this.toggleAdd(false);
    this.host.dispatchEvent(izpEvent('izp-agreement-added', { agreement }));
  }

  renderAddAgreement(goal: Goal) {
    const l = this.host.ctx!.l;
    const { t } = l;
    const err = (path: string) => this.addAgreement.fieldError(path);
    const f = 'add-agreement';
    return html`
      <button type="button" ${ref(this.addButton)} aria-expanded=${this.addOpen ? 'true' : 'false'} aria-controls="add-agreement"
        @click=${() => this.toggleAdd(!this.addOpen)}>${t.addAgreement}</button>
      <form id="add-agreement" part="add-agreement" class="panel" ${ref(this.addForm)} ?hidden=${!this.addOpen} aria-label=${t.addAgreement} novalidate
        @submit=${(e: SubmitEvent) => this.submitAgreement(e, goal)}>
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
