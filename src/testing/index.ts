/** `izp-sdk/testing`: the suites that prove a storage adapter and a whole `Izp` (local core or REST client). */
export { describeAdapterConformance, type ConformanceOptions } from './conformance.js';
export { describeIzpConformance, type IzpStore, type IzpSetup } from './izp-conformance.js';
export { AssertionError } from './assert.js';
export { expect } from './expect.js';
