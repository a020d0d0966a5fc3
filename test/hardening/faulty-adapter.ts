/**
 * A storage adapter that breaks on purpose: it passes every call to a real adapter, counts them, and at
 * the call chosen makes storage fail in one of the ways real storage does.
 * - `throw`: the call fails before it reaches storage (disk full, network down).
 * - `hang`: the call never answers until the caller aborts it (a dead connection).
 * - `lost-reply`: a commit is stored, but its answer is lost (the server wrote, the network dropped).
 */
import type { CallOptions, ChangeSet, StorageAdapter } from '../../src/core/index.js';

export type FaultMode = 'throw' | 'hang' | 'lost-reply';

export class FaultyAdapter implements StorageAdapter {
  calls = 0;
  fault: { at: number; mode: FaultMode } | null = null;
  /** Resolves when a hanging call has started, so a test can abort it then (no fixed wait). */
  hanging: Promise<void>;
  private startedHanging!: () => void;

  constructor(readonly base: StorageAdapter) {
    this.hanging = new Promise((resolve) => (this.startedHanging = resolve));
  }

  get: StorageAdapter['get'] = (kind, id, options) => this.call('get', options, () => this.base.get(kind, id, options));
  loadPlan: StorageAdapter['loadPlan'] = (id, options) => this.call('loadPlan', options, () => this.base.loadPlan(id, options));
  history: StorageAdapter['history'] = (id, options) => this.call('history', options, () => this.base.history(id, options));
  // A view's log entry is written on the side, never awaited by the read: not one of its steps.
  commit = (change: ChangeSet, options?: CallOptions) => change.audit.every((r) => r.action === 'plan.view') && !change.writes.length
    ? this.base.commit(change, options)
    : this.call('commit', options, () => this.base.commit(change, options));

  private async call<T>(method: string, options: CallOptions | undefined, run: () => Promise<T>): Promise<T> {
    const n = ++this.calls;
    if (this.fault?.at !== n) return run();
    switch (this.fault.mode) {
      case 'throw':
        throw new Error(`storage failed at call ${n} (${method})`);
      case 'hang':
        this.startedHanging();
        return new Promise<T>((_, reject) => {
          const signal = options?.signal;
          // Without a signal nobody can ever end this call: that is the defect the test looks for.
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
      case 'lost-reply': {
        const result = await run();
        if (method !== 'commit') return result;
        throw new Error(`the reply to commit ${n} was lost`);
      }
    }
  }
}

/** Everything stored about the example patients, as one comparable string. */
export async function dump(adapter: StorageAdapter, patientIds: string[]): Promise<string> {
  const out: unknown[] = [];
  for (const patientId of patientIds) {
    const index = await adapter.get('patient', patientId);
    out.push(index);
    for (const planId of index?.planIds ?? []) out.push(await adapter.loadPlan(planId), await adapter.history(planId));
  }
  return JSON.stringify(out);
}
