import { css } from 'lit';
import { controls, headings, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  headings,
  css`
    .measure h3, .measure h4, .measure h5, .measure h6 { font-size: 1.05em; margin-block-end: 0.25em; }
    .section {
      background: var(--izp-modules-section-background, var(--_surface));
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block-end: calc(var(--_space) * 0.75);
    }
    .section > summary {
      cursor: pointer;
      padding: calc(var(--_space) * 0.75) var(--_space);
    }
    .section > summary .name { font-weight: 600; }
    .section > summary .hint { color: var(--_muted); font-size: 0.9em; overflow-wrap: anywhere; }
    .section > summary .hint::before { content: '— '; }
    .section.empty > summary .hint { font-style: italic; }
    .section > .body { padding: 0 var(--_space) var(--_space); }
    .text { white-space: pre-line; overflow-wrap: anywhere; margin-block: 0 var(--_space); }
    .facts { display: grid; gap: 0.25em; margin: 0 0 var(--_space); }
    .facts dt { font-weight: 600; color: var(--_muted); font-size: 0.9em; }
    .facts dd { margin: 0 0 0.5em; }
    ul.decisions, ul.links, ol.diary, ul.host-list { margin: 0 0 var(--_space); padding-inline-start: 1.25em; }
    ul.decisions { list-style: none; padding: 0; display: grid; gap: var(--_space); }
    .decision { border-inline-start: 3px solid var(--_border); padding-inline-start: var(--_space); }
    .decision .question { font-weight: 600; margin: 0 0 0.25em; }
    .decision .options { margin: 0 0 0.5em; padding-inline-start: 1.25em; }
    .decision .chosen { font-weight: 600; }
    a { color: var(--_primary); overflow-wrap: anywhere; }
    ol.diary { list-style: none; padding: 0; display: grid; gap: calc(var(--_space) * 0.75); }
    ol.diary li { border-inline-start: 3px solid var(--_border); padding-inline-start: var(--_space); }
    .meta { color: var(--_muted); font-size: 0.9em; margin: 0; }
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
    .panel {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      margin-block: var(--_space);
      background: var(--_surface-alt);
    }
    .panel[hidden] { display: none; }
    fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin-block-end: var(--_space); }
    .row { display: flex; flex-wrap: wrap; gap: 0 var(--_space); }
    .row .field { flex: 1 1 10em; }
    .check { display: flex; gap: 0.5em; align-items: center; }
    .check input { width: auto; }
    @media (forced-colors: active) {
      .chart, .chart .axis, .chart .target { color: CanvasText; }
      .chart circle { stroke: Canvas; }
      .section { border-color: CanvasText; }
    }
    @media print {
      .section { border: none; }
      .section > summary { list-style: none; padding-inline: 0; }
      .chart, .chart .axis, .chart .target { color: #000; }
      .chart circle { stroke: #fff; }
      button, form, details.data > summary { display: none; }
    }
  `,
];
