/**
 * The events the elements dispatch: prefixed `izp-`, bubbling and composed (they cross shadow roots to
 * reach the host page), fired once a function has completed, with domain objects as `detail`. A host
 * mirrors changes into its own record from these instead of asking for double entry.
 */
import type { IzpError } from '../core/errors.js';
import type { Agreement, DiaryEntry, Evaluation, Goal, MeasurementRecord, Plan, PlanProfile, PlanSnapshot } from '../core/model.js';
import type { PrintOverview } from '../core/print.js';
import type { Bundle, FhirImportReport } from '../fhir/index.js';

/** The sections of `<izp-plan>`'s in-page navigation (professional view, default composition). */
export type PlanSection = 'plan' | 'consult' | 'modules' | 'team' | 'history' | 'overview';

export interface IzpEventDetails {
  /** The patient's plan was loaded (or found missing: `plan` is null). */
  'izp-plan-loaded': { patientId: string; plan: Plan | null };
  'izp-plan-created': { plan: Plan };
  'izp-plan-accorded': { snapshot: PlanSnapshot };
  'izp-plan-closed': { snapshot: PlanSnapshot };
  'izp-goal-added': { goal: Goal };
  'izp-goal-closed': { goal: Goal };
  'izp-agreement-added': { agreement: Agreement };
  'izp-agreement-updated': { agreement: Agreement; previous: Agreement };
  'izp-agreement-closed': { agreement: Agreement };
  /** An agreement, goal or the plan was evaluated; an adjustment made with it was stored in the same change. */
  'izp-evaluated': { evaluation: Evaluation };
  /** The patient granted a person access to the plan (or changed it): read, or read and write. */
  'izp-access-granted': { plan: Plan; actorId: string; permission: 'read' | 'write' };
  /** The patient revoked a person's access; the core now refuses them. */
  'izp-access-revoked': { plan: Plan; actorId: string };
  /** The patient's overview was printed (function 9). */
  'izp-print': { overview: PrintOverview };
  /** A section of the plan's generic modules was saved (`<izp-modules>`). */
  'izp-profile-updated': { profile: PlanProfile };
  /** A measured value was added (a home measurement or a lab result). */
  'izp-measurement-added': { measurement: MeasurementRecord };
  /** The patient wrote in their diary. */
  'izp-diary-added': { entry: DiaryEntry };
  /** The plan was exported as a FHIR R4 Bundle (`<izp-fhir-export>`). */
  'izp-fhir-exported': { planId: string; bundle: Bundle; filename: string };
  /** A FHIR Bundle was imported as the patient's plan; `report` lists what was not taken over or filled in. */
  'izp-fhir-imported': { snapshot: PlanSnapshot; report: FhirImportReport };
  /** A function failed; nothing was stored and the user's input was kept. */
  'izp-error': { action: string; error: IzpError };
  /** The user chose another section of `<izp-plan>` (not fired when the host sets `section`). */
  'izp-section-changed': { section: PlanSection; previous: PlanSection };
}

export type IzpEventName = keyof IzpEventDetails;
export type IzpEvent<K extends IzpEventName> = CustomEvent<IzpEventDetails[K]>;

/** An element's typed `emit()`, handed to the helpers that act for it (they never reach into the element). */
export type Emit = <K extends IzpEventName>(name: K, detail: IzpEventDetails[K]) => boolean;

export function izpEvent<K extends IzpEventName>(name: K, detail: IzpEventDetails[K]): IzpEvent<K> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'izp-plan-loaded': IzpEvent<'izp-plan-loaded'>;
    'izp-plan-created': IzpEvent<'izp-plan-created'>;
    'izp-plan-accorded': IzpEvent<'izp-plan-accorded'>;
    'izp-plan-closed': IzpEvent<'izp-plan-closed'>;
    'izp-goal-added': IzpEvent<'izp-goal-added'>;
    'izp-goal-closed': IzpEvent<'izp-goal-closed'>;
    'izp-agreement-added': IzpEvent<'izp-agreement-added'>;
    'izp-agreement-updated': IzpEvent<'izp-agreement-updated'>;
    'izp-agreement-closed': IzpEvent<'izp-agreement-closed'>;
    'izp-evaluated': IzpEvent<'izp-evaluated'>;
    'izp-access-granted': IzpEvent<'izp-access-granted'>;
    'izp-access-revoked': IzpEvent<'izp-access-revoked'>;
    'izp-print': IzpEvent<'izp-print'>;
    'izp-profile-updated': IzpEvent<'izp-profile-updated'>;
    'izp-measurement-added': IzpEvent<'izp-measurement-added'>;
    'izp-diary-added': IzpEvent<'izp-diary-added'>;
    'izp-fhir-exported': IzpEvent<'izp-fhir-exported'>;
    'izp-fhir-imported': IzpEvent<'izp-fhir-imported'>;
    'izp-error': IzpEvent<'izp-error'>;
    'izp-section-changed': IzpEvent<'izp-section-changed'>;
  }
}
