import { css } from 'lit';
import { rowBlocks } from '../../styles/blocks.js';
import { controls, focusTargets, tokens } from '../../styles/tokens.js';
import { disclosureStyles } from '../shared/disclosure.js';
import { menuStyles } from '../shared/row-menu.js';

export const styles = [
  tokens,
  controls,
  focusTargets,
  menuStyles,
  disclosureStyles,
  ...rowBlocks,
  css`
    /*
     * A plan of 50 agreements is mostly below the fold: the browser skips style, layout and paint of the
     * lines off screen until they scroll near (BENCHMARKS.md, section 2). The estimate is a wrapped line's
     * height; once shown, a line keeps its real height. Only the height is estimated: a line is meant to
     * fill the width of a block, as it does in the goal rows. content-visibility also clips a line to its
     * box (paint containment): while focus is inside (an open menu, a focus ring, a form), and on paper,
     * the line is drawn as usual. A host turns it off with --izp-agreement-content-visibility: visible.
     */
    :host { content-visibility: var(--izp-agreement-content-visibility, auto); contain-intrinsic-block-size: auto 3.25em; }
    :host(:focus-within) { content-visibility: visible; }
    @media print { :host { content-visibility: visible; } }
    h2, h3, h4, h5, h6 {
      color: var(--izp-heading-color, var(--_primary));
      margin-block: 0 calc(var(--_space) * 0.75);
      line-height: 1.3;
      font-size: 1.05em;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .agreement {
      background: var(--izp-agreement-background, transparent);
      border: 0 solid var(--izp-agreement-border, var(--_border));
      padding: calc(var(--_space) * 0.375) 0;
    }
    /* One line: what, who, when, status, actions; it wraps below about 60em. */
    .row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em var(--_space); }
    .row .what { flex: 1 1 16em; min-width: 0; }
    .title { white-space: pre-line; overflow-wrap: anywhere; }
    .row .who { flex: 0 1 13em; color: var(--_muted); font-size: 0.92em; }
    .row .when { flex: 0 1 18em; color: var(--_muted); font-size: 0.92em; }
    .row .state { flex: 0 0 7.5em; }
    .row .actions { flex-wrap: nowrap; margin-inline-start: auto; }
    .closed .title { color: var(--_muted); }
    .details { margin-block: calc(var(--_space) * 0.375) 0; }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(11rem, 100%), 1fr));
      gap: 0.375rem var(--_space);
      margin: 0 0 var(--_space);
    }
    .facts .wide { grid-column: 1 / -1; }
    .facts.compact { font-size: 0.95em; margin-block-end: calc(var(--_space) * 0.5); }
    .panel { background: var(--_surface); }
    .versions { margin-block-start: var(--_space); }
    .versions summary { cursor: pointer; color: var(--_primary); font-weight: 600; min-height: 1.5rem; }
    .versions-list { margin: var(--_space) 0 0; padding-inline-start: 1.25rem; }
    .version-label { margin-block: 0 0.25rem; }
    .status-in-progress { color: var(--_success); }
    .status-draft, .status-on-hold { color: var(--_warning); }
    .status-completed, .status-stopped, .status-cancelled { color: var(--_muted); }
    .awaiting p { margin: 0 0 0.5em; }
  `,
];
