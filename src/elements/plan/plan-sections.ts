/**
 * The in-page navigation of `<izp-plan>`'s professional view: a tab list (the WAI-ARIA tabs pattern,
 * automatic activation) over Plan, Consult, Modules, Team, Geschiedenis and Overzicht. Only the active
 * section is rendered: the others are not in the DOM, so a GP beside the HIS sees one screen's worth at
 * a time, and the elements of the other sections load and render only when asked for.
 */
import { css, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { buildOverview, type PlanSnapshot } from '../../core/index.js';
import type { PlanSection } from '../../events/events.js';
import type { Localizer } from '../../i18n/localize.js';

export type { PlanSection };

export const planSections: readonly PlanSection[] = ['plan', 'consult', 'modules', 'team', 'history', 'overview'];

export function isPlanSection(value: unknown): value is PlanSection {
  return typeof value === 'string' && (planSections as readonly string[]).includes(value);
}

/** The sections a plan offers: the consultation only on a current plan (there is nothing to evaluate before). */
export function sectionsFor(snapshot: PlanSnapshot): PlanSection[] {
  return planSections.filter((s) => s !== 'consult' || snapshot.plan.status === 'active');
}

/**
 * Where a professional starts: the consultation when something is due for evaluation (overdue or within
 * the due list's two weeks) on a current plan, else the plan itself. A GP opens the plan at the start of
 * a consultation, and what is due is what the ten minutes are for.
 */
export function entrySection(snapshot: PlanSnapshot, today: string): PlanSection {
  return snapshot.plan.status === 'active' && buildOverview(snapshot, today).due.length > 0 ? 'consult' : 'plan';
}

/** Today as the user's calendar day (`YYYY-MM-DD`). */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The tab list. Arrow keys move between tabs and show each at once (the section renders quickly);
 * Home and End go to the first and last. Only the selected tab is in the Tab order, and only it names
 * its panel in aria-controls: the other panels are not in the DOM to point at.
 */
export function renderTabs(l: Localizer, sections: readonly PlanSection[], active: PlanSection, select: (section: PlanSection, focus: boolean) => void) {
  const { t } = l;
  const onKey = (event: KeyboardEvent) => {
    const index = sections.indexOf(active);
    const to = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1
      : event.key === 'Home' ? 0 : event.key === 'End' ? sections.length - 1 : null;
    if (to === null) return;
    event.preventDefault();
    select(sections[(to + sections.length) % sections.length]!, true);
  };
  return html`<div role="tablist" class="tabs" part="tabs" aria-label=${t.sectionsLabel} @keydown=${onKey}>
    ${sections.map((s) => html`<button type="button" role="tab" id="tab-${s}" part="tab"
      aria-selected=${s === active ? 'true' : 'false'} aria-controls=${ifDefined(s === active ? `panel-${s}` : undefined)}
      tabindex=${s === active ? '0' : '-1'} @click=${() => select(s, false)}>${t.sections[s]}</button>`)}
  </div>`;
}

export const sectionStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-block-end: 2px solid var(--_border);
    margin-block-end: var(--_space);
  }
  .tabs [role='tab'] {
    border: 1px solid transparent;
    border-block-end: 0;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: transparent;
    color: var(--_text);
    margin-block-end: -2px;
    padding-inline: 1em;
  }
  .tabs [role='tab']:hover { background: var(--_surface-alt); }
  .tabs [role='tab'][aria-selected='true'] {
    border-color: var(--_border);
    border-block-end: 2px solid var(--_surface);
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 600;
  }
  [role='tabpanel']:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  @media print {
    .tabs { display: none; }
  }
`;
