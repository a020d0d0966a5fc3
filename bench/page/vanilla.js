// The hand-written baseline: the same markup as <izp-plan>'s professional view on its Plan section
// (section="plan"): the plan's header with its row menu, the tab list, and the goals as rows with one
// line per agreement, each row with its disclosure button, primary action and menu ("Evalueren" in the
// menu renders the row's <izp-evaluation> only when chosen, so no row has one here). Shadow roots with the
// elements' own adopted stylesheets, the same attributes, texts and listeners, the same dictionary and
// permissions from the core; built with document.createElement and kept up to date by hand: on a new
// snapshot it finds what changed by comparing record versions, rebuilds only those rows, and moves list
// items by id (keyed), the way a careful vanilla-DOM programmer writes it.
//
// It covers the states the bench's plans reach (an accorded plan, goals and agreements open or closed,
// no form, dialog, menu or details open, no evaluations); anything else shows as "differs" in the
// markup check the bench runs after every scenario (bench/page/equal.js). Follow the elements with
// `node bench/markup.mjs`.
import {
  IzpAgreement, IzpGoal, IzpPlan, compareGoals, isAgreementOpen, isGoalOpen, isPlanOpen, planPhase, goalPhase, agreementPhase,
} from '/dist/izp-sdk.bundle.js';
import { contact, disclosure, h, heading, noop, on, performerText, rowMenu, shadowHost, sheets, syncList, targetText } from './vanilla-parts.js';

// ---- the agreement's row ----------------------------------------------------------------------------

class VanillaAgreement {
  constructor(plan, a) {
    this.plan = plan;
    ({ host: this.host, root: this.root } = shadowHost('vanilla-agreement', IzpAgreement, { 'agreement-id': a.id, 'heading-level': '5' }));
    this.render(a);
  }

  /**
   * A changed agreement: when it offers the same actions as before (a new text, performer, frequency or
   * status), its texts and attributes are patched in place; otherwise (closed: no menu, no evaluate
   * element) its row is built again.
   */
  render(a) {
    this.version = a.version;
    const { l, snapshot, may } = this.plan;
    const { t, date } = l;
    const goal = this.plan.goals.get(a.goalId);
    const open = isAgreementOpen(a) && !!goal && isGoalOpen(goal);
    const canEdit = open && may('agreement.update');
    const canClose = open && may('agreement.close');
    const canEvaluate = open && may('evaluate') && planPhase(snapshot.plan) === 'current' && agreementPhase(a) === 'current';
    const shape = `${isAgreementOpen(a)} ${canEdit} ${canClose} ${canEvaluate}`;
    const when = [a.frequency, a.evaluationDate ? t.evaluateOn(date(a.evaluationDate)) : ''].filter(Boolean).join(' · ') || '—';
    if (shape === this.shape) {
      const n = this.nodes;
      n.title.textContent = a.description;
      n.who.textContent = performerText(l, a.performer);
      n.when.textContent = when;
      n.badge.className = `badge status-${a.status}`;
      n.badge.textContent = t.agreementStatus[a.status];
      n.menu?.setAttribute('aria-label', t.rowActionsFor(a.description));
      return;
    }
    this.shape = shape;
    const items = [canEdit && [t.editAgreement], canEvaluate && [t.evaluate], canClose && [t.closeAgreement, true]].filter(Boolean);
    const n = (this.nodes = {
      title: h('span', { id: 'agreement-title', part: 'title', class: 'title', tabindex: '-1' }, a.description),
      who: h('span', { class: 'who' }, performerText(l, a.performer)),
      when: h('span', { class: 'when' }, when),
      badge: h('span', { class: `badge status-${a.status}` }, t.agreementStatus[a.status]),
    });
    const menu = rowMenu('agreement-actions', t.rowActions, t.rowActionsFor(a.description), items);
    n.menu = menu?.firstChild;
    const article = h('article', { part: 'agreement', class: `agreement ${isAgreementOpen(a) ? 'open' : 'closed'}`, 'aria-labelledby': 'agreement-title' },
      h('div', { class: 'row' },
        h('span', { class: 'what' }, n.title), n.who, n.when, h('span', { class: 'state' }, n.badge),
        h('span', { class: 'actions' }, disclosure(t.showDetails, 'agreement-details', 'agreement-title'), menu, h('slot', { name: 'actions' }))));
    this.root.replaceChildren(article);
  }
}

// ---- the goal's row with its agreements -------------------------------------------------------------

/** Open agreements first, then closed; within each, in the order they were made. */
function orderedAgreements(list) {
  const closed = (a) => Number(!isAgreementOpen(a));
  return [...list].sort((a, b) => closed(a) - closed(b) || a.created.at.localeCompare(b.created.at));
}

