// The local core over MemoryAdapter passes the Izp conformance suite (the same suite runs in Node and over IndexedDB).
import { MemoryAdapter, createIzp } from '../../src/core/index.js';
import { describeIzpConformance } from '../../src/testing/index.js';

describeIzpConformance('the local core over MemoryAdapter', () => {
  const adapter = new MemoryAdapter();
  return { as: (user, setup) => createIzp({ adapter, user, ...setup }) };
});
