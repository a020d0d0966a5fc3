/**
 * The in-memory reference adapter: the smallest correct implementation of the storage contract, for
 * tests, Node scripts and as the model for a vendor's own. Records are cloned on the way in and out so
 * a caller can never change stored state by mutating an object it holds.
 */
import type { CallOptions, ChangeSet, StorageAdapter } from './adapter.js';
import { storedVersion } from './adapter.js';
import type { AuditRecord } from './audit.js';
import { ConflictError } from './errors.js';
import type { Agreement, Evaluation, Goal, PlanSnapshot, RecordKind, RecordOf } from './model.js';

export class MemoryAdapter implements StorageAdapter {
  private readonly records = new Map<RecordKind, Map<string, unknown>>();
  private readonly audit: AuditRecord[] = [];

  async get<K extends RecordKind>(kind: K, id: string, options?: CallOptions): Promise<RecordOf<K> | null> {
    await tick(options);
    const record = this.table(kind).get(id);
    return record === undefined ? null : (structuredClone(record) as RecordOf<K>);
  }

  async loadPlan(planId: string, options?: CallOptions): Promise<PlanSnapshot | null> {
    await tick(options);
    const plan = this.table('plan').get(planId);
    if (!plan) return null;
    const of = <T extends { planId: string }>(kind: RecordKind) =>
      [...this.table(kind).values()].filter((r) => (r as T).planId === planId) as T[];
    return structuredClone({
      plan, goals: of<Goal>('goal'), agreements: of<Agreement>('agreement'), evaluations: of<Evaluation>('evaluation'),
      profile: this.table('profile').get(planId) ?? null, measurements: of('measurement'), diary: of('diary'),
    }) as PlanSnapshot;
  }

  async commit(change: ChangeSet, options?: CallOptions): Promise<void> {
    await tick(options);
    // Check everything first, then apply: the check and the writes run without an await between them,
    // so no other commit can interleave and the set is atomic.
    for (const c of [...change.checks, ...change.writes.map((w) => ({ kind: w.kind, id: w.record.id, version: w.expectedVersion }))]) {
      const current = this.table(c.kind).get(c.id) as { version: number } | undefined;
      if (storedVersion(current) !== c.version) {
        throw new ConflictError(c.kind, c.id, c.version, current ? current.version : null, structuredClone(current ?? null));
      }
    }
    const copies = structuredClone({ writes: change.writes, audit: change.audit });
    for (const w of copies.writes) this.table(w.kind).set(w.record.id, w.record);
    this.audit.push(...copies.audit);
  }

  async history(planId: string, options?: CallOptions): Promise<AuditRecord[]> {
    await tick(options);
    return structuredClone(this.audit.filter((r) => r.planId === planId));
  }

  private table(kind: RecordKind): Map<string, unknown> {
    let table = this.records.get(kind);
    if (!table) this.records.set(kind, (table = new Map<string, unknown>()));
    return table;
  }
}

/** Yields once, as real storage would, so that tests see concurrent calls interleave; honours abort. */
async function tick(options?: CallOptions): Promise<void> {
  options?.signal?.throwIfAborted();
  await Promise.resolve();
  options?.signal?.throwIfAborted();
}
