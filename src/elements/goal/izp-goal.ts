import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isAgreementOpen, isGoalOpen, type Agreement, type Goal, type PlanSnapshot, type IzpAction } from '../../core/index.js';
import { IzpAgreement } from '../agreement/izp-agreement.js';
import { latestEvaluation, renderLatestEvaluation } from '../evaluation/evaluation-parts.js';
import type { PlanContext } from '../shared/context.js';
import { PlanConsumer } from '../shared/plan-consumer.js';
import { goalById, goalInputs } from '../shared/inputs.js';
import { IzpElement } from '../shared/izp-element.js';
import { ScopeController } from '../shared/scope.js';
import { indexOf } from '../shared/snapshot-index.js';
import { heading } from '../shared/render.js';
import { GoalActions } from './goal-actions.js';
import { renderGoalFacts, renderGoalLine } from './izp-goal.parts.js';
import { disclosure } from '../shared/disclosure.js';
import { evaluable, EvaluationOnDemand } from '../shared/evaluate-item.js';
import type { MenuItem } from '../shared/row-menu.js';
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
 * @csspart evaluation-unavailable - The alert, with a retry, when the evaluation form could not be loaded.
 * @cssproperty --izp-goal-background - Background of the goal's panel.
 * @cssproperty --izp-goal-border - Border colour of the goal's panel.
 * @cssproperty --izp-color-primary - Main colour of buttons and headings.
 * @cssproperty --izp-spacing - The base spacing unit.
 * @cssproperty --izp-radius - Corner radius of panels, fields and buttons.
 */
export class IzpGoal extends IzpElement {
  static override styles = styles;
  /** `<izp-evaluation>` in its actions loads on demand (shared/lazy-elements.ts). */
  static override dependencies = { 'izp-agreement': IzpAgreement };
  /** Its one on-demand tag, `<izp-evaluation>`, is loaded by EvaluationOnDemand. @internal */
  static override rendersOnDemand = false;

  /** The id of the goal in the surrounding plan. */
  @property({ attribute: 'goal-id', reflect: true }) goalId = '';
  /** The level of the goal's heading (2–6), to fit the host page's outline; its agreements go two below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 4;

  /**
   * The plan, core and language provided by the surrounding `<izp-plan>`. A new value updates the goal
   * only when what it shows changed (see shared/plan-consumer.ts).
   */
  private get ctx(): PlanContext | undefined {
    return this.consumer.value;
  }

  private readonly consumer = new PlanConsumer(this, (ctx) => goalInputs(ctx, this.goalId), goalById(() => this.goalId));

  private readonly actions = new GoalActions(this, {
    ctx: () => this.ctx,
    headingLevel: () => this.headingLevel,
    focusHeading: (goalId) => void this.focusHeading(goalId),
    emit: (name, detail) => this.emit(name, detail),
  });

  /** Its `<izp-evaluation>`, rendered once "Evalueren" is chosen in the menu. */
  private readonly evaluation = new EvaluationOnDemand(this, 'goal-evaluation', () => this.ctx);

  constructor() {
    super();
    // Another plan, user or view: nothing typed for the old one carries over.
    new ScopeController(this, () => this.ctx, () => this.reset());
  }

  private reset(): void {
    this.actions.reset();
    this.evaluation.forget();
  }

  /** The goal as currently stored, or undefined while loading or when the id is unknown. */
  get goal(): Goal | undefined {
    const snapshot = this.ctx?.snapshot;
    return snapshot ? indexOf(snapshot).goal(this.goalId) : undefined;
  }

  /**
   * Moves focus to the goal's heading, after the button that had it went away. A list may have moved the
   * goal to another element (closed goals go last), so the goal is looked up by its id.
   */
  private async focusHeading(goalId: string): Promise<void> {
    await this.updateComplete;
    await new Promise((resolve) => setTimeout(resolve)); // the plan re-renders its list first
    const root = this.getRootNode() as ParentNode;
    const el = root.querySelector<IzpGoal>(`izp-goal[goal-id="${CSS.escape(goalId)}"]`) ?? this;
    await el.updateComplete;
    el.renderRoot.querySelector<HTMLElement>('#goal-title')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The element now shows another goal (a host re-used it): nothing typed for the old one carries over.
    if (changed.has('goalId') && changed.get('goalId')) this.reset();
  }

