// PostgresAdapter against the storage contract, on embedded PGlite and on a real PostgreSQL server that
// this test starts itself; then what only SQL storage promises: migrations, the append-only audit log,
// NOTIFY on commit, and conflicts that carry the stored record.
import { after, afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { startCluster } from './pg-cluster.mjs';

Object.assign(globalThis, { describe, it, afterEach });
const { describeAdapterConformance } = await import('izp-sdk/testing');
const { PostgresAdapter, fromPgPool, migrate, SCHEMA_VERSION } = await import('izp-sdk/adapters/postgres');
const { createIzp, ConflictError } = await import('izp-sdk/core');

let schemas = 0;
const freshSchema = () => `izp_test_${process.pid}_${++schemas}`;
const nurse = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' };

// One embedded database for the whole file; each adapter gets a schema of its own, dropped after.
const pglite = new PGlite();
const cluster = await startCluster();
const pool = new pg.Pool({ connectionString: cluster.url, max: 12 });
const server = fromPgPool(pool);
after(async () => {
  await pool.end();
  await cluster.stop();
  await pglite.close();
});

for (const [name, db] of [['PGlite', pglite], ['PostgreSQL 15', server]]) {
  describeAdapterConformance(`PostgresAdapter on ${name}`, () => new PostgresAdapter({ db, schema: freshSchema() }), {
    cleanup: (adapter) => adapter.destroy(),
  });

  describe(`PostgresAdapter on ${name}: what SQL storage adds`, () => {
    const adapters = [];
    const fresh = async () => {
      const adapter = new PostgresAdapter({ db, schema: freshSchema() });
      adapters.push(adapter);
      await adapter.init();
      return adapter;
    };
    afterEach(async () => {
      for (const a of adapters.splice(0)) await a.destroy();
    });

    it('refuses to change or delete audit records, even in plain SQL', async () => {
      const adapter = await fresh();
      const izp = createIzp({ adapter, user: nurse });
      const plan = await izp.createPlan({ patientId: 'pat-yildiz', patientName: 'Mw. F. Yıldız' });
      const table = `"${adapter.schema}".audit_log`;
      await assert.rejects(db.query(`UPDATE ${table} SET action = 'plan.print'`), /append-only/);
      await assert.rejects(db.query(`DELETE FROM ${table}`), /append-only/);
      await assert.rejects(db.query(`TRUNCATE ${table}`), /append-only/);
      assert.deepEqual((await adapter.history(plan.id)).map((r) => r.action), ['plan.create']);
    });

    it('gives a stale write a ConflictError with the record as stored now', async () => {
      const adapter = await fresh();
      const izp = createIzp({ adapter, user: nurse });
      const plan = await izp.createPlan({ patientId: 'pat-bosman' });
      const goal = await izp.addGoal(plan.id, { description: 'Weer naar de markt kunnen lopen.', domain: 'functional' });
      await izp.updateGoal(plan.id, goal.id, { description: 'Zelf naar de markt lopen.' }, { expectedVersion: 1 });
      const error = await izp.updateGoal(plan.id, goal.id, { description: 'Oude tekst' }, { expectedVersion: 1 }).catch((e) => e);
      assert.ok(error instanceof ConflictError, String(error));
      assert.equal(error.actualVersion, 2);
      assert.equal(error.current.description, 'Zelf naar de markt lopen.');
    });

    it('migrates an older schema in place, keeping its records, and only once', async () => {
      const schema = freshSchema();
      assert.equal(await migrate(db, schema, 1), 0, 'a new schema starts at 0');
      const old = new PostgresAdapter({ db, schema });
      adapters.push(old);
      const izp = createIzp({ adapter: old, user: nurse });
      const plan = await izp.createPlan({ patientId: 'pat-degroot' });
      const [again] = await Promise.all([migrate(db, schema), migrate(db, schema)]);
      assert.ok(again === 1 || again === SCHEMA_VERSION, 'two servers starting at once migrate once');
      assert.equal((await db.query(`SELECT count(*)::int AS n FROM "${schema}".schema_migrations`)).rows[0].n, SCHEMA_VERSION);
      await izp.addMeasurement(plan.id, { measure: 'HbA1c', value: 58, unit: 'mmol/mol', date: '2026-11-20' });
      assert.equal((await old.loadPlan(plan.id)).measurements.length, 1, 'a table of a later version works');
      assert.equal((await old.get('plan', plan.id)).patientId, 'pat-degroot', 'the v1 record is kept');
    });

    it('refuses a schema written by a newer SDK instead of touching it', async () => {
      const adapter = await fresh();
      await db.query(`INSERT INTO "${adapter.schema}".schema_migrations (version) VALUES ($1)`, [SCHEMA_VERSION + 1]);
      const newer = new PostgresAdapter({ db, schema: adapter.schema });
      const error = await newer.get('plan', 'x').catch((e) => e);
      assert.equal(error.code, 'unavailable');
      assert.match(error.cause.message, /newer|knows up to/);
    });

    it('notifies listeners of each committed change, not of reads or a rolled-back commit', async () => {
      const adapter = await fresh();
      const heard = [];
      const stop = await adapter.listen((event) => heard.push(event));
      const izp = createIzp({ adapter, user: nurse });
      const plan = await izp.createPlan({ patientId: 'pat-elamrani' });
      await izp.getOverview(plan.id);
      await izp.updatePlan(plan.id, { title: 'Oud' }, { expectedVersion: 5 }).catch(() => undefined);
      await izp.addGoal(plan.id, { description: 'Minder moe zijn.', domain: 'psychological' });
      await until(() => heard.length >= 2);
      assert.deepEqual(heard.map((e) => [e.planId, e.actions.join()]), [[plan.id, 'plan.create'], [plan.id, 'goal.add']]);
      await stop();
    });
  });
}

async function until(condition, what = 'condition') {
  for (let i = 0; i < 500; i++) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