class VanillaGoal {
  constructor(plan, goal) {
    this.plan = plan;
    ({ host: this.host, root: this.root } = shadowHost('vanilla-goal', IzpGoal, { 'goal-id': goal.id, 'heading-level': '4' }));
    this.rows = new Map(); // agreement id -> VanillaAgreement
    this.items = new Map(); // agreement id -> its <li>
    this.list = null;
    this.none = null;
    this.agreements = h('div', { part: 'agreements', class: 'agreements' },
      h('div', { class: 'visually-hidden' }, heading(5, 'agreements-title', plan.l.t.agreements, 'agreements-title', false)));
    this.article = h('article', { part: 'goal', 'aria-labelledby': 'goal-title' });
    this.root.append(this.article);
    this.update(goal, true);
  }

  /** The goal's own part when its version changed; its agreements' rows when theirs did, kept in order by id. */
  update(goal, changed) {
    const { l, may } = this.plan;
    const { t } = l;
    if (changed) {
      this.version = goal.version;
      const open = isGoalOpen(goal);
      const canClose = open && may('goal.close');
      const canAdd = open && may('agreement.add');
      const canEvaluate = open && may('evaluate') && planPhase(this.plan.snapshot.plan) === 'current' && goalPhase(goal) === 'current';
      const items = [canEvaluate && [t.evaluate], canClose && [t.closeGoal, true]].filter(Boolean);
      this.article.setAttribute('class', `goal ${open ? 'open' : 'closed'}`);
      const row = h('div', { class: 'row' },
        h('div', { class: 'what' },
          heading(4, 'goal-title', goal.description),
          h('p', { class: 'meta' },
            h('span', { class: `badge status-${goal.status}` }, t.goalStatus[goal.status]),
            h('span', null, t.domains[goal.domain]),
            goal.priority ? h('span', null, `${t.priority}: ${t.priorities[goal.priority]}`) : null,
            goal.targets.map((target) => h('span', null, `${t.target}: ${targetText(l, target)}`)),
            !open && goal.outcome ? h('span', null, `${t.goalOutcome}: `, h('strong', null, t.goalOutcomes[goal.outcome])) : null)),
        h('div', { class: 'actions' },
          disclosure(t.showDetails, 'goal-details', 'goal-title'),
          canAdd ? on(h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'add-agreement' }, t.addAgreement), 'click', noop) : null,
          rowMenu('goal-actions', t.rowActions, t.rowActionsFor(goal.description), items),
          h('slot', { name: 'actions' })));
      this.article.replaceChildren(row, this.agreements);
    }
    const list = orderedAgreements(this.plan.byGoal.get(goal.id) ?? []);
    if (!list.length) {
      this.list?.remove();
      this.list = null;
      this.rows.clear();
      this.items.clear();
      if (!this.none) this.agreements.append((this.none = h('p', { class: 'help none' }, t.noAgreements)));
      return;
    }
    this.none?.remove();
    this.none = null;
    if (!this.list) this.agreements.append((this.list = h('ul', { class: 'agreement-list', 'aria-labelledby': 'agreements-title' })));
    for (const a of list) {
      const row = this.rows.get(a.id);
      if (!row) this.rows.set(a.id, new VanillaAgreement(this.plan, a));
      else if (row.version !== a.version) row.render(a);
    }
    this.items = syncList(this.list, this.items, list, (a) => a.id, (a) => h('li', null, this.rows.get(a.id).host));
    for (const id of this.rows.keys()) if (!this.items.has(id)) this.rows.delete(id);
  }
}

// ---- the plan: header, tabs, the Plan section -------------------------------------------------------

export class VanillaPlan {
  constructor(host, izp) {
    this.izp = izp;
    this.root = host.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = sheets(IzpPlan);
    this.goalRows = new Map(); // goal id -> VanillaGoal
    this.items = new Map(); // goal id -> its <li>
  }

  /** The core's rule, as the elements ask it (`izp.can` on the plan on screen). */
  may = (action) => this.izp.can(action, this.snapshot.plan);

  index(snapshot) {
    this.snapshot = snapshot;
    this.goals = new Map(snapshot.goals.map((g) => [g.id, g]));
    this.byGoal = new Map();
    for (const a of snapshot.agreements) {
      let list = this.byGoal.get(a.goalId);
      if (!list) this.byGoal.set(a.goalId, (list = []));
      list.push(a);
    }
  }

