// The local core over IndexedDB passes the Izp conformance suite: one fresh database per test.
import { IndexedDbAdapter } from '../../src/adapters/indexeddb/index.js';
import { createIzp } from '../../src/core/index.js';
import { describeIzpConformance } from '../../src/testing/index.js';

let n = 0;
describeIzpConformance('the local core over IndexedDbAdapter', () => {
  const adapter = new IndexedDbAdapter({ name: `izp-core-conformance-${Date.now()}-${n++}` });
  return { as: (user, setup) => createIzp({ adapter, user, ...setup }), close: () => adapter.destroy() };
});
