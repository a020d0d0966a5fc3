/**
 * The self-contained bundle for script-tag hosts (no build step): Lit included, every element
 * registered, the core and both browser adapters exported.
 */
import './define.js';

export * from './index.js';
export { IndexedDbAdapter } from './adapters/indexeddb/index.js';
