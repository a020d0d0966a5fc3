import { css } from 'lit';
import { texts } from '../../styles/blocks.js';
import { controls, focusTargets, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  focusTargets,
  texts,
  css`
    h2, h3, h4, h5, h6 {
      color: var(--izp-heading-color, var(--_primary));
      margin-block: 0 calc(var(--_space) * 0.75);
      line-height: 1.25;
    }
    .consultation > h2, .consultation > h3, .consultation > h4 { font-size: 1.15em; }
    .part h3, .part h4, .part h5, .part h6 { font-size: 1.05em; }
    .goal-title { font-size: 1em !important; color: var(--_text); }
    .consultation {
      background: var(--izp-consultation-background, var(--izp-plan-background, var(--_surface)));
      border: 1px solid var(--izp-consultation-border, var(--izp-plan-border, var(--_border)));
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 1.25);
      margin-block-end: var(--_space);
    }
    .part { margin-block-start: calc(var(--_space) * 1.25); }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: calc(var(--_space) * 0.75); }
    li.item, li.goal {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 0.75);
      background: var(--_surface);
    }
    li.goal { background: var(--_surface-alt); }
    li.goal ul { margin-block-start: calc(var(--_space) * 0.75); }
    .line { display: flex; flex-wrap: wrap; gap: 0.25em var(--_space); align-items: baseline; justify-content: space-between; }
    .meta { display: flex; flex-wrap: wrap; gap: 0.125em var(--_space); color: var(--_muted); font-size: 0.92em; margin: 0.25em 0 0; }
    .kind { font-weight: 600; }
    .overdue .when { color: var(--_danger); font-weight: 600; }
    li.change { display: grid; gap: 0.125em; border-inline-start: 3px solid var(--_border); padding-inline-start: calc(var(--_space) * 0.75); }
    .change .when { color: var(--_muted); font-size: 0.9em; }
    .change .fields { font-size: 0.92em; }
    p { margin-block: 0 calc(var(--_space) * 0.5); }
  `,
];
