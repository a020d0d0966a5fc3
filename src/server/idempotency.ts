/**
 * Idempotency keys for writes. A client that lost the answer to a POST retries it with the same
 * `Idempotency-Key`; the server then returns the first answer and runs nothing twice. Keys are scoped to
 * the authenticated user, bound to the request (method, path, If-Match, body: reusing a key for another
 * request is refused), and kept for a day.
 *
 * Answers of 5xx are not kept (nothing was stored; the retry should run again). A key whose first request
 * is still running answers 409 to the retry. Known gap: when a server process dies between the commit and
 * storing the answer, the key stays pending until it expires (`pendingTimeoutMs`), and a retry after that
 * runs the change again; the core's version checks (`If-Match`) still prevent a double update.
 */
import type { SqlDatabase } from '../adapters/postgres/database.js';
import { quoteIdent } from '../adapters/postgres/database.js';

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type BeginResult =
  | { state: 'new' }
  | { state: 'done'; response: StoredResponse }
  | { state: 'pending' }
  | { state: 'mismatch' };

export interface IdempotencyStore {
  /** Reserves the key for this request, or tells what became of an earlier request with it. */
  begin(scope: string, key: string, fingerprint: string): Promise<BeginResult>;
  /** Keeps the answer for retries. */
  finish(scope: string, key: string, response: StoredResponse): Promise<void>;
  /** Frees the key (the request failed without storing anything), so a retry runs again. */
  abandon(scope: string, key: string): Promise<void>;
}

const DAY = 24 * 60 * 60 * 1000;

interface Entry {
  fingerprint: string;
  response?: StoredResponse;
  created: number;
}

/** For one server process (and the msw handlers); a cluster of servers shares `PostgresIdempotencyStore`. */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: { ttlMs?: number; pendingTimeoutMs?: number; now?: () => number } = {}) {}

  async begin(scope: string, key: string, fingerprint: string): Promise<BeginResult> {
    const now = this.now();
    this.expire(now);
    const id = `${scope}\u0000${key}`;
    const entry = this.entries.get(id);
    if (!entry || (!entry.response && now - entry.created > (this.options.pendingTimeoutMs ?? 60_000))) {
      this.entries.set(id, { fingerprint, created: now });
      return { state: 'new' };
    }
    if (entry.fingerprint !== fingerprint) return { state: 'mismatch' };
    return entry.response ? { state: 'done', response: entry.response } : { state: 'pending' };
  }

  async finish(scope: string, key: string, response: StoredResponse): Promise<void> {
    const entry = this.entries.get(`${scope}\u0000${key}`);
    if (entry) entry.response = response;
  }

  async abandon(scope: string, key: string): Promise<void> {
    this.entries.delete(`${scope}\u0000${key}`);
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private expire(now: number): void {
    const ttl = this.options.ttlMs ?? DAY;
    for (const [id, entry] of this.entries) if (now - entry.created > ttl) this.entries.delete(id);
  }
}

/** Keys in the adapter's database (table `idempotency_keys`, created by its migrations). */
export class PostgresIdempotencyStore implements IdempotencyStore {
  private readonly table: string;

  constructor(private readonly db: SqlDatabase, schema = 'izp', private readonly options: { pendingTimeoutMs?: number } = {}) {
    this.table = `${quoteIdent(schema)}.idempotency_keys`;
  }

  async begin(scope: string, key: string, fingerprint: string): Promise<BeginResult> {
    await this.db.query(`DELETE FROM ${this.table} WHERE created < now() - interval '1 day'`);
    // A pending key older than the timeout belongs to a request that died: take it over.
    await this.db.query(
      `DELETE FROM ${this.table} WHERE scope = $1 AND key = $2 AND response IS NULL AND created < now() - make_interval(secs => $3)`,
      [scope, key, (this.options.pendingTimeoutMs ?? 60_000) / 1000],
    );
    const inserted = await this.db.query(
      `INSERT INTO ${this.table} (scope, key, fingerprint) VALUES ($1, $2, $3) ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
      [scope, key, fingerprint],
    );
    if (inserted.rows.length > 0) return { state: 'new' };
    const { rows } = await this.db.query<{ fingerprint: string; response: StoredResponse | null }>(
      `SELECT fingerprint, response FROM ${this.table} WHERE scope = $1 AND key = $2`, [scope, key],
    );
    const row = rows[0];
    if (!row) return this.begin(scope, key, fingerprint);
    if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
    return row.response ? { state: 'done', response: row.response } : { state: 'pending' };
  }

  async finish(scope: string, key: string, response: StoredResponse): Promise<void> {
    await this.db.query(`UPDATE ${this.table} SET response = $3::jsonb WHERE scope = $1 AND key = $2`, [scope, key, JSON.stringify(response)]);
  }

  async abandon(scope: string, key: string): Promise<void> {
    await this.db.query(`DELETE FROM ${this.table} WHERE scope = $1 AND key = $2 AND response IS NULL`, [scope, key]);
  }
}
