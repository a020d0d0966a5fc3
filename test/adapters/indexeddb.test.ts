import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { IndexedDbAdapter, SCHEMA_VERSION } from '../../src/adapters/indexeddb/index.js';
import { MemoryAdapter, createIzp, type Agreement, type ChangeSet, type StorageAdapter } from '../../src/core/index.js';

const sanne = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' } as const;
let n = 0;
const dbName = () => `izp-idb-test-${Date.now()}-${n++}`;

describe('IndexedDbAdapter', () => {
  const adapters: IndexedDbAdapter[] = [];
  const fresh = (name = dbName()) => {
    const adapter = new IndexedDbAdapter({ name });
    adapters.push(adapter);
    return adapter;
  };
  afterEach(async () => {
    for (const a of adapters.splice(0)) await a.destroy();
  });

  async function fatmasPlan(adapter: StorageAdapter) {
    const izp = createIzp({ adapter, user: sanne });
    const plan = await izp.createPlan({ patientId: 'pat-yildiz', patientName: 'Mw. F. Yıldız' });
    const goal = await izp.addGoal(plan.id, { description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic' });
    const walk = await izp.addAgreement(plan.id, goal.id, { description: 'Elke dag wandelen', performer: { kind: 'patient' } });
    return { izp, plan, goal, walk };
  }

  it('keeps the plan across connections, as after a page reload', async () => {
    const name = dbName();
    const first = fresh(name);
    const { plan, walk } = await fatmasPlan(first);
    first.close();
    const izp = createIzp({ adapter: new IndexedDbAdapter({ name }), user: sanne });
    const snap = await izp.getPlan(plan.id);
    expect(snap?.agreements.map((a) => a.description)).to.deep.equal([walk.description]);
    expect((await izp.getPlanForPatient('pat-yildiz'))?.id).to.equal(plan.id);
    expect((await izp.history(plan.id)).map((r) => r.action)).to.deep.equal(['plan.create', 'goal.add', 'agreement.add']);
  });

  it('leaves the stored plan intact when a transaction aborts mid-save', async () => {
    const adapter = fresh();
    const { plan, walk } = await fatmasPlan(adapter);
    const [lastAudit] = (await adapter.history(plan.id)).slice(-1);
    // The agreement write succeeds inside the transaction, then adding an audit record with an id that
    // already exists violates the unique index and aborts the whole transaction.
    const change: ChangeSet = {
      patientId: plan.patientId,
      planId: plan.id,
      checks: [],
      writes: [{ kind: 'agreement', record: { ...walk, version: 2, description: 'Eén keer per week wandelen' }, expectedVersion: 1 }],
      audit: [{ ...lastAudit!, action: 'agreement.update' }],
    };
    const error = await adapter.commit(change).then(() => null, (e: unknown) => e);
    expect((error as { code?: string }).code).to.equal('unavailable');
    expect(((await adapter.get('agreement', walk.id)) as Agreement).description).to.equal('Elke dag wandelen');
    expect((await adapter.get('agreement', walk.id))?.version).to.equal(1);
    expect(await adapter.history(plan.id)).to.have.length(3);
  });

  it('rolls back earlier writes of a change set when a later write cannot be stored', async () => {
    const adapter = fresh();
    const { plan, goal, walk } = await fatmasPlan(adapter);
    const unstorable = { ...walk, version: 2, description: 'kan niet', extra: () => 1 } as unknown as Agreement;
    const error = await adapter.commit({
      patientId: plan.patientId,
      planId: plan.id,
      checks: [],
      writes: [
        { kind: 'goal', record: { ...goal, version: 2, description: 'Zes kilo' }, expectedVersion: 1 },
        { kind: 'agreement', record: unstorable, expectedVersion: 1 },
      ],
      audit: [],
    }).then(() => null, (e: unknown) => e);
    expect((error as { code?: string }).code).to.equal('unavailable');
    expect((await adapter.get('goal', goal.id))?.description).to.equal('In drie maanden vijf kilo afvallen.');
  });

  it('aborts a commit whose signal fires while it runs, storing nothing', async () => {
    const adapter = fresh();
    const { izp, plan, walk } = await fatmasPlan(adapter);
    const controller = new AbortController();
    const saving = izp.updateAgreement(plan.id, walk.id, { frequency: 'Eén keer per week' }, { expectedVersion: 1, signal: controller.signal });
    controller.abort();
    const error = await saving.then(() => null, (e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
    expect((await adapter.get('agreement', walk.id))?.version).to.equal(1);
  });

  it('reports a same-named database that is not the SDK\'s as a storage error', async () => {
    const name = dbName();
    const foreign = await openDB(name, SCHEMA_VERSION, { upgrade: (db) => db.createObjectStore('legacy') });
    foreign.close();
    const error = await fresh(name).get('plan', 'x').then(() => null, (e: unknown) => e);
    expect((error as { code?: string } | null)?.code).to.equal('unavailable');
  });

  it('upgrades a database written by the first schema in place, keeping its plans', async () => {
    const name = dbName();
    const { izp, plan, goal } = await fatmasPlan(new MemoryAdapter());
    const history = await izp.history(plan.id);
    // Schema version 1 exactly as the first release created it, holding a plan.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('patient', { keyPath: 'id' });
        db.createObjectStore('plan', { keyPath: 'id' });
        db.createObjectStore('goal', { keyPath: 'id' }).createIndex('planId', 'planId');
        db.createObjectStore('agreement', { keyPath: 'id' }).createIndex('planId', 'planId');
        const audit = db.createObjectStore('audit', { keyPath: 'seq', autoIncrement: true });
        audit.createIndex('planId', 'planId');
        audit.createIndex('id', 'id', { unique: true });
      },
    });
    await v1.put('plan', plan);
    await v1.put('goal', goal);
    for (const record of history) await v1.add('audit', record);
    v1.close();
    const upgraded = fresh(name);
    const snap = await upgraded.loadPlan(plan.id);
    expect(snap?.plan).to.deep.equal(plan);
    expect(snap?.goals).to.deep.equal([goal]);
    expect([snap?.evaluations, snap?.profile, snap?.measurements, snap?.diary]).to.deep.equal([[], null, [], []]);
    expect(await upgraded.history(plan.id)).to.deep.equal(history);
    const db = await openDB(name);
    expect(db.version).to.equal(SCHEMA_VERSION);
    expect([...db.objectStoreNames]).to.include.members(['evaluation', 'profile', 'measurement', 'diary']);
    db.close();
  });

  it('reports a database from a newer SDK version as a storage error, not a crash', async () => {
    const name = dbName();
    const newer = await openDB(name, SCHEMA_VERSION + 1);
    newer.close();
    const error = await fresh(name).get('plan', 'x').then(() => null, (e: unknown) => e);
    expect((error as { code?: string }).code).to.equal('unavailable');
    expect((error as Error & { cause?: { name?: string } }).cause?.name).to.equal('VersionError');
  });

  it('creates every store on first open', async () => {
    const adapter = fresh();
    await adapter.get('plan', 'x');
    const db = await openDB(adapter.name);
    expect([...db.objectStoreNames].sort()).to.deep.equal(['agreement', 'audit', 'diary', 'evaluation', 'goal', 'measurement', 'patient', 'plan', 'profile']);
    expect(db.version).to.equal(SCHEMA_VERSION);
    db.close();
  });
});
