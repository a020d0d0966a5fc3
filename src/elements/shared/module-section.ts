/**
 * The folding sections every module element shows (`<izp-profile>`, `<izp-measurements>`, `<izp-diary>`,
 * `<izp-links>`, `<izp-host-data>`): a `<details>` per module, named in its summary with a short hint, open
 * when it has content or when the user opened it ("concise when possible, extensive when needed").
 */
import { html, type TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localize.js';
import type { ModuleSection } from '../../i18n/translation.js';

export type { ModuleSection };

/** One section as an element shows it. */
export interface SectionView {
  key: ModuleSection;
  /** The short text beside the name in the summary: the start of the text, a count, the latest value. */
  hint: string;
  hasContent: boolean;
  body: unknown;
}

/** The section's name: the care team's term, or plain words (B1) in the patient's own view. */
export function sectionName(l: Localizer, section: ModuleSection, plain: boolean): string {
  return (plain ? l.t.modSectionsPlain : l.t.modSections)[section];
}

/**
 * Which sections the user opened or folded; the others follow whether they have content. Kept per
 * element and cleared when it shows another plan, so a choice never follows the user to another patient.
 */
export class SectionToggles {
  private readonly toggled = new Map<ModuleSection, boolean>();

  clear(): void {
    this.toggled.clear();
  }

  /** `unfold`: open also when empty (the element's `open`); the user's own choice always wins. */
  render(name: string, s: SectionView, unfold = false): TemplateResult {
    const open = this.toggled.get(s.key) ?? (unfold || s.hasContent);
    return html`<details part="section" class="section ${s.hasContent ? 'filled' : 'empty'}" data-section=${s.key} ?open=${open}
        @toggle=${(e: Event) => this.toggled.set(s.key, (e.target as HTMLDetailsElement).open)}>
      <summary><span class="name">${name}</span> <span class="hint">${s.hint}</span></summary>
      <div class="body">${s.body}</div>
    </details>`;
  }
}

/** Puts focus on a section's summary (after the form in it went away). */
export function focusSection(root: ParentNode, section: ModuleSection): void {
  root.querySelector<HTMLElement>(`details[data-section="${section}"] > summary`)?.focus();
}

/** `text` cut at a word near `max` characters, for a summary's hint. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : max).trimEnd()}…`;
}
