import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { MeasurementInput, type MeasurementRecord, type PlanSnapshot } from '../../core/index.js';
import { field } from '../shared/fields.js';
import { FormController } from '../shared/form-controller.js';
import { ModuleElement } from '../shared/module-element.js';
import { excerpt } from '../shared/module-section.js';
import { heading } from '../shared/render.js';
import { renderTrendChart, targetText, valueText } from './measurements-chart.js';
import { buildSeries, type Series } from './measurements-data.js';
import { styles } from './izp-measurements.styles.js';

/**
 * Measured and target values: per measure the latest value, the target of the goal that names it, and a
 * small trend chart (inline SVG, an image with a spoken summary) with the values as a table beside it.
 * Home measurements, lab results and values measured at evaluations are all in it. The patient adds
 * home measurements in their own view; a team member with write access adds results.
 *
 * Place it inside `<izp-plan>`; `<izp-modules>` shows it with the other modules.
 *
 * @tagname izp-measurements
 * @event izp-measurement-added - A measured value was added; `detail.measurement` is the record.
 * @event izp-error - Adding failed (`detail.action` is `addMeasurement`); nothing was stored and the input was kept.
 * @csspart section - The section, a `<details>` with the latest values as summary.
 * @csspart measure - One measure with its latest value, target and trend chart.
 * @csspart measure-title - The name of a measure.
 * @csspart chart - A trend chart.
 * @csspart data-table - The values of a chart as a table (folded).
 * @csspart add-measurement - The "add a measurement" form.
 * @csspart error - The message when a save failed.
 * @cssproperty --izp-modules-section-background - Background of the section.
 * @cssproperty --izp-chart-color - Colour of a chart's line and points (default the primary colour).
 * @cssproperty --izp-chart-target-color - Colour of a chart's target line.
 * @cssproperty --izp-color-primary - Main colour of buttons and charts.
 * @cssproperty --izp-spacing - The base spacing unit.
 */
export class IzpMeasurements extends ModuleElement {
  static override styles = styles;

  /** The level of each measure's heading (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 4;
  /** Unfold the sections also when they are empty (default: only those with content); the user may still fold them. */
  @property({ type: Boolean }) override open = false;


  /** Whether the "add a measurement" form is unfolded. */
  @state() private adding = false;

  private readonly add = new FormController(this, () => this.ctx, {
    action: 'addMeasurement',
    schema: MeasurementInput,
    subject: 'measurement',
    call: (izp, input, { idempotencyKey }) => izp.addMeasurement(this.ctx!.snapshot!.plan.id, input, { idempotencyKey }),
    announce: (t) => t.modAnnounceMeasurement,
    done: (measurement: MeasurementRecord) => {
      this.adding = false;
      this.emit('izp-measurement-added', { measurement });
    },
    focus: () => this.renderRoot.querySelector<HTMLElement>('button[data-add="measurement"]'),
  });

  protected override forget(): void {
    super.forget();
    this.add.reset();
    this.adding = false;
  }

  /** When the core lets this user add one: the patient measures at home, a team member with write access records a result. */
  private canAdd(snapshot: PlanSnapshot): boolean {
    return !!this.ctx?.izp?.can('measurement.add', snapshot.plan);
  }

  protected override render() {
    const snapshot = this.ctx?.snapshot;
    if (!snapshot) return nothing;
    const l = this.ctx.l;
    const series = buildSeries(snapshot);
    const canAdd = this.canAdd(snapshot);
    if (series.length === 0 && !canAdd) return nothing;
    return this.renderSection({
      key: 'measurements', hasContent: series.length > 0, hint: this.hint(series),
      body: html`
        ${series.length === 0 ? html`<p class="help">${l.t.modNoMeasurements}</p>` : nothing}
        ${series.map((s, i) => this.renderMeasure(s, i))}
        ${canAdd ? this.renderAdd() : nothing}`,
    });
  }

  /** "HbA1c 56 mmol/mol · Gewicht 128 kg": the latest value of each measure. */
  private hint(series: Series[]): string {
    const l = this.ctx!.l;
    const latest = series.filter((s) => s.points.length).map((s) => `${s.measure} ${valueText(l, s.points[s.points.length - 1]!.value, s.unit)}`);
    return latest.length ? excerpt(latest.join(' · '), 70) : l.t.modEmpty;
  }

  private renderMeasure(s: Series, i: number) {
    const l = this.ctx!.l;
    const { t } = l;
    const last = s.points[s.points.length - 1];
    return html`<div class="measure" part="measure">
      ${heading(this.headingLevel, `measure-${i}`, s.measure, 'measure-title', false)}
      <p>
        ${last ? t.modLatest(valueText(l, last.value, s.unit), l.date(last.date)) : t.modNoMeasurements}
        ${s.target ? html`<br />${(this.plain ? t.modTargetPlain : t.modTarget)(targetText(l, s))}` : nothing}
      </p>
      ${renderTrendChart(l, s, this.plain)}
    </div>`;
  }

  private toggle(open: boolean): void {
    this.adding = open;
    if (!open) {
      this.add.clear();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button[data-add="measurement"]')?.focus());
    }
  }

  private renderAdd() {
    const { t } = this.ctx!.l;
    const save = this.add;
    const err = (path: string) => save.fieldError(path);
    const f = 'mod-measurement';
    return html`
      <button type="button" data-add="measurement" aria-expanded=${this.adding ? 'true' : 'false'} aria-controls="add-measurement"
        @click=${() => this.toggle(!this.adding)}>${t.modAddMeasurement}</button>
      <form id="add-measurement" part="add-measurement" class="panel" ?hidden=${!this.adding} aria-label=${t.modAddMeasurement} novalidate
        ${ref(save.form)} @submit=${save.onSubmit}>
        ${field({ form: f, name: 'measure', label: t.modMeasure, required: true, error: err('measure') })}
        <div class="row">
          ${field({ form: f, name: 'value', label: t.modValue, type: 'number', step: 'any', required: true, error: err('value') })}
          ${field({ form: f, name: 'unit', label: t.modUnit, maxlength: 40, error: err('unit') })}
        </div>
        ${field({ form: f, name: 'date', label: t.modDate, type: 'date', help: t.modDateHelp, error: err('date') })}
        ${save.renderStatus()}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${save.saving}>${save.saving ? t.saving : t.modAddMeasurement}</button>
          <button type="button" @click=${() => this.toggle(false)}>${t.cancel}</button>
        </div>
      </form>`;
  }
}
