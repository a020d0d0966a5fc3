/**
 * The profile's sections of `<izp-modules>`: how each reads, its small form, and how the form becomes
 * the core's `ProfileChanges` (a blank field clears its part with `null`; other sections stay as they are).
 * Everything typed by people is rendered as text, never as markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { readinessStages, type ProfileChanges, type Decision, type EducationLink, type PlanProfile } from '../../core/index.js';
import { field } from '../shared/fields.js';
import { excerpt, httpsHref, inventoryDomains, profileHasContent, textOrNull, type ProfileSection } from './modules-data.js';
import type { IzpModules } from './izp-modules.js';

type Inventory = NonNullable<PlanProfile['inventory']>;
const textSections = ['complaints', 'selfManagement', 'functioning', 'riskProfile', 'professionalNote'] as const;
type TextSection = (typeof textSections)[number];
const isText = (s: ProfileSection): s is TextSection => (textSections as readonly string[]).includes(s);

/** The hint in a section's summary: the start of the text, or how many items. */
export function profileHint(host: IzpModules, section: ProfileSection, profile: PlanProfile | null): string {
  const { t } = host.ctx!.l;
  if (!profile || !profileHasContent(profile, section)) return t.modEmpty;
  if (isText(section)) return excerpt(profile[section]!);
  switch (section) {
    case 'inventory': return t.modCount.inventory(inventoryDomains.filter((d) => profile.inventory?.[d]).length);
    case 'motivation': return profile.readiness ? host.readinessLabel(profile.readiness) : excerpt(profile.motivation!);
    case 'decisions': return profile.decisions.length === 1 && profile.decisions[0]!.chosen
      ? `${t.modChosen}: ${excerpt(profile.decisions[0]!.chosen, 50)}` : t.modCount.decisions(profile.decisions.length);
    default: return t.modCount.links(profile.links.length);
  }
}

export function renderProfileRead(host: IzpModules, section: ProfileSection, profile: PlanProfile): TemplateResult {
  const l = host.ctx!.l;
  const { t } = l;
  if (isText(section)) return html`<p class="text">${profile[section]}</p>`;
  switch (section) {
    case 'inventory': return html`<dl class="facts">
      ${inventoryDomains.filter((d) => profile.inventory?.[d]).map((d) => html`<dt>${host.plain ? t.modDomainsPlain[d] : t.domains[d]}</dt>
        <dd class="text">${profile.inventory![d]}</dd>`)}
    </dl>`;
    case 'motivation': return html`<dl class="facts">
      ${profile.readiness ? html`<dt>${host.plain ? t.modReadinessLabelPlain : t.modReadinessLabel}</dt><dd>${host.readinessLabel(profile.readiness)}</dd>` : nothing}
      ${profile.motivation ? html`<dt>${host.plain ? t.modMotivationPlain : t.modMotivation}</dt><dd class="text">${profile.motivation}</dd>` : nothing}
    </dl>`;
    case 'decisions': return html`<ul class="decisions">${profile.decisions.map((d) => renderDecision(host, d))}</ul>`;
    default: return html`<ul class="links">${profile.links.map((link) => renderLink(host, link))}</ul>`;
  }
}

