// IndexedDbAdapter loads its storage code (and idb) the first time it is used, not when the page loads
// or the adapter is made. A file of its own: each test file runs in a fresh page, so nothing else has
// fetched that code yet. (That the adapter then keeps every promise is the conformance suite's.)
import { expect } from '@open-wc/testing';
import { IndexedDbAdapter } from '../../src/adapters/indexeddb/index.js';
import { createIzp } from '../../src/core/index.js';

const sanne = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' } as const;
// Room for every module this page loads (the default buffer holds 250; a full one drops what follows).
performance.setResourceTimingBufferSize(100_000);
const fetched = (part: string) => performance.getEntriesByType('resource').some((r) => new URL(r.name).pathname.includes(part));

describe('IndexedDbAdapter: storage code on first use', () => {
  it('fetches the storage code and idb on the first call, once, and then stores and reads back', async () => {
    const adapter = new IndexedDbAdapter({ name: `izp-lazy-${Date.now()}` });
    try {
      expect(adapter.name).to.match(/^izp-lazy-/);
      expect(fetched('idb-store'), 'nothing fetched when the adapter is made').to.equal(false);
      expect(fetched('/idb/'), 'idb not fetched either').to.equal(false);
      const izp = createIzp({ adapter, user: sanne, now: () => new Date('2026-11-23T10:00:00') });
      // Two calls at once share one fetch of the chunk and one connection.
      const [none, plan] = await Promise.all([adapter.get('plan', 'plan-x'), izp.createPlan({ patientId: 'pat-yildiz' })]);
      expect(none).to.equal(null);
      expect(fetched('idb-store')).to.equal(true);
      expect(performance.getEntriesByType('resource').filter((r) => r.name.includes('idb-store'))).to.have.length(1);
      expect((await adapter.loadPlan(plan.id))?.plan.id).to.equal(plan.id);
      adapter.close();
      // Closed, the next call opens the database again.
      expect((await adapter.history(plan.id)).map((r) => r.action)).to.deep.equal(['plan.create']);
    } finally {
      await adapter.destroy();
    }
  });

  it('refuses an aborted call before loading anything', async () => {
    const adapter = new IndexedDbAdapter({ name: `izp-lazy-abort-${Date.now()}` });
    const controller = new AbortController();
    controller.abort();
    const error = await adapter.get('plan', 'x', { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
    await adapter.destroy();
  });
});
