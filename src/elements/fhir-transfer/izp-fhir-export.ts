import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StorageError, isIzpError, type Izp, type IzpError } from '../../core/index.js';
import { toFhirBundle, type Bundle } from '../../fhir/index.js';
import { heading } from '../shared/render.js';
import type { PlanContext } from '../shared/context.js';
import { PlanConsumer } from '../shared/plan-consumer.js';
import { IzpElement } from '../shared/izp-element.js';
import { fhirTransferText } from './fhir-transfer-text.js';
import { styles } from './fhir-transfer.styles.js';

/**
 * Downloads the whole plan with its history as a FHIR R4 Bundle (a `collection`, JSON), for another
 * system: the GP system, chain care, the patient's portal. The plan and history are read through the
 * core, which judges access and logs the read. Shown in the professional view.
 *
 * Place it inside `<izp-plan>`, or give it `izp` and `plan-id` directly.
 *
 * @tagname izp-fhir-export
 * @event izp-fhir-exported - The Bundle was made and handed to `save` (default: a download); `detail` holds `planId`, `bundle` and `filename`.
 * @event izp-error - Making the Bundle failed (`detail.action` is `fhir-export`).
 * @csspart title - The heading.
 * @csspart button - The download button.
 * @cssproperty --izp-fhir-background - Background of the box; falls back to `--izp-color-surface`.
 * @cssproperty --izp-fhir-border - Border of the box; falls back to `--izp-color-border`.
 */
export class IzpFhirExport extends IzpElement {
  static override styles = styles;

  /** The core; overrides the one `<izp-plan>` provides. */
  @property({ attribute: false }) izp: Izp | null = null;
  /** The plan to export; default the plan `<izp-plan>` shows. */
  @property({ attribute: 'plan-id' }) planId = '';
  /** The level of the heading (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /**
   * Where the Bundle goes. Default: downloaded as a file. A host may send it to its own system instead.
   */
  @property({ attribute: false }) save: (bundle: Bundle, filename: string) => void | Promise<void> = download;

  /** The plan, core and language from the surrounding `<izp-plan>`; every new value updates the element. */
  private readonly consumer = new PlanConsumer(this, (ctx) => [ctx]);
  private get ctx(): PlanContext | undefined {
    return this.consumer.value;
  }

  @state() private busy = false;
  @state() private message: { kind: 'done' | 'alert'; text: string } | null = null;

  private get core(): Izp | null {
    return this.izp ?? this.ctx?.izp ?? null;
  }

  private get plan(): string {
    return this.planId || this.ctx?.snapshot?.plan.id || '';
  }

  /** The plan's language, else the element's or the page's `lang`, else Dutch. */
  private get language(): string {
    return this.ctx?.l.lang || this.closest('[lang]')?.getAttribute('lang') || 'nl';
  }

  private get text() {
    return fhirTransferText(this.language);
  }

  /** Makes the Bundle and hands it to `save`; resolves with it, or null when it failed (an `izp-error` says why). */
  async export(): Promise<Bundle | null> {
    const izp = this.core;
    const planId = this.plan;
    if (!izp || !planId || this.busy) return null;
    this.busy = true;
    this.message = null;
    try {
      const [snapshot, history] = await Promise.all([izp.getPlan(planId), izp.history(planId)]);
      if (!snapshot) throw new StorageError();
      const bundle = toFhirBundle(snapshot, { type: 'collection', history });
      const filename = `zorgplan-${snapshot.plan.patientId.replace(/[^A-Za-z0-9-]/g, '_')}-${bundle.timestamp?.slice(0, 10)}.fhir.json`;
      await this.save(bundle, filename);
      this.message = { kind: 'done', text: this.text.exported(filename) };
      this.ctx?.announce(this.message.text);
      this.emit('izp-fhir-exported', { planId, bundle, filename });
      return bundle;
    } catch (caught) {
      const error: IzpError = isIzpError(caught) ? caught : new StorageError(undefined, { cause: caught });
      this.message = { kind: 'alert', text: `${this.text.exportFailed} ${error.localized(this.language)}` };
      this.emit('izp-error', { action: 'fhir-export', error });
      return null;
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    if (!this.core || !this.plan || this.ctx?.view === 'patient') return nothing;
    const t = this.text;
    return html`<section aria-labelledby="fhir-export-title" aria-busy=${this.busy ? 'true' : 'false'}>
      ${heading(this.headingLevel, 'fhir-export-title', t.exportTitle, 'title', false)}
      <p class="hint">${t.exportHint}</p>
      <button type="button" part="button" ?disabled=${this.busy} @click=${() => void this.export()}>${this.busy ? t.exporting : t.exportButton}</button>
      ${this.message ? html`<p class=${this.message.kind} role=${this.message.kind === 'alert' ? 'alert' : 'status'}>${this.message.text}</p>` : nothing}
    </section>`;
  }
}

/** A file download of the Bundle through a short-lived object URL (never rendered as a link). */
function download(bundle: Bundle, filename: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/fhir+json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
