/**
 * `izp-sdk/adapters/postgres` (Node only): the IZP on PostgreSQL. `openPostgresAdapter({ databaseUrl })`
 * for a real server, `openPostgresAdapter({ dataDir })` for embedded PGlite, or `new PostgresAdapter({ db })`
 * over any database that satisfies `SqlDatabase` (a PGlite instance as it is, a `pg` pool via `fromPgPool`).
 */
export { PostgresAdapter, type PostgresAdapterOptions, type PlanChangeEvent } from './adapter.js';
export { fromPgPool, type SqlDatabase, type SqlQueryable, type PgPoolLike } from './database.js';
export { migrate, SCHEMA_VERSION } from './schema.js';
export { openDatabase, openPostgresAdapter, type OpenOptions } from './open.js';
