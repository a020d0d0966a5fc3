/**
 * The in-page navigation of `<izp-plan>`'s professional view: a tab list (the WAI-ARIA tabs pattern,
 * automatic activation) over Plan, Consult, Modules, Team, Geschiedenis and Overzicht. Only the active
 * section is rendered: the others are not in the DOM, so a GP beside the HIS sees one screen's worth at
 * a time, and the elements of the other sections load and render only when asked for.
 */
import { css, html, type nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { buildOverview, compareGoals, type Goal, type PlanSnapshot } from '../../core/index.js';
import type { PlanSection } from '../../events/events.js';
import type { Localizer } from '../../i18n/localize.js';
import type { DiagnosisItem, MedicationItem } from '../host-data/izp-host-data.js';

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

/** What a section shows besides the plan: the host's medication and diagnoses, and the add-goal control. */
export interface SectionInputs {
  l: Localizer;
  snapshot: PlanSnapshot;
  medication: MedicationItem[];
  diagnoses: DiagnosisItem[];
  addGoal: () => TemplateResult | typeof nothing;
}

/**
 * The goals in the order of the overview, sorted once per list: a re-read plan keeps its goals' array
 * while no goal changed (keep-identity.ts), so an update of an agreement sorts nothing.
 */
const sorted = new WeakMap<readonly Goal[], readonly Goal[]>();
function goalsInOrder(goals: readonly Goal[]): readonly Goal[] {
  let list = sorted.get(goals);
  if (!list) sorted.set(goals, (list = [...goals].sort(compareGoals)));
  return list;
}

/**
 * The active section's content. The Consult section leaves out "what was agreed": the Plan section shows
 * it. Goals come in the one order of the overview and the printout (open first, by priority, oldest first).
 */
export function renderSection(section: PlanSection, { l, snapshot, medication, diagnoses, addGoal }: SectionInputs) {
  const { t } = l;
  switch (section) {
    case 'consult':
      return html`<izp-consultation part="consultation" heading-level="3" without-agreed></izp-consultation>`;
    case 'modules':
      return html`<izp-modules heading-level="3" .medication=${medication} .diagnoses=${diagnoses}></izp-modules>`;
    case 'team':
      return html`<izp-care-team heading-level="3"></izp-care-team>`;
    case 'history':
      return html`<izp-history heading-level="3"></izp-history>`;
    case 'overview':
      return html`<izp-overview heading-level="3"></izp-overview>
        <izp-fhir-export heading-level="3"></izp-fhir-export>`;
    default: {
      // The same sorted list while no goal changed: the keyed list is not even walked then.
      const goals = goalsInOrder(snapshot.goals);
      return html`<div part="goals" class="goals-section">
        <h3 class="visually-hidden">${t.goals}</h3>
        ${snapshot.goals.length === 0 ? html`<p>${t.noGoals}</p>` : html`<ul class="goals">
          ${guard([goals], () => repeat(goals, (g) => g.id, (g) => html`<li><izp-goal goal-id=${g.id} heading-level="4"></izp-goal></li>`))}
        </ul>`}
        ${addGoal()}
      </div>`;
    }
  }
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
