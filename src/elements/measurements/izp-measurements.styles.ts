import { css } from 'lit';
import { moduleStyles } from '../shared/module.styles.js';

export const styles = [
  moduleStyles,
  css`
    .measure h3, .measure h4, .measure h5, .measure h6 { font-size: 1.05em; margin-block-end: 0.25em; }
    .measure { margin-block-end: calc(var(--_space) * 1.5); }
    .measure p { margin: 0 0 0.5em; }
    .chart { max-width: 28em; color: var(--izp-chart-color, var(--_primary)); }
    .chart svg { display: block; width: 100%; height: auto; overflow: visible; }
    .chart .axis { color: var(--_muted); }
    .chart line, .chart polyline { stroke: currentColor; stroke-width: 2; }
    .chart .axis line { stroke-width: 1; }
    .chart text { fill: currentColor; font-size: 11px; font-family: var(--_font); }
    .chart .target { color: var(--izp-chart-target-color, var(--_text)); }
    .chart circle { fill: currentColor; stroke: var(--_surface); stroke-width: 1.5; }
    details.data { margin-block: 0.5em; }
    details.data > summary { cursor: pointer; color: var(--_primary); }
    table { border-collapse: collapse; margin-block: 0.5em; font-size: 0.95em; }
    caption { text-align: start; font-weight: 600; padding-block-end: 0.25em; }
    th, td { text-align: start; padding: 0.25em 0.75em 0.25em 0; border-block-end: 1px solid var(--_border); }
    thead th { font-weight: 600; }
    tbody th { font-weight: normal; }
    @media (forced-colors: active) {
      .chart, .chart .axis, .chart .target { color: CanvasText; }
      .chart circle { stroke: Canvas; }
    }
    @media print {
      .chart, .chart .axis, .chart .target { color: #000; }
      .chart circle { stroke: #fff; }
      details.data > summary { display: none; }
    }
  `,
];
