/**
 * The forms of `<izp-profile>`'s sections and how each becomes the core's `ProfileChanges`: a blank field
 * clears its part with `null`; the other sections stay as they are. Shared decisions are edited as rows,
 * one fieldset per decision plus blank ones, an existing one ticked for removal.
 */
import { html, nothing } from 'lit';
import { readinessStages, type Decision, type PlanProfile, type ProfileChanges } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';
import { field } from '../shared/fields.js';
import { readRows, removeCheck, textOrNull, type ProfileEditor, type ReadSection } from '../shared/profile-editor.js';
import { inventoryDomains, isText, type OwnSection } from './profile-read.js';

type Inventory = NonNullable<PlanProfile['inventory']>;
const DECISION_FIELDS = ['question', 'options', 'chosen', 'why', 'priority'] as const;

/** The fields of a section's form, prefilled from the profile and with the core's messages beside them. */
export function renderProfileFields(l: Localizer, editor: ProfileEditor, section: OwnSection, name: string, profile: PlanProfile | null): unknown {
  const { t } = l;
  const f = `mod-${section}`;
  const err = (path: string) => editor.fieldError(section, path);
  if (isText(section)) {
    return field({ form: f, name: section, label: name, type: 'textarea', value: profile?.[section], error: err(section),
      ...(section === 'professionalNote' ? { help: t.modNoteHelp } : {}) });
  }
  if (section === 'inventory') {
    return inventoryDomains.map((d) => field({ form: f, name: `inventory.${d}`, label: t.domains[d], type: 'textarea',
      value: profile?.inventory?.[d], error: err(`inventory.${d}`) }));
  }
  if (section === 'motivation') {
    return html`${field({ form: f, name: 'readiness', label: t.modReadinessLabel, type: 'select', value: profile?.readiness, error: err('readiness'),
      options: readinessStages.map((s) => [s, t.modReadiness[s]] as const) })}
      ${field({ form: f, name: 'motivation', label: t.modMotivation, type: 'textarea', value: profile?.motivation, error: err('motivation') })}`;
  }
  const rows = [];
  for (let i = 0; i < editor.rowCount('decisions', profile); i++) {
    const rowErr = (fieldName: string, prefix = false) => editor.fieldError('decisions', '', { row: i, field: fieldName, prefix });
    const d: Decision | undefined = profile?.decisions[i];
    rows.push(html`<fieldset>
      <legend>${t.modDecision(i + 1)}</legend>
      ${field({ form: f, name: `decisions.${i}.question`, label: t.modQuestion, value: d?.question, error: rowErr('question') })}
      ${field({ form: f, name: `decisions.${i}.options`, label: t.modOptions, type: 'textarea', help: t.modOptionsHelp,
        value: d?.options.join('\n'), error: rowErr('options', true) })}
      ${field({ form: f, name: `decisions.${i}.chosen`, label: t.modChosen, help: t.modChosenHelp, value: d?.chosen, error: rowErr('chosen') })}
      ${field({ form: f, name: `decisions.${i}.why`, label: t.modWhy, type: 'textarea', value: d?.why, error: rowErr('why') })}
      ${field({ form: f, name: `decisions.${i}.priority`, label: t.modPriority, help: t.modPriorityHelp, value: d?.priority, error: rowErr('priority') })}
      ${d ? removeCheck(f, 'decisions', i, t.modRemove) : nothing}
    </fieldset>`);
  }
  return rows;
}

/**
 * The section's form values (as `readForm` gives them) as the core's changes; for decisions also which
 * form row each was sent from. `profile` is the one on screen when saving: a kept decision keeps its id.
 */
export function readProfileSection(section: OwnSection, values: Record<string, unknown>, profile: PlanProfile | null): ReadSection {
  if (isText(section)) return { changes: { [section]: textOrNull(values[section]) } };
  if (section === 'inventory') {
    const typed = (values['inventory'] ?? {}) as Record<string, unknown>;
    const inventory = Object.fromEntries(inventoryDomains.map((d) => [d, textOrNull(typed[d])])) as Record<keyof Inventory, string | null>;
    return { changes: { inventory: Object.values(inventory).some(Boolean) ? inventory : null } };
  }
  if (section === 'motivation') {
    return { changes: { motivation: textOrNull(values['motivation']), readiness: (textOrNull(values['readiness']) as ProfileChanges['readiness']) ?? null } };
  }
  const { items, rows } = readRows(values, 'decisions', DECISION_FIELDS);
  const decisions = items.map((row, n) => {
    const existing = profile?.decisions[rows[n]!];
    return {
      ...(existing ? { id: existing.id } : {}),
      question: row['question']!,
      options: row['options']!.split('\n').map((o) => o.trim()).filter(Boolean),
      ...Object.fromEntries((['chosen', 'why', 'priority'] as const).filter((k) => row[k]).map((k) => [k, row[k]])),
    };
  });
  return { changes: { decisions }, rows };
}
