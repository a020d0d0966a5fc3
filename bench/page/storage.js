// Storage: the IndexedDB adapter against raw `idb` calls that do the same reads and writes in the same
// transactions, and the memory adapter for reference. The plan is written through the core on a
// MemoryAdapter (fixture.js) and copied into IndexedDB with one commit.
import { IndexedDbAdapter, MemoryAdapter } from '/dist/izp-sdk.bundle.js';
import { openDB } from 'idb';
import { buildPlan, benchCore } from './fixture.js';
import { summarize } from './stats.js';

const clone = (x) => structuredClone(x);

/** The change set the core commits for one agreement change, captured from a real updateAgreement. */
async function captureUpdate(fx) {
  const sets = [];
  const spy = { get: (...a) => fx.adapter.get(...a), loadPlan: (...a) => fx.adapter.loadPlan(...a), history: (...a) => fx.adapter.history(...a), commit: async (c, o) => (sets.push(clone(c)), fx.adapter.commit(c, o)) };
  const izp = benchCore(spy, fx.clock);
  const current = await fx.adapter.get('agreement', fx.updateAgreement);
  await izp.updateAgreement(fx.planId, fx.updateAgreement, { frequency: 'Elke dag' }, { expectedVersion: current.version, reason: 'Benchmark' });
  return sets[0];
}

/** The same change set moved on to the next version: agreement v -> v + 1 with a new audit record id. */
function nextUpdate(template, version, n) {
  const c = clone(template);
  const w = c.writes[0];
  w.expectedVersion = version;
  w.record.version = version + 1;
  w.record.frequency = n % 2 ? 'Elke dag' : 'Twee keer per week';
  c.audit = c.audit.map((a, i) => ({ ...a, id: `${a.id}-u${n}-${i}`, target: { ...a.target, version: version + 1 }, after: w.record }));
  return c;
}

/** The whole plan as one change set: every record new (expected version 0), one audit record each. */
function wholePlan(snapshot, patient, history, suffix) {
  const re = (id) => `${id}${suffix}`;
  const plan = { ...snapshot.plan, id: re(snapshot.plan.id), patientId: re(snapshot.plan.patientId) };
  const goals = snapshot.goals.map((g) => ({ ...g, id: re(g.id), planId: plan.id }));
  const agreements = snapshot.agreements.map((a) => ({ ...a, id: re(a.id), planId: plan.id, goalId: re(a.goalId) }));
  const writes = [
    { kind: 'patient', record: { ...patient, id: plan.patientId, planIds: [plan.id], openPlanId: plan.id }, expectedVersion: 0 },
    { kind: 'plan', record: plan, expectedVersion: 0 },
    ...goals.map((record) => ({ kind: 'goal', record, expectedVersion: 0 })),
    ...agreements.map((record) => ({ kind: 'agreement', record, expectedVersion: 0 })),
  ];
  const template = history[0];
  const audit = writes.filter((w) => w.kind !== 'patient').map((w, i) => ({
    ...template, id: `audit${suffix}-${i}`, patientId: plan.patientId, planId: plan.id, action: `${w.kind}.${w.kind === 'plan' ? 'create' : 'add'}`,
    target: { kind: w.kind, id: w.record.id, version: w.record.version }, before: null, after: w.record,
  }));
  return { patientId: plan.patientId, planId: plan.id, checks: [], writes, audit };
}

// ---- raw idb: the same reads and writes, by hand ----------------------------------------------------

async function rawCommit(db, change) {
  const stores = [...new Set([...change.checks.map((c) => c.kind), ...change.writes.map((w) => w.kind)]), 'audit'];
  const tx = db.transaction(stores, 'readwrite');
  const expected = [...change.checks, ...change.writes.map((w) => ({ kind: w.kind, id: w.record.id, version: w.expectedVersion }))];
  const current = await Promise.all(expected.map((e) => tx.objectStore(e.kind).get(e.id)));
  expected.forEach((e, i) => {
    if ((current[i]?.version ?? 0) !== e.version) throw new Error(`conflict on ${e.kind} ${e.id}`);
  });
  const requests = [];
  for (const w of change.writes) requests.push(tx.objectStore(w.kind).put(w.record));
  for (const a of change.audit) requests.push(tx.objectStore('audit').add(a));
  await Promise.all(requests);
  await tx.done;
}

