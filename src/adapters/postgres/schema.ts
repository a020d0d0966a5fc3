/**
 * The database schema and its migrations. One table per record kind (the record as jsonb beside the
 * columns the adapter queries: id, plan id, version), and the audit log, which a trigger keeps
 * append-only: NEN 7513 asks that nobody, not even the application, rewrites who did what.
 *
 * Migrations are numbered and applied in order on start, inside one transaction under an advisory lock,
 * so several servers starting against one database at the same moment migrate it exactly once.
 */
import type { RecordKind } from '../../core/model.js';
import type { SqlDatabase, SqlQueryable } from './database.js';
import { quoteIdent } from './database.js';

export const TABLES: Record<RecordKind, string> = {
  patient: 'patients',
  plan: 'plans',
  goal: 'goals',
  agreement: 'agreements',
  evaluation: 'evaluations',
  profile: 'profiles',
  measurement: 'measurements',
  diary: 'diary_entries',
};

type Migration = (s: string) => string[];

const recordTable = (s: string, table: string) => [
  `CREATE TABLE ${s}.${table} (
     id text PRIMARY KEY,
     plan_id text,
     version integer NOT NULL CHECK (version > 0),
     data jsonb NOT NULL,
     seq bigint GENERATED ALWAYS AS IDENTITY
   )`,
  `CREATE INDEX ${table}_plan_id ON ${s}.${table} (plan_id, seq)`,
];

/** Index i holds the statements that bring the schema from version i to i + 1. */
export const MIGRATIONS: Migration[] = [
  // 1: the plan, its goals and agreements, the patient index, and the append-only audit log.
  (s) => [
    ...['patients', 'plans', 'goals', 'agreements'].flatMap((t) => recordTable(s, t)),
    `CREATE TABLE ${s}.audit_log (
       seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       id text NOT NULL UNIQUE,
       plan_id text NOT NULL,
       patient_id text NOT NULL,
       at timestamptz NOT NULL,
       action text NOT NULL,
       data jsonb NOT NULL
     )`,
    `CREATE INDEX audit_log_plan_id ON ${s}.audit_log (plan_id, seq)`,
    `CREATE FUNCTION ${s}.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'the audit log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
     END $$`,
    `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON ${s}.audit_log
       FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_audit_change()`,
    `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON ${s}.audit_log
       FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_audit_change()`,
  ],
  // 2: evaluations (following up the plan).
  (s) => recordTable(s, 'evaluations'),
  // 3: the optional modules: profile (keyed by its plan), measurements and the patient's diary.
  (s) => ['profiles', 'measurements', 'diary_entries'].flatMap((t) => recordTable(s, t)),
  // 4: the server's idempotency keys: a retried write returns its first answer instead of running again.
  (s) => [
    `CREATE TABLE ${s}.idempotency_keys (
       scope text NOT NULL,
       key text NOT NULL,
       fingerprint text NOT NULL,
       response jsonb,
       created timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (scope, key)
     )`,
    `CREATE INDEX idempotency_keys_created ON ${s}.idempotency_keys (created)`,
  ],
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError';
}

/**
 * Brings the schema up to `target` (default: the latest). Returns the version it found. A schema written
 * by a newer SDK is refused rather than touched.
 */
export async function migrate(db: SqlDatabase, schema: string, target = SCHEMA_VERSION): Promise<number> {
  const s = quoteIdent(schema);
  return db.transaction(async (tx) => {
    // Serialises concurrent starts; the lock ends with the transaction.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`izp-sdk:${schema}`]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await tx.query(`CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())`);
    const found = await currentVersion(tx, s);
    if (found > SCHEMA_VERSION) throw new NewerSchemaError(`The database schema ${schema} is at version ${found}; this SDK knows up to ${SCHEMA_VERSION}`);
    for (let v = found; v < target; v++) {
      for (const statement of MIGRATIONS[v]!(s)) await tx.query(statement);
      await tx.query(`INSERT INTO ${s}.schema_migrations (version) VALUES ($1)`, [v + 1]);
    }
    return found;
  });
}

async function currentVersion(q: SqlQueryable, s: string): Promise<number> {
  const { rows } = await q.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${s}.schema_migrations`);
  return Number(rows[0]?.version ?? 0);
}
