/**
 * The minimal query interface the PostgreSQL adapter needs. `@electric-sql/pglite` satisfies it as it is
 * (an embedded PostgreSQL, in memory or in a data folder); `fromPgPool` makes a `pg` pool (a real server)
 * satisfy it. Both run the very same SQL, so what the tests prove on one holds on the other.
 *
 * Typed structurally, so this entry point loads neither driver: the host picks one.
 */
export interface SqlQueryable {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

export interface SqlDatabase extends SqlQueryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** LISTEN on a channel; resolves to a function that stops listening. Needed for live updates only. */
  listen?(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close?(): Promise<void>;
}

/** The parts of a `pg` client this module uses. */
interface PgClientLike extends SqlQueryable {
  release(error?: Error | boolean): void;
  on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** The parts of a `pg.Pool` this module uses. */
export interface PgPoolLike extends SqlQueryable {
  connect(): Promise<PgClientLike>;
  end(): Promise<void>;
}

/**
 * A `pg` pool as an `SqlDatabase`: a transaction holds one pooled connection from BEGIN to COMMIT, and
 * LISTEN keeps one connection of its own (notifications arrive only on the connection that listens).
 */
export function fromPgPool(pool: PgPoolLike, options: { endPoolOnClose?: boolean } = {}): SqlDatabase {
  return {
    query: (text, params) => pool.query(text, params),
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          // A connection that cannot even roll back is not given back to the pool.
          broken = rollbackError as Error;
        }
        throw error;
      } finally {
        client.release(broken ?? false);
      }
    },
    async listen(channel, onPayload) {
      const client = await pool.connect();
      client.on('notification', (m) => {
        if (m.channel === channel) onPayload(m.payload ?? '');
      });
      // Without a handler an idle connection's error would crash the process; the listener ends instead.
      client.on('error', () => undefined);
      await client.query(`LISTEN ${quoteIdent(channel)}`);
      return async () => {
        try {
          await client.query(`UNLISTEN ${quoteIdent(channel)}`);
          client.release();
        } catch (error) {
          client.release(error as Error);
        }
      };
    },
    close: async () => {
      if (options.endPoolOnClose) await pool.end();
    },
  };
}

/** A PostgreSQL identifier we generate ourselves (schema, channel); refuses anything but plain names. */
export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new TypeError(`Not a plain SQL identifier: ${name}`);
  return `"${name}"`;
}
