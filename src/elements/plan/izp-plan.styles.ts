import { css } from 'lit';
import { fieldsets, rowEvaluation, warningBars } from '../../styles/blocks.js';
import { controls, tokens } from '../../styles/tokens.js';
import { menuStyles } from '../shared/row-menu.js';
import { sectionStyles } from './plan-sections.js';

export const styles = [
  tokens,
  controls,
  menuStyles,
  sectionStyles,
  fieldsets,
  warningBars,
  rowEvaluation,
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
    /* The patient's view reads comfortably; the professional view is compact (the tokens' default). */
    :host([view='patient']) { --_density-view: 1; }
    /* The header is two lines: title, status and actions; then the facts in one wrapping line. */
    .header { padding: calc(var(--_space) * 0.75) var(--_space); }
    .title-row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em var(--_space); }
    .title-row h2 { margin: 0; }
    .title-row .actions { margin-inline-start: auto; }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.125em calc(var(--_space) * 2);
      margin: 0.25em 0 0;
    }
    .facts > div { display: flex; gap: 0.375em; }
    .facts dt { font-weight: 600; color: var(--_muted); }
    .facts dt::after { content: ':'; }
    .facts dd { margin: 0; }
    .header > p { margin: 0.5em 0 0; }
    .goals { list-style: none; margin: 0 0 var(--_space); padding: 0; display: grid; gap: calc(var(--_space) * 0.75); }
    form.panel { margin-block-start: var(--_space); }
    a { color: var(--_primary); }
    .status-active { color: var(--_success); }
    .status-draft { color: var(--_warning); }
    .awaiting {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em var(--_space);
      margin-block: 0.5em 0;
    }
    .awaiting p { margin: 0; }
    /* A host that prints its whole page gets the plan in black on white, without the controls. */
    @media print {
      :host { color: #000; }
      h2, h3, a, .status-active, .status-draft { color: #000; }
      .panel, section { border-color: #000; background: #fff; }
      .actions, button, form, dialog, [part='empty'] { display: none !important; }
    }
  `,
];
