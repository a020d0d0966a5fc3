/**
 * The disclosure button of a compact row: shows the row's details (and earlier versions) below it. The
 * details are rendered only while open, so a collapsed plan carries no hidden copies of its text.
 */
import { css, html } from 'lit';

/** `controls` is the id of the details region; `about` the id of the row's title, read with the button. */
export function disclosure(label: string, expanded: boolean, controls: string, about: string, toggle: () => void) {
  return html`<button type="button" class="disclosure" aria-expanded=${expanded ? 'true' : 'false'}
    aria-controls=${controls} aria-describedby=${about} @click=${toggle}><span class="chevron" aria-hidden="true"></span>${label}</button>`;
}

export const disclosureStyles = css`
  .disclosure {
    border-color: transparent;
    background: transparent;
    padding-inline: 0.375em;
    white-space: nowrap;
    font-size: 0.9em;
    min-height: 2.25em;
  }
  .disclosure:hover { border-color: var(--_border); }
  .chevron {
    display: inline-block;
    width: 0.5em;
    height: 0.5em;
    margin-inline-end: 0.375em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    vertical-align: 0.1em;
  }
  [aria-expanded='true'] > .chevron { transform: rotate(45deg); vertical-align: 0.2em; }
  @media (prefers-reduced-motion: no-preference) {
    .chevron { transition: transform 120ms ease-out; }
  }
`;
