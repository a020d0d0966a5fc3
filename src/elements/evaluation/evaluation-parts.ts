/**
 * Small render helpers around evaluations that `<izp-agreement>`, `<izp-goal>`, `<izp-evaluation>` and
 * `<izp-consultation>` share: the latest evaluation of an item and measured values in words.
 */
import { html, nothing } from 'lit';
import type { Evaluation, Measurement, PlanSnapshot } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';
import { indexOf } from '../shared/snapshot-index.js';

/** The latest evaluation of a plan, goal or agreement (by date, then by when it was written). */
export function latestEvaluation(snapshot: PlanSnapshot | null | undefined, targetId: string): Evaluation | undefined {
  // From the snapshot's index, built once for all the items that ask (see shared/snapshot-index.ts).
  return snapshot ? indexOf(snapshot).latestEvaluation(targetId) : undefined;
}

/** "Gewicht 127 kg". */
export function measurementText(l: Localizer, m: Measurement): string {
  return [m.measure, l.number(m.value), m.unit].filter(Boolean).join(' ');
}

/** "7 december 2026, Sanne de Wit: Bijstellen, met de patiënt. Gemeten: Gewicht 127 kg." */
export function evaluationText(l: Localizer, e: Evaluation): string {
  const { t } = l;
  const measured = e.measurements.length ? ` ${t.measured}: ${e.measurements.map((m) => measurementText(l, m)).join(', ')}.` : '';
  return `${l.date(e.date)}, ${e.by.name}: ${t.evaluationOutcomes[e.outcome]}, ${e.withPatient ? t.withPatientYes : t.withPatientNo}.${measured}`;
}

/** The latest evaluation as a small list of facts under an item; nothing when it was never evaluated. */
export function renderLatestEvaluation(l: Localizer, e: Evaluation | undefined) {
  if (!e) return nothing;
  const { t } = l;
  return html`<dl class="facts compact last-evaluation" part="last-evaluation">
    <div class="wide"><dt>${t.latestEvaluation}</dt><dd>${evaluationText(l, e)}</dd></div>
    ${e.note ? html`<div class="wide"><dt>${t.note}</dt><dd class="text">${e.note}</dd></div>` : nothing}
    ${e.nextEvaluationDate ? html`<div><dt>${t.nextEvaluation}</dt><dd>${l.date(e.nextEvaluationDate)}</dd></div>` : nothing}
  </dl>`;
}
