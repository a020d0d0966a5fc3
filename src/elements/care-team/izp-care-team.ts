import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Plan } from '../../core/index.js';
import { heading } from '../shared/render.js';
import type { PlanContext } from '../shared/context.js';
import { PlanConsumer } from '../shared/plan-consumer.js';
import { IzpElement } from '../shared/izp-element.js';
import { ScopeController } from '../shared/scope.js';
import { AccessActions } from './care-team-access.js';
import { renderMemberFacts, teamRows, type TeamRow } from './care-team-parts.js';
import { styles } from './izp-care-team.styles.js';
import { registerWords } from '../../i18n/dictionaries.js';
import { careTeamWords } from '../../i18n/words/care-team.js';

// The words of this element came in this chunk, not in the first load: registered before any can render.
registerWords(careTeamWords);

export type { AccessChoice, TeamRow } from './care-team-parts.js';

/**
 * The care team and the access the patient chose. Shows each person's name, role and contact (a link
 * only for https, mailto and tel), marks the case manager as the fixed contact person, and says whether
 * each person may read the plan, read and change it, or has no access.
 *
 * In the patient's own view (`<izp-plan view="patient">`, the user being the plan's patient) the
 * patient grants and revokes each person's access, with a confirmation before anyone loses it. The
 * case manager does the same in the professional view, to record the patient's choice. The core
 * enforces the choice: it refuses anyone without access, and records the refusal.
 *
 * Place it anywhere inside `<izp-plan>`: `<izp-plan …><izp-care-team heading-level="3"></izp-care-team></izp-plan>`.
 *
 * @tagname izp-care-team
 * @slot intro - Extra text below the explanation, e.g. the practice's own words about privacy.
 * @event izp-access-granted - The patient granted access; `detail` is `{ plan, actorId, permission }`.
 * @event izp-access-revoked - The patient revoked access; `detail` is `{ plan, actorId }`.
 * @event izp-error - Granting or revoking failed (`detail.action` is `grantAccess` or `revokeAccess`); nothing was stored and the choice was kept.
 * @csspart title - The element's heading.
 * @csspart intro - The explanation of who decides.
 * @csspart members - The list of people.
 * @csspart member - One person.
 * @csspart name - A person's name, as a heading.
 * @csspart fixed-contact - The "vaste contactpersoon" mark of the case manager.
 * @csspart contact - A person's contact (a link when it is safe).
 * @csspart access - What a person may do now.
 * @csspart access-form - The choice and save button of one person.
 * @csspart error - The message when a save failed.
 * @csspart dialog - The confirmation before revoking access.
 * @csspart dialog-title - The confirmation's heading.
 * @cssproperty --izp-care-team-background - Background of a person's card; falls back to `--izp-color-surface`.
 * @cssproperty --izp-care-team-border - Border colour of a person's card; falls back to `--izp-color-border`.
 * @cssproperty --izp-heading-color - Colour of the headings.
 * @cssproperty --izp-color-primary - Main colour of buttons and headings.
 * @cssproperty --izp-spacing - The base spacing unit.
 * @cssproperty --izp-radius - Corner radius of cards, fields and buttons.
 */
export class IzpCareTeam extends IzpElement {
  static override styles = styles;

  /** The level of the element's heading (2–6); each person's name goes one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The plan, core and language from the surrounding `<izp-plan>`; every new value updates the element. */
  private readonly consumer = new PlanConsumer(this, (ctx) => [ctx]);
  private get ctx(): PlanContext | undefined {
    return this.consumer.value;
  }

  private readonly access = new AccessActions(this, {
    context: () => this.ctx,
    headingLevel: () => this.headingLevel,
    focusHeading: () => this.renderRoot.querySelector<HTMLElement>('#care-team-title')?.focus(),
    granted: (detail) => this.emit('izp-access-granted', detail),
    revoked: (detail) => this.emit('izp-access-revoked', detail),
  });

  constructor() {
    super();
    // Another plan (another patient), user or view: nothing chosen for the previous one carries over.
    new ScopeController(this, () => this.ctx, () => this.access.reset());
  }

  /** The people shown: the case manager, the care team, then anyone else with access. */
  get members(): TeamRow[] {
    const plan = this.ctx?.snapshot?.plan;
    return plan ? teamRows(plan) : [];
  }

  protected override render() {
    const plan = this.ctx?.snapshot?.plan;
    if (!this.ctx || !plan) return nothing;
    const { l } = this.ctx;
    const manage = this.access.canManage(plan);
    const rows = teamRows(plan);
    return html`<section class="care-team" aria-labelledby="care-team-title">
      ${heading(this.headingLevel, 'care-team-title', l.t.careTeam)}
      <div part="intro" class="intro">${this.renderIntro(plan, manage)}<slot name="intro"></slot></div>
      ${rows.length === 0 ? html`<p class="help">${l.t.careTeamEmpty}</p>` : html`<ul part="members" class="members">
        ${repeat(rows, (r) => r.key, (row, i) => html`<li part="member" class="member ${row.caseManager ? 'case-manager' : ''}">
          ${renderMemberFacts(l, plan, row, i, this.headingLevel + 1)}
          ${manage ? this.renderManage(plan, row, i) : nothing}
        </li>`)}
      </ul>`}
      ${manage ? this.access.renderConfirm(plan) : nothing}
    </section>`;
  }

  private renderIntro(plan: Plan, manage: boolean) {
    const { t } = this.ctx!.l;
    const patient = this.ctx!.view === 'patient';
    return html`
      <p class="lead">${patient ? t.careTeamYouDecide : t.careTeamPatientDecides}</p>
      ${manage ? html`<p class="help">${patient ? t.careTeamPatientHelp : t.careTeamManagerHelp}</p>` : nothing}
      ${!plan.access ? html`<p class="help">${t.careTeamNoChoiceYet}</p>` : nothing}
    `;
  }

  private renderManage(plan: Plan, row: TeamRow, index: number) {
    const { t } = this.ctx!.l;
    if (!row.id) return html`<p class="help">${t.careTeamNoAccount}</p>`;
    if (!this.access.controllable(row)) return html`<p class="help">${t.careTeamThisIsYou}</p>`;
    // The core keeps the case manager's access: the fixed contact cannot be shut out.
    if (row.caseManager) return html`<p class="help">${t.careTeamCaseManagerKeeps}</p>`;
    return this.access.renderControls(plan, row, index);
  }
}
