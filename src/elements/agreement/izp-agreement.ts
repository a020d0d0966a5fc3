import { consume } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAgreementOpen, type Agreement, type IzpAction } from '../../core/index.js';
import { latestEvaluation, renderLatestEvaluation } from '../evaluation/evaluation-parts.js';
import { planContext, type PlanContext } from '../shared/context.js';
import { IzpElement } from '../shared/izp-element.js';
import { ScopeController } from '../shared/scope.js';
import { AgreementActions } from './agreement-actions.js';
import { heading } from '../shared/render.js';
import { renderAgreementFacts } from './izp-agreement.parts.js';
import { styles } from './izp-agreement.styles.js';

/**
 * One agreement under a goal: what is done, who does it (the patient, a care provider, an informal
 * carer), with what support, how often and when it is evaluated. A case manager edits it (function 6),
 * each edit a new version with the earlier ones viewable, and closes it with an outcome (function 7).
 * A closed agreement is shown read-only, with its outcome.
 *
 * `<izp-goal>` shows its agreements with this element; a vendor's own layout may place it anywhere inside
 * `<izp-plan>`: `<izp-agreement agreement-id="…" heading-level="4"></izp-agreement>`.
 *
 * @tagname izp-agreement
 * @slot actions - Extra buttons beside the agreement's own actions.
 * @event izp-agreement-updated - Function 6 completed; `detail.agreement` is the new version, `detail.previous` the one it replaced.
 * @event izp-agreement-closed - Function 7 completed; `detail.agreement` is the closed agreement.
 * @event izp-evaluated - The agreement was evaluated (and changed or closed with it); `detail.evaluation` is the evaluation.
 * @event izp-error - A function failed; nothing was stored and the input was kept.
 * @csspart agreement - The agreement's panel.
 * @csspart title - The agreement's description, as a heading.
 * @csspart edit-form - The inline form that edits the agreement.
 * @csspart theirs - Another user's version, shown when both changed the agreement at once.
 * @csspart versions - The "earlier versions" disclosure.
 * @csspart dialog - The "close agreement" dialog.
 * @csspart last-evaluation - The agreement's latest evaluation.
 * @cssproperty --izp-agreement-background - Background of the agreement's panel.
 * @cssproperty --izp-agreement-border - Border colour of the agreement's panel.
 * @cssproperty --izp-color-primary - Main colour of buttons and headings.
 * @cssproperty --izp-spacing - The base spacing unit.
 * @cssproperty --izp-radius - Corner radius of panels, fields and buttons.
 */
export class IzpAgreement extends IzpElement {
  static override styles = styles;

  /** The id of the agreement in the surrounding plan. */
  @property({ attribute: 'agreement-id', reflect: true }) agreementId = '';
  /** The level of the agreement's heading (2–6), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 5;

  /** @internal The plan, core and language provided by the surrounding `<izp-plan>`. */
  @consume({ context: planContext, subscribe: true })
  @state()
  ctx?: PlanContext;

  /** @internal */
  readonly actions = new AgreementActions(this);

  constructor() {
    super();
    // Another plan, user or view: nothing typed for the old one carries over.
    new ScopeController(this, () => this.ctx, () => this.actions.reset());
  }

  /** The agreement as currently stored, or undefined while loading or when the id is unknown. */
  get agreement(): Agreement | undefined {
    return this.ctx?.snapshot?.agreements.find((a) => a.id === this.agreementId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The element now shows another agreement (a host re-used it): nothing typed for the old one carries over.
    if (changed.has('agreementId') && changed.get('agreementId')) this.actions.reset();
  }

  protected override updated(): void {
    const snapshot = this.ctx?.snapshot;
    const agreement = this.agreement;
    if (snapshot && agreement) this.actions.syncVersions(snapshot, agreement);
  }

  /** After an evaluation that closed the agreement, its buttons are gone: focus lands on the agreement itself. */
  private async afterEvaluated(id: string): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve)); // the plan passes on the new snapshot first
    await this.updateComplete;
    const agreement = this.ctx?.snapshot?.agreements.find((a) => a.id === id);
    if (agreement && !isAgreementOpen(agreement)) this.renderRoot.querySelector<HTMLElement>('#agreement-title')?.focus();
  }

  protected override render() {
    const snapshot = this.ctx?.snapshot;
    const agreement = this.agreement;
    if (!this.ctx || !snapshot || !agreement) return nothing;
    const { t } = this.ctx.l;
    const actions = this.actions;
    const may = (action: IzpAction) => actions.may(action, snapshot, agreement);
    const canEdit = may('agreement.update');
    const canClose = may('agreement.close');
    return html`<article part="agreement" class="agreement ${isAgreementOpen(agreement) ? 'open' : 'closed'}" aria-labelledby="agreement-title">
      ${heading(this.headingLevel, 'agreement-title', agreement.description)}
      ${renderAgreementFacts(this.ctx.l, agreement)}
      ${renderLatestEvaluation(this.ctx.l, latestEvaluation(snapshot, agreement.id))}
      ${this.ctx.view === 'professional' && actions.awaitsAccord(snapshot, agreement) ? html`<div class="awaiting" part="awaiting-accord">
          <p class="help" id="accord-agreement-help">${t.toDiscussHelp}</p>
          ${may('plan.accord') ? html`<button type="button" class="primary" aria-describedby="accord-agreement-help" ?disabled=${actions.accord.saving}
            @click=${() => actions.runAccord(agreement)}>${t.accordAgreement}</button>` : nothing}
          ${actions.accord.renderStatus()}
        </div>` : nothing}
      ${canEdit || canClose || may('evaluate') ? html`<div class="actions">
          ${canEdit ? html`<button type="button" id="edit-button" aria-expanded=${actions.editing ? 'true' : 'false'}
            @click=${() => (actions.editing ? actions.stopEdit() : actions.startEdit(agreement))}>${t.editAgreement}</button>` : nothing}
          <izp-evaluation target-kind="agreement" target-id=${agreement.id} heading-level=${this.headingLevel + 1}
            @izp-evaluated=${() => void this.afterEvaluated(agreement.id)}></izp-evaluation>
          ${canClose ? html`<button type="button" class="danger" @click=${(e: Event) => actions.openClose(e)}>${t.closeAgreement}</button>` : nothing}
          <slot name="actions"></slot>
        </div>
        ${canEdit ? actions.renderEditForm() : nothing}` : nothing}
      ${canClose ? actions.renderCloseDialog(agreement) : nothing}
      ${agreement.version > 1 ? actions.renderVersions(agreement) : nothing}
    </article>`;
  }
}
