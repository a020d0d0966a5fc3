import { css } from 'lit';
import { controls, headings, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  headings,
  css`
    :host { display: inline-block; }
    dialog { width: min(40em, 95vw); }
    .quote { font-style: italic; white-space: pre-line; overflow-wrap: anywhere; margin-block: 0 var(--_space); }
    fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0 0 var(--_space);
      padding: calc(var(--_space) * 0.75) var(--_space);
    }
    .choice {
      display: flex;
      gap: 0.5em;
      align-items: center;
      min-height: 1.75em;
    }
    .choice input { width: auto; margin: 0; min-width: 1.1em; min-height: 1.1em; }
    .choice label { font-weight: 400; }
    .check { margin-block-end: var(--_space); }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(8em, 100%), 1fr));
      gap: 0 var(--_space);
      align-items: end;
      margin-block-end: calc(var(--_space) * 0.5);
    }
    .row > button { margin-block-end: var(--_space); }
    .theirs { border-inline-start: 4px solid var(--_warning); padding-inline-start: var(--_space); margin-block: var(--_space); }
    .facts { display: grid; gap: 0.25em var(--_space); margin: 0 0 var(--_space); }
    .facts dt { font-weight: 600; color: var(--_muted); font-size: 0.9em; }
    .facts dd { margin: 0; }
    .text { white-space: pre-line; overflow-wrap: anywhere; }
  `,
];
