/** The goal's facts (domain, target, priority, status, outcome), as a render function of `<izp-goal>`. */
import { html, nothing } from 'lit';
import { isGoalOpen, type Goal, type PlanStatus, type Target } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';
import { stampText } from '../shared/render.js';
import { targetWords } from '../overview/overview-text.js';

/** The target in words, as the overview says it ("Gewicht niet meer dan 125 kg vóór 23 februari 2027"). */
export function targetText(l: Localizer, target: Target): string {
  const text = targetWords(target, l);
  return target.description && target.value !== undefined ? `${text} (${target.description})` : text;
}

/**
 * Why a goal closed with its plan, in words that match its status: a goal still in concept lapsed (it was
 * never accorded), so "Doelen bereikt" as the plan's reason is not its outcome.
 */
function closedWithPlan(l: Localizer, goal: Goal, planStatus: PlanStatus | undefined): string {
  if (goal.status !== 'cancelled') return l.t.goalClosedWithPlan;
  return planStatus === 'revoked' ? l.t.goalStoppedWithPlan : l.t.goalLapsedWithPlan;
}

/** The goal's row: status, domain, priority and target in one line (the details hold the rest). */
export function renderGoalLine(l: Localizer, goal: Goal) {
  const { t } = l;
  return html`<p class="meta">
    <span class="badge status-${goal.status}">${t.goalStatus[goal.status]}</span>
    <span>${t.domains[goal.domain]}</span>
    ${goal.priority ? html`<span>${t.priority}: ${t.priorities[goal.priority]}</span>` : nothing}
    ${goal.targets.map((target) => html`<span>${t.target}: ${targetText(l, target)}</span>`)}
    ${!isGoalOpen(goal) && goal.outcome ? html`<span>${t.goalOutcome}: <strong>${t.goalOutcomes[goal.outcome]}</strong></span>` : nothing}
  </p>`;
}

/** What the row does not say: who expressed the goal, since when, the note, and how it closed. */
export function renderGoalFacts(l: Localizer, goal: Goal, planStatus?: PlanStatus) {
  const { t, date } = l;
  const closed = !isGoalOpen(goal);
  return html`<dl class="facts">
    <div><dt>${t.expressedBy}</dt><dd>${t.expressedByOptions[goal.expressedBy]}</dd></div>
    <div><dt>${t.start}</dt><dd>${date(goal.start)}</dd></div>
    ${goal.note ? html`<div class="wide"><dt>${t.note}</dt><dd class="text">${goal.note}</dd></div>` : nothing}
    ${closed && goal.closed ? html`<div><dt>${t.closedItems}</dt><dd>${stampText(l, goal.closed)}</dd></div>` : nothing}
    ${closed && goal.closedWith === 'plan' ? html`<div class="wide"><dt>${t.goalOutcome}</dt><dd>${closedWithPlan(l, goal, planStatus)}</dd></div>` : nothing}
    ${closed && goal.closeNote ? html`<div class="wide"><dt>${goal.closedWith === 'plan' ? t.planCloseReason : t.note}</dt><dd class="text">${goal.closeNote}</dd></div>` : nothing}
  </dl>`;
}
