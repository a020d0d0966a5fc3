/**
 * News of committed changes, per plan, for the Server-Sent Events route. With PostgreSQL the news comes
 * from LISTEN/NOTIFY, so every server process on one database hears every other's commits; over any
 * other adapter (memory in msw, IndexedDB) it comes from wrapping the adapter's `commit` in this process.
 */
import type { ChangeSet, StorageAdapter } from '../core/adapter.js';

export interface PlanChange {
  planId: string;
  actions: string[];
  at: string;
}

export interface ChangeFeed {
  /** Calls `listener` after each committed change of the plan; returns a function that stops it. */
  subscribe(planId: string, listener: (change: PlanChange) => void): () => void;
  close?(): Promise<void>;
}

/** What a PostgresAdapter offers (structurally, so the server does not load the adapter). */
interface Listenable {
  listen(listener: (event: PlanChange) => void): Promise<() => Promise<void>>;
}

class Listeners {
  private readonly byPlan = new Map<string, Set<(change: PlanChange) => void>>();

  add(planId: string, listener: (change: PlanChange) => void): () => void {
    let set = this.byPlan.get(planId);
    if (!set) this.byPlan.set(planId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.byPlan.delete(planId);
    };
  }

  emit(change: PlanChange): void {
    for (const listener of this.byPlan.get(change.planId) ?? []) {
      try {
        listener(change);
      } catch {
        // One broken subscriber must not keep the news from the others.
      }
    }
  }
}

/**
 * The feed for an adapter, and the adapter the server should use. A listenable adapter (PostgreSQL) is
 * used as it is and heard through one LISTEN for the whole process; any other is wrapped.
 */
export function changeFeedFor(adapter: StorageAdapter): { adapter: StorageAdapter; feed: ChangeFeed } {
  const listeners = new Listeners();
  const listenable = adapter as StorageAdapter & Partial<Listenable>;
  if (typeof listenable.listen === 'function') {
    const stop = listenable.listen((event) => listeners.emit(event));
    // Until LISTEN is in place, nobody can be subscribed yet; a failure shows on close.
    stop.catch(() => undefined);
    return {
      adapter,
      feed: {
        subscribe: (planId, listener) => listeners.add(planId, listener),
        close: async () => (await stop)(),
      },
    };
  }
  const wrapped: StorageAdapter = {
    get: (kind, id, options) => adapter.get(kind, id, options),
    loadPlan: (planId, options) => adapter.loadPlan(planId, options),
    history: (planId, options) => adapter.history(planId, options),
    async commit(change: ChangeSet, options) {
      await adapter.commit(change, options);
      if (change.writes.length > 0) {
        listeners.emit({ planId: change.planId, actions: [...new Set(change.audit.map((r) => r.action))], at: change.audit[0]?.at ?? new Date().toISOString() });
      }
    },
    ...(adapter.close ? { close: () => adapter.close!() } : {}),
  };
  return { adapter: wrapped, feed: { subscribe: (planId, listener) => listeners.add(planId, listener) } };
}
