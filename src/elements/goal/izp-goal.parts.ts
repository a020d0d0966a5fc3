/** The goal's facts (domain, target, priority, status, outcome), as a render function of `<izp-goal>`. */
import { html, nothing } from 'lit';
import { isGoalOpen, type Goal, type PlanStatus, type Target } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';
import { stampText } from '../shared/render.js';
import { targetWords } from '../overview/overview-print.js';

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

export function renderGoalFacts(l: Localizer, goal: Goal, planStatus?: PlanStatus) {
  const { t, date } = l;
  const closed = !isGoalOpen(goal);
  return html`<dl class="facts">
    <div><dt>${t.status}</dt><dd><span class="badge status-${goal.status}">${t.goalStatus[goal.status]}</span></dd></div>
    <div><dt>${t.domain}</dt><dd>${t.domains[goal.domain]}</dd></div>
    ${goal.priority ? html`<div><dt>${t.priority}</dt><dd>${t.priorities[goal.priority]}</dd></div>` : nothing}
    ${goal.targets.length ? html`<div class="wide"><dt>${t.target}</dt><dd>${goal.targets.length === 1
      ? targetText(l, goal.targets[0]!)
      : html`<ul>${goal.targets.map((target) => html`<li>${targetText(l, target)}</li>`)}</ul>`}</dd></div>` : nothing}
    <div><dt>${t.expressedBy}</dt><dd>${t.expressedByOptions[goal.expressedBy]}</dd></div>
    <div><dt>${t.start}</dt><dd>${date(goal.start)}</dd></div>
    ${goal.note ? html`<div class="wide"><dt>${t.note}</dt><dd class="text">${goal.note}</dd></div>` : nothing}
    ${closed && goal.outcome ? html`<div><dt>${t.goalOutcome}</dt><dd><strong>${t.goalOutcomes[goal.outcome]}</strong></dd></div>` : nothing}
    ${closed && goal.closed ? html`<div><dt>${t.closedItems}</dt><dd>${stampText(l, goal.closed)}</dd></div>` : nothing}
    ${closed && goal.closedWith === 'plan' ? html`<div class="wide"><dt>${t.goalOutcome}</dt><dd>${closedWithPlan(l, goal, planStatus)}</dd></div>` : nothing}
    ${closed && goal.closeNote ? html`<div class="wide"><dt>${goal.closedWith === 'plan' ? t.planCloseReason : t.note}</dt><dd class="text">${goal.closeNote}</dd></div>` : nothing}
  </dl>`;
}
