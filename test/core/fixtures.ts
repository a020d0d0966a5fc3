/**
 * Fixtures for the core's own tests over a given adapter: the conformance suite's world (people, clock,
 * example plans), plus the adapter itself for tests that look at storage or inject faults.
 */
import { createIzp, MemoryAdapter, type StorageAdapter } from '../../src/core/index.js';
import { worldOver, type World as SuiteWorld } from '../../src/testing/izp/fixtures.js';

export * from '../../src/testing/izp/fixtures.js';

export type World = SuiteWorld & { adapter: StorageAdapter };

/** A fresh storage with Izp instances for Sanne, dr. Verhoeven and Fatma sharing one clock. */
export function world(adapter: StorageAdapter = new MemoryAdapter()): World {
  return { ...worldOver({ as: (user, setup) => createIzp({ adapter, user, ...setup }) }), adapter };
}
