/**
 * What the module elements share on screen: the folding sections, text and facts, the panels their forms
 * sit in, and print (sections flat, no controls).
 */
import { css } from 'lit';
import { factTerms, fieldsets, panels, texts } from '../../styles/blocks.js';
import { controls, headings, tokens } from '../../styles/tokens.js';

export const moduleStyles = [
  tokens,
  controls,
  headings,
  factTerms,
  texts,
  fieldsets,
  panels,
  css`
    .section {
      background: var(--izp-modules-section-background, var(--_surface));
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block-end: calc(var(--_space) * 0.75);
    }
    .section > summary {
      cursor: pointer;
      padding: calc(var(--_space) * 0.75) var(--_space);
    }
    .section > summary .name { font-weight: 600; }
    .section > summary .hint { color: var(--_muted); font-size: 0.9em; overflow-wrap: anywhere; }
    .section > summary .hint::before { content: '— '; }
    .section.empty > summary .hint { font-style: italic; }
    .section > .body { padding: 0 var(--_space) var(--_space); }
    .text { margin-block: 0 var(--_space); }
    .facts { display: grid; gap: 0.25em; margin: 0 0 var(--_space); }
    .facts dd { margin: 0 0 0.5em; }
    a { color: var(--_primary); overflow-wrap: anywhere; }
    .meta { color: var(--_muted); font-size: 0.9em; margin: 0; }
    .row { display: flex; flex-wrap: wrap; gap: 0 var(--_space); }
    .row .field { flex: 1 1 10em; }
    .check { display: flex; gap: 0.5em; align-items: center; }
    .check input { width: auto; }
    @media (forced-colors: active) {
      .section { border-color: CanvasText; }
    }
    @media print {
      .section { border: none; }
      .section > summary { list-style: none; padding-inline: 0; }
      button, form { display: none; }
    }
  `,
];
