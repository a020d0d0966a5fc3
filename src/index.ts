/**
 * `izp-sdk`: the public API. The core is re-exported here so that a host needs one import; the
 * elements' classes join it as they are built, and importing them registers nothing (see `izp-sdk/define`).
 */
export * from './core/index.js';
