/**
 * Opens the database a server runs on: a real PostgreSQL server when a connection URL is given (the
 * `DATABASE_URL` of a deployment), otherwise embedded PGlite in a data folder (kept across restarts) or,
 * without one, in memory. The drivers are loaded only when used.
 */
import { fromPgPool, type PgPoolLike, type SqlDatabase } from './database.js';
import { PostgresAdapter } from './adapter.js';

export interface OpenOptions {
  /** `postgres://user@host:port/db`: a real server through `pg`. */
  databaseUrl?: string;
  /** A folder for PGlite's files; omitted (and no URL): in memory. */
  dataDir?: string;
  /** The schema for the tables; default `izp`. */
  schema?: string;
  /** Connections in the `pg` pool; default 10. */
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions = {}): Promise<SqlDatabase> {
  if (options.databaseUrl) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle connection that dies (server restart) must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    return fromPgPool(pool as unknown as PgPoolLike, { endPoolOnClose: true });
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await db.waitReady;
  return db;
}

/** Opens the database and an adapter that owns it (closing the adapter closes the database). */
export async function openPostgresAdapter(options: OpenOptions = {}): Promise<PostgresAdapter> {
  const adapter = new PostgresAdapter({ db: await openDatabase(options), ownsDatabase: true, ...(options.schema ? { schema: options.schema } : {}) });
  await adapter.init();
  return adapter;
}
