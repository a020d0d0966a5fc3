import { css } from 'lit';
import { headings, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  headings,
  css`
    :host { display: block; }
  `,
];
