import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { isAgreementOpen, type Agreement, type IzpAction } from '../../core/index.js';
import { latestEvaluation, renderLatestEvaluation } from '../evaluation/evaluation-parts.js';
import type { PlanContext } from '../shared/context.js';
import { PlanConsumer } from '../shared/plan-consumer.js';
import { agreementById, agreementInputs } from '../shared/inputs.js';
import { IzpElement } from '../shared/izp-element.js';
import { ScopeController } from '../shared/scope.js';
import { indexOf } from '../shared/snapshot-index.js';
import { AgreementActions } from './agreement-actions.js';
import { renderAgreementFacts, renderAgreementLine } from './izp-agreement.parts.js';
import { disclosure } from '../shared/disclosure.js';
import { evaluable, EvaluationOnDemand } from '../shared/evaluate-item.js';
import type { MenuItem } from '../shared/row-menu.js';
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
 * @csspart title - The agreement's description, at the start of its line.
 * @csspart edit-form - The inline form that edits the agreement.
 * @csspart theirs - Another user's version, shown when both changed the agreement at once.
 * @csspart versions - The "earlier versions" disclosure.
 * @csspart dialog - The "close agreement" dialog.
 * @csspart last-evaluation - The agreement's latest evaluation.
 * @csspart evaluation-unavailable - The alert, with a retry, when the evaluation form could not be loaded.
 * @cssproperty --izp-agreement-background - Background of the agreement's panel.
 * @cssproperty --izp-agreement-border - Border colour of the agreement's panel.
 * @cssproperty --izp-agreement-content-visibility - `auto` (default): the line is skipped while off screen; `visible` turns that off.
 * @cssproperty --izp-color-primary - Main colour of buttons and headings.
 * @cssproperty --izp-spacing - The base spacing unit.
 * @cssproperty --izp-radius - Corner radius of panels, fields and buttons.
 */
export class IzpAgreement extends IzpElement {
  static override styles = styles;
  /** Its one on-demand tag, `<izp-evaluation>`, is loaded by EvaluationOnDemand. @internal */
  static override rendersOnDemand = false;

  /** The id of the agreement in the surrounding plan. */
  @property({ attribute: 'agreement-id', reflect: true }) agreementId = '';
  /** The level of the agreement's heading (2–6), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 5;

  /**
   * The plan, core and language provided by the surrounding `<izp-plan>`. A new value updates the
   * agreement only when what it shows changed (see shared/plan-consumer.ts).
   */
  private get ctx(): PlanContext | undefined {
    return this.consumer.value;
  }

  private readonly consumer = new PlanConsumer(this, (ctx) => agreementInputs(ctx, this.agreementId), agreementById(() => this.agreementId));

  private readonly actions = new AgreementActions(this, {
    ctx: () => this.ctx,
    headingLevel: () => this.headingLevel,
    emit: (name, detail) => this.emit(name, detail),
  });

  /** Its `<izp-evaluation>`, rendered once "Evalueren" is chosen in the menu. */
  private readonly evaluation = new EvaluationOnDemand(this, 'agreement-evaluation', () => this.ctx);

  constructor() {
    super();
    // Another plan, user or view: nothing typed for the old one carries over.
    new ScopeController(this, () => this.ctx, () => this.reset());
  }

  private reset(): void {
    this.actions.reset();
    this.evaluation.forget();
  }

  /** The agreement as currently stored, or undefined while loading or when the id is unknown. */
  get agreement(): Agreement | undefined {
    const snapshot = this.ctx?.snapshot;
    return snapshot ? indexOf(snapshot).agreement(this.agreementId) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The element now shows another agreement (a host re-used it): nothing typed for the old one carries over.
    if (changed.has('agreementId') && changed.get('agreementId')) this.reset();
  }

  protected override updated(): void {
    const snapshot = this.ctx?.snapshot;
    const agreement = this.agreement;
    if (snapshot && agreement) this.actions.versions.sync(snapshot, agreement);
  }

  /** After an evaluation that closed the agreement, its buttons are gone: focus lands on the agreement itself. */
  private async afterEvaluated(id: string): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve)); // the plan passes on the new snapshot first
    await this.updateComplete;
    const agreement = this.ctx?.snapshot?.agreements.find((a) => a.id === id);
    if (agreement && !isAgreementOpen(agreement)) this.renderRoot.querySelector<HTMLElement>('#agreement-title')?.focus();
  }

  /**
   * One line: what was agreed, who does it, how often and when it is evaluated, its status; the one
   * primary action (accord, while it waits for that) and a menu (change, evaluate, close). Details and
   * earlier versions open below on request; the edit form and the close dialog exist only while open.
   */
  protected override render() {
    const snapshot = this.ctx?.snapshot;
    const agreement = this.agreement;
    if (!this.ctx || !snapshot || !agreement) return nothing;
    const l = this.ctx.l;
    const { t } = l;
    const actions = this.actions;
    const may = (action: IzpAction) => actions.may(action, snapshot, agreement);
    const canEdit = may('agreement.update');
    const canClose = may('agreement.close');
    const canEvaluate = may('evaluate') && evaluable(snapshot, { kind: 'agreement', record: agreement });
    const awaiting = this.ctx.view === 'professional' && actions.awaitsAccord(snapshot, agreement);
    const canAccord = awaiting && may('plan.accord');
    const menu: MenuItem[] = [
      ...(canEdit ? [{ label: t.editAgreement, run: (trigger: HTMLElement) => actions.startEdit(agreement, trigger) }] : []),
      ...(canEvaluate ? [{ label: t.evaluate, run: (trigger: HTMLElement) => void this.evaluation.open(trigger) }] : []),
      ...(canClose ? [{ label: t.closeAgreement, danger: true, run: (trigger: HTMLElement) => actions.openClose(trigger) }] : []),
    ];
    return html`<article part="agreement" class="agreement ${isAgreementOpen(agreement) ? 'open' : 'closed'}" aria-labelledby="agreement-title">
      <div class="row">
        <span class="what"><span id="agreement-title" part="title" class="title" tabindex="-1">${agreement.description}</span></span>
        ${renderAgreementLine(l, agreement)}
        <span class="actions">
          ${disclosure(t.showDetails, actions.expanded, 'agreement-details', 'agreement-title', () => actions.toggleDetails())}
          ${canAccord ? html`<button type="button" class="primary" aria-describedby="accord-agreement-help" ?disabled=${actions.accord.saving}
            @click=${() => actions.runAccord(agreement)}>${t.accordAgreement}</button>` : nothing}
          ${actions.menu.render(t.rowActions, t.rowActionsFor(agreement.description), menu)}
          <slot name="actions"></slot>
        </span>
      </div>
      ${awaiting ? html`<div class="awaiting" part="awaiting-accord">
          <p class="help" id="accord-agreement-help">${t.toDiscussHelp}</p>
          ${actions.accord.renderStatus()}
        </div>` : nothing}
      ${actions.expanded ? html`<div id="agreement-details" class="details">
          ${renderAgreementFacts(l, agreement)}
          ${renderLatestEvaluation(l, latestEvaluation(snapshot, agreement.id))}
          ${agreement.version > 1 ? actions.versions.render(agreement) : nothing}
        </div>` : nothing}
      ${canEvaluate ? this.evaluation.render('agreement', agreement.id, this.headingLevel, () => void this.afterEvaluated(agreement.id)) : nothing}
      ${canEdit ? actions.renderEditForm() : nothing}
      ${canClose ? actions.renderCloseDialog(agreement) : nothing}
    </article>`;
  }
}
