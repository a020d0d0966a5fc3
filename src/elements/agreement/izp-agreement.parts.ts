/** The agreement's facts, another user's version and the earlier versions, as render functions of `<izp-agreement>`. */
import { html, nothing } from 'lit';
import { isAgreementOpen, type Agreement } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';
import { performerText, stampText } from '../shared/render.js';

/** The agreement's one line after its text: who, how often and when evaluated, and its status. */
export function renderAgreementLine(l: Localizer, a: Agreement) {
  const { t, date } = l;
  return html`<span class="who">${performerText(l, a.performer)}</span>
    <span class="when">${[a.frequency, a.evaluationDate ? t.evaluateOn(date(a.evaluationDate)) : ''].filter(Boolean).join(' · ') || '—'}</span>
    <span class="state"><span class="badge status-${a.status}">${t.agreementStatus[a.status]}</span></span>`;
}

/** What the line does not say: support, start and end, why it changed, and how it closed. */
export function renderAgreementFacts(l: Localizer, a: Agreement) {
  const { t, date } = l;
  const closed = !isAgreementOpen(a);
  return html`<dl class="facts">
    <div><dt>${t.support}</dt><dd class="text">${a.support ?? t.none}</dd></div>
    ${a.start ? html`<div><dt>${t.start}</dt><dd>${date(a.start)}</dd></div>` : nothing}
    ${a.end ? html`<div><dt>${t.end}</dt><dd>${date(a.end)}</dd></div>` : nothing}
    ${!closed && a.changeReason ? html`<div class="wide"><dt>${t.changeReason}</dt><dd class="text">${a.changeReason}</dd></div>` : nothing}
    ${closed && a.closed ? html`<div><dt>${t.closedItems}</dt><dd>${stampText(l, a.closed)}</dd></div>` : nothing}
    ${closed && a.closeNote ? html`<div class="wide"><dt>${t.note}</dt><dd class="text">${a.closeNote}</dd></div>` : nothing}
  </dl>`;
}

/** One version in brief: what, who, how often, when evaluated, why it changed. */
export function renderVersion(l: Localizer, v: Agreement, previous?: Agreement) {
  const { t, date } = l;
  const reason = v.changeReason && v.changeReason !== previous?.changeReason ? v.changeReason : undefined;
  return html`<p class="version-label"><strong>${t.versionLabel(v.version, l.dateTime(v.updated.at), v.updated.by.name)}</strong></p>
    <dl class="facts compact">
      <div class="wide"><dt>${t.agreement}</dt><dd class="text">${v.description}</dd></div>
      <div><dt>${t.who}</dt><dd>${performerText(l, v.performer)}</dd></div>
      <div><dt>${t.frequency}</dt><dd>${v.frequency ?? t.none}</dd></div>
      ${v.support ? html`<div><dt>${t.support}</dt><dd class="text">${v.support}</dd></div>` : nothing}
      ${v.evaluationDate ? html`<div><dt>${t.evaluationDate}</dt><dd>${date(v.evaluationDate)}</dd></div>` : nothing}
      <div><dt>${t.status}</dt><dd>${t.agreementStatus[v.status]}</dd></div>
      ${reason ? html`<div class="wide"><dt>${t.changeReason}</dt><dd class="text">${reason}</dd></div>` : nothing}
    </dl>`;
}

/** The list inside "Eerdere versies": every version before the current one, oldest first. */
export function renderVersionList(l: Localizer, current: Agreement, versions: Agreement[]) {
  const earlier = versions.filter((v) => v.version < current.version).sort((a, b) => a.version - b.version);
  if (!earlier.length) return html`<p class="help">${l.t.none}</p>`;
  return html`<ol class="versions-list">
    ${earlier.map((v, i) => html`<li>${renderVersion(l, v, earlier[i - 1])}</li>`)}
  </ol>`;
}

/** The other user's version, shown beside a conflict while the user's own text stays in the form. */
export function renderTheirs(l: Localizer, current: unknown) {
  const a = current as Agreement | null;
  if (!a || typeof a !== 'object' || typeof a.description !== 'string') return nothing;
  return html`<div class="theirs" part="theirs">${renderVersion(l, a)}</div>`;
}
