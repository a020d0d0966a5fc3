/**
 * The agreement's functions as the user drives them: edit it (6) with conflict handling, and close it with
 * an outcome (7). Each has its own SaveController; the earlier versions are agreement-versions.ts.
 *
 * The helper gets what it needs from `<izp-agreement>` as values and callbacks (`AgreementActionsInputs`),
 * never the element itself: the element keeps its internals private, and the two files do not import each other.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { agreementOutcomes, performerKinds, roles, agreementPhase, goalPhase, isAgreementOpen, isGoalOpen, AgreementChanges, CloseAgreementInput, type Agreement, type PlanSnapshot, type IzpAction } from '../../core/index.js';
import { allowed } from '../shared/permissions.js';
import type { Emit } from '../../events/events.js';
import { field } from '../shared/fields.js';
import { Modal } from '../shared/modal.js';
import { RowMenu } from '../shared/row-menu.js';
import { FormController } from '../shared/form-controller.js';
import { SaveController } from '../shared/save-controller.js';
import type { PlanContext } from '../shared/context.js';
import { heading } from '../shared/render.js';
import { indexOf } from '../shared/snapshot-index.js';
import { AgreementVersions } from './agreement-versions.js';
import { renderTheirs } from './izp-agreement.parts.js';

export interface AgreementActionsInputs {
  /** The plan, core and language from `<izp-plan>`, as the element last received them. */
  ctx: () => PlanContext | undefined;
  /** The level of the agreement's heading; the close dialog's heading takes the same level. */
  headingLevel: () => number;
  /** The element's typed `emit()`: every event of these functions goes through it. */
  emit: Emit;
}

/** The element, as far as the helper drives it: updates, and focus inside its shadow root. */
type Host = ReactiveControllerHost & HTMLElement;

const OPTIONAL = ['support', 'frequency', 'start', 'end', 'evaluationDate'] as const;
const CURRENT_STATUSES = ['not-started', 'in-progress', 'on-hold'] as const;

/**
 * The form's values as changes for the core: every field is sent, an emptied optional field as `null`
 * (cleared) when `base` had it, and an emptied description as '' so the core names it as required.
 */
export function toChanges(data: Record<string, unknown>, base: Agreement): Record<string, unknown> {
  const changes: Record<string, unknown> = { description: data.description ?? '', performer: data.performer ?? {} };
  for (const key of OPTIONAL) {
    if (data[key] !== undefined) changes[key] = data[key];
    else if (base[key] !== undefined) changes[key] = null;
  }
  if (data.status !== undefined) changes.status = data.status;
  return changes;
}

export class AgreementActions {
  readonly edit: FormController<typeof AgreementChanges, Agreement, { base: Agreement; reason: string | undefined }>;
  readonly close: FormController<typeof CloseAgreementInput, Agreement, { agreement: Agreement; expectedVersion: number }>;
  readonly accord: SaveController;
  /** The version the user is editing (null when not editing); the form is prefilled from it. */
  editing: Agreement | null = null;
  /** The "earlier versions" list in the details. */
  readonly versions: AgreementVersions;
  private readonly closeModal: Modal;
  /** The agreement's one menu of actions. */
  readonly menu: RowMenu;
  /** Whether the details (and earlier versions) are shown. */
  expanded = false;
  /** Where focus goes when the edit form closes: the menu's button that opened it. */
  private editReturn: HTMLElement | null = null;

  private readonly emit: Emit;

  constructor(private readonly host: Host, private readonly inputs: AgreementActionsInputs) {
    this.emit = inputs.emit;
    this.closeModal = new Modal(host);
    this.menu = new RowMenu(host, 'agreement-actions');
    const { ctx } = inputs;
    this.versions = new AgreementVersions(host, inputs);
    this.edit = new FormController(host, ctx, {
      action: 'updateAgreement',
      schema: AgreementChanges,
      subject: 'agreement',
      // Every field is sent: an emptied optional one as null (cleared); the reason goes with the options.
      read: ({ reason: _reason, ...values }, { base }) => toChanges(values, base),
      call: (izp, changes, { args: { base, reason } }) =>
        izp.updateAgreement(base.planId, base.id, changes, { expectedVersion: base.version, ...(reason ? { reason } : {}) }),
      announce: (t) => t.announceUpdated(t.agreement),
      keep: true,
    });
    this.close = new FormController(host, ctx, {
      action: 'closeAgreement',
      schema: CloseAgreementInput,
      subject: 'closeAgreement',
      call: (izp, input, { args: { agreement, expectedVersion } }) => izp.closeAgreement(agreement.planId, agreement.id, input, { expectedVersion }),
      announce: (t) => t.announceClosed(t.agreement),
      // The dialog closes as soon as the agreement is stored, before the plan is re-read and the agreement
      // becomes read-only (which removes the dialog).
      done: () => this.closeModal.close(),
    });
    this.accord = new SaveController(host, ctx);
  }

