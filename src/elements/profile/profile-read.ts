/**
 * How the profile's sections read in `<izp-profile>`: the text of a section, the SFMPC inventory per
 * domain, motivation and readiness, and the shared decisions with the option chosen. Everything typed by
 * people is rendered as text, never as markup. Plain words in the patient's own view (`plain`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Decision, Domain, PlanProfile } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';
import { excerpt } from '../shared/module-section.js';
import type { ProfileSection } from '../shared/profile-editor.js';

/** The sections `<izp-profile>` shows: the profile without its links (`<izp-links>` shows those). */
export type OwnSection = Exclude<ProfileSection, 'links'>;
export const ownSections = [
  'complaints', 'inventory', 'motivation', 'selfManagement', 'functioning', 'riskProfile', 'decisions', 'professionalNote',
] as const satisfies readonly OwnSection[];

export const textSections = ['complaints', 'selfManagement', 'functioning', 'riskProfile', 'professionalNote'] as const;
export type TextSection = (typeof textSections)[number];
export const isText = (s: OwnSection): s is TextSection => (textSections as readonly string[]).includes(s);

export const inventoryDomains: readonly Domain[] = ['somatic', 'functional', 'social', 'psychological', 'communicative'];

/** Whether a section has anything in it. */
export function hasContent(profile: PlanProfile | null | undefined, section: OwnSection): boolean {
  if (!profile) return false;
  switch (section) {
    case 'inventory': return inventoryDomains.some((d) => !!profile.inventory?.[d]);
    case 'motivation': return !!profile.motivation || !!profile.readiness;
    case 'decisions': return profile.decisions.length > 0;
    default: return !!profile[section];
  }
}

/** A readiness stage in the care team's words or the patient's. */
export function readinessLabel(l: Localizer, stage: keyof Localizer['t']['modReadiness'], plain: boolean): string {
  return (plain ? l.t.modReadinessPlain : l.t.modReadiness)[stage];
}

/** The hint in a section's summary: the start of the text, or how many items. */
export function profileHint(l: Localizer, plain: boolean, section: OwnSection, profile: PlanProfile | null): string {
  const { t } = l;
  if (!profile || !hasContent(profile, section)) return t.modEmpty;
  if (isText(section)) return excerpt(profile[section]!);
  switch (section) {
    case 'inventory': return t.modCount.inventory(inventoryDomains.filter((d) => profile.inventory?.[d]).length);
    case 'motivation': return profile.readiness ? readinessLabel(l, profile.readiness, plain) : excerpt(profile.motivation!);
    default: return profile.decisions.length === 1 && profile.decisions[0]!.chosen
      ? `${t.modChosen}: ${excerpt(profile.decisions[0]!.chosen, 50)}` : t.modCount.decisions(profile.decisions.length);
  }
}

export function renderProfileRead(l: Localizer, plain: boolean, section: OwnSection, profile: PlanProfile): TemplateResult {
  const { t } = l;
  if (isText(section)) return html`<p class="text">${profile[section]}</p>`;
  switch (section) {
    case 'inventory': return html`<dl class="facts">
      ${inventoryDomains.filter((d) => profile.inventory?.[d]).map((d) => html`<dt>${plain ? t.modDomainsPlain[d] : t.domains[d]}</dt>
        <dd class="text">${profile.inventory![d]}</dd>`)}
    </dl>`;
    case 'motivation': return html`<dl class="facts">
      ${profile.readiness ? html`<dt>${plain ? t.modReadinessLabelPlain : t.modReadinessLabel}</dt><dd>${readinessLabel(l, profile.readiness, plain)}</dd>` : nothing}
      ${profile.motivation ? html`<dt>${plain ? t.modMotivationPlain : t.modMotivation}</dt><dd class="text">${profile.motivation}</dd>` : nothing}
    </dl>`;
    default: return html`<ul class="decisions">${profile.decisions.map((d) => renderDecision(l, d))}</ul>`;
  }
}

function renderDecision(l: Localizer, d: Decision) {
  const { t } = l;
  return html`<li class="decision">
    <p class="question">${d.question}</p>
    <ul class="options">
      ${d.options.map((o) => html`<li class=${o === d.chosen ? 'chosen' : ''}>${o}${o === d.chosen ? html` <span class="badge">${t.modChosenMark}</span>` : nothing}</li>`)}
    </ul>
    <dl class="facts">
      ${d.chosen && !d.options.includes(d.chosen) ? html`<dt>${t.modChosen}</dt><dd>${d.chosen}</dd>` : nothing}
      ${d.why ? html`<dt>${t.modWhy}</dt><dd class="text">${d.why}</dd>` : nothing}
      ${d.priority ? html`<dt>${t.modPriority}</dt><dd class="text">${d.priority}</dd>` : nothing}
    </dl>
  </li>`;
}
