/**
 * The overview of the whole plan on screen (function 8): what is due for evaluation, the goals with their
 * agreements grouped by goal or by SFMPC domain (open first, closed after, both marked in words), and
 * who does what. Render functions of `<izp-overview>` over the core's `Overview` read model.
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { agreementPhase, isAgreementOpen, type Agreement, type Goal, type DueItem, type GoalView, type Overview } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';
import { heading, targetWords } from './overview-text.js';

export type OverviewGrouping = 'goal' | 'domain';

/** "Lotte Kramer, Diëtist", "Patiënt zelf", "Mantelzorger". */
export function performerText(a: Agreement, l: Localizer): string {
  const { t } = l;
  const { kind, name, role } = a.performer;
  if (kind === 'patient' && !name) return t.performerKinds.patient;
  const base = name ?? t.performerKinds[kind];
  return role && role !== 'informal-carer' && role !== 'patient' ? t.personWithRole(base, t.roles[role]) : base;
}

function goalBadge(goal: Goal, l: Localizer) {
  const { t } = l;
  const text = goal.outcome ? `${t.goalStatus[goal.status]}: ${t.goalOutcomes[goal.outcome]}` : t.goalStatus[goal.status];
  return html`<span class="badge goal-status status-${goal.status}">${text}</span>`;
}

function renderAgreement(a: Agreement, l: Localizer) {
  const { t, date } = l;
  const open = isAgreementOpen(a);
  return html`<li class="agreement ${open ? 'open' : 'closed'}">
    <span class="what">${a.description}</span>
    <span class="meta">
      <span class="badge agreement-status">${open ? t.agreementStatus[a.status] : `${t.closedItems}: ${t.agreementStatus[a.status]}`}</span>
      <span>${t.who}: ${performerText(a, l)}</span>
      ${a.frequency ? html`<span>${t.frequency}: ${a.frequency}</span>` : nothing}
      ${a.support ? html`<span>${t.support}: ${a.support}</span>` : nothing}
      ${open && a.evaluationDate ? html`<span>${t.evaluationDate}: ${date(a.evaluationDate)}</span>` : nothing}
    </span>
  </li>`;
}

function renderGoal(view: GoalView, l: Localizer, level: number, showDomain: boolean) {
  const { t } = l;
  const { goal, agreements } = view;
  const open = agreements.filter(isAgreementOpen);
  const closed = agreements.filter((a) => !isAgreementOpen(a));
  const closedGoal = view.phase === 'closed';
  return html`<li class="goal ${closedGoal ? 'closed' : 'open'}" data-goal-id=${goal.id}>
    ${heading(level, goal.description, undefined, 'goal-title')}
    <p class="meta">
      ${goalBadge(goal, l)}
      ${showDomain ? html`<span>${t.domain}: ${t.domains[goal.domain]}</span>` : nothing}
      ${goal.priority ? html`<span>${t.priority}: ${t.priorities[goal.priority]}</span>` : nothing}
    </p>
    ${goal.targets.length
      ? html`<ul class="targets" aria-label=${t.target}>${goal.targets.map((target) => html`<li>${t.target}: ${targetWords(target, l)}</li>`)}</ul>`
      : nothing}
    ${agreements.length === 0 ? html`<p class="help">${t.noAgreements}</p>` : nothing}
    ${open.length ? html`<ul class="agreements" aria-label=${`${t.agreements} · ${t.openItems}`}>${repeat(open, (a) => a.id, (a) => renderAgreement(a, l))}</ul>` : nothing}
    ${closed.length
      ? html`<p class="sublabel">${t.agreements} · ${t.closedItems}</p>
          <ul class="agreements closed-list" aria-label=${`${t.agreements} · ${t.closedItems}`}>${repeat(closed, (a) => a.id, (a) => renderAgreement(a, l))}</ul>`
      : nothing}
  </li>`;
}

function goalList(goals: GoalView[], l: Localizer, level: number, showDomain: boolean) {
  // Keyed by id: a goal that closes moves to the closed group, and the goals after it keep their DOM.
  // Guarded by its records: a re-read plan keeps the objects of unchanged records (keep-identity.ts),
  // so a goal whose goal and agreements are the same objects is not rendered again.
  return html`<ul class="goals">${repeat(goals, (g) => g.goal.id,
    (g) => guard([g.goal, g.phase, l, level, showDomain, ...g.agreements], () => renderGoal(g, l, level, showDomain)))}</ul>`;
}

