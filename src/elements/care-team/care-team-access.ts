/**
 * Granting and revoking access as the patient (or the case manager recording the patient's choice)
 * drives it: a choice per person, a save per person, and a confirmation before anyone loses access.
 */
import { html, nothing } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { Plan } from '../../core/index.js';
import { izpEvent } from '../../events/events.js';
import { heading } from '../shared/render.js';
import { SaveController } from '../shared/save-controller.js';
import { accessChoices, currentChoice, type AccessChoice, type TeamRow } from './care-team-parts.js';
import type { IzpCareTeam } from './izp-care-team.js';

export class AccessActions {
  readonly save: SaveController;
  /** The choice the user made and has not stored yet, by row key; kept when a save fails. */
  readonly pending = new Map<string, AccessChoice>();
  /** The row the last save (and so its progress or error) belongs to. */
  savingFor: string | null = null;
  /** The row whose revocation waits for confirmation. */
  confirming: TeamRow | null = null;
  private readonly dialog = createRef<HTMLDialogElement>();
  private readonly cancelButton = createRef<HTMLButtonElement>();
  private trigger: HTMLElement | null = null;
  /** The last save, to try again at the version another user just stored (after a conflict). */
  private retry: ((expectedVersion: number) => Promise<void>) | null = null;

  constructor(private readonly host: IzpCareTeam) {
    this.save = new SaveController(host, () => host.ctx);
  }

  /**
   * Whether to offer granting and revoking: when the core accepts it from this user on this plan now
   * (`izp.can('access.manage')`: the patient, or who runs the workflow recording the patient's choice).
   */
  canManage(plan: Plan): boolean {
    return !!this.host.ctx?.izp?.can('access.manage', plan);
  }

  /** Whether this row gets controls: a person with an id, who is not the user themselves. */
  controllable(row: TeamRow): boolean {
    return !!row.id && row.id !== this.host.ctx?.izp?.user.id;
  }

  choiceFor(plan: Plan, row: TeamRow): AccessChoice {
    return this.pending.get(row.key) ?? currentChoice(plan, row);
  }

  choose(row: TeamRow, choice: AccessChoice): void {
    this.pending.set(row.key, choice);
    this.host.requestUpdate();
  }

  /** Forgets unsaved choices and errors. */
  reset(): void {
    this.pending.clear();
    this.savingFor = null;
    this.confirming = null;
    this.dialog.value?.close();
    this.save.clear();
  }

  submit(event: SubmitEvent, plan: Plan, row: TeamRow): void {
    event.preventDefault();
    const ctx = this.host.ctx;
    if (!ctx || this.save.saving) return;
    const choice = this.choiceFor(plan, row);
    if (choice === currentChoice(plan, row) || (choice === 'none' && !row.grant)) {
      this.pending.delete(row.key);
      ctx.announce(ctx.l.t.careTeamUnchanged);
      this.host.requestUpdate();
      return;
    }
    this.trigger = (event.target as HTMLFormElement).querySelector<HTMLElement>('button[type="submit"]');
    if (choice === 'none') return this.openConfirm(row);
    this.retry = (version) => this.grant(version, row, choice);
    void this.grant(plan.version, row, choice);
  }

  private async grant(expectedVersion: number, row: TeamRow, permission: 'read' | 'write'): Promise<void> {
    const ctx = this.host.ctx;
    if (!ctx?.izp || !ctx.snapshot || !row.id) return;
    const izp = ctx.izp;
    const { t } = ctx.l;
    const planId = ctx.snapshot.plan.id;
    const actor = { id: row.id, name: row.name, role: row.role ?? 'other' };
    this.savingFor = row.key;
    const plan = await this.save.run('grantAccess', () => izp.grantAccess(planId, { actor, permission }, { expectedVersion }),
      () => t.careTeamAnnounceGranted(row.name, permission), () => this.pending.delete(row.key));
    if (!plan) return;
    this.trigger?.focus();
    this.host.dispatchEvent(izpEvent('izp-access-granted', { plan, actorId: row.id, permission }));
  }

