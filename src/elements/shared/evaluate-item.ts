/**
 * Evaluation from a row's menu: the row keeps one `<izp-evaluation>` for its item (its own button hidden
 * by the row's styles) and opens its dialog from the menu, with focus going back to the menu's button.
 */
import { agreementPhase, goalPhase, planPhase, type Agreement, type Goal, type PlanSnapshot } from '../../core/index.js';
import type { IzpEvaluation } from '../evaluation/izp-evaluation.js';
import { registryFor } from './registry.js';

export type EvaluableItem = { kind: 'plan' } | { kind: 'goal'; record: Goal } | { kind: 'agreement'; record: Agreement };

/**
 * Whether the item can be evaluated now, by its phase: a current item of a current plan (the same rule
 * `<izp-evaluation>` applies). Whether this user may is the caller's `izp.can('evaluate')`.
 */
export function evaluable(snapshot: PlanSnapshot, item: EvaluableItem): boolean {
  if (planPhase(snapshot.plan) !== 'current') return false;
  if (item.kind === 'goal') return goalPhase(item.record) === 'current';
  if (item.kind === 'agreement') return agreementPhase(item.record) === 'current';
  return true;
}

/**
 * Opens the evaluation dialog of `element` once its tag is defined (it may load on demand) in the registry
 * the element belongs to: a scoped one where the browser has them, not necessarily the global one.
 */
export async function openEvaluation(element: Element | null | undefined, returnTo: HTMLElement): Promise<void> {
  if (!element) return;
  await registryFor(element).whenDefined(element.localName);
  await (element as IzpEvaluation).show(returnTo);
}
