import { css } from 'lit';
import { moduleStyles } from '../shared/module.styles.js';

export const styles = [
  moduleStyles,
  css`
    ul.decisions { list-style: none; padding: 0; display: grid; gap: var(--_space); margin: 0 0 var(--_space); }
    .decision { border-inline-start: 3px solid var(--_border); padding-inline-start: var(--_space); }
    .decision .question { font-weight: 600; margin: 0 0 0.25em; }
    .decision .options { margin: 0 0 0.5em; padding-inline-start: 1.25em; }
    .decision .chosen { font-weight: 600; }
  `,
];
