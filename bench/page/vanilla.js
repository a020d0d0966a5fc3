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
  planPhase, goalPhase, agreementPhase, loadElement,
} from '/dist/izp-sdk.bundle.js';

// The elements that load on demand (chunks beside the bundle): loaded before any run, so their styles are
// here for the baseline and the elements' own renders never wait for a chunk inside a timed task.
const [IzpEvaluation, IzpConsultation, IzpModules, IzpCareTeam, IzpHistory] = await Promise.all(
  ['izp-evaluation', 'izp-consultation', 'izp-modules', 'izp-care-team', 'izp-history'].map((tag) => loadElement(tag)),
);

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
      for (const x of c.flat(Infinity)) if (x) el.append(x);
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

// ---- follow-up pieces (izp-evaluation, latest evaluation, access) -----------------------------------

/** The core's access rule (src/core/access.ts), which the bundle does not export. */
function isPatientOf(user, plan) {
  return user.role === 'patient' && user.id === plan.patientId;
}
function hasAccess(user, plan, permission) {
  if (isPatientOf(user, plan)) return permission === 'read';
  if (!plan.access) return true;
  const grant = plan.access.find((g) => g.actor.id === user.id);
  return !!grant && (permission === 'read' || grant.permission === 'write');
}

function latestEvaluation(snapshot, targetId) {
  let latest;
  for (const e of snapshot?.evaluations ?? []) {
    if (e.target.id !== targetId) continue;
    if (!latest || `${e.date}${e.created.at}` >= `${latest.date}${latest.created.at}`) latest = e;
  }
  return latest;
}
function evaluationText(l, e) {
  const { t } = l;
  const measured = e.measurements.length ? ` ${t.measured}: ${e.measurements.map((m) => [m.measure, l.number(m.value), m.unit].filter(Boolean).join(' ')).join(', ')}.` : '';
  return `${l.date(e.date)}, ${e.by.name}: ${t.evaluationOutcomes[e.outcome]}, ${e.withPatient ? t.withPatientYes : t.withPatientNo}.${measured}`;
}
/** `<izp-goal>`/`<izp-agreement>`'s latest evaluation, or null. */
function lastEvaluationDl(l, e) {
  if (!e) return null;
  const { t } = l;
  return h('dl', { class: 'facts compact last-evaluation', part: 'last-evaluation' },
    h('div', { class: 'wide' }, h('dt', null, t.latestEvaluation), h('dd', null, evaluationText(l, e))),
    e.note ? h('div', { class: 'wide' }, h('dt', null, t.note), h('dd', { class: 'text' }, e.note)) : null,
    e.nextEvaluationDate ? h('div', null, h('dt', null, t.nextEvaluation), h('dd', null, l.date(e.nextEvaluationDate))) : null);
}

/**
 * `<izp-evaluation>` as it renders closed: the "Evalueren" button with the item described, and the empty
 * dialog; nothing inside when the user may not evaluate the item. `ctx`: { snapshot, user, view, l }.
 */
