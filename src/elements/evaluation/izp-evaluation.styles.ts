import { css } from 'lit';
import { factTerms, texts, warningBars } from '../../styles/blocks.js';
import { controls, headings, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  headings,
  factTerms,
  texts,
  warningBars,
  css`
    :host { display: inline-block; }
    dialog { width: min(40em, 95vw); }
    .quote { margin-block: 0 var(--_space); }
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
    .facts { display: grid; gap: 0.25em var(--_space); margin: 0 0 var(--_space); }
  `,
];