  async render(snapshot, l) {
    this.l = l;
    this.index(snapshot);
    this.planVersion = snapshot.plan.version;
    this.list = h('ul', { class: 'goals' });
    this.header = this.renderHeader();
    this.root.append(
      h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }),
      this.header,
      on(h('slot', null, this.renderTabs(),
        h('div', { role: 'tabpanel', id: 'panel-plan', part: 'section', 'aria-labelledby': 'tab-plan', tabindex: '0' },
          h('div', { part: 'goals', class: 'goals-section' },
            h('h3', { class: 'visually-hidden' }, l.t.goals), this.list,
            this.may('goal.add') ? on(h('button', { type: 'button', class: 'add-goal', 'aria-expanded': 'false', 'aria-controls': 'add-goal' }, l.t.addGoal), 'click', noop) : null))),
      'slotchange', noop));
    this.syncGoals(new Set(snapshot.goals.map((g) => g.id)));
  }

  /** A new snapshot: the header when the plan changed, and the goals whose record or agreements changed. */
  update(snapshot) {
    const before = this.snapshot;
    this.index(snapshot);
    if (snapshot.plan.version !== this.planVersion) {
      // The plan itself changed (status, case manager, …): rebuild everything it decides.
      this.planVersion = snapshot.plan.version;
      const header = this.renderHeader();
      this.header.replaceWith(header);
      this.header = header;
      this.goalRows.clear();
      this.items.forEach((li) => li.remove());
      this.items.clear();
      this.syncGoals(new Set(snapshot.goals.map((g) => g.id)));
      return;
    }
    const old = new Map([...before.goals, ...before.agreements].map((r) => [r.id, r.version]));
    const changed = new Set();
    for (const a of snapshot.agreements) if (old.get(a.id) !== a.version) changed.add(a.goalId);
    for (const g of snapshot.goals) if (old.get(g.id) !== g.version) changed.add(g.id);
    this.syncGoals(changed);
  }

  syncGoals(changed) {
    const goals = [...this.snapshot.goals].sort(compareGoals);
    for (const g of goals) {
      const row = this.goalRows.get(g.id);
      if (!row) this.goalRows.set(g.id, new VanillaGoal(this, g));
      else if (changed.has(g.id)) row.update(g, row.version !== g.version);
    }
    this.items = syncList(this.list, this.items, goals, (g) => g.id, (g) => h('li', null, this.goalRows.get(g.id).host));
    for (const id of this.goalRows.keys()) if (!this.items.has(id)) this.goalRows.delete(id);
  }

  renderTabs() {
    const { t } = this.l;
    const sections = ['plan', 'consult', 'modules', 'team', 'history', 'overview'].filter((s) => s !== 'consult' || this.snapshot.plan.status === 'active');
    return on(h('div', { role: 'tablist', class: 'tabs', part: 'tabs', 'aria-label': t.sectionsLabel },
      sections.map((s) => on(h('button', { type: 'button', role: 'tab', id: `tab-${s}`, part: 'tab', 'aria-selected': s === 'plan' ? 'true' : 'false',
        'aria-controls': s === 'plan' ? 'panel-plan' : undefined, tabindex: s === 'plan' ? '0' : '-1' }, t.sections[s]), 'click', noop))), 'keydown', noop);
  }

  renderHeader() {
    const { l } = this;
    const { t, date } = l;
    const { plan } = this.snapshot;
    const open = isPlanOpen(plan);
    const canEvaluate = open && this.may('evaluate') && planPhase(plan) === 'current';
    const items = [canEvaluate && [t.evaluate], open && this.may('plan.close') && [t.closePlan, true]].filter(Boolean);
    const member = plan.careTeam.find((m) => (plan.caseManager.id && m.id === plan.caseManager.id) || m.name === plan.caseManager.name);
    const person = (name, role) => (role ? t.personWithRole(name, t.roles[role]) : name);
    const row = (dt, ...dd) => h('div', null, h('dt', null, dt), h('dd', null, ...dd));
    return h('header', { part: 'header', class: 'panel header', role: 'none' },
      h('div', { class: 'title-row' },
        h('h2', { tabindex: '-1' }, t.planTitle, plan.patientName ? [' ', h('span', { class: 'patient' }, `· ${plan.patientName}`)] : null),
        h('span', { class: `badge status-${plan.status}` }, t.planStatus[plan.status]),
        h('div', { class: 'actions' },
          rowMenu('plan-actions', t.rowActions, t.rowActionsFor(t.planTitle), items),
          h('slot', { name: 'header-actions' }))),
      h('dl', { class: 'facts' },
        row(t.caseManager, person(plan.caseManager.name, plan.caseManager.role), member?.contact ? [' · ', contact(member.contact)] : null),
        row(t.nextEvaluation, plan.nextEvaluationDate ? date(plan.nextEvaluationDate) : t.none),
        plan.evaluationSchedule ? row(t.evaluationSchedule, plan.evaluationSchedule) : null,
        plan.conditions.length ? row(t.conditions, plan.conditions.join(', ')) : null),
      !open && plan.closeReason ? h('p', null, t.planClosedNote(date(plan.end), plan.closeReason)) : null);
  }
}
