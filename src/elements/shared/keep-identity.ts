/**
 * Structural sharing between two reads of the same plan: every record whose id and version did not
 * change keeps the object of the earlier read, and a list keeps its array when nothing in it changed.
 * So "the same object" means "unchanged", and an element can skip its update by comparing identities
 * instead of contents (one changed agreement re-renders that agreement, not the whole plan).
 *
 * It relies on the core's rule that every stored change of a record gives it a new version (optimistic
 * concurrency, checked by the adapter conformance suite); a record is never changed in place.
 */
import type { Agreement, Evaluation, Goal, PlanSnapshot } from '../../core/index.js';
import type { PlanChanges } from './context.js';

interface Versioned {
  id: string;
  version: number;
}

/** The earlier object when it is the same version of the same record, else the new one. */
function keepRecord<T extends Versioned>(previous: T | null | undefined, next: T): T {
  return previous && previous.id === next.id && previous.version === next.version ? previous : next;
}

/**
 * `next` with the records of `previous` that did not change; `previous` itself when nothing in the list
 * changed (same records, same order). `changed`, when given, hears every record that is new, another
 * version (with its earlier version), or gone (the earlier object).
 */
export function keepList<T extends Versioned>(previous: readonly T[], next: readonly T[], changed?: (record: T, earlier?: T) => void): T[] {
  if (previous === next) return next as T[];
  // A re-read lists the records in the same order: pair them by position, and look up by id (a Map of
  // the earlier list) only from the first place where the ids differ. A plain loop: it runs over every
  // record of the plan on every re-read, and a callback per record cost twice as much.
  const count = next.length;
  const out = new Array<T>(count);
  let byId: Map<string, T> | null = null;
  let same = previous.length === count;
  for (let i = 0; i < count; i++) {
    const record = next[i]!;
    const atSamePlace = previous[i];
    let earlier: T | undefined;
    if (!byId && atSamePlace?.id === record.id) {
      earlier = atSamePlace;
    } else {
      byId ??= mapFrom(previous, i);
      earlier = byId.get(record.id);
      if (earlier) byId.delete(record.id);
    }
    const kept = keepRecord(earlier, record);
    if (kept !== atSamePlace) same = false;
    if (kept !== earlier) changed?.(record, earlier);
    out[i] = kept;
  }
  // What is left of the earlier list was not in `next`: gone.
  if (changed) {
    if (byId) for (const record of byId.values()) changed(record);
    else for (let i = count; i < previous.length; i++) changed(previous[i]!);
  }
  return same ? (previous as T[]) : out;
}

/** The records of `list` from `start` on, by id. */
function mapFrom<T extends Versioned>(list: readonly T[], start: number): Map<string, T> {
  const byId = new Map<string, T>();
  for (let i = start; i < list.length; i++) byId.set(list[i]!.id, list[i]!);
  return byId;
}

/**
 * `next`, sharing with `previous` what did not change; `previous` itself when nothing changed at all.
 * Two different plans (or no earlier read) share nothing: `next` is returned as it is.
 */
export function keepIdentity(previous: PlanSnapshot | null | undefined, next: PlanSnapshot): PlanSnapshot;
export function keepIdentity(previous: PlanSnapshot | null | undefined, next: PlanSnapshot | null): PlanSnapshot | null;
export function keepIdentity(previous: PlanSnapshot | null | undefined, next: PlanSnapshot | null): PlanSnapshot | null {
  return mergeSnapshot(previous, next).snapshot;
}

/**
 * `keepIdentity`, and what changed between `previous` and the merged snapshot by id (see
 * `PlanChanges`); `changes` is null when there is nothing to compare with (no earlier read, another
 * plan) and empty sets when nothing changed.
 */
export function mergeSnapshot(previous: PlanSnapshot | null | undefined, next: PlanSnapshot | null): { snapshot: PlanSnapshot | null; changes: PlanChanges | null } {
  if (!previous || !next || previous.plan.id !== next.plan.id) return { snapshot: next, changes: null };
  const records = new Set<string>();
  const agreementsOf = new Set<string>();
  const evaluated = new Set<string>();
  const changes: PlanChanges = { after: previous, records, agreementsOf, evaluated };
  if (previous === next) return { snapshot: next, changes };
  const merged: PlanSnapshot = {
    ...next,
    plan: keepRecord(previous.plan, next.plan),
    goals: keepList<Goal>(previous.goals, next.goals, (g) => records.add(g.id)),
    agreements: keepList<Agreement>(previous.agreements, next.agreements, (a, earlier) => {
      records.add(a.id);
      agreementsOf.add(a.goalId);
      if (earlier) agreementsOf.add(earlier.goalId); // one that moved to another goal left its earlier goal
    }),
    evaluations: keepList<Evaluation>(previous.evaluations, next.evaluations, (e) => evaluated.add(e.target.id)),
    profile: next.profile ? keepRecord(previous.profile, next.profile) : null,
    measurements: keepList(previous.measurements, next.measurements),
    diary: keepList(previous.diary, next.diary),
  };
  const keys = Object.keys(merged) as (keyof PlanSnapshot)[];
  const unchanged = keys.length === Object.keys(previous).length && keys.every((key) => merged[key] === previous[key]);
  return { snapshot: unchanged ? previous : merged, changes };
}
