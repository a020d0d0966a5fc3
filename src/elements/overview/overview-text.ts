/**
 * What the overview shares with the goal and history views, apart from the printout (which loads on
 * demand): headings at the level the host's outline needs, and a goal's target in words.
 */
import { html as staticHtml, literal } from 'lit/static-html.js';
import type { Target } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';

const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A real heading element at `level` (clamped to 1–6), so hosts can fit the element into their outline. */
export function heading(level: number, content: unknown, id?: string, className = '') {
  const tag = headingTags[Math.min(Math.max(Math.round(level), 1), 6) - 1]!;
  return id
    ? staticHtml`<${tag} id=${id} class=${className}>${content}</${tag}>`
    : staticHtml`<${tag} class=${className}>${content}</${tag}>`;
}

/** "Gewicht niet meer dan 125 kg vóór 2 juni 2026"; a target without a number is its own description. */
export function targetWords(target: Target, l: Localizer): string {
  if (target.value === undefined) {
    const due = target.due ? l.t.targetText('', '', '', '', l.date(target.due)).trim() : '';
    return [target.description ?? target.measure, due].filter(Boolean).join(' ');
  }
  const comparator = target.comparator ? l.t.comparatorWords[target.comparator] : '';
  return l.t.targetText(target.measure, comparator, l.number(target.value), target.unit ?? '', l.date(target.due));
}
