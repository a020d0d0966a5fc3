/**
 * The patient's printout (function 9) as one Lit template, shared by print mode on screen and by the
 * document that is actually printed, plus that document's A4 stylesheet. Plain Dutch at B1 level: short
 * labels from the dictionary, the patient's own words, dates written out, no codes or symbols. A chunk
 * of its own: the overview fetches it the first time it renders in print mode or prints.
 *
 * Every piece of user text goes through Lit bindings, so it is always text; links only through contactLink (safeHref).
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { buildPrintOverview, type PlanSnapshot, type PrintAction, type PrintDiscussItem, type PrintGoal, type PrintOverview } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';
import { contactLink } from '../shared/contact.js';
import { heading, targetWords } from './overview-text.js';

function renderAction(a: PrintAction, l: Localizer) {
  const { t, date } = l;
  return html`<li class=${a.closed ? 'closed' : ''}>
    <span class="what">${a.who ? html`<strong>${a.who}:</strong> ` : nothing}${a.description}${a.closed ? html` <em>(${t.closedItems})</em>` : nothing}</span>
    ${a.frequency ? html`<span class="line">${t.printHowOften}: ${a.frequency}</span>` : nothing}
    ${a.support ? html`<span class="line">${t.printHelp}: ${a.support}</span>` : nothing}
    ${a.evaluationDate ? html`<span class="line">${t.printCheck} ${date(a.evaluationDate)}.</span>` : nothing}
  </li>`;
}

function renderActions(actions: PrintAction[], l: Localizer) {
  return actions.length
    ? html`<ul class="actions-list">${actions.map((a) => renderAction(a, l))}</ul>`
    : html`<p class="nothing">${l.t.printNothing}</p>`;
}

function renderGoal(goal: PrintGoal, l: Localizer, level: number) {
  const { t } = l;
  return html`<section class="goal${goal.closed ? ' closed' : ''}">
    ${heading(level, html`<span class="label">${t.printMyGoal}<span class="visually-hidden">:</span></span> <span class="goal-text">${goal.description}</span>`, undefined, 'goal-heading')}
    ${goal.closed ? html`<p class="closed-note"><strong>${t.closedItems}${goal.outcome ? `: ${t.goalOutcomes[goal.outcome]}` : ''}</strong></p>` : nothing}
    ${goal.targets.length ? html`<ul class="targets">${goal.targets.map((target) => html`<li>${targetWords(target, l)}</li>`)}</ul>` : nothing}
    ${heading(level + 1, t.printWhatIDo, undefined, 'sub-heading')}
    ${renderActions(goal.selfActions, l)}
    ${heading(level + 1, t.printWhatProviderDoes, undefined, 'sub-heading')}
    ${renderActions(goal.providerActions, l)}
    ${goal.carerActions.length ? html`${heading(level + 1, t.printWhatOthersDo, undefined, 'sub-heading')}${renderActions(goal.carerActions, l)}` : nothing}
  </section>`;
}

/** What was added to the current plan and not yet agreed: apart, so nobody takes it for the plan. */
function renderToDiscuss(items: PrintDiscussItem[] | undefined, l: Localizer, level: number) {
  if (!items?.length) return nothing;
  const { t } = l;
  return html`<section class="box discuss">
    ${heading(level, t.printToDiscuss, undefined, 'box-heading')}
    <p>${t.printToDiscussHelp}</p>
    <ul>${items.map((item) => html`<li>${item.kind === 'goal' ? html`<strong>${t.printMyGoal}:</strong> ` : nothing}${item.description}${
      item.goal ? html` <span class="line">(${t.goal}: ${item.goal})</span>` : nothing}</li>`)}</ul>
  </section>`;
}

/** Print mode on screen: the printout built from the plan in context (rendering it is not printing: no audit). */
export function renderPrintout(snapshot: PlanSnapshot, options: { date: string; includeClosed: boolean }, l: Localizer, level: number, practice = ''): TemplateResult {
  return renderPrint(buildPrintOverview(snapshot, options), l, level, practice);
}

