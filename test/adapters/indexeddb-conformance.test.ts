import { IndexedDbAdapter } from '../../src/adapters/indexeddb/index.js';
import { describeAdapterConformance } from '../../src/testing/index.js';

let n = 0;
describeAdapterConformance('IndexedDbAdapter', () => new IndexedDbAdapter({ name: `izp-conformance-${Date.now()}-${n++}` }), {
  cleanup: (adapter) => (adapter as IndexedDbAdapter).destroy(),
});
