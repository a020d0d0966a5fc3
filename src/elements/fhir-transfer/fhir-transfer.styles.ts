import { css } from 'lit';
import { controls, focusTargets, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  focusTargets,
  css`
    section {
      background: var(--izp-fhir-background, var(--_surface));
      border: 1px solid var(--izp-fhir-border, var(--_border));
      border-radius: var(--_radius);
      padding: var(--_space);
    }
    h2, h3, h4, h5, h6 {
      color: var(--izp-heading-color, var(--_primary));
      font-size: 1.05em;
      margin-block: 0 calc(var(--_space) * 0.5);
    }
    p { margin-block: 0 calc(var(--_space) * 0.75); }
    .hint { color: var(--_text-muted); }
    .alert { color: var(--_danger); }
    .done { color: var(--_success); }
    ul { margin-block: 0 calc(var(--_space) * 0.75); padding-inline-start: 1.25em; }
    li { overflow-wrap: anywhere; }
    label { display: block; font-weight: 600; margin-block-end: 0.25em; }
  `,
];
