// The DOM pieces of the hand-written baseline (vanilla.js): an element builder, shadow hosts with the
// elements' stylesheets, the pieces every row has (heading, disclosure button, row menu), the texts
// the rows share with the elements, and the keyed list update.
export const sheets = (cls) => cls.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet));
export const noop = () => {};

/** One element: attributes (null/undefined/false left out, true as ""), then children (strings become text). */
export function h(tag, attrs, ...children) {
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
export const on = (el, type, fn) => (el.addEventListener(type, fn), el);

/** A shadow host with the element's stylesheets; `vanilla-x` is compared as `izp-x`. */
export function shadowHost(tag, cls, attrs) {
  const host = h(tag, attrs);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets(cls);
  return { host, root };
}

// ---- shared pieces of a row ------------------------------------------------------------------------

/** A row's heading: level clamped to 2-6, focusable unless told otherwise. */
export function heading(level, id, content, part = 'title', focusable = true) {
  return h(`h${Math.min(6, Math.max(2, Math.round(level) || 4))}`, { id, part, tabindex: focusable ? '-1' : undefined }, content);
}

/** The disclosure button of a row (its details are not rendered while closed). */
export function disclosure(label, controls, about) {
  return on(h('button', { type: 'button', class: 'disclosure', 'aria-expanded': 'false', 'aria-controls': controls, 'aria-describedby': about },
    h('span', { class: 'chevron', 'aria-hidden': 'true' }), label), 'click', noop);
}

/**
 * The row menu (closed): only its button, as the elements render it; the list of items `[label, danger]`
 * would be built when it opens, which no scenario does. Nothing without items.
 */
export function rowMenu(id, label, name, items) {
  if (!items.length) return null;
  return on(h('span', { class: 'menu-wrap' },
    on(on(h('button', { type: 'button', class: 'menu-button', id: `${id}-button`, 'aria-haspopup': 'menu', 'aria-expanded': 'false',
      'aria-label': name }, label, h('span', { 'aria-hidden': 'true' }, ' ▾')), 'click', noop), 'keydown', noop)),
  'focusout', noop);
}

/** Who does it, as the row says it: "Zorgverlener: Lotte Kramer, Diëtist". */
export function performerText(l, p) {
  const { t } = l;
  const role = p.role && p.role !== p.kind ? t.roles[p.role] : '';
  const who = p.name && role ? t.personWithRole(p.name, role) : p.name || role;
  return `${t.performerKinds[p.kind]}${who ? `: ${who}` : ''}`;
}

/** A goal's target in words, as the overview says it. */
export function targetText(l, target) {
  let text;
  if (target.value === undefined) {
    const due = target.due ? l.t.targetText('', '', '', '', l.date(target.due)).trim() : '';
    text = [target.description ?? target.measure, due].filter(Boolean).join(' ');
  } else {
    const comparator = target.comparator ? l.t.comparatorWords[target.comparator] : '';
    text = l.t.targetText(target.measure, comparator, l.number(target.value), target.unit ?? '', l.date(target.due));
  }
  return target.description && target.value !== undefined ? `${text} (${target.description})` : text;
}

/** A Dutch phone number as people write it ("020 123 45 67") with its tel: link; other contacts as text. */
export function contact(value) {
  const digits = value.replace(/^tel:/i, '').replace(/[^\d+]/g, '').replace(/^\+31/, '0');
  if (!/^0\d{9}$/.test(digits)) return value.replace(/^(tel|mailto):/i, '');
  const pairs = (s) => s.match(/\d{1,2}/g).join(' ');
  const short = /^0[1-9]0/.test(digits); // 010, 020, 030, … (the bench's practice is in 020)
  const text = digits.startsWith('06') ? `06 ${pairs(digits.slice(2))}`
    : short ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${pairs(digits.slice(6))}` : `${digits.slice(0, 4)} ${pairs(digits.slice(4))}`;
  return h('a', { href: `tel:+31${digits.slice(1)}` }, text);
}

/**
 * Keyed list update: `items` in their new order, `key(item)`, `build(item)` for new items; existing nodes
 * are kept, and only those outside the longest run that is already in order are moved (one goal closing
 * moves one goal, not every goal after it).
 */
export function syncList(parent, nodes, items, key, build) {
  const next = new Map();
  for (const item of items) {
    const k = key(item);
    next.set(k, nodes.get(k) ?? build(item));
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
export function increasingRun(seq) {
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
