/**
 * `IndexedDbAdapter.destroy()` while calls are under way (the demo's reset clicked while the page still
 * reads or seeds): the calls under way finish on the database as it was, the deletion never waits on a
 * connection of this page (`blocked`), and calls made meanwhile open the new, empty database.
 * Fictional patient: Mw. F. Yıldız.
 */
import { expect } from '@open-wc/testing';
import { IndexedDbAdapter } from '../../src/adapters/indexeddb/index.js';
import { createIzp, MemoryAdapter, type ChangeSet, type StorageAdapter } from '../../src/core/index.js';

const sanne = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' } as const;
const now = () => new Date(2026, 10, 30, 12, 0);
let n = 0;
const dbName = () => `izp-idb-destroy-${Date.now()}-${n++}`;

/** Counts the `blocked` events of the deletions requested while `fn` runs. */
async function countingBlocked<T>(fn: () => Promise<T>): Promise<{ result: T; blocked: number }> {
  const factory = IDBFactory.prototype;
  const deleteDatabase = factory.deleteDatabase;
  let blocked = 0;
  factory.deleteDatabase = function (this: IDBFactory, name: string) {
    const request = deleteDatabase.call(this, name);
    request.addEventListener('blocked', () => blocked++);
    return request;
  };
  try {
    return { result: await fn(), blocked };
  } finally {
    factory.deleteDatabase = deleteDatabase;
  }
}

async function seeded(name: string) {
  const adapter = new IndexedDbAdapter({ name });
  const izp = createIzp({ adapter, user: sanne, now });
  const plan = await izp.createPlan({ patientId: 'pat-yildiz', patientName: 'Mw. F. Yıldız' });
  await izp.addGoal(plan.id, { description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic' });
  return { adapter, planId: plan.id };
}

describe('IndexedDbAdapter.destroy() while a call is under way', () => {
  it('lets the read under way finish, deletes without being blocked, and a call made meanwhile finds the new, empty database', async () => {
    const { adapter, planId } = await seeded(dbName());
    const { result, blocked } = await countingBlocked(async () => {
      const reading = adapter.loadPlan(planId);
      const destroyed = adapter.destroy();
      const during = adapter.get('plan', planId);
      return { snapshot: await reading, during: await during, destroyed: await destroyed };
    });
    expect(result.snapshot?.plan.id, 'the read under way, on the database as it was').to.equal(planId);
    expect(result.snapshot?.goals).to.have.length(1);
    expect(result.during, 'the call made during the deletion').to.equal(null);
    expect(blocked, 'no connection of this page held the deletion up').to.equal(0);
    expect(await adapter.get('plan', planId)).to.equal(null);
    await adapter.destroy();
  });

  it('lets a first call that is still opening the database finish before it deletes', async () => {
    const name = dbName();
    const { adapter: writer, planId } = await seeded(name);
    writer.close();
    const adapter = new IndexedDbAdapter({ name });
    const { result, blocked } = await countingBlocked(async () => {
      // Its first call: fetching the storage code and opening a connection when the deletion is asked for.
      const reading = adapter.loadPlan(planId);
      await adapter.destroy();
      return reading;
    });
    expect(result?.plan.id).to.equal(planId);
    expect(blocked).to.equal(0);
    expect(await adapter.loadPlan(planId)).to.equal(null);
    await adapter.destroy();
  });

  it('stores nothing of a commit whose caller aborts while it waits for the deletion', async () => {
    // The change set of a real start of a plan, as the core hands it to its adapter.
    const memory = new MemoryAdapter();
    let change: ChangeSet | undefined;
    const recording: StorageAdapter = {
      get: (kind, id, options) => memory.get(kind, id, options),
      loadPlan: (id, options) => memory.loadPlan(id, options),
      history: (id, options) => memory.history(id, options),
      commit: (c, options) => { change = c; return memory.commit(c, options); },
    };
    const plan = await createIzp({ adapter: recording, user: sanne, now }).createPlan({ patientId: 'pat-yildiz', patientName: 'Mw. F. Yıldız' });
    const adapter = new IndexedDbAdapter({ name: dbName() });
    expect(await adapter.get('plan', plan.id), 'open, and empty').to.equal(null);
    const controller = new AbortController();
    const destroyed = adapter.destroy();
    const committing = adapter.commit(change!, { signal: controller.signal });
    controller.abort();
    const outcome = await committing.then(() => 'stored', (error: unknown) => (error as Error).name);
    await destroyed;
    expect(outcome, 'the aborted commit rejects').to.equal('AbortError');
    expect(await adapter.loadPlan(plan.id), 'nothing of it in the new database').to.equal(null);
    await adapter.destroy();
  });
});
