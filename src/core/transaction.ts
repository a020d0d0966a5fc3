/**
 * Builds one change set (checks, writes and their audit records) and commits it. A conflict on a record
 * the user did not target (the plan while a goal is added, the patient index, an agreement that a plan
 * close sweeps along) is retried on fresh data, where every rule is checked again: nothing of anyone's
 * is overwritten. A conflict on the record the user acts on (`pin`) is theirs to resolve and is thrown.
 */
import type { ChangeSet, StorageAdapter, VersionCheck, Write } from './adapter.js';
import type { AuditAction, AuditRecord, AuditedKind } from './audit.js';
import { type ConflictError, StorageError, isIzpError } from './errors.js';
import type { PatientIndex, Person, RecordKind, RecordOf, Stamp, User } from './model.js';

export interface Runtime {
  adapter: StorageAdapter;
  user: User;
  onBehalfOf?: Person;
  now(): Date;
  newId(): string;
  /** Told after every committed change of a plan (subscribe). */
  changed?(planId: string): void;
}

/** Enough for ten users adding to one plan at the same instant; each retry works on fresh data. */
const MAX_ATTEMPTS = 16;

export class Transaction {
  readonly checks: VersionCheck[] = [];
  readonly writes: Write[] = [];
  readonly audit: AuditRecord[] = [];
  /** Ids of the records the user meant to change: a conflict on one of these is theirs to resolve. */
  readonly pinned = new Set<string>();

  constructor(
    private readonly rt: Runtime,
    readonly patientId: string,
    readonly planId: string,
    private readonly reason?: string,
  ) {}

  check(kind: RecordKind, record: { id: string; version: number }): void {
    this.checks.push({ kind, id: record.id, version: record.version });
  }

  /** Writes a new record (version 1) and audits it. */
  create<K extends AuditedKind>(kind: K, record: RecordOf<K>, action: AuditAction): RecordOf<K> {
    this.writes.push({ kind, record, expectedVersion: 0 } as Write);
    this.log(action, kind, null, record);
    return record;
  }

  /** Writes the next version of a record and audits before and after. */
  replace<K extends AuditedKind>(kind: K, before: RecordOf<K>, changes: Partial<RecordOf<K>>, action: AuditAction): RecordOf<K> {
    // A change reason explains one version; a later accord or close does not inherit it.
    const { changeReason: _reason, ...rest } = before as RecordOf<K> & { changeReason?: string };
    const after = { ...rest, ...changes, version: before.version + 1, updated: this.stamp() } as RecordOf<K>;
    this.writes.push({ kind, record: after, expectedVersion: before.version } as Write);
    this.log(action, kind, before, after);
    return after;
  }

  /** Writes a record's next version whole (fields left out of `next` are cleared) and audits it. */
  replaceWhole<K extends AuditedKind>(kind: K, before: RecordOf<K>, next: RecordOf<K>, action: AuditAction): RecordOf<K> {
    const after = { ...next, version: before.version + 1, updated: this.stamp() } as RecordOf<K>;
    this.writes.push({ kind, record: after, expectedVersion: before.version } as Write);
    this.log(action, kind, before, after);
    return after;
  }

  /** Marks the record the user acts on: a conflict there is thrown, never retried. */
  pin(kind: RecordKind, record: { id: string }): void {
    this.pinned.add(`${kind}:${record.id}`);
  }

  /** Writes the patient index, which is not audited itself: the plan change beside it is. */
  put(write: Write): void {
    this.writes.push(write);
  }

  /**
   * Bumps the patient index. Every change that adds to a plan or closes part of it does this, so such
   * changes to one patient's plan are serialised: a close that raced an add is retried on data that
   * includes the added item, and never leaves an open item inside a closed goal or plan.
   */
  touch(index: PatientIndex | null, changes: Partial<PatientIndex> = {}): void {
    if (index) this.put({ kind: 'patient', expectedVersion: index.version, record: { ...index, ...changes, version: index.version + 1 } });
  }

  log(action: AuditAction, kind: AuditedKind, before: object | null, after: object | null, targetId?: string): void {
    const target = (after ?? before) as { id: string; version?: number } | null;
    this.audit.push({
      id: this.rt.newId(),
      at: this.rt.now().toISOString(),
      user: { ...this.rt.user },
      ...(this.rt.onBehalfOf ? { onBehalfOf: { ...this.rt.onBehalfOf } } : {}),
      patientId: this.patientId,
      planId: this.planId,
      action,
      target: { kind, id: targetId ?? target?.id ?? this.planId, ...(target?.version ? { version: target.version } : {}) },
      before: before as Record<string, unknown> | null,
      after: after as Record<string, unknown> | null,
      ...(this.reason ? { reason: this.reason } : {}),
    });
  }

  stamp(): Stamp {
    return stampOf(this.rt);
  }

  toChangeSet(): ChangeSet {
    return { patientId: this.patientId, planId: this.planId, checks: this.checks, writes: this.writes, audit: this.audit };
  }
}

export function stampOf(rt: Runtime): Stamp {
  const { id, name, role } = rt.user;
  return { at: rt.now().toISOString(), by: { id, name, role } };
}

/** Runs `build` and commits what it staged, retrying on conflicts with records the user did not target. */
export async function commitWithRetry<T>(
  rt: Runtime,
  build: () => Promise<{ tx: Transaction; result: T }>,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const { tx, result } = await build();
    // Nothing to store (a retried add that found its first attempt): no commit, and no change to announce.
    if (!tx.writes.length && !tx.checks.length && !tx.audit.length) return result;
    try {
      await storage(() => rt.adapter.commit(tx.toChangeSet(), signal ? { signal } : {}));
      rt.changed?.(tx.planId);
      return result;
    } catch (error) {
      // By code, not instanceof: the adapter may come from another copy of the SDK.
      const conflict = isIzpError(error) && error.code === 'conflict' ? (error as ConflictError) : null;
      if (!conflict || tx.pinned.has(`${conflict.kind}:${conflict.id}`) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/** Calls the adapter; anything it throws that is not already an IzpError (or an abort) becomes a StorageError. */
export async function storage<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isIzpError(error) || (error as { name?: string } | null)?.name === 'AbortError') throw error;
    throw new StorageError(undefined, { cause: error });
  }
}

/** Today's date in the user's time zone, as `YYYY-MM-DD`. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