/** Goals in two groups, open then closed; or per SFMPC domain with open goals first in each. */
export function renderGoals(overview: Overview, l: Localizer, level: number, groupBy: OverviewGrouping) {
  const { t } = l;
  if (overview.goals.length === 0) return html`<p>${t.noGoals}</p>`;
  if (groupBy === 'domain') {
    return overview.byDomain.map(
      (group) => html`<div class="group" data-domain=${group.domain}>
        ${heading(level, t.domains[group.domain], undefined, 'group-title')}
        ${goalList(group.goals, l, level + 1, false)}
      </div>`,
    );
  }
  const open = overview.goals.filter((g) => g.phase !== 'closed');
  const closed = overview.goals.filter((g) => g.phase === 'closed');
  return html`
    ${open.length ? html`<div class="group" data-group="open">${heading(level, t.openItems, undefined, 'group-title')}${goalList(open, l, level + 1, true)}</div>` : nothing}
    ${closed.length ? html`<div class="group closed-group" data-group="closed">${heading(level, t.closedItems, undefined, 'group-title')}${goalList(closed, l, level + 1, true)}</div>` : nothing}
  `;
}

function dueKind(item: DueItem, l: Localizer): string {
  const { t } = l;
  return item.kind === 'plan' ? t.planTitle : item.kind === 'goal' ? `${t.goal} (${t.targetDue.toLowerCase()})` : t.agreement;
}

/** What is due for evaluation, soonest first; overdue items say so in words, not only in colour. */
export function renderDue(overview: Overview, l: Localizer) {
  const { t, date } = l;
  if (overview.due.length === 0) return html`<p class="nothing">${t.nothingDue}</p>`;
  return html`<ul class="due">
    ${repeat(overview.due, (item) => `${item.kind}:${item.id}`, (item) => html`<li class=${item.overdue ? 'overdue' : ''} data-kind=${item.kind}>
      <time datetime=${item.date}>${date(item.date)}</time>${item.overdue ? html` <strong class="overdue-label">(${t.overdue})</strong>` : nothing}
      ${item.kind === 'plan' && !(item.description || overview.plan.title)
        ? html`<span class="kind">${t.duePlan}</span>`
        : html`<span class="kind">${dueKind(item, l)}:</span> ${item.description || overview.plan.title}`}
    </li>`)}
  </ul>`;
}

/** One of the "who does what" lists: open agreements of the patient, the providers or informal carers. */
export function renderWhoList(agreements: Agreement[], l: Localizer, showWho: boolean) {
  const { t } = l;
  if (agreements.length === 0) return html`<p class="nothing">${t.none}</p>`;
  return html`<ul class="who-list">
    ${repeat(agreements, (a) => a.id, (a) => html`<li>
      ${showWho ? html`<strong>${performerText(a, l)}:</strong> ` : nothing}${a.description}${a.frequency ? html` <span class="help">(${a.frequency})</span>` : nothing}
    </li>`)}
  </ul>`;
}

/**
 * On a current plan, what was added later and is not accorded yet (the patient's own goal too): said
 * apart, so nobody takes a concept for what was agreed.
 */
export function renderToDiscuss(overview: Overview, l: Localizer, level: number) {
  if (overview.phase !== 'current') return nothing;
  const { t } = l;
  const items = overview.goals.filter((g) => g.phase !== 'closed').flatMap((view) => [
    ...(view.phase === 'concept' ? [html`<li><strong>${t.goal}:</strong> ${view.goal.description}</li>`] : []),
    ...view.agreements.filter((a) => agreementPhase(a) === 'concept')
      .map((a) => html`<li><strong>${t.agreement}:</strong> ${a.description} <span class="help">(${t.goal}: ${view.goal.description})</span></li>`),
  ]);
  if (!items.length) return nothing;
  return html`<section part="to-discuss" class="to-discuss" aria-labelledby="discuss-heading">
    ${heading(level, t.toDiscuss, 'discuss-heading')}
    <p class="help">${t.toDiscussHelp}</p>
    <ul>${items}</ul>
  </section>`;
}

/** Numbers of open and closed goals and agreements. */
export function renderCounts(overview: Overview, l: Localizer) {
  const { t } = l;
  const { counts } = overview;
  return html`<dl class="counts">
    <div><dt>${t.openItems}</dt><dd>${t.goals}: ${counts.openGoals} · ${t.agreements}: ${counts.openAgreements}</dd></div>
    <div><dt>${t.closedItems}</dt><dd>${t.goals}: ${counts.closedGoals} · ${t.agreements}: ${counts.closedAgreements}</dd></div>
  </dl>`;
}
