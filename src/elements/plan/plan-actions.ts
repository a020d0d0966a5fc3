/**
 * The plan's functions as the user drives them: start (1), accord, close (2), add a goal (3). Each has its
 * own SaveController, so a failure in one form never clears another.
 *
 * The helper gets what it needs from `<izp-plan>` as values and callbacks (`PlanActionsInputs`), never the
 * element itself: the element keeps its internals private, and the two files do not import each other.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { StorageError, isIzpError, domains, priorities, comparators, goalPhase, isGoalOpen, isAgreementOpen, ClosePlanInput, CreatePlanInput, GoalInput, type Goal, type Plan, type IzpError, type PlanSnapshot, type IzpAction } from '../../core/index.js';
import type { Emit } from '../../events/events.js';
import { field } from '../shared/fields.js';
import { Modal } from '../shared/modal.js';
import { RowMenu } from '../shared/row-menu.js';
import { FormController } from '../shared/form-controller.js';
import { SaveController } from '../shared/save-controller.js';
import type { PlanContext } from '../shared/context.js';

export interface PlanActionsInputs {
  /** What the plan provides to its elements: the core, the plan on screen, the language, the view, `refresh` and `announce`. */
  ctx: () => PlanContext | undefined;
  /** The plan as last read, also before the next update passes it on: a draft is saved into this plan or nowhere. */
  snapshot: () => PlanSnapshot | null;
  /** The patient a new plan is started for. */
  patient: () => { id: string; name: string };
  /** Reads the patient's plan from scratch (after a start, or "reload" after a failed read). */
  load: () => Promise<void>;
  /** The element's typed `emit()`: every event of these functions goes through it. */
  emit: Emit;
}

/** The element, as far as the helper drives it: updates, and focus inside its shadow root. */
type Host = ReactiveControllerHost & HTMLElement;

export class PlanActions {
  readonly create: FormController<typeof CreatePlanInput, Plan>;
  readonly accord: SaveController;
  readonly close: FormController<typeof ClosePlanInput, PlanSnapshot, PlanSnapshot>;
  readonly addGoal: FormController<typeof GoalInput, Goal, string>;
  /** The plan's one menu of actions (evaluate, close) beside its primary action. */
  readonly menu: RowMenu;
  addGoalOpen = false;
  /** The plan the goal form was opened (or typed into) for: its save goes there or nowhere. */
  private goalDraftFor: string | null = null;
  private loadError: IzpError | null = null;
  /** Whether the failed read came after a stored change (a refresh), which must not read as "nothing saved". */
  private afterSave = false;
  private readonly closeModal: Modal;
  private readonly addGoalButton = createRef<HTMLButtonElement>();

  private readonly emit: Emit;

  constructor(private readonly host: Host, private readonly inputs: PlanActionsInputs) {
    this.emit = inputs.emit;
    this.closeModal = new Modal(host);
    this.menu = new RowMenu(host, 'plan-actions');
    const { ctx } = inputs;
    this.create = new FormController(host, ctx, {
      action: 'createPlan',
      schema: CreatePlanInput,
      subject: 'plan',
      read: (values) => {
        const patient = inputs.patient();
        return { ...values, patientId: patient.id, ...(patient.name ? { patientName: patient.name } : {}) };
      },
      call: (izp, input, { idempotencyKey }) => izp.createPlan(input, { idempotencyKey }),
      announce: (t) => t.announceCreated(t.planTitle),
      done: (plan) => this.emit('izp-plan-created', { plan }),
    });
    this.accord = new SaveController(host, ctx);
    this.close = new FormController(host, ctx, {
      action: 'closePlan',
      schema: ClosePlanInput,
      subject: 'closePlan',
      call: (izp, input, { args: snapshot }) => izp.closePlan(snapshot.plan.id, input, { expectedVersion: snapshot.plan.version }),
      announce: (t) => t.announceClosed(t.planTitle),
      done: (snapshot) => {
        this.closeModal.close();
        this.emit('izp-plan-closed', { snapshot });
      },
      // The close button is gone with the open plan: focus goes to the plan's heading instead.
      focus: () => host.shadowRoot?.querySelector<HTMLElement>('header h2'),
    });
    this.addGoal = new FormController(host, ctx, {
      action: 'addGoal',
      schema: GoalInput,
      subject: 'goal',
      call: (izp, input, { args: planId, idempotencyKey }) => izp.addGoal(planId, input, { idempotencyKey }),
      announce: (t) => t.announceCreated(t.goal),
      done: (goal) => {
        this.goalDraftFor = null;
        this.addGoalOpen = false;
        host.requestUpdate();
        this.emit('izp-goal-added', { goal });
      },
      focus: () => this.addGoalButton.value,
    });
  }