function evaluationHost(ctx, kind, id, level) {
  const host = h('vanilla-evaluation', { 'target-kind': kind, 'target-id': id, 'heading-level': String(level) });
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets(IzpEvaluation);
  const { snapshot: snap, user, view, l } = ctx;
  const record = kind === 'plan' ? (snap.plan.id === id ? snap.plan : undefined)
    : kind === 'goal' ? snap.goals.find((g) => g.id === id) : snap.agreements.find((a) => a.id === id);
  let can = view === 'professional' && !!user && canManagePlan(user) && !!record && planPhase(snap.plan) === 'current' && hasAccess(user, snap.plan, 'write');
  if (can && kind === 'goal') can = goalPhase(record) === 'current';
  if (can && kind === 'agreement') can = agreementPhase(record) === 'current';
  if (!can) return host;
  const what = kind === 'plan' ? [record.title ?? l.t.planTitle, record.patientName].filter(Boolean).join(' · ') : record.description;
  root.append(
    on(h('button', { type: 'button', part: 'button', 'aria-haspopup': 'dialog', 'aria-describedby': 'evaluation-what' }, l.t.evaluate), 'click', noop),
    h('span', { id: 'evaluation-what', hidden: true }, what),
    on(h('dialog', { part: 'dialog' }), 'close', noop));
  return host;
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

/** The counts in the "close plan" dialog, as plan-actions.ts words them. */
function closeConfirm(t, snapshot) {
  const open = snapshot.goals.filter(isGoalOpen);
  const conceptGoals = open.filter((g) => goalPhase(g) === 'concept').length;
  return t.closePlanConfirmCounts({ goals: open.length - conceptGoals, conceptGoals, agreements: snapshot.agreements.filter(isAgreementOpen).length });
}

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
    const user = this.izp.user;
    return this.view === 'professional' && canManagePlan(user) && (!this.snapshot || hasAccess(user, this.snapshot.plan, 'write'));
  }

  /** What `<izp-evaluation>` reads from the context. */
  get evalCtx() {
    return { snapshot: this.snapshot, user: this.izp.user, view: this.view, l: this.l };
  }

  async render(snapshot, l, day) {
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
    const planId = snapshot.plan.id;
    // The consultation and the history load from the core, as the elements do.
    const [consultation, records] = await Promise.all([
      snapshot.plan.status === 'active' ? this.izp.getConsultation(planId) : null, this.izp.history(planId)]);
    this.consultation = consultation ? new VanillaConsultation(this, 3) : null;
    this.consultation?.render(consultation);
    this.modules = new VanillaModules(this, 3);
    this.modules.render();
    this.careTeam = new VanillaCareTeam(this, 3);
    this.careTeam.render();
    this.history = new VanillaHistory(this, 3);
    this.history.render(records);
    const slot = on(h('slot', null,
      this.consultation?.host,
      h('div', { part: 'goals', class: 'panel' }, h('h3', null, t.goals), snapshot.goals.length === 0 ? h('p', null, t.noGoals) : null, goalsUl,
        this.canManage && isPlanOpen(snapshot.plan) ? this.addGoal() : null),
      this.modules.host, this.careTeam.host,
      h('div', { class: 'panel' }, h('h3', null, t.overview), overviewHost),
      this.history.host), 'slotchange', noop);
    this.root.replaceChildren(h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }), header, slot);
  }

  /** A new snapshot of the same plan: rebuild what has a new version, patch goals in place, move what moved. */
  async update(snapshot) {
    const changed = new Set();
    const versions = this.versions;
    for (const r of snapshot.goals) if (versions.get(r.id) !== r.version) (changed.add(r.id), versions.set(r.id, r.version));
    for (const r of snapshot.agreements) if (versions.get(r.id) !== r.version) (changed.add(r.id), versions.set(r.id, r.version));
    this.snapshot = snapshot;
    this.byGoal = groupAgreements(snapshot);
    this.confirm.textContent = closeConfirm(this.l.t, snapshot);
    const goals = orderedGoals(snapshot);
    for (const g of goals) {
      const li = this.goalItems.get(g.id);
      if (li && (changed.has(g.id) || (this.byGoal.get(g.id) ?? []).some((a) => changed.has(a.id)))) this.patchGoal(li, g, changed);
    }
    this.goalItems = syncList(this.goalsUl, this.goalItems, goals, (g) => g.id, (g) => this.goalLi(g), () => false);
    // An agreement whose goal closed lost its buttons even if the agreement itself was already closed:
    // those are re-rendered by patchGoal's renderGoal (the goal changed).
    this.overview.update(snapshot, changed, this.day);
    // The plan record did not change in these scenarios (a plan change would rebuild the header).
    this.modules.update(changed);
    this.careTeam.update();
    const planId = snapshot.plan.id;
    const [consultation, records] = await Promise.all([this.consultation ? this.izp.getConsultation(planId) : null, this.izp.history(planId)]);
    this.consultation?.update(consultation, changed);
    this.history.update(records, changed);
  }

  header(snapshot) {
    const { t, date } = this.l;
    const { plan } = snapshot;
    const open = isPlanOpen(plan);
    const member = plan.careTeam.find((m) => (plan.caseManager.id && m.id === plan.caseManager.id) || m.name === plan.caseManager.name);
    const contactHref = safeHref(member?.contact);
    const cm = plan.caseManager;
    this.confirm = h('p', null, closeConfirm(t, snapshot));
    return h('header', { part: 'header', class: 'panel', role: 'none' },
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
        plan.status === 'active' ? evaluationHost(this.evalCtx, 'plan', plan.id, 3) : null,
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
    state.last = lastEvaluationDl(this.l, latestEvaluation(this.snapshot, goal.id));
    state.list = agreements.length ? h('ul', { class: 'agreement-list' }) : null;
    state.nodes = state.list ? syncList(state.list, new Map(), agreements, (a) => a.id, (a) => this.agreementLi(a), () => false) : new Map();
    state.evaluation = canChange ? evaluationHost(this.evalCtx, 'goal', goal.id, level + 1) : null;
    state.actions = canChange ? h('div', { class: 'actions' }, state.evaluation, on(h('button', { type: 'button', class: 'danger' }, t.closeGoal), 'click', noop), h('slot', { name: 'actions' })) : null;
    state.quote = canChange ? h('p', { class: 'quote' }, goal.description) : null;
    state.dialog = canChange ? this.closeGoalDialog(state.quote, level) : null;
    state.add = canChange ? this.addAgreement() : [];
    state.article = h('article', { part: 'goal', class: `goal ${isGoalOpen(goal) ? 'open' : 'closed'}`, 'aria-labelledby': 'goal-title' },
      state.heading, state.dl, state.last, state.actions, state.dialog,
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
      state.last?.remove();
      state.last = lastEvaluationDl(this.l, latestEvaluation(this.snapshot, goal.id));
      if (state.last) dl.after(state.last);
      if (state.canChange && !canChange) {
        state.actions.remove();
        state.dialog.remove();
        for (const el of state.add) el.remove();
        state.actions = state.dialog = state.quote = state.evaluation = null;
        state.add = [];
      } else if (canChange) {
        state.quote.textContent = goal.description;
        const evaluation = evaluationHost(this.evalCtx, 'goal', goal.id, 5);
        state.evaluation.replaceWith(evaluation);
        state.evaluation = evaluation;
      }
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
    state.last = lastEvaluationDl(this.l, latestEvaluation(this.snapshot, a.id));
    state.evaluation = canChange ? evaluationHost(this.evalCtx, 'agreement', a.id, level + 1) : null;
    state.actions = canChange ? h('div', { class: 'actions' },
      on(h('button', { type: 'button', id: 'edit-button', 'aria-expanded': 'false' }, t.editAgreement), 'click', noop),
      state.evaluation,
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
      state.heading, state.dl, state.last, state.actions, state.dialog, state.details);
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
    state.last?.remove();
    state.last = lastEvaluationDl(this.l, latestEvaluation(this.snapshot, a.id));
    if (state.last) dl.after(state.last);
    if (state.canChange && !canChange) {
      state.actions.remove();
      state.dialog.remove();
      state.actions = state.dialog = state.quote = state.evaluation = null;
    } else if (canChange) {
      state.quote.textContent = a.description;
      const evaluation = evaluationHost(this.evalCtx, 'agreement', a.id, 7);
      state.evaluation.replaceWith(evaluation);
      state.evaluation = evaluation;
    }
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

// ---- the rest of the default composition: consultation, modules, care team, history ------------------
// Each builds the same markup as its element for the plans this bench makes (no evaluations, no profile,
// measurements or diary, an empty audit trail from the bench's adapter); the markup check after every
// scenario says whether that still holds.

/** A shadow host with the element's stylesheets; `vanilla-x` is compared as `izp-x`. */
function shadowHost(tag, cls, attrs) {
  const host = h(tag, attrs);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets(cls);
  return { host, root };
}

/** "Start van het consult": due items, open goals with their agreements (keyed), changes. */
class VanillaConsultation {
  constructor(plan, level) {
    this.plan = plan;
    this.level = level;
    ({ host: this.host, root: this.root } = shadowHost('vanilla-consultation', IzpConsultation, { part: 'consultation', 'heading-level': String(level) }));
  }

  render(c) {
    const { l } = this.plan;
    const { t } = l;
    const level = this.level;
    this.help = h('p', { class: 'help' }, c.since ? t.consultationSince(l.dateTime(c.since)) : t.consultationNeverEvaluated);
    this.dueDiv = h('div', { class: 'part', part: 'due' }, elHeading(level + 1, 'due-title', t.dueForEvaluation));
    this.dueBody = null;
    this.dueNodes = new Map();
    this.agreedDiv = h('div', { class: 'part', part: 'agreed' }, elHeading(level + 1, 'agreed-title', t.whatWasAgreed, 'title', false));
    this.agreedBody = null;
    this.goalNodes = new Map();
    this.changesDiv = h('div', { class: 'part', part: 'changes' });
    this.sync(c, new Set());
    this.root.replaceChildren(on(h('section', { part: 'consultation', class: 'consultation', 'aria-labelledby': 'consultation-title' },
      elHeading(level, 'consultation-title', t.consultationTitle), this.help, this.dueDiv, this.agreedDiv, this.changesDiv), 'izp-evaluated', noop));
  }

  update(c, changed) {
    const { l } = this.plan;
    this.help.textContent = c.since ? l.t.consultationSince(l.dateTime(c.since)) : l.t.consultationNeverEvaluated;
    this.sync(c, changed);
  }

  sync(c, changed) {
    const { l } = this.plan;
    const { t } = l;
    const snapshot = this.plan.snapshot;
    // Due: keyed by kind and id, rebuilt when the item changed.
    if (c.due.length === 0) {
      if (this.dueBody?.localName !== 'p') {
        this.dueBody?.remove();
        this.dueBody = this.dueDiv.appendChild(h('p', null, t.nothingDue));
        this.dueNodes = new Map();
      }
    } else {
      if (this.dueBody?.localName !== 'ul') {
        this.dueBody?.remove();
        this.dueBody = this.dueDiv.appendChild(h('ul'));
      }
      this.dueNodes = syncList(this.dueBody, this.dueNodes, c.due, (d) => `${d.kind}:${d.id}`, (d) => this.dueLi(d, snapshot), (d) => changed.has(d.id));
    }
    // Agreed: keyed by goal, rebuilt when the goal or one of its agreements changed; the headings' ids
    // follow the goals' places.
    if (c.agreed.length === 0) {
      if (this.agreedBody?.localName !== 'p') {
        this.agreedBody?.remove();
        this.agreedBody = this.agreedDiv.appendChild(h('p', null, t.nothingAgreed));
        this.goalNodes = new Map();
      }
    } else {
      if (this.agreedBody?.localName !== 'ul') {
        this.agreedBody?.remove();
        this.agreedBody = this.agreedDiv.appendChild(h('ul'));
      }
      const index = new Map(c.agreed.map((g, i) => [g.goal.id, i]));
      this.goalNodes = syncList(this.agreedBody, this.goalNodes, c.agreed, (g) => g.goal.id, (g) => this.goalLi(g, index.get(g.goal.id), snapshot),
        (g) => changed.has(g.goal.id) || g.agreements.some((a) => changed.has(a.id)));
      for (const [id, li] of this.goalNodes) {
        const want = `agreed-goal-${index.get(id)}`;
        if (li.goalHeading.id !== want) li.goalHeading.id = want;
      }
    }
    // Changes: the bench's adapter keeps no audit trail, so there are none to list.
    this.changesDiv.replaceChildren(elHeading(this.level + 1, 'changes-title', t.whatChanged, 'title', false),
      c.since ? null : h('p', { class: 'help' }, t.changesFromStart),
      c.changes.length === 0 ? h('p', null, t.noChanges) : h('p', null, `(${c.changes.length} changes: not reproduced by the baseline)`));
  }

  latest(snapshot, id) {
    const { l } = this.plan;
    const e = latestEvaluation(snapshot, id);
    return e ? h('span', null, `${l.t.latestEvaluation}: ${evaluationText(l, e)}`) : null;
  }

  dueLi(item, snapshot) {
    const { l } = this.plan;
    const { t } = l;
    const kind = item.kind === 'plan' ? t.planTitle : item.kind === 'goal' ? t.goal : t.agreement;
    return h('li', { class: `item ${item.overdue ? 'overdue' : ''}` },
      h('div', { class: 'line' },
        h('span', null, h('span', { class: 'kind' }, kind), item.kind === 'plan' && !item.description ? null : [': ', h('span', { class: 'text' }, item.description)]),
        evaluationHost(this.plan.evalCtx, item.kind, item.id, this.level + 2)),
      h('p', { class: 'meta' }, h('span', { class: 'when' }, t.dueText(item.kind, l.date(item.date), item.overdue)), this.latest(snapshot, item.id)));
  }

  goalLi(view, index, snapshot) {
    const { l } = this.plan;
    const { t } = l;
    const { goal } = view;
    const open = view.agreements.filter(isAgreementOpen);
    const title = elHeading(this.level + 2, `agreed-goal-${index}`, goal.description, 'goal-title', false);
    const li = h('li', { class: 'goal' },
      h('div', { class: 'line' }, title, evaluationHost(this.plan.evalCtx, 'goal', goal.id, this.level + 3)),
      h('p', { class: 'meta' },
        view.phase === 'concept' ? h('span', null, t.goalStatus[goal.status]) : null,
        goal.targets.map((target) => h('span', null, `${t.target}: ${targetText(l, target)}`)),
        this.latest(snapshot, goal.id)),
      open.length === 0 ? h('p', { class: 'help' }, t.noAgreements)
        : h('ul', { 'aria-label': `${t.agreements}: ${goal.description}` }, open.map((a) => this.agreementLi(a, snapshot))));
    li.goalHeading = title;
    return li;
  }

  agreementLi(a, snapshot) {
    const { l } = this.plan;
    const { t } = l;
    return h('li', { class: 'item' },
      h('div', { class: 'line' }, h('span', { class: 'text' }, a.description), evaluationHost(this.plan.evalCtx, 'agreement', a.id, this.level + 3)),
      h('p', { class: 'meta' },
        h('span', null, `${t.who}: ${elPerformer(l, a.performer)}`),
        a.frequency ? h('span', null, `${t.frequency}: ${a.frequency}`) : null,
        a.evaluationDate ? h('span', null, `${t.evaluationDate}: ${l.date(a.evaluationDate)}`) : null,
        a.status === 'draft' ? h('span', null, t.agreementStatus.draft) : null,
        this.latest(snapshot, a.id)));
  }
}

const profileSections = ['complaints', 'inventory', 'motivation', 'selfManagement', 'functioning', 'riskProfile', 'decisions', 'links', 'professionalNote'];
const sectionOrder = ['complaints', 'inventory', 'motivation', 'selfManagement', 'functioning', 'riskProfile', 'measurements',
  'decisions', 'diagnoses', 'medication', 'diary', 'links', 'professionalNote'];

/** The measures: from measurements and evaluations (none here) and the goals' targets, as modules-data.ts builds them. */
function buildSeries(snapshot) {
  const key = (m) => m.trim().toLocaleLowerCase();
  const series = new Map();
  const get = (measure, unit) => {
    const k = key(measure);
    let s = series.get(k);
    if (!s) series.set(k, (s = { measure: measure.trim(), unit: unit ?? '', points: [] }));
    if (!s.unit && unit) s.unit = unit;
    return s;
  };
  for (const m of snapshot.measurements ?? []) get(m.measure, m.unit).points.push(m);
  for (const e of snapshot.evaluations ?? []) for (const m of e.measurements) get(m.measure, m.unit).points.push(m);
  const done = (status) => Number(status === 'completed' || status === 'cancelled');
  for (const goal of [...snapshot.goals].sort((a, b) => done(a.status) - done(b.status))) {
    for (const target of goal.targets) {
      if (typeof target.value !== 'number') continue;
      const s = get(target.measure, target.unit);
      s.target ??= { comparator: target.comparator, value: target.value, unit: target.unit ?? s.unit };
    }
  }
  return [...series.values()].sort((a, b) => a.measure.localeCompare(b.measure));
}

/** `<izp-modules>` in the professional view of a plan without a profile, measurements or diary. */
class VanillaModules {
  constructor(plan, level) {
    this.plan = plan;
    this.level = level;
    ({ host: this.host, root: this.root } = shadowHost('vanilla-modules', IzpModules, { 'heading-level': String(level) }));
  }

  /** Only the measures follow the goals (their targets); the rest reads the plan and its profile. */
  update(changed) {
    if (this.plan.snapshot.goals.some((g) => changed.has(g.id))) {
      const fresh = this.section('measurements');
      if (fresh) this.nodes.measurements.replaceWith(fresh), (this.nodes.measurements = fresh);
    }
  }

  render() {
    const { t } = this.plan.l;
    this.nodes = {};
    const sections = [];
    for (const key of sectionOrder) {
      const node = this.section(key);
      if (node) sections.push((this.nodes[key] = node));
    }
    this.root.replaceChildren(h('div', { part: 'modules', class: 'modules' }, elHeading(this.level, 'modules-title', t.modTitle.professional, 'title', false), sections));
  }

  section(key) {
    const { l, snapshot, izp } = this.plan;
    const { t } = l;
    const user = izp.user;
    const plan = snapshot.plan;
    const canEdit = !isPatientOf(user, plan) && hasAccess(user, plan, 'write') && isPlanOpen(plan);
    const name = t.modSections[key];
    let hasContent;
    let hint = t.modEmpty;
    let body;
    if (profileSections.includes(key)) {
      // No profile in these plans: every section is empty.
      hasContent = !!snapshot.profile && `(${key}: a profile is not reproduced by the baseline)`;
      if (!hasContent && !canEdit) return null;
      body = [h('p', { class: 'help' }, `${t.modEmpty}.`),
        key === 'professionalNote' ? h('p', { class: 'help' }, t.modNoteHelp) : null,
        canEdit ? h('div', { class: 'actions' }, on(h('button', { type: 'button', 'data-edit': key }, t.modAdd, h('span', { class: 'visually-hidden' }, `: ${name}`)), 'click', noop)) : null];
    } else if (key === 'measurements') {
      const series = buildSeries(snapshot);
      hasContent = series.length > 0;
      const canAdd = isPlanOpen(plan) && (isPatientOf(user, plan) || hasAccess(user, plan, 'write'));
      if (!hasContent && !canAdd) return null;
      body = [series.length === 0 ? h('p', { class: 'help' }, t.modNoMeasurements) : null,
        series.map((s, i) => h('div', { class: 'measure', part: 'measure' },
          elHeading(this.level + 1, `measure-${i}`, s.measure, 'measure-title', false),
          h('p', null, s.points.length ? '(measured values: not reproduced by the baseline)' : t.modNoMeasurements,
            s.target ? [h('br'), t.modTarget(measureTarget(l, s))] : null))),
        canAdd ? this.addMeasurement() : null];
    } else if (key === 'diary') {
      hasContent = (snapshot.diary ?? []).length > 0;
      body = [h('p', { class: 'help' }, t.modDiaryTeam), hasContent ? h('p', null, '(diary: not reproduced by the baseline)') : h('p', null, t.modDiaryEmpty)];
    } else {
      return null; // no medication or diagnoses from the host
    }
    return on(h('details', { part: 'section', class: `section ${hasContent ? 'filled' : 'empty'}`, 'data-section': key, open: !!hasContent },
      h('summary', null, h('span', { class: 'name' }, name), ' ', h('span', { class: 'hint' }, hint)),
      h('div', { class: 'body' }, body)), 'toggle', noop);
  }

  addMeasurement() {
    const { t } = this.plan.l;
    const f = 'mod-measurement';
    return [
      on(h('button', { type: 'button', 'data-add': 'measurement', 'aria-expanded': 'false', 'aria-controls': 'add-measurement' }, t.modAddMeasurement), 'click', noop),
      on(h('form', { id: 'add-measurement', part: 'add-measurement', class: 'panel', hidden: true, 'aria-label': t.modAddMeasurement, novalidate: true },
        field({ form: f, name: 'measure', label: t.modMeasure, required: true }),
        h('div', { class: 'row' },
          field({ form: f, name: 'value', label: t.modValue, type: 'number', step: 'any', required: true }),
          field({ form: f, name: 'unit', label: t.modUnit, maxlength: 40 })),
        field({ form: f, name: 'date', label: t.modDate, type: 'date', help: t.modDateHelp }),
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t.modAddMeasurement), on(h('button', { type: 'button' }, t.cancel), 'click', noop))),
      'submit', noop),
    ];
  }
}
function measureTarget(l, s) {
  const target = s.target;
  const words = target.comparator ? l.t.comparatorWords[target.comparator] : '';
  const unit = target.unit || s.unit;
  return `${words ? `${words} ` : ''}${l.number(target.value)}${unit ? ` ${unit}` : ''}`;
}

/** `<izp-care-team>`: who is in the team and what they may see, with the case manager's controls. */
class VanillaCareTeam {
  constructor(plan, level) {
    this.plan = plan;
    this.level = level;
    ({ host: this.host, root: this.root } = shadowHost('vanilla-care-team', IzpCareTeam, { 'heading-level': String(level) }));
  }

  /** Built from the plan record: rebuilt only when it has a new version. */
  update() {
    if (this.plan.snapshot.plan.version !== this.version) this.render();
  }

  render() {
    const { l, snapshot, izp } = this.plan;
    const { t } = l;
    const plan = snapshot.plan;
    this.version = plan.version;
    const user = izp.user;
    const manage = !!user && isPlanOpen(plan) && !!plan.caseManager.id && plan.caseManager.id === user.id;
    const rows = teamRows(plan);
    const level = this.level;
    const choiceOf = (row) => (!plan.access ? (row.id ? 'write' : 'none') : row.grant?.permission ?? 'none');
    const manageRow = (row, i) => {
      if (!row.id) return h('p', { class: 'help' }, t.careTeamNoAccount);
      if (row.id === user.id) return h('p', { class: 'help' }, t.careTeamThisIsYou);
      if (row.caseManager) return h('p', { class: 'help' }, t.careTeamCaseManagerKeeps);
      const chosen = choiceOf(row);
      return on(h('form', { class: 'access-form', part: 'access-form', novalidate: true, 'aria-labelledby': `member-${i}` },
        h('fieldset', null, h('legend', null, t.careTeamAccessFor(row.name)),
          ['none', 'read', 'write'].map((choice) => {
            const input = on(h('input', { type: 'radio', name: 'permission', value: choice }), 'change', noop);
            input.checked = chosen === choice;
            return h('label', { class: 'choice' }, input, t.careTeamAccessLevels[choice]);
          })),
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', 'aria-describedby': `member-${i}`, 'aria-busy': 'false' }, t.save))), 'submit', noop);
    };
    const contact = (c) => {
      if (!c) return null;
      const href = safeHref(c);
      return h('div', null, h('dt', null, t.careTeamContact), h('dd', null, href ? h('a', { part: 'contact', href }, c.replace(/^(tel|mailto):/, '')) : h('span', { part: 'contact' }, c)));
    };
    this.root.replaceChildren(h('section', { class: 'care-team', 'aria-labelledby': 'care-team-title' },
      elHeading(level, 'care-team-title', t.careTeam),
      h('div', { part: 'intro', class: 'intro' },
        h('p', { class: 'lead' }, t.careTeamPatientDecides),
        manage ? h('p', { class: 'help' }, t.careTeamManagerHelp) : null,
        !plan.access ? h('p', { class: 'help' }, t.careTeamNoChoiceYet) : null,
        h('slot', { name: 'intro' })),
      rows.length === 0 ? h('p', { class: 'help' }, t.careTeamEmpty) : h('ul', { part: 'members', class: 'members' }, rows.map((row, i) => {
        const choice = choiceOf(row);
        return h('li', { part: 'member', class: `member ${row.caseManager ? 'case-manager' : ''}` },
          elHeading(level + 1, `member-${i}`, row.name, 'name', false),
          row.caseManager ? h('p', { class: 'fixed' }, h('span', { class: 'badge fixed-contact', part: 'fixed-contact' }, t.careTeamFixedContact)) : null,
          h('dl', { class: 'facts' },
            row.role ? h('div', null, h('dt', null, t.careTeamRole), h('dd', null, t.roles[row.role])) : null,
            contact(row.contact),
            h('div', null, h('dt', null, t.careTeamAccess), h('dd', null, h('span', { class: `badge access-${choice}`, part: 'access' }, t.careTeamAccessLevels[choice])))),
          !row.inTeam ? h('p', { class: 'help' }, t.careTeamNotInTeam) : null,
          manage ? manageRow(row, i) : null);
      })),
      manage ? on(h('dialog', { part: 'dialog', 'aria-labelledby': 'revoke-title', 'aria-describedby': 'revoke-text' },
        elHeading(level + 1, 'revoke-title', t.careTeamRevokeTitle, 'dialog-title', false),
        h('p', { id: 'revoke-text' }),
        h('div', { class: 'actions' },
          on(h('button', { type: 'button', class: 'danger', 'aria-busy': 'false' }, t.careTeamRevoke), 'click', noop),
          on(h('button', { type: 'button' }, t.cancel), 'click', noop))), 'cancel', noop) : null));
  }
}

/** care-team-parts.ts: the case manager first, then the team in order, then anyone else with access. */
function teamRows(plan) {
  const grantOf = (id) => (id ? plan.access?.find((g) => g.actor.id === id) : undefined);
  const cm = plan.caseManager;
  const isCaseManager = (m) => (cm.id ? m.id === cm.id : m.name === cm.name);
  const rows = plan.careTeam.map((m, i) => ({ key: m.id ? `id:${m.id}` : `team:${i}`, id: m.id, name: m.name, role: m.role, contact: m.contact,
    caseManager: isCaseManager(m), inTeam: true, grant: grantOf(m.id) }));
  if (!rows.some((r) => r.caseManager)) rows.unshift({ id: cm.id, name: cm.name, role: cm.role, caseManager: true, inTeam: true, grant: grantOf(cm.id) });
  rows.sort((a, b) => Number(b.caseManager) - Number(a.caseManager));
  const known = new Set(rows.map((r) => r.id).filter(Boolean));
  for (const g of plan.access ?? []) {
    if (!known.has(g.actor.id)) rows.push({ id: g.actor.id, name: g.actor.name, role: g.actor.role, caseManager: false, inTeam: false, grant: g });
  }
  return rows;
}

function optionText(text, max = 70) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** `<izp-history>`: the filter (every goal and agreement, by id) and the entries (none from the bench's adapter). */
class VanillaHistory {
  constructor(plan, level) {
    this.plan = plan;
    this.level = level;
    ({ host: this.host, root: this.root } = shadowHost('vanilla-history', IzpHistory, { 'heading-level': String(level), 'target-id': '' }));
  }

  render(records) {
    const { l, snapshot } = this.plan;
    const { t } = l;
    this.options = new Map();
    const option = (r) => {
      const o = h('option', { value: r.id }, optionText(r.description));
      this.options.set(r.id, o);
      return o;
    };
    const select = on(h('select', { id: 'history-filter' },
      h('option', { value: '', selected: true }, t.historyAll),
      h('option', { value: 'plan' }, t.historyThePlan),
      snapshot.goals.length ? h('optgroup', { label: t.goals }, snapshot.goals.map(option)) : null,
      snapshot.agreements.length ? h('optgroup', { label: t.agreements }, snapshot.agreements.map(option)) : null), 'change', noop);
    this.count = h('p', { class: 'help count', part: 'count' });
    this.body = h('p', { class: 'empty' });
    this.root.replaceChildren(h('section', { 'aria-labelledby': 'history-title', 'aria-busy': 'false' },
      elHeading(this.level, 'history-title', t.history, 'title', false),
      h('div', { class: 'field filter', part: 'filter' }, h('label', { for: 'history-filter' }, t.historyFilter), select),
      this.count, this.body));
    this.showRecords(records);
  }

  /** Same goals and agreements in these scenarios: the options of those with a new version get their text again. */
  update(records, changed) {
    const { snapshot } = this.plan;
    for (const r of [...snapshot.goals, ...snapshot.agreements]) if (changed.has(r.id)) this.options.get(r.id).textContent = optionText(r.description);
    this.showRecords(records);
  }

  showRecords(records) {
    const { t } = this.plan.l;
    this.count.textContent = t.historyCount(records.length);
    this.body.textContent = records.length === 0 ? t.historyEmpty : '(entries: not reproduced by the baseline)';
  }
}
