/**
 * What `<izp-plan>` provides to the elements inside it. Keyed with `Symbol.for` so that two copies of
 * the SDK on one page still find each other.
 */
import { createContext, type ContextCallback } from '@lit/context';
import type { PlanSnapshot, Izp } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';

export type View = 'professional' | 'patient';

/**
 * What changed from one plan snapshot to the next, by id, as `<izp-plan>` found it when it merged a
 * re-read plan with the one on screen (keep-identity.ts). Each element checks its own ids here instead
 * of recomputing what it shows: one changed agreement costs the other 1,000 elements a few look-ups.
 */
export interface PlanChanges {
  /** The snapshot these changes lead from: they describe the step from it to the value's snapshot only. */
  readonly after: PlanSnapshot;
  /** Goals and agreements that are new, replaced by another version, or gone. */
  readonly records: ReadonlySet<string>;
  /** Goals whose agreements changed (one of them new, replaced or gone). */
  readonly agreementsOf: ReadonlySet<string>;
  /** The plan, goals and agreements whose evaluations changed (one of them new, replaced or gone). */
  readonly evaluated: ReadonlySet<string>;
}

export interface PlanContext {
  izp: Izp | null;
  /** The current plan with all goals and agreements; null while loading or when there is none. */
  snapshot: PlanSnapshot | null;
  l: Localizer;
  view: View;
  /** The practice (or organisation) the host names, for the patient's printout; '' when not given. */
  practiceName: string;
  /**
   * What changed since the previous value, when only the snapshot did (same plan, core, language, view
   * and practice); absent when anything else changed or nothing is known (a host's own provider): an
   * element then compares everything it shows.
   */
  changes?: PlanChanges | null;
  /**
   * Where elements file the ids they show, so that a value with known `changes` is offered only to those
   * it reaches (plan-routes.ts); absent from a host's own provider (every value then reaches everyone).
   */
  routes?: ContextRoutes;
  /** Reads the plan again; `afterSave` when a change was just stored (a failure then says so). */
  refresh(afterSave?: boolean): Promise<void>;
  /** Says something through the plan's live region (saves, errors). */
  announce(message: string): void;
}

/** Where an element files the ids of what it shows, and reads the latest value (plan-routes.ts). */
export interface ContextRoutes {
  /** The value the provider offered last. */
  readonly current: PlanContext | undefined;
  /** Files `callback` under `ids`, in place of what it had. */
  file(callback: ContextCallback<PlanContext>, ids: readonly string[]): void;
  /** Forgets `callback`: its element left (or moved to another provider). */
  forget(callback: ContextCallback<PlanContext>): void;
}

export const planContext = createContext<PlanContext>(Symbol.for('izp-sdk/plan-context'));
