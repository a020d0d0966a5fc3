// The hand-written baseline: the same markup as <izp-plan>'s default composition and <izp-overview>
// (shadow roots, the same adopted stylesheets, the same attributes and texts, the same dictionary and
// read model from the core), built with document.createElement and kept up to date by hand: on a new
// snapshot it finds what changed by comparing record versions, rebuilds only those subtrees, and moves
// list items by id (keyed), the way a careful vanilla-DOM programmer writes it. Event listeners are
// attached where the elements have them, so that cost is on both sides too.
//
// The bench checks after every scenario that this markup equals the elements' (bench/page/equal.js).
import {
  IzpAgreement, IzpGoal, IzpOverview, IzpPlan, buildOverview, canManagePlan, isAgreementOpen, isGoalOpen, isPlanOpen,
  goalOutcomes, agreementOutcomes, performerKinds, roles, domains, priorities, comparators,
} from '/dist/izp-sdk.bundle.js';

const sheets = (cls) => cls.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet));
const noop = () => {};

/** One element: attributes (null/undefined/false left out, true as ""), then children (strings become text). */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const k in attrs) {
      const v = attrs[k];
      if (v === undefined || v === null || v === false) continue;
      el.setAttribute(k, v === true ? '' : v);
    }
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) {
      for (const x of c) if (x) el.append(x);
    } else el.append(c);
  }
  return el;
}
const on = (el, type, fn) => (el.addEventListener(type, fn), el);

// ---- shared pieces ------------------------------------------------------------------------------