/**
 * What the adapter's loadPlan reads, by hand: in one readonly transaction, the plan (and any other store
 * keyed by the plan id) with get, and every store indexed by planId with getAll on that index.
 */
async function rawLoad(db, planId) {
  const names = [...db.objectStoreNames].filter((n) => n !== 'patient' && n !== 'audit');
  const tx = db.transaction(names, 'readonly');
  const results = await Promise.all(names.map((n) => {
    const store = tx.objectStore(n);
    return store.indexNames.contains('planId') ? store.index('planId').getAll(planId) : store.get(planId);
  }));
  const out = Object.fromEntries(names.map((n, i) => [n, results[i]]));
  return out.plan ? out : null;
}

/**
 * Runs the variants of one operation interleaved (a, b, c, then b, c, a, ...), so that drift in the
 * machine or the database's size hits each alike. `fns`: name -> (i) => Promise. Returns name -> summary.
 */
async function series(runs, warmup, fns) {
  const names = Object.keys(fns).filter((k) => fns[k]);
  const out = Object.fromEntries(names.map((k) => [k, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (let j = 0; j < names.length; j++) {
      const k = names[(i + j) % names.length];
      const t0 = performance.now();
      await fns[k](i);
      const ms = performance.now() - t0;
      if (i >= warmup) out[k].push(ms);
    }
  }
  return Object.fromEntries(names.map((k) => [k, summarize(out[k])]));
}

/** Every storage figure for a plan of `agreements` agreements. */
export async function runStorage({ agreements, runs = 15, warmup = 3, saveRuns = 60 }) {
  const fx = await buildPlan(agreements);
  const template = await captureUpdate(fx);
  const snapshot = await fx.adapter.loadPlan(fx.planId);
  const patient = await fx.adapter.get('patient', fx.patientId);
  const history = await fx.adapter.history(fx.planId);
  const name = `izp-bench-${agreements}-${Date.now()}`;

  // Seed IndexedDB with the plan as stored (same ids), in one commit.
  const seed = new IndexedDbAdapter({ name });
  await seed.commit({
    patientId: fx.patientId, planId: fx.planId, checks: [],
    writes: [{ kind: 'patient', record: patient, expectedVersion: 0 }, { kind: 'plan', record: snapshot.plan, expectedVersion: 0 },
      ...snapshot.goals.map((record) => ({ kind: 'goal', record, expectedVersion: 0 })),
      ...snapshot.agreements.map((record) => ({ kind: 'agreement', record, expectedVersion: 0 }))],
    audit: history,
  });
  seed.close();

  const rows = [];
  const row = (operation, sdk, raw, memory, note) => rows.push({ operation, agreements, sdk, raw, memory, ratio: raw ? sdk.median / raw.median : null, note });

  // 1. Open an existing database and read one record.
  {
    const r = await series(runs, warmup, {
      sdk: async () => {
        const a = new IndexedDbAdapter({ name });
        await a.get('patient', fx.patientId);
        a.close();
        await new Promise((res) => setTimeout(res, 0));
      },
      raw: async () => {
        const d = await openDB(name);
        await d.get('patient', fx.patientId);
        d.close();
        await new Promise((res) => setTimeout(res, 0));
      },
    });
    row('open the database and read one record', r.sdk, r.raw, null, 'raw: openDB + get + close');
  }

  const adapter = new IndexedDbAdapter({ name });
  const db = await openDB(name);
  await adapter.get('patient', fx.patientId);
  const memory = new MemoryAdapter();
  await memory.commit({ patientId: fx.patientId, planId: fx.planId, checks: [], writes: [{ kind: 'patient', record: patient, expectedVersion: 0 }, { kind: 'plan', record: snapshot.plan, expectedVersion: 0 },
    ...snapshot.goals.map((record) => ({ kind: 'goal', record, expectedVersion: 0 })), ...snapshot.agreements.map((record) => ({ kind: 'agreement', record, expectedVersion: 0 }))], audit: history });

  // 2. Save one agreement change with its audit record: the adapter's commit of the change set the
  //    core makes for updateAgreement (checks: plan and goal; write: the agreement; one audit record).
  //    IndexedDB and memory hold the same agreement; each keeps its own version count.
  const agreementId = fx.updateAgreement;
  let version = (await adapter.get('agreement', agreementId)).version;
  let mv = (await memory.get('agreement', agreementId)).version;
  let n = 0;
  {
    const r = await series(saveRuns, warmup, {
      sdk: () => adapter.commit(nextUpdate(template, version, ++n)).then(() => version++),
      raw: () => rawCommit(db, nextUpdate(template, version, ++n)).then(() => version++),
      memory: () => memory.commit(nextUpdate(template, mv, ++n)).then(() => mv++),
    });
    row('save one agreement change + audit (adapter.commit)', r.sdk, r.raw, r.memory, 'raw: one readwrite transaction with the same version reads, put and add');
  }

  // 3. The same change through the core: updateAgreement reads the plan, the agreement and its goal,
  //    validates, and commits. Raw: the same three reads, then the same transaction.
  {
    const izp = benchCore(adapter, { t: Date.parse('2026-03-01T09:00:00Z'), n: 900000 });
    const mcore = benchCore(memory, { t: Date.parse('2026-03-01T09:00:00Z'), n: 800000 });
    const r = await series(saveRuns, warmup, {
      sdk: async (i) => {
        await izp.updateAgreement(fx.planId, agreementId, { frequency: i % 2 ? 'Elke dag' : 'Twee keer per week' }, { expectedVersion: version });
        version++;
      },
      raw: async () => {
        await db.get('plan', fx.planId);
        await db.get('agreement', agreementId);
        await db.get('goal', template.writes[0].record.goalId);
        await rawCommit(db, nextUpdate(template, version, ++n));
        version++;
      },
      memory: async (i) => {
        await mcore.updateAgreement(fx.planId, agreementId, { frequency: i % 2 ? 'Elke dag' : 'Twee keer per week' }, { expectedVersion: mv });
        mv++;
      },
    });
    row('save one agreement change through the core (updateAgreement)', r.sdk, r.raw, r.memory, 'raw: three gets, then the transaction above');
  }

  // 4. Load the plan with all its records.
  {
    const r = await series(runs, warmup, {
      sdk: () => adapter.loadPlan(fx.planId),
      raw: () => rawLoad(db, fx.planId),
      memory: () => memory.loadPlan(fx.planId),
    });
    row('load the plan (loadPlan)', r.sdk, r.raw, r.memory, 'raw: one readonly transaction, a get or an index getAll per store');
  }

  // 5. Save a whole plan: every record new, one audit record each, one transaction.
  {
    let w = 0;
    const r = await series(runs, warmup, {
      sdk: () => adapter.commit(wholePlan(snapshot, patient, history, `-s${++w}`)),
      raw: () => rawCommit(db, wholePlan(snapshot, patient, history, `-r${++w}`)),
      memory: () => memory.commit(wholePlan(snapshot, patient, history, `-m${++w}`)),
    });
    row(`save a whole plan (${snapshot.goals.length + snapshot.agreements.length + 2} records + audit)`, r.sdk, r.raw, r.memory, 'raw: the same version reads, puts and adds in one transaction');
  }

  adapter.close();
  db.close();
  await new IndexedDbAdapter({ name }).destroy();
  return rows;
}
