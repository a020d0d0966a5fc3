/**
 * `izp-sdk/client`: `createRestIzp({ baseUrl, user, fetch?, headers?, timeoutMs? })`, the `Izp` interface
 * over the reference server. Give it to `<izp-plan>` as `izp` and every element works unchanged.
 */
export { createRestIzp, type RestIzpOptions } from './rest-izp.js';
export { errorFromProblem } from './errors.js';
