/**
 * Structural sharing between two reads of the same plan: every record whose id and version did not
 * change keeps the object of the earlier read, and a list keeps its array when nothing in it changed.
 * So "the same object" means "unchanged", and an element can skip its update by comparing identities
 * instead of contents (one changed agreement re-renders that agreement, not the whole plan).
 *
 * It relies on the core's rule that every stored change of a record gives it a new version (optimistic
 * concurrency, checked by the adapter conformance suite); a record is never changed in place.
 */
import type { PlanSnapshot } from '../../core/index.js';

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
 * changed (same records, same order).
 */
export function keepList<T extends Versioned>(previous: readonly T[], next: readonly T[]): T[] {
  if (previous === next) return next as T[];
  const byId = new Map<string, T>();
  for (const record of previous) byId.set(record.id, record);
  let same = previous.length === next.length;
  const out = next.map((record, i) => {
    const kept = keepRecord(byId.get(record.id), record);
    if (kept !== previous[i]) same = false;
    return kept;
  });
  return same ? (previous as T[]) : out;
}

/**
 * `next`, sharing with `previous` what did not change; `previous` itself when nothing changed at all.
 * Two different plans (or no earlier read) share nothing: `next` is returned as it is.
 */
export function keepIdentity(previous: PlanSnapshot | null | undefined, next: PlanSnapshot): PlanSnapshot;
export function keepIdentity(previous: PlanSnapshot | null | undefined, next: PlanSnapshot | null): PlanSnapshot | null;
export function keepIdentity(previous: PlanSnapshot | null | undefined, next: PlanSnapshot | null): PlanSnapshot | null {
  if (!previous || !next || previous === next || previous.plan.id !== next.plan.id) return next;
  const merged: PlanSnapshot = {
    ...next,
    plan: keepRecord(previous.plan, next.plan),
    goals: keepList(previous.goals, next.goals),
    agreements: keepList(previous.agreements, next.agreements),
    evaluations: keepList(previous.evaluations, next.evaluations),
    profile: next.profile ? keepRecord(previous.profile, next.profile) : null,
    measurements: keepList(previous.measurements, next.measurements),
    diary: keepList(previous.diary, next.diary),
  };
  const keys = Object.keys(merged) as (keyof PlanSnapshot)[];
  const unchanged = keys.length === Object.keys(previous).length && keys.every((key) => merged[key] === previous[key]);
  return unchanged ? previous : merged;
}