  /**
   * Whether to offer `action` on this agreement: in the professional view, on an open agreement under an
   * open goal, when the core accepts it from this user on this plan now (`izp.can`, the core's own rule).
   */
  may(action: IzpAction, snapshot: PlanSnapshot, agreement: Agreement): boolean {
    const ctx = this.inputs.ctx();
    const goal = indexOf(snapshot).goal(agreement.goalId);
    return ctx?.view === 'professional' && !!goal && isGoalOpen(goal) && isAgreementOpen(agreement) && allowed(ctx, action);
  }

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Forgets the edit, any error and the loaded versions: the element now shows another agreement. */
  reset(): void {
    this.editing = null;
    this.versions.reset();
    this.close.form.value?.reset();
    this.closeModal.close();
    this.menu.close();
    this.expanded = false;
    this.edit.clear();
    this.close.clear();
    this.accord.clear();
  }

  /** A draft agreement under a current goal of a current plan waits for accord (added after the plan was accorded). */
  awaitsAccord(snapshot: PlanSnapshot, agreement: Agreement): boolean {
    const goal = indexOf(snapshot).goal(agreement.goalId);
    return snapshot.plan.status === 'active' && agreementPhase(agreement) === 'concept' && !!goal && goalPhase(goal) === 'current';
  }

  /** Accords this agreement only. */
  async runAccord(agreement: Agreement): Promise<void> {
    const ctx = this.inputs.ctx();
    if (!ctx?.izp) return;
    const izp = ctx.izp;
    const { t } = ctx.l;
    const result = await this.accord.run('accordPlan', () => izp.accordPlan(agreement.planId, { goalIds: [], agreementIds: [agreement.id] }),
      () => t.announceUpdated(t.agreement));
    if (result) this.emit('izp-plan-accorded', { snapshot: result });
  }

  // ---- 6: edit ----------------------------------------------------------------------------------

  /** Opens the edit form below the row; `returnTo` (the menu's button) gets focus back when it closes. */
  startEdit(agreement: Agreement, returnTo?: HTMLElement): void {
    this.edit.clear();
    this.editReturn = returnTo ?? null;
    this.editing = agreement;
    this.host.requestUpdate();
    void this.focus('#edit-description');
  }

  stopEdit(): void {
    this.edit.clear();
    this.editing = null;
    this.host.requestUpdate();
    void this.focusReturn();
  }

  private async focusReturn(): Promise<void> {
    await this.host.updateComplete;
    (this.editReturn?.isConnected ? this.editReturn : this.host.shadowRoot?.querySelector<HTMLElement>('#agreement-actions-button, #agreement-title'))?.focus();
  }

  toggleDetails(): void {
    this.expanded = !this.expanded;
    if (!this.expanded) this.versions.hide();
    this.host.requestUpdate();
  }

  /** Saves the form against `base`, the version the user means to replace. */
  private async save(base: Agreement): Promise<void> {
    const reason = this.edit.form.value?.querySelector<HTMLTextAreaElement>('[name="reason"]')?.value || undefined;
    const agreement = await this.edit.submit({ base, reason });
    if (!agreement) return;
    this.editing = null;
    this.host.requestUpdate();
    void this.focusReturn();
    this.emit('izp-agreement-updated', { agreement, previous: base });
  }

