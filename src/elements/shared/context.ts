/**
 * What `<izp-plan>` provides to the elements inside it. Keyed with `Symbol.for` so that two copies of
 * the SDK on one page still find each other.
 */
import { createContext } from '@lit/context';
import type { PlanSnapshot, Izp } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';

export type View = 'professional' | 'patient';

export interface PlanContext {
  izp: Izp | null;
  /** The current plan with all goals and agreements; null while loading or when there is none. */
  snapshot: PlanSnapshot | null;
  l: Localizer;
  view: View;
  /** The practice (or organisation) the host names, for the patient's printout; '' when not given. */
  practiceName: string;
  /** Reads the plan again; `afterSave` when a change was just stored (a failure then says so). */
  refresh(afterSave?: boolean): Promise<void>;
  /** Says something through the plan's live region (saves, errors). */
  announce(message: string): void;
}

export const planContext = createContext<PlanContext>(Symbol.for('izp-sdk/plan-context'));