  /**
   * Whether to offer `action` on the plan on screen: the core decides (`izp.can`), and the professional
   * view is where the workflow lives (the patient's view offers only the patient's own goal).
   */
  may(action: IzpAction): boolean {
    const ctx = this.inputs.ctx();
    return ctx?.view === 'professional' && !!ctx.izp && ctx.izp.can(action, this.inputs.snapshot()?.plan ?? null);
  }

  /**
   * Closes every form and dialog and forgets what was typed: the element now shows another patient,
   * user, core or view, and a draft must never be saved into a plan it was not written for.
   */
  reset(): void {
    this.addGoalOpen = false;
    this.goalDraftFor = null;
    this.closeModal.close();
    this.menu.close();
    this.host.shadowRoot?.querySelectorAll('form').forEach((form) => form.reset());
    for (const controller of [this.create, this.accord, this.close, this.addGoal]) controller.clear();
  }

  clearLoadError(): void {
    this.loadError = null;
  }

  reportLoadError(error: unknown, afterSave = false): void {
    this.loadError = isIzpError(error) ? error : new StorageError(undefined, { cause: error });
    this.afterSave = afterSave;
    this.host.requestUpdate();
  }

  renderLoadError() {
    if (!this.loadError) return nothing;
    const { t, lang } = this.inputs.ctx()!.l;
    return html`<div class="alert" role="alert">${this.afterSave && this.loadError.code === 'unavailable' ? t.refreshFailed : this.loadError.code === 'unavailable' ? t.unavailable : this.loadError.localized(lang)}
      <button type="button" @click=${() => { this.loadError = null; void this.inputs.load(); }}>${t.reload}</button></div>`;
  }

