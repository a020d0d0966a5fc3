/**
 * `PostgresAdapter`: the storage contract on PostgreSQL (a real server through `pg`, or PGlite embedded).
 *
 * Each commit is one transaction. Every record it checks or writes is first locked in one fixed order
 * (kind, then id), which keeps concurrent commits free of deadlocks; new records are inserted with
 * `ON CONFLICT DO NOTHING` (the primary key guards "version 0: must not exist"), existing ones are updated
 * with `WHERE id = $1 AND version = $2`. Any mismatch rolls the whole transaction back and surfaces as a
 * `ConflictError` carrying the record as it is stored now. The change's audit records are appended in the
 * same transaction, and a NOTIFY (delivered only on commit) tells every listening server about it.
 */
import type { CallOptions, ChangeSet, StorageAdapter } from '../../core/adapter.js';
import type { AuditRecord } from '../../core/audit.js';
import { ConflictError, StorageError, isIzpError } from '../../core/errors.js';
import type { PlanProfile, PlanSnapshot, RecordKind, RecordOf } from '../../core/model.js';
import type { SqlDatabase, SqlQueryable } from './database.js';
import { quoteIdent } from './database.js';
import { NewerSchemaError, TABLES, migrate } from './schema.js';

export interface PostgresAdapterOptions {
  db: SqlDatabase;
  /** The PostgreSQL schema that holds the tables (created on start); default `izp`. */
  schema?: string;
  /** Close `db` when the adapter is closed (set when the adapter opened it). */
  ownsDatabase?: boolean;
}

/** What a listener hears after each committed change (not after reads or audit-only commits). */
export interface PlanChangeEvent {
  planId: string;
  patientId: string;
  /** The audit actions of the change, e.g. `['agreement.update']`. */
  actions: string[];
  at: string;
}

/** Thrown inside the transaction to roll it back; turned into a ConflictError with the current record. */
class Mismatch extends Error {
  constructor(readonly kind: RecordKind, readonly id: string, readonly expected: number) {
    super(`${kind} ${id} is no longer version ${expected}`);
  }
}

interface Item {
  kind: RecordKind;
  id: string;
  expected: number;
  /** The new record, when this item is written and not only checked. */
  record?: { id: string; version: number; planId?: string };
  /** A check on the same record as a write, expecting a version too. */
  alsoExpected?: number;
}

export class PostgresAdapter implements StorageAdapter {
  readonly db: SqlDatabase;
  readonly schema: string;
  /** The NOTIFY channel of this schema. */
  readonly channel: string;
  private readonly s: string;
  private readonly ownsDatabase: boolean;
  private ready: Promise<void> | undefined;
  private readonly unlisten = new Set<() => Promise<void>>();

  constructor(options: PostgresAdapterOptions) {
    this.db = options.db;
    this.schema = options.schema ?? 'izp';
    this.s = quoteIdent(this.schema);
    this.channel = `${this.schema}_changes`;
    this.ownsDatabase = options.ownsDatabase ?? false;
  }

  /** Applies pending migrations; every other method waits for this, so calling it is optional. */
  init(): Promise<void> {
    this.ready ??= migrate(this.db, this.schema).then(
      () => undefined,
      (error: unknown) => {
        this.ready = undefined;
        throw new StorageError(
          error instanceof NewerSchemaError
            ? { nl: 'De database is van een nieuwere versie van de software', en: 'The database was written by a newer version of the software' }
            : undefined,
          { cause: error },
        );
      },
    );
    return this.ready;
  }

  async get<K extends RecordKind>(kind: K, id: string, options?: CallOptions): Promise<RecordOf<K> | null> {
    await this.before(options);
    const { rows } = await this.run(() => this.db.query<{ data: RecordOf<K> }>(`SELECT data FROM ${this.table(kind)} WHERE id = $1`, [id]));
    return rows[0]?.data ?? null;
  }

  async loadPlan(planId: string, options?: CallOptions): Promise<PlanSnapshot | null> {
    await this.before(options);
    // One round trip for the plan and every record of it: this is the most frequent read of all.
    const parts = (['plan', 'goal', 'agreement', 'evaluation', 'profile', 'measurement', 'diary'] as const).map((kind, i) =>
      `SELECT ${i} AS k, seq, data FROM ${this.table(kind)} WHERE ${kind === 'plan' ? 'id' : 'plan_id'} = $1`);
    const { rows } = await this.run(() => this.db.query<{ k: number; data: never }>(`${parts.join(' UNION ALL ')} ORDER BY k, seq`, [planId]));
    const of = (k: number) => rows.filter((r) => r.k === k).map((r) => r.data);
    const [plan] = of(0);
    if (!plan) return null;
    return { plan, goals: of(1), agreements: of(2), evaluations: of(3), profile: (of(4)[0] as PlanProfile | undefined) ?? null, measurements: of(5), diary: of(6) };
  }

  async history(planId: string, options?: CallOptions): Promise<AuditRecord[]> {
    await this.before(options);
    const { rows } = await this.run(() => this.db.query<{ data: AuditRecord }>(`SELECT data FROM ${this.s}.audit_log WHERE plan_id = $1 ORDER BY seq`, [planId]));
    return rows.map((r) => r.data);
  }

