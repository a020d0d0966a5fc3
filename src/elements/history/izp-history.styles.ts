import { css } from 'lit';
import { texts } from '../../styles/blocks.js';
import { controls, headings, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  headings,
  texts,
  css`
    .filter select { max-width: 30em; }
    .count { margin-block: 0 var(--_space); }
    .timeline {
      --_line: var(--izp-history-line, var(--_primary));
      list-style: none;
      margin: 0;
      padding: 0 0 0 1.25em;
      border-inline-start: 2px solid var(--_line);
      display: grid;
      gap: var(--_space);
    }
    .entry {
      position: relative;
      background: var(--izp-history-background, var(--_surface));
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 0.75) var(--_space);
    }
    /* The marker on the line, beside each entry. */
    .entry::before {
      content: '';
      position: absolute;
      inset-inline-start: calc(-1.25em - 7px);
      inset-block-start: 1em;
      width: 12px;
      height: 12px;
      border-radius: 50%;
      background: var(--_surface);
      border: 2px solid var(--_line);
    }
    .entry p { margin: 0; }
    .entry > * + * { margin-block-start: 0.25em; }
    .when { color: var(--_muted); font-size: 0.9em; }
    .subject { font-style: italic; }
    .who { font-size: 0.95em; }
    .label { font-weight: 600; }
    details { margin-block-start: 0.5em; }
    summary {
      cursor: pointer;
      color: var(--_primary);
      font-weight: 600;
      width: fit-content;
      min-height: 1.5em;
    }
    table {
      border-collapse: collapse;
      table-layout: fixed;
      width: 100%;
      margin-block-start: 0.5em;
      font-size: 0.95em;
    }
    th, td {
      text-align: start;
      vertical-align: top;
      padding: 0.25em 0.5em;
      border: 1px solid var(--_border);
    }
    thead th { background: var(--_surface-alt); }
    tbody th { font-weight: 600; width: 25%; }
    .none { color: var(--_muted); font-style: italic; }
    .recorded {
      display: grid;
      grid-template-columns: minmax(8em, max-content) 1fr;
      gap: 0.25em var(--_space);
      margin: 0.5em 0 0;
    }
    .recorded div { display: contents; }
    .recorded dt { font-weight: 600; color: var(--_muted); }
    .recorded dd { margin: 0; }
    .empty { margin: 0; }
    @media (forced-colors: active) {
      .timeline { border-inline-start-color: CanvasText; }
      .entry::before { border-color: CanvasText; background: Canvas; }
    }
  `,
];
