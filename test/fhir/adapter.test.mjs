// FhirAdapter against a FHIR server nobody here wrote: Medplum's FhirRouter + MemoryRepository over HTTP
// on loopback. The storage conformance suite, then what the suite cannot see: the resources it stores
// are valid R4, updates carry If-Match, the auth hook is used, and the whole core runs over it.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadTs } from './load.mjs';
import { startFhirServer } from './fhir-server.mjs';
import { validationErrors } from './validators.mjs';

Object.assign(globalThis, { describe, it, afterEach, before });
const m = await loadTs('test/fhir/entry-adapter.ts');
const server = await startFhirServer();
after(() => server.close());
let tenants = 0;
const tenant = (prefix = 't') => `${prefix}${++tenants}`;

m.describeAdapterConformance('FhirAdapter (Medplum FhirRouter over HTTP)', () => new m.FhirAdapter({ baseUrl: server.url(tenant()) }));

// The whole core over the adapter: every function, rule, access choice and the import, as users see them.
m.describeIzpConformance('the local core over FhirAdapter', () => {
  const adapter = new m.FhirAdapter({ baseUrl: server.url(tenant()) });
  return { as: (user, setup) => m.createIzp({ adapter, user, ...setup }) };
});

describe('FhirAdapter on a FHIR server', () => {
  it('stores every example plan as valid R4 resources and loads each back unchanged', async () => {
    const name = tenant();
    const adapter = new m.FhirAdapter({ baseUrl: server.url(name) });
    const ids = await m.seedExamplePlans(adapter, '2026-11-30');
    const memory = new m.MemoryAdapter();
    await m.seedExamplePlans(memory, '2026-11-30');
    for (const id of Object.values(ids)) {
      const snapshot = await adapter.loadPlan(id);
      assert.ok(snapshot, `plan ${id}`);
      const history = await adapter.history(id);
      assert.ok(history.length > 3, 'history');
      assert.deepEqual(history.map((r) => r.action).slice(0, 1), ['plan.create']);
    }
    const repo = server.repository(name);
    const stored = [...repo.resources.values()].flatMap((table) => [...table.values()]);
    assert.ok(stored.length > 50, `resources stored: ${stored.length}`);
    const errors = stored.flatMap((r) => validationErrors(r));
    assert.deepEqual(errors, []);
  });

  it('sends one transaction per commit, with If-Match on every update', async () => {
    const bodies = [];
    const recording = (input, init) => {
      if (init?.method === 'POST' && init.body) {
        const body = JSON.parse(init.body);
        if (body.type === 'transaction') bodies.push(body);
      }
      return fetch(input, init);
    };
    const adapter = new m.FhirAdapter({ baseUrl: server.url(tenant()), fetch: recording });
    const izp = m.createIzp({ adapter, user: { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' }, now: () => new Date('2026-11-30T10:00:00Z') });
    const plan = await izp.createPlan({ patientId: 'pat-jansen', patientName: 'Mw. A. Jansen' });
    const goal = await izp.addGoal(plan.id, { description: 'Mijn bloeddruk onder 140/90.', domain: 'somatic' });
    await izp.addAgreement(plan.id, goal.id, { description: 'Twee keer per week thuis meten.', performer: { kind: 'patient' } });
    bodies.length = 0;
    await izp.accordPlan(plan.id);
    assert.equal(bodies.length, 1, 'one transaction');
    const puts = bodies[0].entry.filter((e) => e.request.method === 'PUT');
    const updated = puts.filter((e) => ['CarePlan', 'Goal', 'Task', 'Basic'].includes(e.resource.resourceType));
    assert.ok(updated.length >= 4, 'lock, plan, goal and agreement');
    assert.ok(updated.every((e) => /^W\/".+"$/.test(e.request.ifMatch)), 'If-Match W/"version" on each update');
    assert.ok(bodies[0].entry.some((e) => e.resource?.resourceType === 'Provenance'), 'the audit in the same Bundle');
  });

  /** An adapter whose next transaction waits for `meanwhile` (another session's commit) before it is sent. */
  function racing(baseUrl) {
    const state = { meanwhile: null, statuses: [] };
    const adapter = new m.FhirAdapter({
      baseUrl,
      fetch: async (input, init) => {
        const transaction = init?.method === 'POST' && init.body && JSON.parse(init.body).type === 'transaction';
        if (transaction && state.meanwhile) {
          const run = state.meanwhile;
          state.meanwhile = null;
          await run();
        }
        const response = await fetch(input, init);
        if (transaction) state.statuses.push(response.status);
        return response;
      },
    });
    return { adapter, state };
  }
  const sanne = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' };

  /** Two sessions of Sanne on one server, the first racing; a plan with one goal made by the first. */
  async function twoSessions() {
    const baseUrl = server.url(tenant());
    const { adapter, state } = racing(baseUrl);
    const mine = m.createIzp({ adapter, user: sanne });
    const other = m.createIzp({ adapter: new m.FhirAdapter({ baseUrl }), user: sanne });
    const plan = await mine.createPlan({ patientId: 'pat-visser' });
    const goal = await mine.addGoal(plan.id, { description: 'Zo lang mogelijk thuis blijven wonen.', domain: 'functional' });
    state.statuses.length = 0;
    return { adapter, state, mine, other, plan, goal };
  }

  it('re-checks after a 412 and stores a change that does not collide with the other commit', async () => {
    const { adapter, state, mine, other, plan, goal } = await twoSessions();
    state.meanwhile = () => other.addMeasurement(plan.id, { measure: 'Gewicht', value: 71, unit: 'kg' });
    await mine.addAgreement(plan.id, goal.id, { description: 'Thuiszorg komt twee keer per dag.', performer: { kind: 'provider', name: 'Thuiszorg De Linde' } });
    assert.deepEqual(state.statuses, [412, 200], 'the stale lock was refused, then the re-checked change stored');
    const snapshot = await adapter.loadPlan(plan.id);
    assert.equal(snapshot.agreements.length, 1);
    assert.equal(snapshot.measurements.length, 1);
  });

  it('turns a 412 over the same record into a ConflictError and keeps the other change', async () => {
    const { adapter, state, mine, other, plan, goal } = await twoSessions();
    state.meanwhile = () => other.updateGoal(plan.id, goal.id, { note: 'Thuiszorg twee keer per dag.' }, { expectedVersion: 1 });
    await assert.rejects(mine.updateGoal(plan.id, goal.id, { note: 'Anders' }, { expectedVersion: 1 }), (e) => e.code === 'conflict' && e.id === goal.id);
    assert.equal(state.statuses[0], 412);
    const snapshot = await adapter.loadPlan(plan.id);
    assert.equal(snapshot.goals[0].note, 'Thuiszorg twee keer per dag.');
    assert.equal(snapshot.goals[0].version, 2);
  });

  it('reads a plan in one search when the server applies _include and _revinclude', async () => {
    const memory = new m.MemoryAdapter();
    const ids = await m.seedExamplePlans(memory, '2026-11-30');
    const snapshot = await memory.loadPlan(ids.yildiz);
    const resources = m.toFhirBundle(snapshot, { type: 'collection' }).entry.map((e) => ({ ...e.resource, meta: { versionId: '1' } }));
    const requests = [];
    // A server that honours the parameters says so in its self link, as the FHIR search spec asks.
    const honouring = async (url) => {
      requests.push(String(url));
      const self = String(url);
      return new Response(JSON.stringify({ resourceType: 'Bundle', type: 'searchset', link: [{ relation: 'self', url: self }], entry: resources.map((resource) => ({ resource })) }), { status: 200 });
    };
    const adapter = new m.FhirAdapter({ baseUrl: 'http://127.0.0.1:9/fhir', fetch: honouring });
    const loaded = await adapter.loadPlan(ids.yildiz);
    assert.equal(requests.length, 1, 'one request');
    assert.match(decodeURIComponent(requests[0]), /_include=CarePlan:goal&.*_revinclude=Task:based-on/);
    assert.equal(JSON.stringify(m.canonical(loaded)), JSON.stringify(m.canonical(snapshot)));
  });

  it('keeps ids FHIR cannot carry as ids, or that need escaping in a search', async () => {
    const adapter = new m.FhirAdapter({ baseUrl: server.url(tenant()) });
    const izp = m.createIzp({ adapter, user: sanne });
    const plan = await izp.createPlan({ patientId: 'BSN 1234,5|6$7\\8', patientName: 'Mw. G. Visser' });
    const goal = await izp.addGoal(plan.id, { description: 'Zo lang mogelijk thuis blijven wonen.', domain: 'functional' });
    await izp.accordPlan(plan.id);
    const snapshot = await adapter.loadPlan(plan.id);
    assert.equal(snapshot.plan.patientId, 'BSN 1234,5|6$7\\8');
    assert.equal(snapshot.goals[0].id, goal.id);
    assert.equal((await adapter.get('patient', 'BSN 1234,5|6$7\\8')).openPlanId, plan.id);
  });

  it('uses the auth hook on every request', async () => {
    const name = tenant('secure');
    const refused = new m.FhirAdapter({ baseUrl: server.url(name) });
    await assert.rejects(refused.get('plan', 'x'), (e) => e.code === 'unavailable' && e.message.includes('HTTP 401'));
    let calls = 0;
    const adapter = new m.FhirAdapter({ baseUrl: server.url(name), auth: async () => (calls++, { Authorization: 'Bearer t0ken' }) });
    const izp = m.createIzp({ adapter, user: { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' } });
    const plan = await izp.createPlan({ patientId: 'pat-degroot' });
    assert.equal((await adapter.get('plan', plan.id)).patientId, 'pat-degroot');
    assert.ok(calls >= 4, `auth asked per request (${calls})`);
  });
});
