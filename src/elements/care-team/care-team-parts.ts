/**
 * The care team as rows for `<izp-care-team>`: who is in it, their role and contact, whether they are
 * the case manager (the fixed contact), and what the patient lets them do with the plan.
 */
import { html, nothing } from 'lit';
import type { AccessGrant, Plan, Role } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';
import { heading } from '../shared/render.js';
import { contactHref, contactText } from '../shared/contact.js';

/** What a person may do with the plan: nothing, read, or read and write. */
export type AccessChoice = 'none' | 'read' | 'write';
export const accessChoices = ['none', 'read', 'write'] as const satisfies readonly AccessChoice[];

export interface TeamRow {
  /** Stable for rendering: the person's id, else their place in the care team. */
  key: string;
  id?: string | undefined;
  name: string;
  role?: Role | undefined;
  contact?: string | undefined;
  caseManager: boolean;
  /** False for someone with access who is not (or no longer) in the care team. */
  inTeam: boolean;
  grant?: AccessGrant | undefined;
}

/**
 * The case manager first (also when the plan does not list them in the care team), then the care team
 * in the plan's order, then anyone else the patient granted access: the patient sees everyone who can
 * look into their plan.
 */
export function teamRows(plan: Plan): TeamRow[] {
  const grantOf = (id: string | undefined) => (id ? plan.access?.find((g) => g.actor.id === id) : undefined);
  const cm = plan.caseManager;
  const isCaseManager = (m: { id?: string | undefined; name: string }) => (cm.id ? m.id === cm.id : m.name === cm.name);
  const rows: TeamRow[] = plan.careTeam.map((m, i) => ({
    key: m.id ? `id:${m.id}` : `team:${i}`, id: m.id, name: m.name, role: m.role, contact: m.contact,
    caseManager: isCaseManager(m), inTeam: true, grant: grantOf(m.id),
  }));
  if (!rows.some((r) => r.caseManager)) {
    rows.unshift({ key: cm.id ? `id:${cm.id}` : 'case-manager', id: cm.id, name: cm.name, role: cm.role, caseManager: true, inTeam: true, grant: grantOf(cm.id) });
  }
  rows.sort((a, b) => Number(b.caseManager) - Number(a.caseManager));
  const known = new Set(rows.map((r) => r.id).filter(Boolean));
  for (const g of plan.access ?? []) {
    if (known.has(g.actor.id)) continue;
    rows.push({ key: `id:${g.actor.id}`, id: g.actor.id, name: g.actor.name, role: g.actor.role, caseManager: false, inTeam: false, grant: g });
  }
  return rows;
}

/** What the person may do now. A plan from before access existed has no list and is open to the team. */
export function currentChoice(plan: Plan, row: TeamRow): AccessChoice {
  if (!plan.access) return row.id ? 'write' : 'none';
  return row.grant?.permission ?? 'none';
}

/** A contact as a link only when it is https, mailto or tel; anything else is plain text. */
export function renderContact(l: Localizer, contact: string | undefined) {
  if (!contact) return nothing;
  const href = contactHref(contact);
  return html`<div><dt>${l.t.careTeamContact}</dt><dd>${href
    ? html`<a part="contact" href=${href}>${contactText(contact)}</a>`
    : html`<span part="contact">${contactText(contact)}</span>`}</dd></div>`;
}

/** Name, role, fixed-contact mark, contact and access, for every view. */
export function renderMemberFacts(l: Localizer, plan: Plan, row: TeamRow, index: number, level: number) {
  const { t } = l;
  const choice = currentChoice(plan, row);
  return html`
    ${heading(level, `member-${index}`, row.name, 'name', false)}
    ${row.caseManager ? html`<p class="fixed"><span class="badge fixed-contact" part="fixed-contact">${t.careTeamFixedContact}</span></p>` : nothing}
    <dl class="facts">
      ${row.role ? html`<div><dt>${t.careTeamRole}</dt><dd>${t.roles[row.role]}</dd></div>` : nothing}
      ${renderContact(l, row.contact)}
      <div><dt>${t.careTeamAccess}</dt><dd><span class="badge access-${choice}" part="access">${t.careTeamAccessLevels[choice]}</span></dd></div>
    </dl>
    ${!row.inTeam ? html`<p class="help">${t.careTeamNotInTeam}</p>` : nothing}
  `;
}
