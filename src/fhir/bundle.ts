/**
 * The whole plan as one FHIR R4 Bundle: a `transaction` (PUT by id, so sending it twice stores it once)
 * for a FHIR server, or a `collection` for download. With `history`, every audit record rides along as
 * Provenance (changes) or AuditEvent (reads).
 */
import type { AuditRecord } from '../core/audit.js';
import type { PlanSnapshot } from '../core/model.js';
import { auditToFhir } from './audit.js';
import { recordToFhir } from './records.js';
import type { Bundle, BundleEntry, Resource } from './types.js';

export interface ToFhirOptions {
  /** `transaction` (default) for a FHIR server; `collection` for a file. */
  type?: 'transaction' | 'collection';
  /** The plan's history (from `izp.history(planId)`), exported as Provenance and AuditEvent. */
  history?: AuditRecord[];
  /** A literal reference to the host's Patient resource, e.g. `Patient/123`; else only the identifier. */
  patientReference?: string;
  /** Absolute base for `fullUrl`, e.g. `https://fhir.example.org/fhir/`; without it entries have none. */
  fullUrlBase?: string;
  /** Bundle.timestamp; default now. */
  timestamp?: string;
}

export function snapshotResources(snapshot: PlanSnapshot, options: Pick<ToFhirOptions, 'patientReference' | 'history'> = {}): Resource[] {
  const { plan } = snapshot;
  const ctx = { patientId: plan.patientId, ...(plan.patientName ? { patientName: plan.patientName } : {}), ...(options.patientReference ? { patientReference: options.patientReference } : {}) };
  const links = { goalIds: snapshot.goals.map((g) => g.id), agreementIds: snapshot.agreements.map((a) => a.id) };
  return [
    ...recordToFhir('plan', plan, ctx, links),
    ...snapshot.goals.flatMap((g) => recordToFhir('goal', g, ctx)),
    ...snapshot.agreements.flatMap((a) => recordToFhir('agreement', a, ctx)),
    ...snapshot.evaluations.flatMap((e) => recordToFhir('evaluation', e, ctx)),
    ...(snapshot.profile ? recordToFhir('profile', snapshot.profile, ctx) : []),
    ...snapshot.measurements.flatMap((m) => recordToFhir('measurement', m, ctx)),
    ...snapshot.diary.flatMap((d) => recordToFhir('diary', d, ctx)),
    ...(options.history ?? []).map((r, i) => auditToFhir(r, i + 1)),
  ];
}

export function toFhirBundle(snapshot: PlanSnapshot, options: ToFhirOptions = {}): Bundle {
  const type = options.type ?? 'transaction';
  const entry = snapshotResources(snapshot, options).map((resource): BundleEntry => {
    const url = `${resource.resourceType}/${resource.id}`;
    return {
      ...(options.fullUrlBase ? { fullUrl: `${options.fullUrlBase}${url}` } : {}),
      resource,
      ...(type === 'transaction' ? { request: { method: 'PUT' as const, url } } : {}),
    };
  });
  return { resourceType: 'Bundle', type, timestamp: options.timestamp ?? new Date().toISOString(), entry };
}
