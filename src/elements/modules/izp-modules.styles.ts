import { headings, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  headings,
];