  async submitCreate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const plan = await this.create.submit();
    if (plan) {
      await this.inputs.load();
      // The form went away with "no plan yet": focus lands on the new plan's heading, not the page body.
      await this.host.updateComplete;
      this.host.shadowRoot?.querySelector<HTMLElement>('header h2')?.focus();
    }
  }

  async runAccord(snapshot: PlanSnapshot): Promise<void> {
    const ctx = this.inputs.ctx();
    const core = ctx?.izp;
    if (!core) return;
    const { t } = ctx.l;
    const result = await this.accord.run('accordPlan', () => core.accordPlan(snapshot.plan.id, {}, { expectedVersion: snapshot.plan.version }),
      () => t.announceUpdated(t.planTitle));
    if (result) this.emit('izp-plan-accorded', { snapshot: result });
  }

  /** The close dialog is on screen: it counts the open goals and agreements. */
  get closing(): boolean {
    return this.closeModal.rendered;
  }

  /** Opens the close dialog from a click or from the row menu's button (`from`), where focus returns. */
  openClose(from: Event | HTMLElement): void {
    this.close.clear();
    void this.closeModal.open(from);
  }

  private endClose(): void {
    this.closeModal.dismiss();
  }

  submitClose(event: SubmitEvent, snapshot: PlanSnapshot): void {
    event.preventDefault();
    void this.close.submit(snapshot);
  }

  renderCloseDialog(snapshot: PlanSnapshot) {
    if (!this.closeModal.rendered) return nothing;
    const { t } = this.inputs.ctx()!.l;
    const open = snapshot.goals.filter(isGoalOpen);
    const conceptGoals = open.filter((g) => goalPhase(g) === 'concept').length;
    const openAgreements = snapshot.agreements.filter(isAgreementOpen).length;
    return html`<dialog ${ref(this.closeModal.ref)} aria-labelledby="close-title" @cancel=${() => this.closeModal.returnFocus()}
      @close=${() => this.closeModal.closed()}>
      <form ${ref(this.close.form)} @submit=${(e: SubmitEvent) => this.submitClose(e, snapshot)} novalidate>
        <h3 id="close-title">${t.closePlan}</h3>
        ${field({ form: 'close', name: 'reason', label: t.closePlanReason, type: 'textarea', required: true, error: this.close.fieldError('reason') })}
        ${field({ form: 'close', name: 'status', label: t.status, type: 'select', required: true, value: 'completed',
          options: (['completed', 'revoked'] as const).map((s) => [s, t.closePlanStatus[s]] as const) })}
        <p>${t.closePlanConfirmCounts({ goals: open.length - conceptGoals, conceptGoals, agreements: openAgreements })}</p>
        ${this.close.renderStatus({ onReload: () => { this.endClose(); void this.inputs.ctx()?.refresh(); } })}
        <div class="actions">
          <button type="submit" class="danger" ?disabled=${this.close.saving}>${t.closePlan}</button>
          <button type="button" @click=${() => this.endClose()}>${t.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }

  /** The user starts a goal for the plan on screen: remember which plan that is. */
  private draftGoal(snapshot: PlanSnapshot): void {
    this.goalDraftFor ??= snapshot.plan.id;
  }

  async submitGoal(event: SubmitEvent, snapshot: PlanSnapshot): Promise<void> {
    event.preventDefault();
    const ctx = this.inputs.ctx();
    const planId = this.goalDraftFor ?? snapshot.plan.id;
    if (!ctx || planId !== this.inputs.snapshot()?.plan.id) {
      // Refused, never redirected: a draft written for one plan is not saved into another one.
      this.reset();
      ctx?.announce(ctx.l.t.draftOtherPlan);
      return;
    }
    await this.addGoal.submit(planId);
  }

  private toggleAddGoal(snapshot: PlanSnapshot): void {
    this.addGoalOpen = !this.addGoalOpen;
    if (this.addGoalOpen) this.goalDraftFor = snapshot.plan.id;
    this.host.requestUpdate();
  }

  renderAddGoal(snapshot: PlanSnapshot) {
    if (!this.may('goal.add')) return nothing;
    const { t } = this.inputs.ctx()!.l;
    const err = (path: string) => this.addGoal.fieldError(path);
    return html`
      <button type="button" class="add-goal" ${ref(this.addGoalButton)} aria-expanded=${this.addGoalOpen ? 'true' : 'false'} aria-controls="add-goal"
        @click=${() => this.toggleAddGoal(snapshot)}>${t.addGoal}</button>
      ${this.addGoalOpen ? html`<form id="add-goal" class="panel" ${ref(this.addGoal.form)} aria-label=${t.addGoal} novalidate
        @input=${() => this.draftGoal(snapshot)} @submit=${(e: SubmitEvent) => this.submitGoal(e, snapshot)}>
        ${field({ form: 'goal', name: 'description', label: t.goalDescription, help: t.goalDescriptionHelp, type: 'textarea', required: true, error: err('description') })}
        ${field({ form: 'goal', name: 'domain', label: t.domain, type: 'select', required: true, value: 'somatic', error: err('domain'),
          options: domains.map((d) => [d, t.domains[d]] as const) })}
        ${field({ form: 'goal', name: 'priority', label: t.priority, type: 'select', error: err('priority'),
          options: priorities.map((p) => [p, t.priorities[p]] as const) })}
        ${field({ form: 'goal', name: 'expressedBy', label: t.expressedBy, type: 'select', required: true, value: 'patient',
          options: (['patient', 'provider'] as const).map((p) => [p, t.expressedByOptions[p]] as const) })}
        <fieldset>
          <legend>${t.target}</legend>
          ${field({ form: 'goal', name: 'targets.0.measure', label: t.targetMeasure, error: err('targets.0.measure') })}
          ${field({ form: 'goal', name: 'targets.0.comparator', label: t.targetComparator, type: 'select', options: comparators.map((c) => [c, c] as const) })}
          ${field({ form: 'goal', name: 'targets.0.value', label: t.targetValue, type: 'number', step: 'any', error: err('targets.0.value') })}
          ${field({ form: 'goal', name: 'targets.0.unit', label: t.targetUnit, error: err('targets.0.unit') })}
          ${field({ form: 'goal', name: 'targets.0.due', label: t.targetDue, type: 'date', error: err('targets.0.due') })}
        </fieldset>
        ${field({ form: 'goal', name: 'note', label: t.note, type: 'textarea', error: err('note') })}
        ${this.addGoal.renderStatus()}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.addGoal.saving}>${this.addGoal.saving ? t.saving : t.addGoal}</button>
          <button type="button" @click=${() => { this.addGoalOpen = false; this.host.requestUpdate(); this.addGoalButton.value?.focus(); }}>${t.cancel}</button>
        </div>
      </form>` : nothing}`;
  }

  /**
   * The patient's own goal, in the patient's view: proposed, for the team to discuss at the next
   * consultation. The core records it as expressed by the patient.
   */
  renderOwnGoal(snapshot: PlanSnapshot) {
    // The patient's own view offers their own goal whenever the core lets this user add one.
    const ctx = this.inputs.ctx();
    if (ctx?.view !== 'patient' || !ctx.izp?.can('goal.add', snapshot.plan)) return nothing;
    const { t } = ctx.l;
    const err = (path: string) => this.addGoal.fieldError(path);
    return html`<form class="panel" ${ref(this.addGoal.form)} aria-labelledby="own-goal-title" novalidate
      @input=${() => this.draftGoal(snapshot)} @submit=${(e: SubmitEvent) => this.submitGoal(e, snapshot)}>
      <h3 id="own-goal-title">${t.ownGoal}</h3>
      <p class="help">${t.ownGoalHelp}</p>
      ${field({ form: 'own-goal', name: 'description', label: t.ownGoalDescription, type: 'textarea', required: true, error: err('description') })}
      ${field({ form: 'own-goal', name: 'domain', label: t.ownGoalDomain, type: 'select', required: true, value: 'somatic', error: err('domain'),
        options: domains.map((d) => [d, t.domains[d]] as const) })}
      ${this.addGoal.renderStatus()}
      <button type="submit" class="primary" ?disabled=${this.addGoal.saving}>${this.addGoal.saving ? t.saving : t.ownGoal}</button>
    </form>`;
  }
}
