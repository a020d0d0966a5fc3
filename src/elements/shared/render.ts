/**
 * Small render helpers every element shares: headings at a level the host
 * chooses, who carries an agreement out, stamps as dates, and focus after a failed save.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Performer, Stamp } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';

/**
 * A heading at `level` (2–6), from fixed templates. An element's own heading is focusable by script
 * (tabindex -1), so focus can land on it when the button that had it disappears (after closing); a
 * dialog's is not, so that opening the dialog focuses its first field.
 */
export function heading(level: number, id: string, content: unknown, part = 'title', focusable = true): TemplateResult {
  const tabindex = focusable ? '-1' : undefined;
  switch (Math.min(6, Math.max(2, Math.round(level) || 4))) {
    case 2: return html`<h2 id=${id} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
    case 3: return html`<h3 id=${id} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4: return html`<h4 id=${id} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5: return html`<h5 id=${id} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    default: return html`<h6 id=${id} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
  }
}

/**
 * "Zorgverlener: Lotte Kramer, Diëtist"; the name is the user's text and is rendered as text. A role such
 * as "Praktijkondersteuner (POH)" has brackets of its own, so it follows a comma, never more brackets.
 */
export function performerText(l: Localizer, performer: Performer): string {
  const { t } = l;
  const role = performer.role && performer.role !== performer.kind ? t.roles[performer.role] : '';
  const who = performer.name && role ? t.personWithRole(performer.name, role) : performer.name || role;
  return `${t.performerKinds[performer.kind]}${who ? `: ${who}` : ''}`;
}

/** When and by whom, in the user's time zone and language. */
export function stampText(l: Localizer, stamp: Stamp): string {
  return `${l.dateTime(stamp.at)}, ${stamp.by.name}`;
}

/** After a failed save: puts focus on the first field the core rejected, so the user hears its message. */
export async function focusFirstInvalid(host: { updateComplete: Promise<boolean> }, form: HTMLFormElement | undefined | null): Promise<void> {
  await host.updateComplete;
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
