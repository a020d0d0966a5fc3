/**
 * Look-ups into a plan snapshot by id, built once per snapshot and shared by every element that reads
 * the same snapshot. Without it each goal, agreement and evaluate button searched the whole plan on
 * every update (at 500 agreements, about 1,000 buttons times 500 records). The index is kept in a
 * WeakMap keyed by the snapshot object, so it goes away with the snapshot; snapshots are never changed
 * in place (a change is a new snapshot), so an index never goes stale.
 */
import type { Agreement, Evaluation, Goal, PlanSnapshot } from '../../core/index.js';

export interface SnapshotIndex {
  goal(id: string): Goal | undefined;
  agreement(id: string): Agreement | undefined;
  /** The goal's agreements, in the order of the snapshot. */
  agreementsOf(goalId: string): readonly Agreement[];
  /** The latest evaluation of a plan, goal or agreement: by date, then by when it was written. */
  latestEvaluation(targetId: string): Evaluation | undefined;
}

const NONE: readonly Agreement[] = Object.freeze([]);
const cache = new WeakMap<PlanSnapshot, SnapshotIndex>();

/** Each map is built on first use: an element that never asks for evaluations never pays for them. */
function build(snapshot: PlanSnapshot): SnapshotIndex {
  let goals: Map<string, Goal> | undefined;
  let agreements: Map<string, Agreement> | undefined;
  let byGoal: Map<string, Agreement[]> | undefined;
  let latest: Map<string, Evaluation> | undefined;
  return {
    goal: (id) => (goals ??= new Map(snapshot.goals.map((g) => [g.id, g]))).get(id),
    agreement: (id) => (agreements ??= new Map(snapshot.agreements.map((a) => [a.id, a]))).get(id),
    agreementsOf(goalId) {
      if (!byGoal) {
        byGoal = new Map();
        for (const a of snapshot.agreements) {
          const list = byGoal.get(a.goalId);
          if (list) list.push(a);
          else byGoal.set(a.goalId, [a]);
        }
      }
      return byGoal.get(goalId) ?? NONE;
    },
    latestEvaluation(targetId) {
      if (!latest) {
        latest = new Map();
        for (const e of snapshot.evaluations) {
          const before = latest.get(e.target.id);
          // `>=`: of two on the same date and moment, the later in the list wins.
          if (!before || `${e.date}${e.created.at}` >= `${before.date}${before.created.at}`) latest.set(e.target.id, e);
        }
      }
      return latest.get(targetId);
    },
  };
}

/** The index of `snapshot`, built the first time any element asks. */
export function indexOf(snapshot: PlanSnapshot): SnapshotIndex {
  let index = cache.get(snapshot);
  if (!index) cache.set(snapshot, (index = build(snapshot)));
  return index;
}

/** Whether two lists of inputs hold the same values in the same order (by identity). */
export function sameInputs(a: readonly unknown[] | null, b: readonly unknown[]): boolean {
  return !!a && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
