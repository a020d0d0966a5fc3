/**
 * Granting and revoking access as the patient (or the case manager recording the patient's choice)
 * drives it: a choice per person, a save per person, and a confirmation before anyone loses access.
 *
 * Each person's form has its own FormController (checked with the core's `GrantAccessInput`), so a
 * failure beside one person never shows beside another; revoking goes through the same person's
 * controller after the confirmation. The helper gets what it needs as values and callbacks (the plan
 * context, the heading level, where focus goes, what to tell the host), never the element itself.
 */
import { html, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { GrantAccessInput, type Plan } from '../../core/index.js';
import type { IzpEventDetails } from '../../events/events.js';
import type { PlanContext } from '../shared/context.js';
import { FormController } from '../shared/form-controller.js';
import { heading } from '../shared/render.js';
import { accessChoices, currentChoice, type AccessChoice, type TeamRow } from './care-team-parts.js';

export interface AccessOptions {
  /** The plan, core and language from `<izp-plan>`. */
  context: () => PlanContext | undefined;
  /** The level of the element's heading; the confirmation's goes one below. */
  headingLevel: () => number;
  /** Focus on the element's heading, when the button that had it went away. */
  focusHeading: () => void;
  /** After a grant or a revocation, for the element's events. */
  granted: (detail: IzpEventDetails['izp-access-granted']) => void;
  revoked: (detail: IzpEventDetails['izp-access-revoked']) => void;
}

/** What one save needs: the person, and the plan's version to save against (the other user's, after a conflict). */
interface Grant {
  row: TeamRow;
  expectedVersion: number;
}

type Host = ReactiveControllerHost & HTMLElement;

/** The permission a person has in the plan as stored. */
const permissionOf = (plan: Plan, id: string | undefined): 'read' | 'write' =>
  plan.access?.find((g) => g.actor.id === id)?.permission ?? 'write';
type PersonForm = FormController<typeof GrantAccessInput, Plan, Grant>;

export class AccessActions {
  /** The choice the user made and has not stored yet, by row key; kept when a save fails. */
  private readonly pending = new Map<string, AccessChoice>();
  /** Each person's form, by row key. */
  private readonly forms = new Map<string, PersonForm>();
  /** The row whose revocation waits for confirmation. */
  private confirming: TeamRow | null = null;
  /** The button that saved the choice: focus goes back there. */
  private trigger: HTMLElement | null = null;
  /** The last save per person, to try again at the version another user just stored (after a conflict). */
  private readonly retries = new Map<string, (expectedVersion: number) => void>();
  private readonly dialog = createRef<HTMLDialogElement>();
  private readonly cancelButton = createRef<HTMLButtonElement>();

  constructor(private readonly host: Host, private readonly options: AccessOptions) {}

  /**
   * Whether to offer granting and revoking: when the core accepts it from this user on this plan now
   * (`izp.can('access.manage')`: the patient, or who runs the workflow recording the patient's choice).
   */
  canManage(plan: Plan): boolean {
    return !!this.options.context()?.izp?.can('access.manage', plan);
  }

  /** Whether this row gets controls: a person with an id, who is not the user themselves. */
  controllable(row: TeamRow): boolean {
    return !!row.id && row.id !== this.options.context()?.izp?.user.id;
  }

  private choiceFor(plan: Plan, row: TeamRow): AccessChoice {
    return this.pending.get(row.key) ?? currentChoice(plan, row);
  }

  private choose(row: TeamRow, choice: AccessChoice): void {
    this.pending.set(row.key, choice);
    this.host.requestUpdate();
  }

  /** Forgets unsaved choices, errors and an open confirmation (another plan, user or view). */
  reset(): void {
    this.pending.clear();
    this.retries.clear();
    this.confirming = null;
    this.dialog.value?.close();
    for (const form of this.forms.values()) this.host.removeController(form);
    this.forms.clear();
    this.host.requestUpdate();
  }

  /** The person's form: the chosen permission, checked and granted at the version the user saw. */
  private formFor(row: TeamRow): PersonForm {
    let form = this.forms.get(row.key);
    if (form) return form;
    const { context, granted } = this.options;
    form = new FormController(this.host, context, {
      action: 'grantAccess',
      schema: GrantAccessInput,
      subject: 'access',
      read: (values, { row: person }) => ({ actor: { id: person.id, name: person.name, role: person.role ?? 'other' }, permission: values['permission'] }),
      call: (izp, input, { args }) => izp.grantAccess(context()!.snapshot!.plan.id, input, { expectedVersion: args.expectedVersion }),
      announce: (t, plan) => t.careTeamAnnounceGranted(row.name, permissionOf(plan, row.id)),
      // The radios show what is stored once the plan is read again: the form itself is not reset.
      keep: true,
      done: (plan, { row: person }) => {
        this.pending.delete(person.key);
        granted({ plan, actorId: person.id!, permission: permissionOf(plan, person.id) });
      },
      focus: () => this.trigger,
    });
    this.forms.set(row.key, form);
    return form;
  }

  private submit(event: SubmitEvent, plan: Plan, row: TeamRow): void {
    event.preventDefault();
    const ctx = this.options.context();
    const form = this.formFor(row);
    if (!ctx || form.saving) return;
    const choice = this.choiceFor(plan, row);
    if (choice === currentChoice(plan, row) || (choice === 'none' && !row.grant)) {
      this.pending.delete(row.key);
      ctx.announce(ctx.l.t.careTeamUnchanged);
      this.host.requestUpdate();
      return;
    }
    this.trigger = (event.target as HTMLFormElement).querySelector<HTMLElement>('button[type="submit"]');
    if (choice === 'none') return this.openConfirm(row);
    this.retries.set(row.key, (expectedVersion) => void form.submit({ row, expectedVersion }));
    void form.submit({ row, expectedVersion: plan.version });
  }

  private async revoke(expectedVersion: number, row: TeamRow): Promise<void> {
    const ctx = this.options.context();
    const form = this.formFor(row);
    if (!ctx?.izp || !ctx.snapshot || !row.id || form.saving) return;
    const izp = ctx.izp;
    const planId = ctx.snapshot.plan.id;
    const actorId = row.id;
    this.retries.set(row.key, (version) => void this.revoke(version, row));
    // No form to read: the person's controller runs the save, so its progress and error show beside them.
    const plan = await form.run('revokeAccess', () => izp.revokeAccess(planId, actorId, { expectedVersion }),
      () => ctx.l.t.careTeamAnnounceRevoked(row.name), (stored) => {
        this.pending.delete(row.key);
        this.closeConfirm(false);
        this.options.revoked({ plan: stored, actorId });
      });
    if (!plan) {
      // The error is shown beside the person's choice; the dialog closes so it can be read there.
      this.closeConfirm(true);
      return;
    }
    await this.host.updateComplete;
    if (this.trigger?.isConnected) this.trigger.focus();
    else this.options.focusHeading();
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
    const ctx = this.options.context()!;
    const { t } = ctx.l;
    const row = this.confirming;
    const own = ctx.view === 'patient';
    const saving = !!row && this.formFor(row).saving;
    return html`<dialog part="dialog" ${ref(this.dialog)} aria-labelledby="revoke-title" aria-describedby="revoke-text"
      @cancel=${(e: Event) => { e.preventDefault(); this.cancelConfirm(); }}>
      ${heading(this.options.headingLevel() + 1, 'revoke-title', t.careTeamRevokeTitle, 'dialog-title', false)}
      <p id="revoke-text">${row ? t.careTeamRevokeConfirm(row.name, own) : ''}</p>
      <div class="actions">
        <button type="button" class="danger" aria-busy=${saving ? 'true' : 'false'}
          @click=${() => row && void this.revoke(plan.version, row)}>${saving ? t.saving : t.careTeamRevoke}</button>
        <button type="button" ${ref(this.cancelButton)} @click=${() => this.cancelConfirm()}>${t.cancel}</button>
      </div>
    </dialog>`;
  }

  // ---- the choice per person --------------------------------------------------------------------

  renderControls(plan: Plan, row: TeamRow, index: number) {
    const ctx = this.options.context()!;
    const { t } = ctx.l;
    const chosen = this.choiceFor(plan, row);
    const form = this.formFor(row);
    const conflictVersion = (form.conflict?.current as Plan | null | undefined)?.version;
    const retry = this.retries.get(row.key);
    return html`<form class="access-form" part="access-form" novalidate aria-labelledby="member-${index}" ${ref(form.form)}
      @submit=${(e: SubmitEvent) => this.submit(e, plan, row)}>
      <fieldset>
        <legend>${t.careTeamAccessFor(row.name)}</legend>
        ${accessChoices.map((choice) => html`<label class="choice">
          <input type="radio" name="permission" value=${choice} .checked=${chosen === choice}
            @change=${() => this.choose(row, choice)} />${t.careTeamAccessLevels[choice]}</label>`)}
      </fieldset>
      ${form.renderStatus({
        onReload: () => { form.clear(); void ctx.refresh(); },
        ...(conflictVersion && retry ? { onReapply: () => retry(conflictVersion) } : {}),
      })}
      <div class="actions">
        <button type="submit" class="primary" aria-describedby="member-${index}"
          aria-busy=${form.saving ? 'true' : 'false'}>${t.save}</button>
      </div>
    </form>`;
  }
}