function field(o) {
  const id = `${o.form}-${o.name.replace(/\W/g, '-')}`;
  const describedBy = [o.help ? `${id}-help` : '', o.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const value = o.value === undefined ? '' : String(o.value);
  let control;
  if (o.type === 'textarea') {
    control = h('textarea', { id, name: o.name, required: !!o.required, maxlength: String(o.maxlength ?? 2000), 'aria-invalid': 'false', 'aria-describedby': describedBy });
    control.value = value;
  } else if (o.type === 'select') {
    control = h('select', { id, name: o.name, required: !!o.required, 'aria-invalid': 'false', 'aria-describedby': describedBy },
      o.required ? null : h('option', { value: '', selected: value === '' }, '—'),
      (o.options ?? []).map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
  } else {
    const type = o.type ?? 'text';
    control = h('input', { id, name: o.name, type, required: !!o.required, step: o.step, maxlength: type === 'text' ? String(o.maxlength ?? 200) : undefined, 'aria-invalid': 'false', 'aria-describedby': describedBy });
    control.value = value;
  }
  return h('div', { class: 'field' },
    h('label', { for: id }, o.label, o.required ? h('span', { 'aria-hidden': 'true' }, ' *') : null),
    o.help ? h('span', { class: 'help', id: `${id}-help` }, o.help) : null,
    control);
}

/** <izp-goal>/<izp-agreement>'s heading: level clamped to 2-6, focusable unless it titles a dialog. */
function elHeading(level, id, content, part = 'title', focusable = true) {
  return h(`h${Math.min(6, Math.max(2, Math.round(level) || 4))}`, { id, part, tabindex: focusable ? '-1' : undefined }, content);
}
/** <izp-overview>'s heading: level clamped to 1-6, with a class attribute always present. */
function ovHeading(level, content, id, className = '') {
  return h(`h${Math.min(Math.max(Math.round(level), 1), 6)}`, { id, class: className }, content);
}
const dlRow = (dt, dd, cls) => h('div', cls ? { class: cls } : null, h('dt', null, dt), dd);

function stampText(l, stamp) {
  return `${l.dateTime(stamp.at)}, ${stamp.by.name}`;
}
function elPerformer(l, p) {
  const { t } = l;
  const role = p.role && p.role !== p.kind ? ` (${t.roles[p.role]})` : '';
  return `${t.performerKinds[p.kind]}${p.name ? `: ${p.name}` : ''}${role}`;
}
function ovPerformer(a, l) {
  const { t } = l;
  const { kind, name, role } = a.performer;
  if (kind === 'patient' && !name) return t.performerKinds.patient;
  const base = name ?? t.performerKinds[kind];
  return role && role !== 'informal-carer' && role !== 'patient' ? `${base} (${t.roles[role]})` : base;
}
function targetText(l, target) {
  const value = target.value === undefined ? '' : l.number(target.value);
  const text = l.t.targetText(target.measure, target.comparator ?? '', value, target.unit ?? '', target.due ? l.date(target.due) : '');
  return target.description ? `${text} (${target.description})` : text;
}
function targetWords(target, l) {
  if (target.value === undefined) {
    const due = target.due ? l.t.targetText('', '', '', '', l.date(target.due)).trim() : '';
    return [target.description ?? target.measure, due].filter(Boolean).join(' ');
  }
  const comparator = target.comparator ? l.t.comparatorWords[target.comparator] : '';
  return l.t.targetText(target.measure, comparator, l.number(target.value), target.unit ?? '', l.date(target.due));
}
function safeHref(value) {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return ['https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keyed list update: `items` in their new order, `key(item)`, `build(item)` for new or changed items
 * (`changed(item)`); existing nodes are kept, and only those outside the longest run that is already in
 * order are moved (one goal closing moves one goal, not every goal after it).
 */
function syncList(parent, nodes, items, key, build, changed) {
  const next = new Map();
  for (const item of items) {
    const k = key(item);
    let node = nodes.get(k);
    if (!node) node = build(item);
    else if (changed(item)) {
      const fresh = build(item);
      node.replaceWith(fresh);
      node = fresh;
    }
    next.set(k, node);
  }
  for (const [k, node] of nodes) if (!next.has(k)) node.remove();
  const order = [...next.values()];
  const position = new Map();
  let i = 0;
  for (let c = parent.firstChild; c; c = c.nextSibling) position.set(c, i++);
  const keep = increasingRun(order.map((n) => position.get(n) ?? -1));
  let anchor = null;
  for (let j = order.length - 1; j >= 0; j--) {
    if (!keep.has(j)) parent.insertBefore(order[j], anchor);
    anchor = order[j];
  }
  return next;
}

/** Indices of a longest strictly increasing subsequence of `seq` (entries of -1 never belong to it). */
function increasingRun(seq) {
  const tails = [];
  const prev = new Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    if (seq[i] < 0) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) keep.add(k);
  return keep;
}

// ---- the overview (function 8) --------------------------------------------------------------------

export class VanillaOverview {
  constructor(host, level) {
    this.host = host;
    this.level = level;
    host.setAttribute('mode', 'screen');
    host.setAttribute('group-by', 'goal');
    this.root = host.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = sheets(IzpOverview);
  }

  render(snapshot, l, day) {
    const { t } = l;
    const level = this.level;
    const ov = buildOverview(snapshot, day);
    this.l = l;
    this.ov = ov;
    const radio = (value) => {
      const input = on(h('input', { type: 'radio', name: 'group-by', value }), 'change', noop);
      input.checked = value === 'goal';
      return h('label', null, input, value === 'goal' ? t.groupByGoal : t.groupByDomain);
    };
    const toolbar = h('div', { class: 'toolbar screen-only', part: 'toolbar' },
      h('fieldset', { class: 'group-by' }, h('legend', null, t.groupBy), radio('goal'), radio('domain')),
      on(h('button', { type: 'button', class: 'primary', part: 'print-button', 'aria-busy': 'false' }, t.print, h('span', { class: 'visually-hidden' }, `: ${t.printOverview}`)), 'click', noop));
    this.counts = this.renderCounts(ov);
    this.dueSection = h('section', { part: 'due', 'aria-labelledby': 'due-heading' }, ovHeading(level, t.dueForEvaluation, 'due-heading'));
    this.dueNodes = new Map();
    this.dueBody = null;
    this.syncDue(ov);
    this.goalsSection = h('section', { part: 'goals', 'aria-labelledby': 'goals-heading' }, ovHeading(level, t.goals, 'goals-heading'));
    this.groups = { open: null, closed: null };
    this.goalNodes = new Map();
    this.syncGoals(ov, () => true);
    this.who = [
      ['patient-heading', 'patient', t.patientDoes, 'patientDoes', false],
      ['providers-heading', 'providers', t.providersDo, 'providersDo', true],
      ['carers-heading', 'carers', t.informalCarersDo, 'informalCarersDo', true],
    ].map(([id, list, title, prop, showWho]) => {
      const section = h('section', { 'aria-labelledby': id, 'data-list': list }, ovHeading(level, title, id));
      const w = { section, prop, showWho, body: null, nodes: new Map() };
      this.syncWho(w, ov, () => true);
      return w;
    });
    this.root.replaceChildren(toolbar, this.counts, this.dueSection, this.goalsSection,
      h('div', { class: 'who', part: 'who' }, this.who.map((w) => w.section)));
  }

  /** A new snapshot: `changed` says which goal and agreement ids have a new version. */
  update(snapshot, changed, day) {
    const ov = buildOverview(snapshot, day);
    this.ov = ov;
    const fresh = this.renderCounts(ov);
    this.counts.replaceWith(fresh);
    this.counts = fresh;
    this.syncDue(ov, changed);
    this.syncGoals(ov, (id) => changed.has(id));
    for (const w of this.who) this.syncWho(w, ov, (id) => changed.has(id));
  }

  renderCounts(ov) {
    const { t } = this.l;
    const c = ov.counts;
    return h('dl', { class: 'counts' },
      h('div', null, h('dt', null, t.openItems), h('dd', null, `${t.goals}: ${c.openGoals} · ${t.agreements}: ${c.openAgreements}`)),
      h('div', null, h('dt', null, t.closedItems), h('dd', null, `${t.goals}: ${c.closedGoals} · ${t.agreements}: ${c.closedAgreements}`)));
  }

  syncDue(ov, changed) {
    const { t, date } = this.l;
    const kind = (item) => (item.kind === 'plan' ? t.planTitle : item.kind === 'goal' ? `${t.goal} (${t.targetDue.toLowerCase()})` : t.agreement);
    if (ov.due.length === 0) {
      if (!this.dueBody || this.dueBody.localName !== 'p') {
        this.dueBody?.remove();
        this.dueBody = this.dueSection.appendChild(h('p', { class: 'nothing' }, t.nothingDue));
        this.dueNodes = new Map();
      }
      return;
    }
    if (!this.dueBody || this.dueBody.localName !== 'ul') {
      this.dueBody?.remove();
      this.dueBody = this.dueSection.appendChild(h('ul', { class: 'due' }));
    }
    this.dueNodes = syncList(this.dueBody, this.dueNodes, ov.due, (i) => `${i.kind}:${i.id}:${i.date}`,
      (item) => h('li', { class: item.overdue ? 'overdue' : '', 'data-kind': item.kind },
        h('time', { datetime: item.date }, date(item.date)),
        item.overdue ? ' ' : null, item.overdue ? h('strong', { class: 'overdue-label' }, `(${t.overdue})`) : null,
        h('span', { class: 'kind' }, `${kind(item)}:`), ` ${item.description || ov.plan.title || ''}`),
      (item) => !!changed && changed.has(item.id));
  }

  syncGoals(ov, changed) {
    const { t } = this.l;
    const level = this.level + 1;
    const parts = { open: ov.goals.filter((g) => g.phase !== 'closed'), closed: ov.goals.filter((g) => g.phase === 'closed') };
    if (ov.goals.length === 0) {
      this.goalsSection.append(h('p', null, t.noGoals));
      return;
    }
    for (const which of ['open', 'closed']) {
      const goals = parts[which];
      let group = this.groups[which];
      if (!goals.length) {
        group?.div.remove();
        this.groups[which] = null;
        continue;
      }
      if (!group) {
        const ul = h('ul', { class: 'goals' });
        const div = h('div', which === 'open' ? { class: 'group', 'data-group': 'open' } : { class: 'group closed-group', 'data-group': 'closed' },
          ovHeading(level, which === 'open' ? t.openItems : t.closedItems, undefined, 'group-title'), ul);
        if (which === 'open') this.goalsSection.insertBefore(div, this.groups.closed?.div ?? null);
        else this.goalsSection.append(div);
        group = this.groups[which] = { div, ul, nodes: new Map() };
      }
      // A goal moves between groups: take its node along and rebuild it (its badge changed).
      group.nodes = syncList(group.ul, group.nodes, goals, (v) => v.goal.id,
        (v) => this.goalLi(v, level + 1), (v) => changed(v.goal.id) || v.agreements.some((a) => changed(a.id)));
    }
  }

  goalLi(view, level) {
    const l = this.l;
    const { t } = l;
    const { goal, agreements } = view;
    const open = agreements.filter(isAgreementOpen);
    const closed = agreements.filter((a) => !isAgreementOpen(a));
    const text = goal.outcome ? `${t.goalStatus[goal.status]}: ${t.goalOutcomes[goal.outcome]}` : t.goalStatus[goal.status];
    return h('li', { class: `goal ${view.phase === 'closed' ? 'closed' : 'open'}`, 'data-goal-id': goal.id },
      ovHeading(level, goal.description, undefined, 'goal-title'),
      h('p', { class: 'meta' },
        h('span', { class: `badge goal-status status-${goal.status}` }, text),
        h('span', null, `${t.domain}: ${t.domains[goal.domain]}`),
        goal.priority ? h('span', null, `${t.priority}: ${t.priorities[goal.priority]}`) : null),
      goal.targets.length ? h('ul', { class: 'targets', 'aria-label': t.target }, goal.targets.map((target) => h('li', null, `${t.target}: ${targetWords(target, l)}`))) : null,
      agreements.length === 0 ? h('p', { class: 'help' }, t.noAgreements) : null,
      open.length ? h('ul', { class: 'agreements', 'aria-label': `${t.agreements} · ${t.openItems}` }, open.map((a) => this.agreementLi(a))) : null,
      closed.length ? h('p', { class: 'sublabel' }, `${t.agreements} · ${t.closedItems}`) : null,
      closed.length ? h('ul', { class: 'agreements closed-list', 'aria-label': `${t.agreements} · ${t.closedItems}` }, closed.map((a) => this.agreementLi(a))) : null);
  }

  agreementLi(a) {
    const l = this.l;
    const { t, date } = l;
    const open = isAgreementOpen(a);
    return h('li', { class: `agreement ${open ? 'open' : 'closed'}` },
      h('span', { class: 'what' }, a.description),
      h('span', { class: 'meta' },
        h('span', { class: 'badge agreement-status' }, open ? t.agreementStatus[a.status] : `${t.closedItems}: ${t.agreementStatus[a.status]}`),
        h('span', null, `${t.who}: ${ovPerformer(a, l)}`),
        a.frequency ? h('span', null, `${t.frequency}: ${a.frequency}`) : null,
        a.support ? h('span', null, `${t.support}: ${a.support}`) : null,
        open && a.evaluationDate ? h('span', null, `${t.evaluationDate}: ${date(a.evaluationDate)}`) : null));
  }

  syncWho(w, ov, changed) {
    const l = this.l;
    const { t } = l;
    const items = ov[w.prop];
    if (items.length === 0) {
      if (!w.body || w.body.localName !== 'p') {
        w.body?.remove();
        w.body = w.section.appendChild(h('p', { class: 'nothing' }, t.none));
        w.nodes = new Map();
      }
      return;
    }
    if (!w.body || w.body.localName !== 'ul') {
      w.body?.remove();
      w.body = w.section.appendChild(h('ul', { class: 'who-list' }));
    }
    w.nodes = syncList(w.body, w.nodes, items, (a) => a.id,
      (a) => h('li', null, w.showWho ? h('strong', null, `${ovPerformer(a, l)}:`) : null, w.showWho ? ` ${a.description}` : a.description,
        a.frequency ? ' ' : null, a.frequency ? h('span', { class: 'help' }, `(${a.frequency})`) : null),
      (a) => changed(a.id));
  }
}

// ---- the plan with its goals and agreements (functions 1-7) ---------------------------------------

export class VanillaPlan {
  /** `host` gets a shadow root with the plan; `izp` is the core (for the user's role). */
  constructor(host, izp, view = 'professional') {
    this.host = host;
    this.izp = izp;
    this.view = view;
    host.setAttribute('view', view);
    this.root = host.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = sheets(IzpPlan);
  }

  get canManage() {
    return this.view === 'professional' && canManagePlan(this.izp.user);
  }

  render(snapshot, l, day) {
    this.l = l;
    this.day = day;
    this.snapshot = snapshot;
    this.versions = new Map([...snapshot.goals, ...snapshot.agreements].map((r) => [r.id, r.version]));
    const { t } = l;
    const header = this.header(snapshot);
    const goalsUl = h('ul', { class: 'goals' });
    this.goalsUl = goalsUl;
    this.goalItems = new Map();
    this.byGoal = groupAgreements(snapshot);
    this.goalItems = syncList(goalsUl, this.goalItems, orderedGoals(snapshot), (g) => g.id, (g) => this.goalLi(g), () => false);
    const overviewHost = h('vanilla-overview', { 'heading-level': '4' });
    this.overview = new VanillaOverview(overviewHost, 4);
    this.overview.render(snapshot, l, day);
    const slot = on(h('slot', null,
      h('div', { part: 'goals', class: 'panel' }, h('h3', null, t.goals), snapshot.goals.length === 0 ? h('p', null, t.noGoals) : null, goalsUl,
        this.canManage && isPlanOpen(snapshot.plan) ? this.addGoal() : null),
      h('div', { class: 'panel' }, h('h3', null, t.overview), overviewHost)), 'slotchange', noop);
    this.root.replaceChildren(h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }), header, slot);
  }

  /** A new snapshot of the same plan: rebuild what has a new version, patch goals in place, move what moved. */
  update(snapshot) {
    const changed = new Set();
    const versions = this.versions;
    for (const r of snapshot.goals) if (versions.get(r.id) !== r.version) (changed.add(r.id), versions.set(r.id, r.version));
    for (const r of snapshot.agreements) if (versions.get(r.id) !== r.version) (changed.add(r.id), versions.set(r.id, r.version));
    this.snapshot = snapshot;
    this.byGoal = groupAgreements(snapshot);
    this.confirm.textContent = this.l.t.closePlanConfirm(snapshot.goals.filter(isGoalOpen).length, snapshot.agreements.filter(isAgreementOpen).length);
    const goals = orderedGoals(snapshot);
    for (const g of goals) {
      const li = this.goalItems.get(g.id);
      if (li && (changed.has(g.id) || (this.byGoal.get(g.id) ?? []).some((a) => changed.has(a.id)))) this.patchGoal(li, g, changed);
    }
    this.goalItems = syncList(this.goalsUl, this.goalItems, goals, (g) => g.id, (g) => this.goalLi(g), () => false);
    // An agreement whose goal closed lost its buttons even if the agreement itself was already closed:
    // those are re-rendered by patchGoal's renderGoal (the goal changed).
    this.overview.update(snapshot, changed, this.day);
  }

  header(snapshot) {
    const { t, date } = this.l;
    const { plan } = snapshot;
    const open = isPlanOpen(plan);
    const member = plan.careTeam.find((m) => (plan.caseManager.id && m.id === plan.caseManager.id) || m.name === plan.caseManager.name);
    const contactHref = safeHref(member?.contact);
    const cm = plan.caseManager;
    this.confirm = h('p', null, t.closePlanConfirm(snapshot.goals.filter(isGoalOpen).length, snapshot.agreements.filter(isAgreementOpen).length));
    return h('header', { part: 'header', class: 'panel' },
      h('h2', { tabindex: '-1' }, t.planTitle, plan.patientName ? ' ' : null, plan.patientName ? h('span', { class: 'patient' }, `· ${plan.patientName}`) : null),
      h('dl', { class: 'facts' },
        dlRow(t.status, h('dd', null, h('span', { class: `badge status-${plan.status}` }, t.planStatus[plan.status]))),
        dlRow(t.caseManager, h('dd', null, `${cm.name}${cm.role ? ` (${t.roles[cm.role]})` : ''}`,
          member?.contact ? ' · ' : null, member?.contact ? (contactHref ? h('a', { href: contactHref }, member.contact.replace(/^(tel|mailto):/, '')) : member.contact) : null)),
        dlRow(t.nextEvaluation, h('dd', null, plan.nextEvaluationDate ? date(plan.nextEvaluationDate) : t.none)),
        plan.evaluationSchedule ? dlRow(t.evaluationSchedule, h('dd', null, plan.evaluationSchedule)) : null,
        plan.conditions.length ? dlRow(t.conditions, h('dd', null, plan.conditions.join(', '))) : null,
        plan.careTeam.length ? dlRow(t.careTeam, h('dd', null, plan.careTeam.map((m) => `${m.name} (${t.roles[m.role]})`).join(', '))) : null),
      !open && plan.closeReason ? h('p', null, t.planClosedNote(date(plan.end), plan.closeReason)) : null,
      open && this.canManage ? h('div', { class: 'actions' },
        plan.status === 'draft' ? on(h('button', { type: 'button', class: 'primary', 'aria-describedby': 'accord-help' }, t.accordPlan), 'click', noop) : null,
        plan.status === 'draft' ? h('span', { class: 'help', id: 'accord-help' }, t.accordHelp) : null,
        on(h('button', { type: 'button', class: 'danger' }, t.closePlan), 'click', noop),
        h('slot', { name: 'header-actions' })) : null,
      open && this.canManage ? on(h('dialog', { 'aria-labelledby': 'close-title' },
        on(h('form', { novalidate: true },
          h('h3', { id: 'close-title' }, t.closePlan),
          field({ form: 'close', name: 'reason', label: t.closePlanReason, type: 'textarea', required: true }),
          field({ form: 'close', name: 'status', label: t.status, type: 'select', required: true, value: 'completed',
            options: ['completed', 'revoked'].map((s) => [s, t.closePlanStatus[s]]) }),
          this.confirm,
          h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'danger' }, t.closePlan), on(h('button', { type: 'button' }, t.cancel), 'click', noop))),
        'submit', noop)), 'cancel', noop) : null);
  }

  addGoal() {
    const { t } = this.l;
    return [
      on(h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'add-goal' }, t.addGoal), 'click', noop),
      on(h('form', { id: 'add-goal', class: 'panel', hidden: true, 'aria-label': t.addGoal, novalidate: true },
        field({ form: 'goal', name: 'description', label: t.goalDescription, help: t.goalDescriptionHelp, type: 'textarea', required: true }),
        field({ form: 'goal', name: 'domain', label: t.domain, type: 'select', required: true, value: 'somatic', options: domains.map((d) => [d, t.domains[d]]) }),
        field({ form: 'goal', name: 'priority', label: t.priority, type: 'select', options: priorities.map((p) => [p, t.priorities[p]]) }),
        field({ form: 'goal', name: 'expressedBy', label: t.expressedBy, type: 'select', required: true, value: 'patient', options: ['patient', 'provider'].map((p) => [p, t.expressedByOptions[p]]) }),
        h('fieldset', null, h('legend', null, t.target),
          field({ form: 'goal', name: 'targets.0.measure', label: t.targetMeasure }),
          field({ form: 'goal', name: 'targets.0.comparator', label: t.targetComparator, type: 'select', options: comparators.map((c) => [c, c]) }),
          field({ form: 'goal', name: 'targets.0.value', label: t.targetValue, type: 'number', step: 'any' }),
          field({ form: 'goal', name: 'targets.0.unit', label: t.targetUnit }),
          field({ form: 'goal', name: 'targets.0.due', label: t.targetDue, type: 'date' })),
        field({ form: 'goal', name: 'note', label: t.note, type: 'textarea' }),
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t.addGoal), on(h('button', { type: 'button' }, t.cancel), 'click', noop))),
      'submit', noop),
    ];
  }

  // ---- one goal ---------------------------------------------------------------------------------

  goalLi(goal) {
    const host = h('vanilla-goal', { 'goal-id': goal.id });
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets(IzpGoal);
    const state = { root };
    host.state = state;
    this.renderGoal(goal, state);
    return h('li', null, host);
  }

  canChangeGoal(goal) {
    return this.canManage && isPlanOpen(this.snapshot.plan) && isGoalOpen(goal);
  }

  goalFacts(goal) {
    const l = this.l;
    const { t, date } = l;
    const closed = !isGoalOpen(goal);
    return h('dl', { class: 'facts' },
      dlRow(t.status, h('dd', null, h('span', { class: `badge status-${goal.status}` }, t.goalStatus[goal.status]))),
      dlRow(t.domain, h('dd', null, t.domains[goal.domain])),
      goal.priority ? dlRow(t.priority, h('dd', null, t.priorities[goal.priority])) : null,
      goal.targets.length ? dlRow(t.target, h('dd', null, goal.targets.length === 1 ? targetText(l, goal.targets[0])
        : h('ul', null, goal.targets.map((x) => h('li', null, targetText(l, x))))), 'wide') : null,
      dlRow(t.expressedBy, h('dd', null, t.expressedByOptions[goal.expressedBy])),
      dlRow(t.start, h('dd', null, date(goal.start))),
      goal.note ? dlRow(t.note, h('dd', { class: 'text' }, goal.note), 'wide') : null,
      closed && goal.outcome ? dlRow(t.goalOutcome, h('dd', null, h('strong', null, t.goalOutcomes[goal.outcome]))) : null,
      closed && goal.closed ? dlRow(t.closedItems, h('dd', null, stampText(l, goal.closed))) : null,
      closed && goal.closeNote ? dlRow(t.note, h('dd', { class: 'text' }, goal.closeNote), 'wide') : null);
  }

  renderGoal(goal, state) {
    const { t } = this.l;
    const level = 4;
    const canChange = this.canChangeGoal(goal);
    const agreements = orderedAgreements(this.byGoal.get(goal.id) ?? []);
    state.canChange = canChange;
    state.heading = elHeading(level, 'goal-title', goal.description);
    state.dl = this.goalFacts(goal);
    state.list = agreements.length ? h('ul', { class: 'agreement-list' }) : null;
    state.nodes = state.list ? syncList(state.list, new Map(), agreements, (a) => a.id, (a) => this.agreementLi(a), () => false) : new Map();
    state.actions = canChange ? h('div', { class: 'actions' }, on(h('button', { type: 'button', class: 'danger' }, t.closeGoal), 'click', noop), h('slot', { name: 'actions' })) : null;
    state.quote = canChange ? h('p', { class: 'quote' }, goal.description) : null;
    state.dialog = canChange ? this.closeGoalDialog(state.quote, level) : null;
    state.add = canChange ? this.addAgreement() : [];
    state.article = h('article', { part: 'goal', class: `goal ${isGoalOpen(goal) ? 'open' : 'closed'}`, 'aria-labelledby': 'goal-title' },
      state.heading, state.dl, state.actions, state.dialog,
      h('div', { part: 'agreements', class: 'agreements' },
        elHeading(level + 1, 'agreements-title', t.agreements, 'agreements-title', false),
        state.list ?? h('p', { class: 'help' }, t.noAgreements),
        state.add));
    state.root.replaceChildren(state.article);
  }

  /** A goal whose record or agreements changed: patch it in place (texts, facts, buttons gone when closed). */
  patchGoal(li, goal, changed) {
    const state = li.firstChild.state;
    const goalChanged = changed.has(goal.id);
    const canChange = this.canChangeGoal(goal);
    if (!state.list || (canChange && !state.canChange)) return this.renderGoal(goal, state);
    if (goalChanged) {
      state.article.setAttribute('class', `goal ${isGoalOpen(goal) ? 'open' : 'closed'}`);
      state.heading.textContent = goal.description;
      const dl = this.goalFacts(goal);
      state.dl.replaceWith(dl);
      state.dl = dl;
      if (state.canChange && !canChange) {
        state.actions.remove();
        state.dialog.remove();
        for (const el of state.add) el.remove();
        state.actions = state.dialog = state.quote = null;
        state.add = [];
      } else if (canChange) state.quote.textContent = goal.description;
      state.canChange = canChange;
    }
    const agreements = orderedAgreements(this.byGoal.get(goal.id) ?? []);
    for (const a of agreements) {
      const node = state.nodes.get(a.id);
      if (node && (goalChanged || changed.has(a.id))) this.patchAgreement(a, node.firstChild.state);
    }
    state.nodes = syncList(state.list, state.nodes, agreements, (a) => a.id, (a) => this.agreementLi(a), () => false);
  }

  closeGoalDialog(quote, level) {
    const { t } = this.l;
    return on(h('dialog', { part: 'dialog', 'aria-labelledby': 'close-goal-title' },
      on(h('form', { novalidate: true },
        elHeading(level, 'close-goal-title', t.closeGoal, 'dialog-title', false),
        quote,
        field({ form: 'close-goal', name: 'outcome', label: t.goalOutcome, type: 'select', required: true, value: 'achieved', options: goalOutcomes.map((o) => [o, t.goalOutcomes[o]]) }),
        field({ form: 'close-goal', name: 'note', label: t.note, type: 'textarea' }),
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'danger' }, t.closeGoal), on(h('button', { type: 'button' }, t.cancel), 'click', noop))),
      'submit', noop)), 'cancel', noop);
  }

  addAgreement() {
    const { t } = this.l;
    const f = 'add-agreement';
    return [
      on(h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'add-agreement' }, t.addAgreement), 'click', noop),
      on(h('form', { id: 'add-agreement', part: 'add-agreement', class: 'panel', hidden: true, 'aria-label': t.addAgreement, novalidate: true },
        field({ form: f, name: 'description', label: t.agreementDescription, type: 'textarea', required: true }),
        h('fieldset', null, h('legend', null, t.performer),
          field({ form: f, name: 'performer.kind', label: t.who, type: 'select', required: true, value: 'patient', options: performerKinds.map((k) => [k, t.performerKinds[k]]) }),
          field({ form: f, name: 'performer.name', label: t.performerName }),
          field({ form: f, name: 'performer.role', label: t.performerRole, type: 'select', options: roles.map((r) => [r, t.roles[r]]) })),
        field({ form: f, name: 'support', label: t.support, type: 'textarea' }),
        field({ form: f, name: 'frequency', label: t.frequency }),
        field({ form: f, name: 'evaluationDate', label: t.evaluationDate, type: 'date' }),
        field({ form: f, name: 'start', label: t.start, type: 'date' }),
        field({ form: f, name: 'end', label: t.end, type: 'date' }),
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t.addAgreement), on(h('button', { type: 'button' }, t.cancel), 'click', noop))),
      'submit', noop),
    ];
  }

  // ---- one agreement ----------------------------------------------------------------------------

  agreementLi(a) {
    const host = h('vanilla-agreement', { 'agreement-id': a.id, 'heading-level': '6' });
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets(IzpAgreement);
    const state = { root };
    host.state = state;
    this.renderAgreement(a, state);
    return h('li', null, host);
  }

  canChangeAgreement(a) {
    const goal = this.snapshot.goals.find((g) => g.id === a.goalId);
    return this.canManage && isPlanOpen(this.snapshot.plan) && !!goal && isGoalOpen(goal) && isAgreementOpen(a);
  }

  agreementFacts(a) {
    const l = this.l;
    const { t, date } = l;
    const closed = !isAgreementOpen(a);
    return h('dl', { class: 'facts' },
      dlRow(t.status, h('dd', null, h('span', { class: `badge status-${a.status}` }, t.agreementStatus[a.status]))),
      dlRow(t.who, h('dd', null, elPerformer(l, a.performer))),
      dlRow(t.support, h('dd', { class: 'text' }, a.support ?? t.none)),
      a.frequency ? dlRow(t.frequency, h('dd', null, a.frequency)) : null,
      a.start ? dlRow(t.start, h('dd', null, date(a.start))) : null,
      a.end ? dlRow(t.end, h('dd', null, date(a.end))) : null,
      a.evaluationDate ? dlRow(t.evaluationDate, h('dd', null, date(a.evaluationDate))) : null,
      !closed && a.changeReason ? dlRow(t.changeReason, h('dd', { class: 'text' }, a.changeReason), 'wide') : null,
      closed ? dlRow(t.agreementOutcome, h('dd', null, h('strong', null, t.agreementOutcomes[a.status]))) : null,
      closed && a.closed ? dlRow(t.closedItems, h('dd', null, stampText(l, a.closed))) : null,
      closed && a.closeNote ? dlRow(t.note, h('dd', { class: 'text' }, a.closeNote), 'wide') : null);
  }

  versionsDisclosure() {
    return on(h('details', { part: 'versions', class: 'versions' }, h('summary', null, this.l.t.versions), h('div')), 'toggle', noop);
  }

  renderAgreement(a, state) {
    const { t } = this.l;
    const level = 6;
    const canChange = this.canChangeAgreement(a);
    state.canChange = canChange;
    state.heading = elHeading(level, 'agreement-title', a.description);
    state.dl = this.agreementFacts(a);
    state.actions = canChange ? h('div', { class: 'actions' },
      on(h('button', { type: 'button', id: 'edit-button', 'aria-expanded': 'false' }, t.editAgreement), 'click', noop),
      on(h('button', { type: 'button', class: 'danger' }, t.closeAgreement), 'click', noop),
      h('slot', { name: 'actions' })) : null;
    state.quote = canChange ? h('p', { class: 'quote' }, a.description) : null;
    state.dialog = canChange ? on(h('dialog', { part: 'dialog', 'aria-labelledby': 'close-agreement-title' },
      on(h('form', { novalidate: true },
        elHeading(level, 'close-agreement-title', t.closeAgreement, 'dialog-title', false),
        state.quote,
        field({ form: 'close-agreement', name: 'outcome', label: t.agreementOutcome, type: 'select', required: true, value: 'completed', options: agreementOutcomes.map((o) => [o, t.agreementOutcomes[o]]) }),
        field({ form: 'close-agreement', name: 'note', label: t.note, type: 'textarea' }),
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'danger' }, t.closeAgreement), on(h('button', { type: 'button' }, t.cancel), 'click', noop))),
      'submit', noop)), 'cancel', noop) : null;
    state.details = a.version > 1 ? this.versionsDisclosure() : null;
    state.article = h('article', { part: 'agreement', class: `agreement ${isAgreementOpen(a) ? 'open' : 'closed'}`, 'aria-labelledby': 'agreement-title' },
      state.heading, state.dl, state.actions, state.dialog, state.details);
    state.root.replaceChildren(state.article);
  }

  /** An agreement with a new version (or whose goal closed): texts and facts replaced, buttons removed when closed. */
  patchAgreement(a, state) {
    const canChange = this.canChangeAgreement(a);
    if (canChange && !state.canChange) return this.renderAgreement(a, state);
    state.article.setAttribute('class', `agreement ${isAgreementOpen(a) ? 'open' : 'closed'}`);
    state.heading.textContent = a.description;
    const dl = this.agreementFacts(a);
    state.dl.replaceWith(dl);
    state.dl = dl;
    if (state.canChange && !canChange) {
      state.actions.remove();
      state.dialog.remove();
      state.actions = state.dialog = state.quote = null;
    } else if (canChange) state.quote.textContent = a.description;
    state.canChange = canChange;
    if (a.version > 1 && !state.details) state.details = state.article.appendChild(this.versionsDisclosure());
    else if (a.version === 1 && state.details) {
      state.details.remove();
      state.details = null;
    }
  }
}

function groupAgreements(snapshot) {
  const map = new Map();
  for (const a of snapshot.agreements) {
    let list = map.get(a.goalId);
    if (!list) map.set(a.goalId, (list = []));
    list.push(a);
  }
  return map;
}
function orderedGoals(snapshot) {
  const closed = (g) => Number(!isGoalOpen(g));
  return [...snapshot.goals].sort((a, b) => closed(a) - closed(b) || a.created.at.localeCompare(b.created.at));
}
function orderedAgreements(list) {
  const closed = (a) => Number(!isAgreementOpen(a));
  return [...list].sort((a, b) => closed(a) - closed(b) || a.created.at.localeCompare(b.created.at));
}
