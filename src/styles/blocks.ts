/**
 * Rule blocks that several elements share, each held once: an element lists the ones it uses in its
 * `static styles` before its own rules (which may refine them), and Lit adopts the same CSSStyleSheet in
 * every shadow root, so each rule is shipped, parsed and kept in memory once however many elements use it.
 * A block goes here only when its rules are the same in every element that lists it; what differs stays in
 * the element's own styles, after the block, so that it wins.
 */
import { css } from 'lit';

/** The terms of a list of facts, small and muted above their values. */
export const factTerms = css`
  .facts dt { font-weight: 600; color: var(--_muted); font-size: 0.9em; }
  .facts dd { margin: 0; }
`;

/** Text as the user typed it (line breaks kept, long words wrapped), and quoted words in italics. */
export const texts = css`
  .text, .quote { white-space: pre-line; overflow-wrap: anywhere; }
  .quote { font-style: italic; }
`;

/** A group of fields in a form: a thin frame. */
export const fieldsets = css`
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin-block-end: var(--_space); }
`;

/** A form that opens below a row or a section, set off from it. */
export const panels = css`
  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block: var(--_space);
    background: var(--_surface-alt);
  }
  .panel[hidden] { display: none; }
`;

/** The details of a goal or agreement, shown when its row is expanded. */
export const rowDetails = css`
  .details { padding: calc(var(--_space) * 0.5) var(--_space); background: var(--_surface-alt); border-radius: var(--_radius); }
`;

/** A change that waits for someone, or another user's version beside one's own: a warning bar at the start. */
export const warningBars = css`
  .awaiting, .theirs { border-inline-start: 4px solid var(--_warning); padding-inline-start: var(--_space); margin-block: var(--_space); }
`;

/** `<izp-evaluation>` opened from a row menu: its own button is not shown, and it takes no line of its own. */
export const rowEvaluation = css`
  izp-evaluation { display: block; }
  izp-evaluation::part(button) { display: none; }
`;

/** What the row of a goal and of an agreement use (each refines some of it in its own styles). */
export const rowBlocks = [factTerms, texts, fieldsets, panels, rowDetails, warningBars, rowEvaluation];
