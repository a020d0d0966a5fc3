/**
 * Two parts of the evaluation dialog, with what they show and do given as values and callbacks: the rows
 * of measured values (for a goal) and the adjustment made in the same step (change or close the agreement,
 * the goal's new target). The core's messages stand beside the fields they name.
 */
import { html, nothing } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { agreementOutcomes, comparators } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';
import { field } from '../shared/fields.js';
import type { EvaluationTarget, MeasurementRow } from './evaluation-form.js';

/** The form's prefix for field ids. */
export const F = 'evaluation';

export interface RowCallbacks {
  /** The message for a field of row `row`. */
  error: (row: number, key: string) => string | undefined;
  add: () => void;
  remove: (row: number) => void;
  /** The "add" button, where focus goes after a row is removed. */
  addButton: Ref<HTMLButtonElement>;
}

export function renderMeasurementRows(l: Localizer, rows: readonly MeasurementRow[], on: RowCallbacks) {
  const { t } = l;
  return html`<fieldset part="measurements">
    <legend>${t.measurements}</legend>
    ${repeat(rows, (row) => row.key, (row, i) => html`<div class="row" role="group" aria-label=${t.measurementRow(i + 1)}>
      ${field({ form: F, name: `measurements.${i}.measure`, label: t.measure, value: row.measure, error: on.error(i, 'measure') })}
      ${field({ form: F, name: `measurements.${i}.value`, label: t.measuredValue, type: 'number', step: 'any', error: on.error(i, 'value') })}
      ${field({ form: F, name: `measurements.${i}.unit`, label: t.targetUnit, value: row.unit, error: on.error(i, 'unit') })}
      ${rows.length > 1 ? html`<button type="button" aria-label=${`${t.removeMeasurement} (${t.measurementRow(i + 1)})`}
        @click=${() => on.remove(i)}>${t.removeMeasurement}</button>` : nothing}
    </div>`)}
    <button type="button" ${ref(on.addButton)} @click=${() => on.add()}>${t.addMeasurement}</button>
  </fieldset>`;
}

export interface AdjustmentCallbacks {
  /** The message for a field of the adjustment. */
  error: (path: string) => string | undefined;
  /** The user chose to change or to close the agreement. */
  choose: (kind: 'change' | 'close') => void;
}

export function renderAdjustment(l: Localizer, base: EvaluationTarget, adjustKind: 'change' | 'close', on: AdjustmentCallbacks) {
  const { t } = l;
  const err = on.error;
  if (base.kind === 'plan') return html`<p class="help" part="adjustment">${t.adjustPlanHelp}</p>`;
  if (base.kind === 'goal') {
    const first = base.record.targets[0];
    return html`<fieldset part="adjustment">
      <legend>${t.newTarget}</legend>
      ${field({ form: F, name: 'changeGoal.targets.0.measure', label: t.targetMeasure, value: first?.measure, error: err('changeGoal.targets.0.measure') })}
      ${field({ form: F, name: 'changeGoal.targets.0.comparator', label: t.targetComparator, type: 'select', value: first?.comparator,
        options: comparators.map((c) => [c, t.comparatorWords[c] ? `${c} (${t.comparatorWords[c]})` : c] as const) })}
      ${field({ form: F, name: 'changeGoal.targets.0.value', label: t.targetValue, type: 'number', step: 'any', value: first?.value, error: err('changeGoal.targets.0.value') })}
      ${field({ form: F, name: 'changeGoal.targets.0.unit', label: t.targetUnit, value: first?.unit, error: err('changeGoal.targets.0.unit') })}
      ${field({ form: F, name: 'changeGoal.targets.0.due', label: t.targetDue, type: 'date', value: first?.due, error: err('changeGoal.targets.0.due') })}
    </fieldset>`;
  }
  const a = base.record;
  return html`<fieldset part="adjustment">
    <legend>${t.adjustment}</legend>
    <div @change=${(e: Event) => on.choose((e.target as HTMLInputElement).value as 'change' | 'close')}>
      ${(['change', 'close'] as const).map((k) => html`<div class="choice">
        <input type="radio" id="evaluation-adjust-${k}" name="adjust-kind" value=${k} .checked=${adjustKind === k} />
        <label for="evaluation-adjust-${k}">${k === 'change' ? t.adjustChange : t.adjustClose}</label>
      </div>`)}
    </div>
    ${adjustKind === 'change' ? html`
      ${field({ form: F, name: 'changeAgreement.description', label: t.agreementDescription, type: 'textarea', required: true, value: a.description, error: err('changeAgreement.description') })}
      ${field({ form: F, name: 'changeAgreement.frequency', label: t.frequency, value: a.frequency, error: err('changeAgreement.frequency') })}
      ${field({ form: F, name: 'changeAgreement.end', label: t.end, type: 'date', value: a.end, error: err('changeAgreement.end') })}`
    : field({ form: F, name: 'closeAgreement.outcome', label: t.agreementOutcome, type: 'select', required: true, value: 'completed',
      error: err('closeAgreement.outcome'), options: agreementOutcomes.map((o) => [o, t.agreementOutcomes[o]] as const) })}
  </fieldset>`;
}
