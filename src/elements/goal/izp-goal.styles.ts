import { css } from 'lit';
import { controls, focusTargets, headings, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  headings,
  focusTargets,
  css`
    .goal {
      background: var(--izp-goal-background, var(--_surface));
      border: 1px solid var(--izp-goal-border, var(--_border));
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 1.25);
    }
    .goal.closed { border-inline-start-color: var(--_muted); }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr));
      gap: 0.5rem var(--_space);
      margin: 0 0 var(--_space);
    }
    .facts .wide { grid-column: 1 / -1; }
    .facts dt { font-weight: 600; color: var(--_muted); font-size: 0.9em; }
    .facts dd { margin: 0; }
    .facts ul { margin: 0; padding-inline-start: 1.25rem; }
    .text, .quote { white-space: pre-line; overflow-wrap: anywhere; }
    .quote { font-style: italic; }
    .agreements { margin-block-start: calc(var(--_space) * 1.5); }
    .agreements h5, .agreements h6 { font-size: 1.05em; }
    .agreement-list { list-style: none; margin: 0 0 var(--_space); padding: 0; display: grid; gap: var(--_space); }
    .panel {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      margin-block-start: var(--_space);
      background: var(--_surface-alt);
    }
    .panel[hidden] { display: none; }
    fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin-block-end: var(--_space); }
    .status-active { color: var(--_success); }
    .status-proposed { color: var(--_warning); }
    .status-completed, .status-cancelled { color: var(--_muted); }
    .awaiting {
      border-inline-start: 4px solid var(--_warning);
      padding-inline-start: var(--_space);
      margin-block: var(--_space);
    }
    .awaiting p { margin: 0 0 0.5em; }
  `,
];
