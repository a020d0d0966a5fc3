import { css } from 'lit';
import { controls, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  css`
    h1, h2, h3, h4, h5, h6 {
      color: var(--izp-heading-color, var(--_primary));
      line-height: 1.25;
      margin-block: 0 calc(var(--_space) * 0.5);
    }
    section { margin-block-end: calc(var(--_space) * 1.5); }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: end;
      justify-content: space-between;
      margin-block-end: var(--_space);
    }
    fieldset.group-by {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0;
      padding: 0.25rem 0.75rem 0.5rem;
      display: flex;
      gap: 1rem;
      flex-wrap: wrap;
    }
    fieldset.group-by label { font-weight: 400; display: inline-flex; gap: 0.35rem; align-items: center; min-height: 2.5rem; }
    fieldset.group-by input { width: auto; accent-color: var(--_primary); }
    .counts { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0 0 var(--_space); }
    .counts dt { font-weight: 600; display: inline; }
    .counts dt::after { content: ': '; }
    .counts dd { display: inline; margin: 0; }
    ul.goals, ul.agreements, ul.due, ul.who-list { list-style: none; margin: 0 0 var(--_space); padding: 0; }
    ul.goals { display: grid; gap: var(--_space); }
    li.goal {
      border: 1px solid var(--izp-overview-border, var(--_border));
      border-inline-start: 4px solid var(--_primary);
      border-radius: var(--_radius);
      padding: var(--_space);
      background: var(--izp-overview-background, var(--_surface));
    }
    li.goal.closed { border-inline-start-style: dashed; border-inline-start-color: var(--_muted); background: var(--_surface-alt); }
    .goal-title { font-size: 1.05em; color: var(--_text); }
    .closed .goal-title, li.agreement.closed .what { color: var(--_muted); }
    .meta { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0 0 0.5rem; color: var(--_muted); font-size: 0.95em; }
    ul.targets { margin: 0 0 0.5rem; padding-inline-start: 1.25rem; }
    li.agreement { padding: 0.5rem 0; border-block-start: 1px solid var(--_surface-alt); display: grid; gap: 0.15rem; }
    li.agreement.closed { border-block-start-style: dashed; }
    .sublabel { font-weight: 600; margin: 0.5rem 0 0; color: var(--_muted); }
    .status-completed, .status-cancelled, .closed .badge { border-style: dashed; }
    ul.due li, ul.who-list li { padding: 0.35rem 0; border-block-end: 1px solid var(--_surface-alt); }
    ul.due time { font-weight: 600; }
    .overdue-label { color: var(--_danger); }
    li.overdue { border-inline-start: 4px solid var(--_danger); padding-inline-start: 0.5rem; }
    .kind { color: var(--_muted); }
    .nothing { color: var(--_muted); }
    .group-title { font-size: 1em; }
    .who { display: grid; gap: var(--_space); grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr)); }
    a { color: var(--_primary); }

    /* Print mode on screen: the patient's version, large type and short lines. */
    .printout { font-size: max(1.125em, 12pt); max-width: 36em; }
    .printout .print-title { font-size: 1.5em; }
    .printout .goal-heading { font-size: 1.25em; }
    .printout .sub-heading, .printout .box-heading { font-size: 1.05em; margin-block: var(--_space) 0.25rem; }
    .printout .box-heading { margin-block-start: 0; }
    .printout .label { display: block; font-size: max(0.85em, 12pt); font-weight: 400; color: var(--_muted); }
    .printout .goal-text { color: var(--_text); }
    .printout section.goal { border-block-start: 2px solid var(--_text); padding-block-start: var(--_space); margin-block: calc(var(--_space) * 1.5) 0; }
    .printout section.goal.closed { border-block-start-style: dashed; }
    .printout ul { padding-inline-start: 1.3em; margin: 0 0 var(--_space); }
    .printout li { margin-block-end: 0.35rem; }
    .printout .line { display: block; }
    .printout .box { border: 2px solid var(--_text); border-radius: var(--_radius); padding: var(--_space); margin-block-start: var(--_space); }
    .printout p { margin-block: 0 0.5rem; }

    .print-frame { position: fixed; inset-inline-end: 0; inset-block-end: 0; width: 0; height: 0; border: 0; }

    /* A host printing its whole page gets a clean black-on-white overview without the controls. */
    @media print {
      :host {
        color: #000;
        background: #fff;
        font-size: 12pt;
      }
      * { color: #000 !important; background: transparent !important; box-shadow: none !important; }
      .toolbar, .screen-only, button, .print-frame { display: none !important; }
      li.goal, .printout section.goal, .printout .closing, ul.due li { break-inside: avoid; page-break-inside: avoid; }
      li.goal, .printout .box, .badge { border-color: #000 !important; }
      .printout { font-size: 13pt; max-width: 36em; }
      .printout .print-title { font-size: 22pt; }
      .printout .goal-heading { font-size: 16pt; }
      .printout .sub-heading, .printout .box-heading { font-size: 13.5pt; }
      .printout .label { font-size: 12pt; }
      a { text-decoration: underline; }
    }
  `,
];
