import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Izp, PlanSnapshot } from '../../core/index.js';
import { importFhirBundle, type FhirImportReport, type ImportNote } from '../../fhir/index.js';
import { heading } from '../shared/render.js';
import type { PlanContext } from '../shared/context.js';
import { PlanConsumer } from '../shared/plan-consumer.js';
import { IzpElement } from '../shared/izp-element.js';
import { SaveController } from '../shared/save-controller.js';
import { fhirTransferText } from './fhir-transfer-text.js';
import { styles } from './fhir-transfer.styles.js';

/**
 * Imports a FHIR R4 Bundle (JSON file) as the plan of a patient without an open plan. The Bundle is read
 * and checked first: an invalid file stores nothing and says why, naming the entry and the field. The
 * core then stores the plan in one change, audited as an import. Afterwards the element lists what was
 * not taken over (other resources, unmapped elements) and what was filled in, to be checked.
 *
 * Give it `izp` (or place it in `<izp-plan>`) and the host's `patient-id`. The host decides where it is
 * offered (typically where `<izp-plan>` says the patient has no plan yet); the core decides who may import.
 *
 * @tagname izp-fhir-import
 * @event izp-fhir-imported - The plan was stored; `detail` holds the stored `snapshot` and the `report`.
 * @event izp-error - The file was not valid or storing failed (`detail.action` is `fhir-import`); nothing was stored.
 * @csspart title - The heading.
 * @csspart file - The file input.
 * @csspart report - What was not taken over or filled in.
 * @csspart report-title - The headings of the report's lists.
 * @cssproperty --izp-fhir-background - Background of the box; falls back to `--izp-color-surface`.
 * @cssproperty --izp-fhir-border - Border of the box; falls back to `--izp-color-border`.
 */
export class IzpFhirImport extends IzpElement {
  static override styles = styles;

  /** The core; overrides the one `<izp-plan>` provides. */
  @property({ attribute: false }) izp: Izp | null = null;
  /** The patient the plan is for, as the host knows them. */
  @property({ attribute: 'patient-id' }) patientId = '';
  /** The patient's name as the host knows it; fills in a Bundle without one. */
  @property({ attribute: 'patient-name' }) patientName = '';
  /** The level of the heading (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The plan, core and language from the surrounding `<izp-plan>`; every new value updates the element. */
  private readonly consumer = new PlanConsumer(this, (ctx) => [ctx]);
  private get ctx(): PlanContext | undefined {
    return this.consumer.value;
  }

  /** Storing the plan: progress, the error wrapped and reported (`izp-error`), the announcement, the re-read. */
  private readonly save = new SaveController(this, () => this.ctx);
  @state() private result: { snapshot: PlanSnapshot; report: FhirImportReport } | null = null;
  @state() private failure: { text: string; detail: string } | null = null;

  private get core(): Izp | null {
    return this.izp ?? this.ctx?.izp ?? null;
  }

  private get language(): string {
    return this.ctx?.l.lang || this.closest('[lang]')?.getAttribute('lang') || 'nl';
  }

  /** Imports a Bundle (parsed JSON or its text); resolves with the stored plan and the report, or null. */
  async import(bundle: unknown): Promise<{ snapshot: PlanSnapshot; report: FhirImportReport } | null> {
    const izp = this.core;
    const t = fhirTransferText(this.language);
    if (!izp || this.save.saving) return null;
    this.result = null;
    this.failure = null;
    let parsed = bundle;
    if (typeof bundle === 'string') {
      try {
        parsed = JSON.parse(bundle);
      } catch {
        this.failure = { text: t.notJson, detail: '' };
        return null;
      }
    }
    const options = { ...(this.patientId ? { patientId: this.patientId } : {}), ...(this.patientName ? { patientName: this.patientName } : {}) };
    const result = await this.save.run('fhir-import', () => importFhirBundle(izp, parsed, options),
      (stored) => t.imported(stored.snapshot.goals.length, stored.snapshot.agreements.length), (stored) => {
        this.result = stored;
        this.emit('izp-fhir-imported', stored);
      });
    const error = this.save.error;
    if (!result && error) this.failure = { text: error.code === 'validation' ? t.invalid : t.failed, detail: error.localized(this.language) };
    return result ?? null;
  }

  private async chosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await this.import(await file.text());
    input.value = '';
  }

  protected override render() {
    if (!this.core) return nothing;
    const t = fhirTransferText(this.language);
    return html`<section aria-labelledby="fhir-import-title" aria-busy=${this.save.saving ? 'true' : 'false'}>
      ${heading(this.headingLevel, 'fhir-import-title', t.importTitle, 'title', false)}
      <p class="hint" id="fhir-import-hint">${t.importHint}</p>
      <label for="fhir-file">${t.importFile}</label>
      <input id="fhir-file" part="file" type="file" accept=".json,application/json,application/fhir+json"
        aria-describedby="fhir-import-hint" ?disabled=${this.save.saving} @change=${(e: Event) => void this.chosen(e)} />
      ${this.save.saving ? html`<p role="status">${t.importing}</p>` : nothing}
      ${this.failure ? html`<div class="alert" role="alert"><p>${this.failure.text}</p>${this.failure.detail ? html`<p>${this.failure.detail}</p>` : nothing}</div>` : nothing}
      ${this.result ? this.renderReport(this.result) : nothing}
    </section>`;
  }

  private renderReport({ snapshot, report }: { snapshot: PlanSnapshot; report: FhirImportReport }) {
    const t = fhirTransferText(this.language);
    const line = (n: ImportNote) => html`<li>${n.resource}${n.field ? ` · ${n.field}` : ''}: ${n.message}</li>`;
    return html`<div part="report">
      <p class="done" role="status">${t.imported(snapshot.goals.length, snapshot.agreements.length)}</p>
      ${report.unmapped.length ? html`${heading(this.headingLevel + 1, 'fhir-unmapped', t.unmappedTitle(report.unmapped.length), 'report-title', false)}<ul>${report.unmapped.map(line)}</ul>` : html`<p>${t.nothingLeftOut}</p>`}
      ${report.filledIn.length ? html`${heading(this.headingLevel + 1, 'fhir-filled-in', t.filledInTitle(report.filledIn.length), 'report-title', false)}<ul>${report.filledIn.map(line)}</ul>` : nothing}
    </div>`;
  }
}
