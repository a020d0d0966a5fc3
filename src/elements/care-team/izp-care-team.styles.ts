import { css } from 'lit';
import { factTerms } from '../../styles/blocks.js';
import { controls, focusTargets, headings, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  headings,
  focusTargets,
  factTerms,
  css`
    .member h3, .member h4, .member h5, .member h6 { font-size: 1.05em; margin-block-end: 0.25em; }
    .intro { margin-block-end: var(--_space); }
    .intro p { margin-block: 0 0.5em; }
    .lead { font-weight: 600; }
    .members {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_space);
    }
    .member {
      background: var(--izp-care-team-background, var(--_surface));
      border: 1px solid var(--izp-care-team-border, var(--_border));
      border-radius: var(--_radius);
      padding: var(--_space);
      overflow-wrap: anywhere;
    }
    .member.case-manager { border-inline-start: 4px solid var(--_primary); }
    .fixed { margin: 0 0 0.5em; }
    .fixed-contact { color: var(--_primary); font-weight: 600; }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(11em, 100%), 1fr));
      gap: 0.25em var(--_space);
      margin: 0 0 0.5em;
    }
    .access-none { color: var(--_muted); }
    .access-read { color: var(--_primary); }
    .access-write { color: var(--_success); }
    a { color: var(--_primary); }
    .access-form {
      border-block-start: 1px solid var(--_border);
      padding-block-start: var(--_space);
      margin-block-start: var(--_space);
    }
    fieldset {
      border: none;
      margin: 0 0 0.5em;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
    }
    legend { margin-block-end: 0.25em; padding: 0; }
    .choice {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      font-weight: normal;
      min-height: 2.5em;
      cursor: pointer;
    }
    .choice input { width: auto; margin: 0; accent-color: var(--_primary); }
    @media (forced-colors: active) {
      .member { border: 1px solid CanvasText; }
    }
  `,
];
