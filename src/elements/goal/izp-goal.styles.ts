import { css } from 'lit';
import { rowBlocks } from '../../styles/blocks.js';
import { controls, focusTargets, headings, tokens } from '../../styles/tokens.js';
import { disclosureStyles } from '../shared/disclosure.js';
import { menuStyles } from '../shared/row-menu.js';

export const styles = [
  tokens,
  controls,
  headings,
  focusTargets,
  menuStyles,
  disclosureStyles,
  ...rowBlocks,
  css`
    .goal {
      background: var(--izp-goal-background, var(--_surface));
      border: 1px solid var(--izp-goal-border, var(--_border));
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 0.75) var(--_space);
    }
    .goal.closed { border-inline-start-color: var(--_muted); }
    /* The row: the goal and its one line of facts, its actions at the end of the line. */
    .row { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.25em var(--_space); }
    .row .what { flex: 1 1 24em; min-width: 0; }
    .row h2, .row h3, .row h4, .row h5, .row h6 { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
    .row .actions { flex-wrap: nowrap; }
    .meta { display: flex; flex-wrap: wrap; gap: 0.125em var(--_space); margin: 0.125em 0 0; color: var(--_muted); font-size: 0.92em; }
    .meta .badge { color: inherit; }
    .details { margin-block-start: calc(var(--_space) * 0.5); }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr));
      gap: 0.25rem var(--_space);
      margin: 0;
    }
    .facts .wide { grid-column: 1 / -1; }
    .facts ul { margin: 0; padding-inline-start: 1.25rem; }
    .agreements { margin-block-start: calc(var(--_space) * 0.5); }
    .agreements .none { margin: 0; }
    .agreement-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0; border-block-start: 1px solid var(--_surface-alt); }
    .agreement-list > li { border-block-end: 1px solid var(--_surface-alt); }
    .panel { margin-block-end: 0; }
    .meta .status-active { color: var(--_success); }
    .meta .status-proposed { color: var(--_warning); }
    .status-completed, .status-cancelled { color: var(--_muted); }
    .awaiting { margin-block: calc(var(--_space) * 0.5); }
    .awaiting p { margin: 0; }
  `,
];
