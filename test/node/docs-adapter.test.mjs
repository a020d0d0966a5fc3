// The adapter of docs/examples, written from docs/storage-adapter.md alone, passes the conformance suite
// in Node against the built package, as a vendor's own adapter would.
import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';

Object.assign(globalThis, { describe, it, afterEach });
const { describeAdapterConformance } = await import('izp-sdk/testing');
const { createIzp, StorageError } = await import('izp-sdk/core');
const { KeyValueAdapter } = await import('../../docs/examples/minimal-adapter.mjs');

describeAdapterConformance('KeyValueAdapter (docs/examples)', () => new KeyValueAdapter(), {
  cleanup: (adapter) => adapter.close(),
});

describe('KeyValueAdapter (docs/examples) when its storage is unreachable', () => {
  it('makes the core report a StorageError and store nothing', async () => {
    const adapter = new KeyValueAdapter();
    const izp = createIzp({ adapter, user: { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' } });
    adapter.offline = true;
    await assert.rejects(izp.createPlan({ patientId: 'pat-0042' }), (e) => e instanceof StorageError && e.code === 'unavailable');
    adapter.offline = false;
    assert.equal(await adapter.get('patient', 'pat-0042'), null);
  });
});
