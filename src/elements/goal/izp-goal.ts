import { consume } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isAgreementOpen, isGoalOpen, type Agreement, type Goal, type PlanSnapshot, type IzpAction } from '../../core/index.js';
import { latestEvaluation, renderLatestEvaluation } from '../evaluation/evaluation-parts.js';
import { planContext, type PlanContext } from '../shared/context.js';
import { IzpElement } from '../shared/izp-element.js';
import { ScopeController } from '../shared/scope.js';
import { heading } from '../shared/render.js';
import { GoalActions } from './goal-actions.js';
import { renderGoalFacts } from './izp-goal.parts.js';
import { styles } from './izp-goal.styles.js';

/**
 * One goal of the plan: the goal in the patient's words, its SFMPC domain, measurable target and due
 * date, priority and status. A case manager closes it with an outcome (function 4), sees its agreements
 * and adds one (function 5). A closed goal is shown read-only, with its outcome.
 *
 * Works inside any `<izp-plan>`, in the default composition or in a vendor's own layout:
 * `<izp-plan …><izp-goal goal-id="…" heading-level="3"></izp-goal></izp-plan>`.
 *
 * @tagname izp-goal
 * @slot actions - Extra buttons beside the goal's own actions.
 * @event izp-goal-closed - Function 4 completed; `detail.goal` is the closed goal.
 * @event izp-agreement-added - Function 5 completed; `detail.agreement` is the new agreement.
 * @event izp-evaluated - The goal or one of its agreements was evaluated; `detail.evaluation` is the evaluation.
 * @event izp-error - A function failed; nothing was stored and the input was kept.
 * @csspart goal - The goal's panel.
 * @csspart title - The goal's description, as a heading.
 * @csspart agreements - The goal's agreements with the "add agreement" form.
 * @csspart add-agreement - The "add agreement" form.
 * @csspart dialog - The "close goal" dialog.
 * @csspart last-evaluation - The goal's latest evaluation.
 * @cssproperty --izp-goal-background - Background of the goal's panel.
 * @cssproperty --izp-goal-border - Border colour of the goal's panel.
 * @cssproperty --izp-color-primary - Main colour of buttons and headings.
 * @cssproperty --izp-spacing - The base spacing unit.
 * @cssproperty --izp-radius - Corner radius of panels, fields and buttons.
 */
export class IzpGoal extends IzpElement {
  static override styles = styles;

  /** The id of the goal in the surrounding plan. */
  @property({ attribute: 'goal-id', reflect: true }) goalId = '';
  /** The level of the goal's heading (2–6), to fit the host page's outline; its agreements go two below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 4;

  /** @internal The plan, core and language provided by the surrounding `<izp-plan>`. */
  @consume({ context: planContext, subscribe: true })
  @state()
  ctx?: PlanContext;

  /** @internal */
  readonly actions = new GoalActions(this);

  constructor() {
    super();
    // Another plan, user or view: nothing typed for the old one carries over.
    new ScopeController(this, () => this.ctx, () => this.actions.reset());
  }

  /** The goal as currently stored, or undefined while loading or when the id is unknown. */
  get goal(): Goal | undefined {
    return this.ctx?.snapshot?.goals.find((g) => g.id === this.goalId);
  }

  /**
   * @internal Moves focus to the goal's heading, after the button that had it went away. A list may have
   * moved the goal to another element (closed goals go last), so the goal is looked up by its id.
   */
  async focusHeading(goalId: string): Promise<void> {
    await this.updateComplete;
    await new Promise((resolve) => setTimeout(resolve)); // the plan re-renders its list first
    const root = this.getRootNode() as ParentNode;
    const el = root.querySelector<IzpGoal>(`izp-goal[goal-id="${CSS.escape(goalId)}"]`) ?? this;
    await el.updateComplete;
    el.renderRoot.querySelector<HTMLElement>('#goal-title')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The element now shows another goal (a host re-used it): nothing typed for the old one carries over.
    if (changed.has('goalId') && changed.get('goalId')) this.actions.reset();
  }

  protected override render() {
    const snapshot = this.ctx?.snapshot;
    const goal = this.goal;
    if (!this.ctx || !snapshot || !goal) return nothing;
    const { t } = this.ctx.l;
    const may = (action: IzpAction) => this.actions.may(action, goal);
    const canClose = may('goal.close');
    const agreements = this.orderedAgreements(snapshot, goal);
    return html`<article part="goal" class="goal ${isGoalOpen(goal) ? 'open' : 'closed'}" aria-labelledby="goal-title">
      ${heading(this.headingLevel, 'goal-title', goal.description)}
      ${renderGoalFacts(this.ctx.l, goal, snapshot.plan.status)}
      ${renderLatestEvaluation(this.ctx.l, latestEvaluation(snapshot, goal.id))}
      ${this.ctx.view === 'professional' && this.actions.awaitsAccord(snapshot, goal) ? html`<div class="awaiting" part="awaiting-accord">
          <p class="help" id="accord-goal-help">${t.toDiscussHelp}${may('plan.accord') ? ` ${t.accordGoalHelp}` : ''}</p>
          ${may('plan.accord') ? html`<button type="button" class="primary" aria-describedby="accord-goal-help" ?disabled=${this.actions.accord.saving}
            @click=${() => this.actions.runAccord(snapshot, goal)}>${t.accordGoal}</button>` : nothing}
          ${this.actions.accord.renderStatus()}
        </div>` : nothing}
      ${canClose || may('evaluate') ? html`<div class="actions">
          <izp-evaluation target-kind="goal" target-id=${goal.id} heading-level=${this.headingLevel + 1}></izp-evaluation>
          ${canClose ? html`<button type="button" class="danger" @click=${(e: Event) => this.actions.openClose(e)}>${t.closeGoal}</button>` : nothing}
          <slot name="actions"></slot>
        </div>` : nothing}
      ${canClose ? this.actions.renderCloseDialog(snapshot, goal) : nothing}
      <div part="agreements" class="agreements">
        ${heading(this.headingLevel + 1, 'agreements-title', t.agreements, 'agreements-title', false)}
        ${agreements.length === 0 ? html`<p class="help">${t.noAgreements}</p>` : html`<ul class="agreement-list">
          ${repeat(agreements, (a) => a.id, (a) => html`<li><izp-agreement agreement-id=${a.id} heading-level=${this.headingLevel + 2}></izp-agreement></li>`)}
        </ul>`}
        ${may('agreement.add') ? this.actions.renderAddAgreement(goal) : nothing}
      </div>
    </article>`;
  }

  /** Open agreements first, then closed; within each, in the order they were made. */
  private orderedAgreements(snapshot: PlanSnapshot, goal: Goal): Agreement[] {
    const closed = (a: Agreement) => Number(!isAgreementOpen(a));
    return snapshot.agreements
      .filter((a) => a.goalId === goal.id)
      .sort((a, b) => closed(a) - closed(b) || a.created.at.localeCompare(b.created.at));
  }
}
