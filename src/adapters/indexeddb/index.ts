/**
 * `izp-sdk/adapters/indexeddb`: the embedded default. Plans stay in the browser's IndexedDB (see
 * idb-store.ts for how they are stored).
 *
 * The class is all a page loads up front: the storage code and idb are a chunk the adapter fetches the
 * first time it is used, so a host that stores through the server or in memory never fetches them, and
 * one that does fetches them while the plan is first read. Whatever fails there (the chunk, the database)
 * reaches the core as a StorageError, the adapter's promise; the next call tries again.
 */
import type { CallOptions, ChangeSet, StorageAdapter } from '../../core/adapter.js';
import type { AuditRecord } from '../../core/audit.js';
import { StorageError, isIzpError } from '../../core/errors.js';
import type { PlanSnapshot, RecordKind, RecordOf } from '../../core/model.js';
import type { IdbStore } from './idb-store.js';

/** The version of the database schema: one per migration in idb-store.ts. */
export const SCHEMA_VERSION = 3;

export interface IndexedDbAdapterOptions {
  /** Database name; a host that keeps several independent stores (tests, tenants) gives each its own. */
  name?: string;
}

export class IndexedDbAdapter implements StorageAdapter {
  readonly name: string;
  private store: Promise<IdbStore> | null = null;
  /** The calls under way, which `destroy` lets finish before it closes the database. */
  private readonly inFlight = new Set<Promise<unknown>>();
  /** The deletion under way: calls made meanwhile wait for it. */
  private destroying: Promise<void> | null = null;

  constructor(options: IndexedDbAdapterOptions = {}) {
    this.name = options.name ?? 'izp-sdk';
  }

  async get<K extends RecordKind>(kind: K, id: string, options?: CallOptions): Promise<RecordOf<K> | null> {
    return this.run(options, (store) => store.get(kind, id));
  }

  async loadPlan(planId: string, options?: CallOptions): Promise<PlanSnapshot | null> {
    return this.run(options, (store) => store.loadPlan(planId));
  }

  async commit(change: ChangeSet, options?: CallOptions): Promise<void> {
    return this.run(options, (store) => store.commit(change, options));
  }

  async history(planId: string, options?: CallOptions): Promise<AuditRecord[]> {
    return this.run(options, (store) => store.history(planId));
  }

  /** Lets go of the database; the next call opens it again. */
  close(): void {
    void this.store?.then((store) => store.close(), () => undefined);
  }

  /**
   * Deletes the whole database (a demo's reset, a test's clean slate). Calls already under way finish
   * first, on the database as it was; calls made while it is being deleted wait, then open a new, empty
   * one. Rejects with a StorageError when the browser refuses the deletion.
   */
  destroy(): Promise<void> {
    this.destroying ??= this.deleteDatabase().finally(() => {
      this.destroying = null;
    });
    return this.destroying;
  }

  private async deleteDatabase(): Promise<void> {
    // Closing under a call that is still reading or writing would make it fail half-way, or, when it was
    // still opening its connection, leave that connection open: the deletion would then wait on it
    // (`blocked`) for as long as the page lives.
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
    const store = this.store;
    this.store = null;
    await store?.then((opened) => opened.close(), () => undefined);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(this.name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(new StorageError(undefined, { cause: request.error }));
      // `blocked`: another tab still holds the database. An SDK there lets go when asked (idb-store.ts),
      // so the deletion goes on then; nothing to do here but wait for `success`.
    });
  }

  /** The storage code, fetched once; a failed fetch is forgotten so that the next call tries again. */
  private load(): Promise<IdbStore> {
    this.store ??= import('./idb-store.js').then(
      ({ IdbStore }) => new IdbStore(this.name),
      (error: unknown) => {
        this.store = null;
        throw error;
      },
    );
    return this.store;
  }

  private async run<T>(options: CallOptions | undefined, fn: (store: IdbStore) => Promise<T>): Promise<T> {
    options?.signal?.throwIfAborted();
    // A call made while the database is being deleted waits, then opens the new one. The wait can be long
    // (another tab may hold the deletion up), so the caller's signal ends it: an aborted call stores nothing.
    while (this.destroying) {
      await Promise.race([this.destroying.catch(() => undefined), whenAborted(options?.signal)]);
      options?.signal?.throwIfAborted();
    }
    const call = this.call(options, fn);
    this.inFlight.add(call);
    try {
      return await call;
    } finally {
      this.inFlight.delete(call);
    }
  }

  private async call<T>(options: CallOptions | undefined, fn: (store: IdbStore) => Promise<T>): Promise<T> {
    try {
      return await fn(await this.load());
    } catch (error) {
      if (isIzpError(error) || options?.signal?.aborted) throw error;
      throw new StorageError(
        { nl: 'De lokale opslag (IndexedDB) werkt niet; er is niets opgeslagen', en: 'Local storage (IndexedDB) failed; nothing was saved' },
        { cause: error },
      );
    }
  }
}

/** Settles when the signal aborts (never without one): a wait raced against it ends with the caller's abort. */
function whenAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
}
