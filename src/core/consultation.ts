/**
 * What a practice nurse opens at the start of a consultation: what was agreed, what is due, and what
 * changed since the last time the plan was evaluated.
 */
import type { AuditRecord } from './audit.js';
import type { Evaluation, PlanSnapshot } from './model.js';
import { buildOverview, type DueItem, type GoalView } from './overview.js';
import { isGoalOpen } from './rules.js';

export interface Consultation {
  /** The open goals with their agreements, as agreed. */
  agreed: GoalView[];
  /** Open items whose evaluation is past or near, soonest first. */
  due: DueItem[];
  /** When the plan was last evaluated (any evaluation); changes are counted from then. */
  since: string | null;
  /** Every change after `since`, oldest first. */
  changes: AuditRecord[];
  /** The latest evaluation of each evaluated plan, goal and agreement. */
  lastEvaluations: Evaluation[];
}

export function buildConsultation(snap: PlanSnapshot, history: AuditRecord[], today: string, dueWithinDays = 14): Consultation {
  const overview = buildOverview(snap, today, dueWithinDays);
  const latest = new Map<string, Evaluation>();
  for (const e of snap.evaluations) {
    const seen = latest.get(e.target.id);
    if (!seen || `${e.date}${e.created.at}` >= `${seen.date}${seen.created.at}`) latest.set(e.target.id, e);
  }
  // "Since last time" counts from the latest evaluation's own audit record, so that changes made in the
  // same second still fall on the right side of it.
  const lastIndex = history.findLastIndex((r) => r.action === 'evaluation.add');
  const since = lastIndex >= 0 ? history[lastIndex]!.at : null;
  return {
    agreed: overview.goals.filter((g) => isGoalOpen(g.goal)),
    due: overview.due,
    since,
    changes: history.slice(lastIndex + 1),
    lastEvaluations: [...latest.values()],
  };
}
