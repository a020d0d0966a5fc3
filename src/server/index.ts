/**
 * `izp-sdk/server` (Node, or any fetch-standard runtime): the reference server. `createIzpServer({ adapter,
 * authenticate })` gives a Hono app whose `fetch` serves the HTTP contract described by `openApiDocument()`.
 */
export { createIzpServer, type IzpServer, type IzpServerOptions } from './app.js';
export { jwtAuthenticator, createDevLogin, bearer, type Authenticate, type Principal, type JwtOptions, type DevLogin } from './auth.js';
export { MemoryIdempotencyStore, PostgresIdempotencyStore, type IdempotencyStore, type StoredResponse } from './idempotency.js';
export { changeFeedFor, type ChangeFeed, type PlanChange } from './feed.js';
export { openApiDocument } from './openapi.js';
export { routes, type Route } from './routes.js';
export { problemOf, PROBLEM_TYPE, type Problem } from './problem.js';
export { listen, type Listening } from './node.js';