/** The printout; `level` is the heading level of "Mijn zorgplan" (1 in the printed document). */
export function renderPrint(p: PrintOverview, l: Localizer, level: number, practice = ''): TemplateResult {
  const { t, date } = l;
  const { contact } = p;
  return html`<div class="printout" lang=${l.lang}>
    ${heading(level, t.printHeading, undefined, 'print-title')}
    <p class="intro">${t.printIntro(p.patientName ?? '', date(p.date))}</p>
    ${p.planStatus === 'draft' ? html`<p class="intro">${t.status}: ${t.planStatus.draft}</p>` : nothing}
    ${p.goals.length ? p.goals.map((g) => renderGoal(g, l, level + 1)) : html`<p class="nothing">${t.printNothing}</p>`}
    ${renderToDiscuss(p.toDiscuss, l, level + 1)}
    <div class="closing">
      <section class="box contact">
        ${heading(level + 1, t.printContact, undefined, 'box-heading')}
        <p>
          <strong class="line">${contact.name}</strong>
          ${contact.role ? html`<span class="line">${t.roles[contact.role as keyof typeof t.roles] ?? contact.role}</span>` : nothing}
          ${practice ? html`<span class="line">${practice}</span>` : nothing}
          ${contact.contact ? html`<span class="line">${contactLink(contact.contact)}</span>` : nothing}
        </p>
      </section>
      <section class="box next">
        ${heading(level + 1, t.printNextTalk, undefined, 'box-heading')}
        <p>${p.nextEvaluationDate ? html`<strong>${date(p.nextEvaluationDate)}</strong>` : t.printNothing}</p>
      </section>
    </div>
  </div>`;
}

/**
 * The stylesheet of the printed document: A4, black on white, 13pt type, short lines, nothing that
 * needs colour to be understood. A constant: no user text ever goes into it.
 */
export const PRINT_CSS = `
@page { size: A4 portrait; margin: 18mm 18mm 20mm; }
html { color: #000; background: #fff; font-family: Arial, Helvetica, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 13pt; line-height: 1.45; overflow-wrap: anywhere; }
* { color: #000 !important; background: transparent !important; box-shadow: none !important; }
body { margin: 0; }
.printout { max-width: 36em; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 22pt; margin: 0 0 4pt; }
h2 { font-size: 16pt; margin: 0 0 6pt; }
h3 { font-size: 13.5pt; margin: 10pt 0 3pt; }
p { margin: 0 0 6pt; }
.label { display: block; font-size: 12pt; font-weight: 400; }
.goal { border-top: 2pt solid #000; padding-top: 8pt; margin-top: 16pt; break-inside: avoid; page-break-inside: avoid; }
.goal.closed { border-top-style: dashed; }
ul { margin: 0 0 6pt; padding-left: 1.3em; }
li { margin-bottom: 5pt; }
.line { display: block; }
.closing { break-inside: avoid; page-break-inside: avoid; padding-top: 4pt; }
.box { border: 2pt solid #000; padding: 6pt 10pt; margin-top: 10pt; }
.box p { margin: 0; }
.box h2 { font-size: 14pt; }
a { text-decoration: underline; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/**
 * Fills an empty document (the print frame's) with the printout and its A4 stylesheet, by DOM APIs only.
 * The stylesheet is a constructed one, adopted by the document: a `<style>` element would be blocked by a
 * host's `style-src 'self'`, and CSSOM is not subject to CSP.
 */
export function fillPrintDocument(doc: Document, overview: PrintOverview, l: Localizer, practice = ''): void {
  const win = doc.defaultView;
  if (!win) throw new Error('The print document has no window');
  doc.documentElement.lang = l.lang;
  doc.title = [l.t.printHeading, overview.patientName].filter(Boolean).join(' – ');
  // Made by the frame's own constructor: a document adopts only sheets made in its own window.
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(PRINT_CSS);
  doc.adoptedStyleSheets = [sheet];
  render(renderPrint(overview, l, 1, practice), doc.body, { creationScope: doc });
}
