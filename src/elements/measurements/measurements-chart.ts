/**
 * A small trend chart per measure, as inline SVG (no chart library): the values over time as a line
 * with points, the target as a dashed line with its label, and the axes labelled. It is an image with
 * a spoken summary, and the values are also in a table (the accessible alternative, and what a user
 * copies). Everything is drawn in `currentColor`, so forced-colours mode and black-and-white print work.
 */
import { html, nothing, svg } from 'lit';
import type { Localizer } from '../../i18n/localize.js';
import type { Series } from './measurements-data.js';

const W = 360;
const H = 180;
const PAD = { left: 52, right: 16, top: 16, bottom: 36 };
const DAY = 86_400_000;

const time = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d);
};

/** "12 feb. 2026": short enough for an axis. */
function shortDate(l: Localizer, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(l.lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' })
    .format(new Date(y!, m! - 1, d));
}

export function valueText(l: Localizer, value: number, unit: string): string {
  return `${l.number(value)}${unit ? ` ${unit}` : ''}`;
}

/** "niet meer dan 53 mmol/mol". */
export function targetText(l: Localizer, series: Series): string {
  const target = series.target;
  if (!target) return '';
  const words = target.comparator ? l.t.comparatorWords[target.comparator] : '';
  return `${words ? `${words} ` : ''}${valueText(l, target.value, target.unit || series.unit)}`;
}

/** What a screen reader says for the chart: how many values, from what to what, and the target. */
export function chartSummary(l: Localizer, series: Series, plain = false): string {
  const { t } = l;
  const first = series.points[0]!;
  const last = series.points[series.points.length - 1]!;
  const at = (p: typeof first) => t.modValueOn(valueText(l, p.value, series.unit), l.date(p.date));
  return t.modChartSummary(series.measure, series.points.length, at(first), at(last), series.target ? (plain ? t.modTargetPlain : t.modTarget)(targetText(l, series)) : '');
}

export function renderTrendChart(l: Localizer, series: Series, plain = false) {
  const { t } = l;
  const { points, target } = series;
  if (points.length === 0) return nothing;
  const values = points.map((p) => p.value).concat(target ? [target.value] : []);
  let min = Math.min(...values);
  let max = Math.max(...values);
  const margin = (max - min) * 0.15 || Math.abs(max) * 0.1 || 1;
  min -= margin;
  max += margin;
  const t0 = time(points[0]!.date);
  const t1 = time(points[points.length - 1]!.date);
  const span = Math.max(t1 - t0, DAY);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (iso: string) => (points.length === 1 ? PAD.left + plotW / 2 : PAD.left + ((time(iso) - t0) / span) * plotW);
  const y = (v: number) => PAD.top + (1 - (v - min) / (max - min)) * plotH;
  const line = points.map((p) => `${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const bottom = PAD.top + plotH;
  const decimals = Math.max(...points.map((p) => (String(p.value).split('.')[1] ?? '').length));
  const round = (v: number) => l.number(Number(v.toFixed(Math.min(decimals, 2))));
  const summary = chartSummary(l, series, plain);
  return html`<div class="chart" part="chart">
    <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${summary} preserveAspectRatio="xMidYMid meet" focusable="false">
      <g class="axis">
        ${svg`<line x1=${PAD.left} y1=${PAD.top} x2=${PAD.left} y2=${bottom} />
        <line x1=${PAD.left} y1=${bottom} x2=${W - PAD.right} y2=${bottom} />
        <text x=${PAD.left - 6} y=${y(max - margin) + 4} text-anchor="end">${round(max - margin)}</text>
        <text x=${PAD.left - 6} y=${y(min + margin) + 4} text-anchor="end">${round(min + margin)}</text>
        <text x="4" y=${PAD.top - 4} class="unit">${series.unit}</text>
        <text x=${PAD.left} y=${H - 8} text-anchor="start">${shortDate(l, points[0]!.date)}</text>
        ${points.length > 1 ? svg`<text x=${W - PAD.right} y=${H - 8} text-anchor="end">${shortDate(l, points[points.length - 1]!.date)}</text>` : nothing}`}
      </g>
      ${target ? svg`<g class="target" data-target=${target.value}>
        <line x1=${PAD.left} y1=${y(target.value)} x2=${W - PAD.right} y2=${y(target.value)} stroke-dasharray="6 4" />
        <text x=${W - PAD.right} y=${y(target.value) - 5} text-anchor="end">${t.modTargetShort(targetText(l, series))}</text>
      </g>` : nothing}
      <g class="values">
        ${points.length > 1 ? svg`<polyline points=${line} fill="none" />` : nothing}
        ${points.map((p) => svg`<circle cx=${x(p.date)} cy=${y(p.value)} r="4" />`)}
      </g>
    </svg>
  </div>
  <details class="data" part="data-table">
    <summary>${t.modDataTable}</summary>
    <table>
      <caption>${series.measure}${series.target ? html` <span class="help">(${(plain ? t.modTargetPlain : t.modTarget)(targetText(l, series))})</span>` : nothing}</caption>
      <thead><tr><th scope="col">${t.modDate}</th><th scope="col">${t.modValue}</th><th scope="col">${t.modBy}</th></tr></thead>
      <tbody>
        ${[...points].reverse().map((p) => html`<tr>
          <th scope="row">${l.date(p.date)}</th>
          <td>${valueText(l, p.value, series.unit)}</td>
          <td>${p.by}${p.atEvaluation ? ` (${t.modAtEvaluation})` : ''}</td>
        </tr>`)}
      </tbody>
    </table>
  </details>`;
}