function renderDecision(host: IzpModules, d: Decision) {
  const { t } = host.ctx!.l;
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

/** A link is clickable only when it is https; it opens in the same tab. Anything else is shown as text. */
function renderLink(host: IzpModules, link: EducationLink) {
  const { t } = host.ctx!.l;
  const href = httpsHref(link.url);
  return html`<li>${href ? html`<a href=${href}>${link.title}</a>`
    : html`${link.title} <span class="help">(${link.url}: ${t.modLinkUnsafe})</span>`}</li>`;
}

// ---- forms ----------------------------------------------------------------------------------------

export function renderProfileForm(host: IzpModules, section: ProfileSection, profile: PlanProfile | null): TemplateResult {
  const { t } = host.ctx!.l;
  const forms = host.forms;
  const save = forms.save(section);
  const f = `mod-${section}`;
  const err = (path: string) => forms.fieldError(section, path);
  const name = host.sectionName(section);
  let fields: unknown;
  if (isText(section)) {
    fields = field({ form: f, name: section, label: name, type: 'textarea', value: profile?.[section], error: err(section),
      help: section === 'professionalNote' ? t.modNoteHelp : undefined });
  } else if (section === 'inventory') {
    fields = inventoryDomains.map((d) => field({ form: f, name: `inventory.${d}`, label: t.domains[d], type: 'textarea',
      value: profile?.inventory?.[d], error: err(`inventory.${d}`) }));
  } else if (section === 'motivation') {
    fields = html`${field({ form: f, name: 'readiness', label: t.modReadinessLabel, type: 'select', value: profile?.readiness, error: err('readiness'),
      options: readinessStages.map((s) => [s, t.modReadiness[s]] as const) })}
      ${field({ form: f, name: 'motivation', label: t.modMotivation, type: 'textarea', value: profile?.motivation, error: err('motivation') })}`;
  } else {
    fields = renderRows(host, section, profile);
  }
  const conflictVersion = (save.conflict?.current as PlanProfile | null | undefined)?.version;
  const form = () => host.renderRoot.querySelector<HTMLFormElement>(`form[data-form="${section}"]`);
  return html`<form class="panel" data-form=${section} aria-label=${name} novalidate
      @submit=${(e: SubmitEvent) => { e.preventDefault(); void forms.submitProfile(section, e.target as HTMLFormElement); }}>
    ${fields}
    ${section === 'decisions' || section === 'links'
      ? html`<div class="actions"><button type="button" @click=${() => forms.addRow(section)}>${t.modAddAnother}</button></div>` : nothing}
    ${save.renderStatus({
      onReload: () => { forms.cancelEdit(section); void host.ctx?.refresh(); },
      ...(conflictVersion ? { onReapply: () => { const el = form(); if (el) void forms.submitProfile(section, el, conflictVersion); } } : {}),
    })}
    <div class="actions">
      <button type="submit" class="primary" ?disabled=${save.saving}>${save.saving ? t.saving : t.save}</button>
      <button type="button" @click=${() => forms.cancelEdit(section)}>${t.cancel}</button>
    </div>
  </form>`;
}

/** One fieldset per decision or link, then blank ones; an existing item can be ticked for removal. */
function renderRows(host: IzpModules, list: 'decisions' | 'links', profile: PlanProfile | null) {
  const { t } = host.ctx!.l;
  const forms = host.forms;
  const count = forms.rowCount(list, profile);
  const f = `mod-${list}`;
  const rows = [];
  for (let i = 0; i < count; i++) {
    const err = (fieldName: string, prefix = false) => forms.fieldError(list, '', { list, row: i, field: fieldName, prefix });
    const existing = profile?.[list][i];
    const remove = existing ? html`<div class="check">
      <input type="checkbox" id="${f}-${i}-remove" name="${list}.${i}.remove" />
      <label for="${f}-${i}-remove">${t.modRemove}</label>
    </div>` : nothing;
    if (list === 'decisions') {
      const d = existing as Decision | undefined;
      rows.push(html`<fieldset>
        <legend>${t.modDecision(i + 1)}</legend>
        ${field({ form: f, name: `decisions.${i}.question`, label: t.modQuestion, value: d?.question, error: err('question') })}
        ${field({ form: f, name: `decisions.${i}.options`, label: t.modOptions, type: 'textarea', help: t.modOptionsHelp,
          value: d?.options.join('\n'), error: err('options', true) })}
        ${field({ form: f, name: `decisions.${i}.chosen`, label: t.modChosen, help: t.modChosenHelp, value: d?.chosen, error: err('chosen') })}
        ${field({ form: f, name: `decisions.${i}.why`, label: t.modWhy, type: 'textarea', value: d?.why, error: err('why') })}
        ${field({ form: f, name: `decisions.${i}.priority`, label: t.modPriority, help: t.modPriorityHelp, value: d?.priority, error: err('priority') })}
        ${remove}
      </fieldset>`);
    } else {
      const link = existing as EducationLink | undefined;
      rows.push(html`<fieldset>
        <legend>${t.modLink(i + 1)}</legend>
        ${field({ form: f, name: `links.${i}.title`, label: t.modLinkTitle, value: link?.title, error: err('title') })}
        ${field({ form: f, name: `links.${i}.url`, label: t.modLinkUrl, help: t.modLinkUrlHelp, value: link?.url, error: err('url'), maxlength: 2000 })}
        ${remove}
      </fieldset>`);
    }
  }
  return rows;
}

/** The section's form as the core's changes; for lists also which form row each item came from. */
export function readProfileForm(section: ProfileSection, form: HTMLFormElement, profile: PlanProfile | null, rowCount: number): { changes: ProfileChanges; rows?: number[] } {
  const value = (name: string) => {
    const el = form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
    return el && !(el instanceof RadioNodeList) ? el.value : '';
  };
  if (isText(section)) return { changes: { [section]: textOrNull(value(section)) } };
  if (section === 'inventory') {
    const inventory = Object.fromEntries(inventoryDomains.map((d) => [d, textOrNull(value(`inventory.${d}`))])) as Record<keyof Inventory, string | null>;
    return { changes: { inventory: Object.values(inventory).some(Boolean) ? inventory : null } };
  }
  if (section === 'motivation') {
    return { changes: { motivation: textOrNull(value('motivation')), readiness: (textOrNull(value('readiness')) as ProfileChanges['readiness']) ?? null } };
  }
  const rows: number[] = [];
  const items: Record<string, unknown>[] = [];
  const fields = section === 'decisions' ? ['question', 'options', 'chosen', 'why', 'priority'] : ['title', 'url'];
  for (let i = 0; i < rowCount; i++) {
    if ((form.elements.namedItem(`${section}.${i}.remove`) as HTMLInputElement | null)?.checked) continue;
    const row = Object.fromEntries(fields.map((name) => [name, value(`${section}.${i}.${name}`).trim()]));
    if (Object.values(row).every((v) => !v)) continue;
    rows.push(i);
    if (section === 'links') {
      items.push({ title: row.title, url: row.url });
      continue;
    }
    const existing = profile?.decisions[i];
    items.push({
      ...(existing ? { id: existing.id } : {}),
      question: row.question,
      options: row.options!.split('\n').map((o) => o.trim()).filter(Boolean),
      ...Object.fromEntries(['chosen', 'why', 'priority'].filter((k) => row[k]).map((k) => [k, row[k]])),
    });
  }
  return { changes: { [section]: items }, rows };
}