  async commit(change: ChangeSet, options?: CallOptions): Promise<void> {
    await this.before(options);
    const items = lockOrder(change);
    if (items.length === 0) {
      // Audit only (a view, a print, a refusal): one INSERT is atomic by itself, no transaction needed.
      if (change.audit.length > 0) await this.run(() => this.appendAudit(this.db, change.audit));
      return;
    }
    try {
      await this.db.transaction(async (tx) => {
        for (const item of items) await this.lock(tx, item);
        for (const item of items) {
          if (!item.record || item.expected === 0) continue;
          const { rows } = await tx.query(
            `UPDATE ${this.table(item.kind)} SET data = $1::jsonb, version = $2 WHERE id = $3 AND version = $4 RETURNING id`,
            [JSON.stringify(item.record), item.record.version, item.id, item.expected],
          );
          if (rows.length === 0) throw new Mismatch(item.kind, item.id, item.expected);
        }
        await this.appendAudit(tx, change.audit);
        if (change.writes.length > 0) {
          const event: PlanChangeEvent = {
            planId: change.planId, patientId: change.patientId, actions: [...new Set(change.audit.map((r) => r.action))],
            at: change.audit[0]?.at ?? new Date().toISOString(),
          };
          await tx.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(event)]);
        }
        // Aborted while the transaction ran: roll it back rather than store what the caller gave up on.
        options?.signal?.throwIfAborted();
      });
    } catch (error) {
      if (error instanceof Mismatch) {
        const current = await this.get(error.kind, error.id).catch(() => null);
        throw new ConflictError(error.kind, error.id, error.expected, current ? current.version : null, current);
      }
      throw wrap(error);
    }
  }

  /**
   * Calls `listener` after every committed change in this schema, from any process on the database
   * (PostgreSQL LISTEN/NOTIFY). Resolves to a function that stops listening.
   */
  async listen(listener: (event: PlanChangeEvent) => void): Promise<() => Promise<void>> {
    if (!this.db.listen) throw new StorageError({ nl: 'Deze database kan geen wijzigingen melden', en: 'This database cannot report changes' });
    await this.init();
    const stop = await this.db.listen(this.channel, (payload) => {
      try {
        listener(JSON.parse(payload) as PlanChangeEvent);
      } catch {
        // A payload that is not ours (someone else NOTIFYing on the channel) is ignored.
      }
    });
    this.unlisten.add(stop);
    return async () => {
      if (this.unlisten.delete(stop)) await stop();
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.unlisten].map((stop) => stop().catch(() => undefined)));
    this.unlisten.clear();
    if (this.ownsDatabase) await this.db.close?.();
  }

  /** Drops the schema with every table in it (tests, a tenant leaving). The audit log goes with it. */
  async destroy(): Promise<void> {
    await this.close();
    await this.db.query(`DROP SCHEMA IF EXISTS ${this.s} CASCADE`);
    this.ready = undefined;
  }

  // ---- internals --------------------------------------------------------------------------------

  private table(kind: RecordKind): string {
    return `${this.s}.${TABLES[kind]}`;
  }

  private async before(options?: CallOptions): Promise<void> {
    options?.signal?.throwIfAborted();
    await this.init();
    options?.signal?.throwIfAborted();
  }

  private async run<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw wrap(error);
    }
  }

  /** Appends audit records in one statement; their order in it is their order in the log. */
  private async appendAudit(q: SqlQueryable, records: AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    const values = records.map((_, i) => `($${i * 6 + 1}, $${i * 6 + 2}, $${i * 6 + 3}, $${i * 6 + 4}, $${i * 6 + 5}, $${i * 6 + 6}::jsonb)`);
    await q.query(
      `INSERT INTO ${this.s}.audit_log (id, plan_id, patient_id, at, action, data) VALUES ${values.join(', ')}`,
      records.flatMap((r) => [r.id, r.planId, r.patientId, r.at, r.action, JSON.stringify(r)]),
    );
  }

  /** Inserts a new record, or locks an existing one and compares its version. */
  private async lock(tx: SqlQueryable, item: Item): Promise<void> {
    if (item.record && item.expected === 0) {
      const { rows } = await tx.query(
        `INSERT INTO ${this.table(item.kind)} (id, plan_id, version, data) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [item.id, item.kind === 'patient' ? null : (item.record.planId ?? null), item.record.version, JSON.stringify(item.record)],
      );
      if (rows.length === 0 || (item.alsoExpected !== undefined && item.alsoExpected !== 0)) throw new Mismatch(item.kind, item.id, item.expected);
      return;
    }
    // A record that will be written is locked for update; one only checked, for share (others may check it too).
    const mode = item.record ? 'UPDATE' : 'SHARE';
    const { rows } = await tx.query<{ version: number }>(`SELECT version FROM ${this.table(item.kind)} WHERE id = $1 FOR ${mode}`, [item.id]);
    const actual = rows[0]?.version ?? 0;
    if (actual !== item.expected || (item.alsoExpected !== undefined && actual !== item.alsoExpected)) throw new Mismatch(item.kind, item.id, item.expected);
  }
}

/** Checks and writes merged per record, sorted by kind and id: every commit takes its locks in this order. */
function lockOrder(change: ChangeSet): Item[] {
  const items = new Map<string, Item>();
  for (const w of change.writes) {
    items.set(`${w.kind}\u0000${w.record.id}`, { kind: w.kind, id: w.record.id, expected: w.expectedVersion, record: w.record });
  }
  for (const c of change.checks) {
    const key = `${c.kind}\u0000${c.id}`;
    const existing = items.get(key);
    if (existing) existing.alsoExpected = c.version;
    else items.set(key, { kind: c.kind, id: c.id, expected: c.version });
  }
  return [...items.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item);
}

/** Anything the database throws becomes a StorageError (an abort stays an abort). */
function wrap(error: unknown): unknown {
  if (isIzpError(error) || (error as { name?: string } | null)?.name === 'AbortError') return error;
  return new StorageError(undefined, { cause: error });
}
