import { css } from 'lit';
import { controls, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  css`
    h2,
    h3 {
      color: var(--izp-heading-color, var(--_primary));
      margin-block: 0 var(--_space);
      line-height: 1.25;
    }
    h2 { font-size: 1.35em; }
    h3 { font-size: 1.15em; }
    .panel,
    section {
      background: var(--izp-plan-background, var(--_surface));
      border: 1px solid var(--izp-plan-border, var(--_border));
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 1.25);
      margin-block-end: var(--_space);
    }
    .patient { color: var(--_text); font-weight: 400; }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(14em, 100%), 1fr));
      gap: 0.5em var(--_space);
      margin: 0 0 var(--_space);
    }
    .facts dt { font-weight: 600; color: var(--_muted); font-size: 0.9em; }
    .facts dd { margin: 0; }
    .goals { list-style: none; margin: 0 0 var(--_space); padding: 0; display: grid; gap: var(--_space); }
    fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin-block-end: var(--_space); }
    form.panel { margin-block-start: var(--_space); }
    a { color: var(--_primary); }
    .status-active { color: var(--_success); }
    .status-draft { color: var(--_warning); }
    .awaiting {
      border-inline-start: 4px solid var(--_warning);
      padding-inline-start: var(--_space);
      margin-block: var(--_space);
    }
    .awaiting p { margin: 0 0 0.5em; }
    /* A host that prints its whole page gets the plan in black on white, without the controls. */
    @media print {
      :host { color: #000; }
      h2, h3, a, .status-active, .status-draft { color: #000; }
      .panel, section { border-color: #000; background: #fff; }
      .actions, button, form, dialog, [part='empty'] { display: none !important; }
    }
  `,
];
