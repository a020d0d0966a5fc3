/**
 * The IndexedDB side of `IndexedDbAdapter`, with idb: loaded the first time the adapter is used, so a
 * page that stores elsewhere never fetches it. One object store per record kind plus the audit trail;
 * each commit is one readwrite transaction, so a change and its audit records are stored together or not
 * at all, even when the tab dies half-way. The adapter (index.ts) turns what fails here into IzpErrors.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CallOptions, ChangeSet } from '../../core/adapter.js';
import type { AuditRecord } from '../../core/audit.js';
import { ConflictError } from '../../core/errors.js';
import type {
  Agreement, DiaryEntry, Evaluation, Goal, MeasurementRecord, PatientIndex, Plan, PlanProfile, PlanSnapshot, RecordKind, RecordOf,
} from '../../core/model.js';

interface StoredAudit extends AuditRecord {
  /** Commit order; the audit trail is read back in exactly the order it was written. */
  seq?: number;
}

interface IzpDb extends DBSchema {
  patient: { key: string; value: PatientIndex };
  plan: { key: string; value: Plan };
  goal: { key: string; value: Goal; indexes: { planId: string } };
  agreement: { key: string; value: Agreement; indexes: { planId: string } };
  evaluation: { key: string; value: Evaluation; indexes: { planId: string } };
  profile: { key: string; value: PlanProfile };
  measurement: { key: string; value: MeasurementRecord; indexes: { planId: string } };
  diary: { key: string; value: DiaryEntry; indexes: { planId: string } };
  audit: { key: number; value: StoredAudit; indexes: { planId: string; id: string } };
}

type StoreName = StoreNames<IzpDb>;

/**
 * Each entry upgrades the database from the version before it. Add a function to change the schema (and
 * raise `SCHEMA_VERSION` in index.ts, which the tests compare with the opened database); never edit one
 * that has shipped, as browsers out there hold data in its shape.
 */
const MIGRATIONS: ((db: IDBPDatabase<IzpDb>) => void)[] = [
  // 0 -> 1: the first schema.
  (db) => {
    db.createObjectStore('patient', { keyPath: 'id' });
    db.createObjectStore('plan', { keyPath: 'id' });
    db.createObjectStore('goal', { keyPath: 'id' }).createIndex('planId', 'planId');
    db.createObjectStore('agreement', { keyPath: 'id' }).createIndex('planId', 'planId');
    const audit = db.createObjectStore('audit', { keyPath: 'seq', autoIncrement: true });
    audit.createIndex('planId', 'planId');
    audit.createIndex('id', 'id', { unique: true });
  },
  // 1 -> 2: evaluations (following up the plan). Plans stored under version 1 keep every record.
  (db) => {
    db.createObjectStore('evaluation', { keyPath: 'id' }).createIndex('planId', 'planId');
  },
  // 2 -> 3: the generic modules (one profile per plan, keyed by the plan's id), measurements, diary.
  (db) => {
    db.createObjectStore('profile', { keyPath: 'id' });
    db.createObjectStore('measurement', { keyPath: 'id' }).createIndex('planId', 'planId');
    db.createObjectStore('diary', { keyPath: 'id' }).createIndex('planId', 'planId');
  },
];

/** One database, opened on the first call and again after `close`. */
export class IdbStore {
  private db: Promise<IDBPDatabase<IzpDb>> | null = null;

  constructor(private readonly name: string) {}

  async get<K extends RecordKind>(kind: K, id: string): Promise<RecordOf<K> | null> {
    return this.read(kind, async (tx) => ((await tx.objectStore(kind).get(id)) as RecordOf<K> | undefined) ?? null);
  }

  async loadPlan(planId: string): Promise<PlanSnapshot | null> {
    return this.read(['plan', 'goal', 'agreement', 'evaluation', 'profile', 'measurement', 'diary'], async (tx) => {
      const [plan, goals, agreements, evaluations, profile, measurements, diary] = await Promise.all([
        tx.objectStore('plan').get(planId),
        tx.objectStore('goal').index('planId').getAll(planId),
        tx.objectStore('agreement').index('planId').getAll(planId),
        tx.objectStore('evaluation').index('planId').getAll(planId),
        tx.objectStore('profile').get(planId),
        tx.objectStore('measurement').index('planId').getAll(planId),
        tx.objectStore('diary').index('planId').getAll(planId),
      ]);
      if (!plan) return null;
      // Index order is by id; records of a kind are returned in the order they were made, as in memory.
      const byCreated = <T extends { created: { at: string } }>(list: T[]) => list.sort((a, b) => a.created.at.localeCompare(b.created.at));
      return {
        plan, goals, agreements, evaluations: byCreated(evaluations), profile: profile ?? null,
        measurements: byCreated(measurements), diary: byCreated(diary),
      };
    });
  }