  renderEditForm() {
    const base = this.editing;
    const ctx = this.inputs.ctx();
    if (!base || !ctx) return nothing;
    const l = ctx.l;
    const { t } = l;
    const err = (path: string) => this.edit.fieldError(path);
    const f = 'edit';
    const theirs = this.edit.conflict?.current as Agreement | null | undefined;
    return html`<form part="edit-form" class="panel" ${ref(this.edit.form)} aria-label=${t.editAgreement} novalidate
      @submit=${(e: SubmitEvent) => { e.preventDefault(); void this.save(base); }}>
      ${field({ form: f, name: 'description', label: t.agreementDescription, type: 'textarea', required: true, value: base.description, error: err('description') })}
      <fieldset>
        <legend>${t.performer}</legend>
        ${field({ form: f, name: 'performer.kind', label: t.who, type: 'select', required: true, value: base.performer.kind, error: err('performer.kind'),
          options: performerKinds.map((k) => [k, t.performerKinds[k]] as const) })}
        ${field({ form: f, name: 'performer.name', label: t.performerName, value: base.performer.name, error: err('performer.name') })}
        ${field({ form: f, name: 'performer.role', label: l.t.performerRole, type: 'select', value: base.performer.role, error: err('performer.role'),
          options: roles.map((r) => [r, t.roles[r]] as const) })}
      </fieldset>
      ${field({ form: f, name: 'support', label: t.support, type: 'textarea', value: base.support, error: err('support') })}
      ${field({ form: f, name: 'frequency', label: t.frequency, value: base.frequency, error: err('frequency') })}
      ${field({ form: f, name: 'evaluationDate', label: t.evaluationDate, type: 'date', value: base.evaluationDate, error: err('evaluationDate') })}
      ${field({ form: f, name: 'start', label: t.start, type: 'date', value: base.start, error: err('start') })}
      ${field({ form: f, name: 'end', label: t.end, type: 'date', value: base.end, error: err('end') })}
      ${base.status === 'draft' ? nothing : field({ form: f, name: 'status', label: t.status, type: 'select', required: true, value: base.status,
        error: err('status'), options: CURRENT_STATUSES.map((s) => [s, t.agreementStatus[s]] as const) })}
      ${field({ form: f, name: 'reason', label: t.changeReason, type: 'textarea', error: err('reason') })}
      ${this.edit.renderStatus({
        theirs: (current) => renderTheirs(l, current),
        onReload: () => { this.stopEdit(); void ctx.refresh(); },
        ...(theirs && isAgreementOpen(theirs) ? { onReapply: () => void this.save(theirs) } : {}),
      })}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.edit.saving}>${this.edit.saving ? t.saving : t.save}</button>
        <button type="button" @click=${() => this.stopEdit()}>${t.cancel}</button>
      </div>
    </form>`;
  }

  // ---- 7: close ---------------------------------------------------------------------------------

  /** Opens the close dialog from a click or the menu's button (`from`), where focus returns. */
  openClose(from: Event | HTMLElement): void {
    this.close.clear();
    void this.closeModal.open(from);
  }

  private endClose(): void {
    this.closeModal.dismiss();
  }

  private async runClose(agreement: Agreement, expectedVersion: number): Promise<void> {
    const closed = await this.close.submit({ agreement, expectedVersion });
    if (!closed) return;
    this.editing = null;
    // The buttons went away with the open agreement: focus lands on the agreement itself.
    void this.focus('#agreement-title');
    this.emit('izp-agreement-closed', { agreement: closed });
  }

  renderCloseDialog(agreement: Agreement) {
    if (!this.closeModal.rendered) return nothing;
    const ctx = this.inputs.ctx()!;
    const l = ctx.l;
    const { t } = l;
    const theirs = this.close.conflict?.current as Agreement | null | undefined;
    return html`<dialog part="dialog" ${ref(this.closeModal.ref)} aria-labelledby="close-agreement-title" @cancel=${() => this.closeModal.returnFocus()}
      @close=${() => this.closeModal.closed()}>
      <form ${ref(this.close.form)} novalidate @submit=${(e: SubmitEvent) => { e.preventDefault(); void this.runClose(agreement, agreement.version); }}>
        ${heading(this.inputs.headingLevel(), 'close-agreement-title', t.closeAgreement, 'dialog-title', false)}
        <p class="quote">${agreement.description}</p>
        ${field({ form: 'close-agreement', name: 'outcome', label: t.agreementOutcome, type: 'select', required: true, value: 'completed',
          error: this.close.fieldError('outcome'), options: agreementOutcomes.map((o) => [o, t.agreementOutcomes[o]] as const) })}
        ${field({ form: 'close-agreement', name: 'note', label: t.note, type: 'textarea', error: this.close.fieldError('note') })}
        ${this.close.renderStatus({
          theirs: (current) => renderTheirs(l, current),
          onReload: () => { this.close.clear(); this.endClose(); void ctx.refresh(); },
          ...(theirs && isAgreementOpen(theirs) ? { onReapply: () => void this.runClose(agreement, theirs.version) } : {}),
        })}
        <div class="actions">
          <button type="submit" class="danger" ?disabled=${this.close.saving}>${this.close.saving ? t.saving : t.closeAgreement}</button>
          <button type="button" @click=${() => this.endClose()}>${t.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }
}
