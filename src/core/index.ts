/**
 * `izp-sdk/core`: the headless IZP core. No DOM and no Lit: it runs in browsers and in Node.
 * `Izp` is the interface every core implements; `createIzp` makes the local one over a StorageAdapter.
 */
export * from './exports.js';
export { buildPrintOverview } from './print.js';
export { enErrors } from './messages/en.js';