  private async revoke(expectedVersion: number, row: TeamRow): Promise<void> {
    const ctx = this.host.ctx;
    if (!ctx?.izp || !ctx.snapshot || !row.id || this.save.saving) return;
    const izp = ctx.izp;
    const { t } = ctx.l;
    const planId = ctx.snapshot.plan.id;
    const actorId = row.id;
    this.savingFor = row.key;
    this.retry = (version) => this.revoke(version, row);
    const plan = await this.save.run('revokeAccess', () => izp.revokeAccess(planId, actorId, { expectedVersion }),
      () => t.careTeamAnnounceRevoked(row.name), () => { this.pending.delete(row.key); this.closeConfirm(false); });
    if (!plan) {
      // The error is shown beside the person's choice; the dialog closes so it can be read there.
      this.closeConfirm(true);
      return;
    }
    this.host.dispatchEvent(izpEvent('izp-access-revoked', { plan, actorId }));
    await this.host.updateComplete;
    if (this.trigger?.isConnected) this.trigger.focus();
    else this.host.focusHeading();
  }

  // ---- the confirmation -------------------------------------------------------------------------

  private openConfirm(row: TeamRow): void {
    this.confirming = row;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.dialog.value?.showModal();
      // The safe way out first: Enter or Space on the focused button does not take anyone's access away.
      this.cancelButton.value?.focus();
    });
  }

  /** Closes the dialog; `refocus` puts focus back on the button that opened it. */
  private closeConfirm(refocus: boolean): void {
    this.dialog.value?.close();
    this.confirming = null;
    this.host.requestUpdate();
    if (refocus) this.trigger?.focus();
  }

  private cancelConfirm(): void {
    if (this.confirming) this.pending.delete(this.confirming.key);
    this.closeConfirm(true);
  }

  renderConfirm(plan: Plan) {
    const ctx = this.host.ctx!;
    const { t } = ctx.l;
    const row = this.confirming;
    const own = ctx.view === 'patient';
    return html`<dialog part="dialog" ${ref(this.dialog)} aria-labelledby="revoke-title" aria-describedby="revoke-text"
      @cancel=${(e: Event) => { e.preventDefault(); this.cancelConfirm(); }}>
      ${heading(this.host.headingLevel + 1, 'revoke-title', t.careTeamRevokeTitle, 'dialog-title', false)}
      <p id="revoke-text">${row ? t.careTeamRevokeConfirm(row.name, own) : ''}</p>
      <div class="actions">
        <button type="button" class="danger" aria-busy=${this.save.saving ? 'true' : 'false'}
          @click=${() => row && void this.revoke(plan.version, row)}>${this.save.saving ? t.saving : t.careTeamRevoke}</button>
        <button type="button" ${ref(this.cancelButton)} @click=${() => this.cancelConfirm()}>${t.cancel}</button>
      </div>
    </dialog>`;
  }

  // ---- the choice per person --------------------------------------------------------------------

  renderControls(plan: Plan, row: TeamRow, index: number) {
    const ctx = this.host.ctx!;
    const { t } = ctx.l;
    const chosen = this.choiceFor(plan, row);
    const mine = this.savingFor === row.key;
    const conflictVersion = (this.save.conflict?.current as Plan | null | undefined)?.version;
    return html`<form class="access-form" part="access-form" novalidate aria-labelledby="member-${index}"
      @submit=${(e: SubmitEvent) => this.submit(e, plan, row)}>
      <fieldset>
        <legend>${t.careTeamAccessFor(row.name)}</legend>
        ${accessChoices.map((choice) => html`<label class="choice">
          <input type="radio" name="permission" value=${choice} .checked=${chosen === choice}
            @change=${() => this.choose(row, choice)} />${t.careTeamAccessLevels[choice]}</label>`)}
      </fieldset>
      ${mine ? this.save.renderStatus({
        onReload: () => { this.save.clear(); void ctx.refresh(); },
        ...(conflictVersion && this.retry ? { onReapply: () => void this.retry?.(conflictVersion) } : {}),
      }) : nothing}
      <div class="actions">
        <button type="submit" class="primary" aria-describedby="member-${index}"
          aria-busy=${this.save.saving && mine ? 'true' : 'false'}>${t.save}</button>
      </div>
    </form>`;
  }
}
