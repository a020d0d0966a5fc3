/**
 * The host's import: a FHIR Bundle into a patient without an open plan. The Bundle is read and checked
 * first (`fromFhirBundle`); an invalid one raises `FhirBundleError` and nothing is stored. Then the core
 * stores it in one change set (`importPlan`), which validates again, keeps ids, refuses a patient who
 * already has an open plan, and audits the import. The report says what was not mapped.
 */
import type { Izp } from '../core/api.js';
import type { PlanSnapshot } from '../core/model.js';
import { type FhirImportReport, fromFhirBundle } from './import.js';

export interface ImportFhirOptions {
  /** The patient the plan is for, as the host knows them; the Bundle's own patient id is then replaced. */
  patientId?: string;
  patientName?: string;
  /** Instant for stamps a Bundle from another system lacks (default now). */
  now?: string;
  signal?: AbortSignal;
}

export async function importFhirBundle(
  izp: Pick<Izp, 'importPlan' | 'user'>, bundle: unknown, options: ImportFhirOptions = {},
): Promise<{ snapshot: PlanSnapshot; report: FhirImportReport }> {
  const { id, name, role } = izp.user;
  const read = fromFhirBundle(bundle, { ...(options.now ? { now: options.now } : {}), importedBy: { id, name, role } });
  const report: FhirImportReport = { unmapped: [...read.report.unmapped], filledIn: [...read.report.filledIn] };
  let snapshot = read.snapshot;
  const carePlan = `CarePlan/${snapshot.plan.id}`;
  if (options.patientId !== undefined && options.patientId !== snapshot.plan.patientId) {
    report.filledIn.push({ resource: carePlan, field: 'subject', message: `the plan of patient "${snapshot.plan.patientId}" was imported for "${options.patientId}"` });
    const patientName = options.patientName ?? snapshot.plan.patientName;
    snapshot = { ...snapshot, plan: { ...snapshot.plan, patientId: options.patientId, ...(patientName ? { patientName } : {}) } };
  }
  if (read.history.length) {
    report.unmapped.push({ resource: 'Provenance', message: `${read.history.length} history records stay with the source; the imported plan's history starts with the import` });
  }
  const stored = await izp.importPlan(snapshot, options.signal ? { signal: options.signal } : {});
  return { snapshot: stored, report };
}
