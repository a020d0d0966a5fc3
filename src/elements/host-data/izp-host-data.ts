import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ModuleElement } from '../shared/module-element.js';
import { moduleStyles } from '../shared/module.styles.js';

/** A prescription as the host system (HIS) holds it; shown, never retyped. */
export interface MedicationItem {
  name: string;
  dose?: string;
  since?: string;
}

/** A diagnosis or problem as the host system holds it (an ICPC code, for example). */
export interface DiagnosisItem {
  name: string;
  code?: string;
  since?: string;
}

/** Items with a name; a host's list may hold anything, and what cannot be shown is left out. */
function valid<T extends { name: string }>(items: readonly T[] | null | undefined): T[] {
  return Array.isArray(items) ? (items as readonly (T | null | undefined)[]).filter((i): i is T => !!i && typeof i.name === 'string' && !!i.name.trim()) : [];
}

/**
 * The patient's diagnoses and medication as the host system (HIS) holds them, given as properties: shown
 * beside the plan so nobody retypes them, never stored in it and never edited here. A list that is empty
 * is not shown. In the patient's own view a diagnosis is named without its code.
 *
 * `<izp-plan …><izp-host-data .medication=${[{ name: 'Metformine', dose: '2 x 500 mg' }]}></izp-host-data></izp-plan>`
 *
 * @tagname izp-host-data
 * @csspart section - A list, a `<details>` with how many items as summary.
 * @csspart medication - The medication list.
 * @csspart diagnoses - The diagnoses.
 * @cssproperty --izp-modules-section-background - Background of a section.
 * @cssproperty --izp-spacing - The base spacing unit.
 */
export class IzpHostData extends ModuleElement {
  static override styles = [moduleStyles, css`
    ul.host-list { margin: 0 0 var(--_space); padding-inline-start: 1.25em; }
  `];

  /** The patient's medication as the host system holds it: `{ name, dose?, since? }[]`. */
  @property({ attribute: false }) medication: MedicationItem[] = [];
  /** The patient's diagnoses as the host system holds them: `{ name, code?, since? }[]`. */
  @property({ attribute: false }) diagnoses: DiagnosisItem[] = [];
  /** Unfold the sections also when they are empty (default: only those with content); the user may still fold them. */
  @property({ type: Boolean }) override open = false;



  protected override render() {
    if (!this.ctx?.snapshot) return nothing;
    const l = this.ctx.l;
    const plain = this.plain;
    const lists = [['diagnoses', valid(this.diagnoses)], ['medication', valid(this.medication)]] as const;
    return html`${lists.filter(([, items]) => items.length).map(([kind, items]) => this.renderSection({
      key: kind, hasContent: true, hint: l.t.modCount[kind](items.length), body: this.renderList(kind, items, plain),
    }))}`;
  }

  private renderList(kind: 'medication' | 'diagnoses', items: readonly (MedicationItem | DiagnosisItem)[], plain: boolean) {
    const { t } = this.ctx!.l;
    return html`
      <ul class="host-list" part=${kind}>
        ${items.map((item) => {
          // The patient's own view names the diagnosis, not its ICPC code.
          const detail = kind === 'medication' ? (item as MedicationItem).dose : plain ? undefined : (item as DiagnosisItem).code;
          return html`<li><span class="name">${item.name}</span>${detail ? (kind === 'medication' ? ` — ${detail}` : ` (${detail})`) : ''}${this.since(item.since)}</li>`;
        })}
      </ul>
      <p class="help">${t.modHostNote}</p>`;
  }

  /** `2026-03-01` as a date in words; anything else as the host wrote it. */
  private since(value: string | undefined): string {
    if (!value) return '';
    const l = this.ctx!.l;
    return `, ${l.t.modSince(/^\d{4}-\d{2}-\d{2}$/.test(value) ? l.date(value) : value)}`;
  }
}