  async commit(change: ChangeSet, options?: CallOptions): Promise<void> {
    return this.run(async (db) => {
      const kinds = new Set<RecordKind>([...change.checks.map((c) => c.kind), ...change.writes.map((w) => w.kind)]);
      const tx = db.transaction([...kinds, 'audit'] as ('audit' | RecordKind)[], 'readwrite');
      tx.done.catch(() => undefined); // an abort rejects `done`; the caller gets the cause instead
      const abort = () => tx.abort();
      // A signal that fired while the database opened fires no listener added now: abort at once.
      if (options?.signal?.aborted) {
        abort();
        options.signal.throwIfAborted();
      }
      options?.signal?.addEventListener('abort', abort, { once: true });
      try {
        const expected = [
          ...change.checks,
          ...change.writes.map((w) => ({ kind: w.kind, id: w.record.id, version: w.expectedVersion })),
        ];
        const current = await Promise.all(expected.map((e) => tx.objectStore(e.kind).get(e.id)));
        expected.forEach((e, i) => {
          const stored = current[i] as { version: number } | undefined;
          if ((stored?.version ?? 0) !== e.version) {
            throw new ConflictError(e.kind, e.id, e.version, stored?.version ?? null, stored ?? null);
          }
        });
        // Requests are issued one by one; if a later one throws (a record that cannot be cloned), the
        // earlier ones reject on the abort, and those rejections are expected, not unhandled.
        const requests: Promise<unknown>[] = [];
        try {
          for (const w of change.writes) requests.push(tx.objectStore(w.kind).put(w.record));
          for (const a of change.audit) requests.push(tx.objectStore('audit').add(a));
        } catch (error) {
          for (const r of requests) r.catch(() => undefined);
          throw error;
        }
        await Promise.all(requests);
        await tx.done;
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // already aborted or finished: nothing was committed, or the error came after the commit
        }
        options?.signal?.throwIfAborted();
        throw error;
      } finally {
        options?.signal?.removeEventListener('abort', abort);
      }
    });
  }

  async history(planId: string): Promise<AuditRecord[]> {
    return this.read('audit', async (tx) => {
      const records = await tx.objectStore('audit').index('planId').getAll(planId);
      return records.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)).map(({ seq: _seq, ...record }) => record);
    });
  }

  /** Closes the connection; resolves once it is asked to close (IndexedDB closes it when its transactions end). */
  async close(): Promise<void> {
    const db = this.db;
    this.db = null;
    await db?.then((d) => d.close(), () => undefined);
  }

  private open(): Promise<IDBPDatabase<IzpDb>> {
    this.db ??= openDB<IzpDb>(this.name, MIGRATIONS.length, {
      upgrade(db, oldVersion) {
        for (let v = oldVersion; v < MIGRATIONS.length; v++) MIGRATIONS[v]!(db);
      },
      // Another tab loads a newer SDK and must upgrade: let go, and reopen on the next call.
      blocking: () => void this.close(),
      terminated: () => {
        this.db = null;
      },
    }).catch((error: unknown) => {
      this.db = null;
      throw error;
    });
    return this.db;
  }

  private async run<T>(fn: (db: IDBPDatabase<IzpDb>) => Promise<T>): Promise<T> {
    return fn(await this.open());
  }

  /**
   * A read in one readonly transaction, answered once the transaction has ended: a call that has returned
   * holds no transaction, so a `close` right after it (the adapter's `destroy`) closes the connection at
   * once instead of leaving it to linger, holding up the deletion (`blocked`).
   */
  private read<S extends StoreName, T>(stores: S | S[], fn: (tx: IDBPTransaction<IzpDb, S[], 'readonly'>) => Promise<T>): Promise<T> {
    return this.run(async (db) => {
      const tx = db.transaction(Array.isArray(stores) ? stores : [stores], 'readonly');
      tx.done.catch(() => undefined); // a failing `fn` aborts the transaction; its cause is what the caller gets
      const result = await fn(tx);
      await tx.done;
      return result;
    });
  }
}
