/** `izp-sdk/testing`: what a vendor needs to prove its own storage adapter. */
export { describeAdapterConformance, type ConformanceOptions } from './conformance.js';
export { AssertionError } from './assert.js';