  /**
   * One compact row: the goal in the patient's words with status, domain, priority and target on one
   * line, its one primary action (accord a concept goal, else add an agreement) and a menu with the rest
   * (evaluate, close). Details open below on request; the agreements follow as one line each.
   */
  protected override render() {
    const snapshot = this.ctx?.snapshot;
    const goal = this.goal;
    if (!this.ctx || !snapshot || !goal) return nothing;
    const l = this.ctx.l;
    const { t } = l;
    const actions = this.actions;
    const may = (action: IzpAction) => actions.may(action, goal);
    const canClose = may('goal.close');
    const canAdd = may('agreement.add');
    const canEvaluate = may('evaluate') && evaluable(snapshot, { kind: 'goal', record: goal });
    const awaiting = this.ctx.view === 'professional' && actions.awaitsAccord(snapshot, goal);
    const canAccord = awaiting && may('plan.accord');
    const agreements = this.orderedAgreements(snapshot, goal);
    const menu: MenuItem[] = [
      ...(canAccord && canAdd ? [{ label: t.addAgreement, run: (trigger: HTMLElement) => actions.toggleAdd(true, trigger) }] : []),
      ...(canEvaluate ? [{ label: t.evaluate, run: (trigger: HTMLElement) => void this.evaluation.open(trigger) }] : []),
      ...(canClose ? [{ label: t.closeGoal, danger: true, run: (trigger: HTMLElement) => actions.openClose(trigger) }] : []),
    ];
    return html`<article part="goal" class="goal ${isGoalOpen(goal) ? 'open' : 'closed'}" aria-labelledby="goal-title">
      <div class="row">
        <div class="what">
          ${heading(this.headingLevel, 'goal-title', goal.description)}
          ${renderGoalLine(l, goal)}
        </div>
        <div class="actions">
          ${disclosure(t.showDetails, actions.expanded, 'goal-details', 'goal-title', () => actions.toggleDetails())}
          ${canAccord ? html`<button type="button" class="primary" aria-describedby="accord-goal-help" ?disabled=${actions.accord.saving}
            @click=${() => actions.runAccord(snapshot, goal)}>${t.accordGoal}</button>` : canAdd ? actions.renderAddButton() : nothing}
          ${actions.menu.render(t.rowActions, t.rowActionsFor(goal.description), menu)}
          <slot name="actions"></slot>
        </div>
      </div>
      ${awaiting ? html`<div class="awaiting" part="awaiting-accord">
          <p class="help" id="accord-goal-help">${t.toDiscussHelp}${canAccord ? ` ${t.accordGoalHelp}` : ''}</p>
          ${actions.accord.renderStatus()}
        </div>` : nothing}
      ${actions.expanded ? html`<div id="goal-details" class="details">
          ${renderGoalFacts(l, goal, snapshot.plan.status)}
          ${renderLatestEvaluation(l, latestEvaluation(snapshot, goal.id))}
        </div>` : nothing}
      ${canEvaluate ? this.evaluation.render('goal', goal.id, this.headingLevel + 1) : nothing}
      ${canClose ? actions.renderCloseDialog(snapshot, goal) : nothing}
      <div part="agreements" class="agreements">
        <div class="visually-hidden">${heading(this.headingLevel + 1, 'agreements-title', t.agreements, 'agreements-title', false)}</div>
        ${agreements.length === 0 ? html`<p class="help none">${t.noAgreements}</p>` : html`<ul class="agreement-list" aria-labelledby="agreements-title">
          ${repeat(agreements, (a) => a.id, (a) => html`<li><izp-agreement agreement-id=${a.id} heading-level=${this.headingLevel + 1}></izp-agreement></li>`)}
        </ul>`}
        ${canAdd ? actions.renderAddAgreement(goal) : nothing}
      </div>
    </article>`;
  }

  /** Open agreements first, then closed; within each, in the order they were made. */
  private orderedAgreements(snapshot: PlanSnapshot, goal: Goal): Agreement[] {
    const closed = (a: Agreement) => Number(!isAgreementOpen(a));
    return [...indexOf(snapshot).agreementsOf(goal.id)]
      .sort((a, b) => closed(a) - closed(b) || a.created.at.localeCompare(b.created.at));
  }
}
