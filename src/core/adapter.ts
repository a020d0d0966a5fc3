/**
 * The storage seam. Four promise methods over plain objects, so that a vendor can put the IZP in its own
 * database, behind REST, or in FHIR. The core keeps every rule; an adapter keeps only two promises:
 *
 * 1. `commit` is atomic: every check and write of a change set, and its audit records, are stored
 *    together or not at all.
 * 2. `commit` compares versions: each write and check names the version it expects the stored record to
 *    have (0: must not exist yet). On any mismatch it throws `ConflictError` and stores nothing.
 *
 * "Not found" is a value (`null`), never an error. Failures throw an `IzpError` (usually `StorageError`).
 * Run `describeAdapterConformance` from `izp-sdk/testing` to check an adapter against all of this.
 */
import type { AuditRecord } from './audit.js';
import type { PlanSnapshot, RecordKind, RecordOf } from './model.js';

export interface CallOptions {
  /** Aborts the call; an aborted commit stores nothing. */
  signal?: AbortSignal;
}

/** A record the change depends on but does not write (the goal an agreement is added to). */
export interface VersionCheck {
  kind: RecordKind;
  id: string;
  version: number;
}

export type Write = {
  [K in RecordKind]: {
    kind: K;
    /** The new state; `record.version` is always `expectedVersion + 1`. */
    record: RecordOf<K>;
    /** The version stored now; 0 when the record is new and must not exist yet. */
    expectedVersion: number;
  };
}[RecordKind];

export interface ChangeSet {
  patientId: string;
  planId: string;
  checks: VersionCheck[];
  writes: Write[];
  /** Appended to the plan's history in the same transaction; may be the only content (a print). */
  audit: AuditRecord[];
}

export interface StorageAdapter {
  /** One record by kind and id, or null. For `patient`, the id is the patient id. */
  get<K extends RecordKind>(kind: K, id: string, options?: CallOptions): Promise<RecordOf<K> | null>;
  /** The plan with all its goals and agreements, or null. */
  loadPlan(planId: string, options?: CallOptions): Promise<PlanSnapshot | null>;
  /** Stores a change set atomically, after checking every version. Throws `ConflictError` on a mismatch. */
  commit(change: ChangeSet, options?: CallOptions): Promise<void>;
  /** The plan's audit records in the order they were committed. */
  history(planId: string, options?: CallOptions): Promise<AuditRecord[]>;
  /** Releases connections; optional. */
  close?(): void | Promise<void>;
}

/** The version a stored record has, as adapters compare it: 0 when there is none. */
export function storedVersion(record: { version: number } | null | undefined): number {
  return record ? record.version : 0;
}
