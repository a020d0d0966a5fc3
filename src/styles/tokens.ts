/**
 * The design tokens: every colour, size and radius an element uses is a `--izp-*` custom property with
 * a default here, so a vendor themes the module from its own stylesheet without forking it:
 *
 *   izp-plan { --izp-color-primary: #7a1f5c; --izp-font-family: "Source Sans 3", sans-serif; }
 *
 * Component tokens (`--izp-goal-border`) fall back to these globals. Sizes are in `em` from a `medium`
 * base, not `rem`: a host page that sets `html { font-size: 62.5% }` must not shrink the module.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_primary: var(--izp-color-primary, #0b5a7a);
    --_on-primary: var(--izp-color-on-primary, #ffffff);
    --_text: var(--izp-color-text, #1b1d21);
    --_muted: var(--izp-color-text-muted, #4d5561);
    --_surface: var(--izp-color-surface, #ffffff);
    --_surface-alt: var(--izp-color-surface-alt, #f3f5f7);
    --_border: var(--izp-color-border, #8a939e);
    --_danger: var(--izp-color-danger, #a4161a);
    --_success: var(--izp-color-success, #1e6b34);
    --_warning: var(--izp-color-warning, #7a4b00);
    --_focus: var(--izp-color-focus, #1a73e8);
    --_font: var(--izp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--izp-font-size, medium);
    --_line-height: var(--izp-line-height, 1.5);
    /*
     * Density: compact (0.75) is the professional default, for a GP who looks at the plan beside the
     * HIS; <izp-plan view="patient"> sets comfortable (1) for the elements inside it through
     * --_density-view. A host's --izp-density wins over both.
     */
    --_density: var(--izp-density, var(--_density-view, 0.75));
    --_space: var(--izp-spacing, calc(0.75em * var(--_density)));
    --_radius: var(--izp-radius, 6px);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    /* A host's global CSS must not leak in through inheritance of these. */
    text-align: start;
    letter-spacing: normal;
    text-transform: none;
    /* Users paste URLs and long words; they wrap instead of making the page scroll sideways. */
    overflow-wrap: anywhere;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/** Buttons, fields, dialogs and messages shared by every element. */
export const controls = css`
  button {
    font: inherit;
    min-height: calc(2.5em * var(--_density));
    min-width: 1.5em;
    padding: calc(0.375em * var(--_density)) calc(0.875em * var(--_density));
    border-radius: var(--_radius);
    border: 1px solid var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin-block-end: var(--_space);
  }
  label,
  legend {
    font-weight: 600;
  }
  .help {
    color: var(--_muted);
    font-size: 0.9em;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(0.375em * var(--_density)) 0.5em;
    width: 100%;
    max-width: 40em;
  }
  textarea {
    min-height: 4.5em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .alert {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block: var(--_space);
  }
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    max-width: min(40em, 95vw);
    color: var(--_text);
    background: var(--_surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 120ms ease-out;
    }
  }
  @media (forced-colors: active) {
    button,
    input,
    select,
    textarea,
    .badge,
    .alert {
      border: 1px solid CanvasText;
    }
    button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;

/** Headings inside an element: the element's own colour, one size, whatever level the host chose. */
export const headings = css`
  h2, h3, h4, h5, h6 {
    color: var(--izp-heading-color, var(--_primary));
    margin-block: 0 var(--_space);
    line-height: 1.25;
    font-size: 1.15em;
  }
`;

/**
 * Headings and panels that receive focus by script (after the button that had it disappeared) show it
 * when the keyboard put it there, and not after a mouse click.
 */
export const focusTargets = css`
  [tabindex='-1']:focus { outline: 3px solid var(--_focus); outline-offset: 2px; }
  [tabindex='-1']:focus:not(:focus-visible) { outline: none; }
`;
