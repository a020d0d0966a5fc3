// The HTTP contract of the reference server on PGlite: status codes, problem details, ETag/If-Match,
// idempotency keys, access enforced (and audited) by the core, the user taken from the token only.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { closeDatabase, people, seedPlan, startServer } from './server-helpers.mjs';
import { readEvents } from './sse.mjs';

after(() => closeDatabase());

const PROBLEM = 'application/problem+json';

describe('the reference server: HTTP contract', () => {
  let s;
  before(async () => {
    s = await startServer();
  });
  after(() => s.stop());

  it('answers 401 without a user, and with a forged or foreign token', async () => {
    const none = await s.api('GET', '/patients/pat-x/plan', { as: null });
    assert.equal(none.status, 401);
    assert.equal(none.headers.get('content-type'), PROBLEM);
    assert.equal(none.headers.get('www-authenticate'), 'Bearer');
    assert.equal(none.body.code, 'unauthenticated');
    const forged = await s.api('GET', '/patients/pat-x/plan', { as: null, headers: { authorization: `Bearer ${(await s.token(people.nurse)).slice(0, -4)}AAAA` } });
    assert.equal(forged.status, 401);
  });

  it('creates a plan (201, ETag, Location) as the token\'s user, never one named in the body', async () => {
    const created = await s.api('POST', '/plans', { body: { patientId: 'pat-bosman', patientName: 'Dhr. H. Bosman' } });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('etag'), '"1"');
    assert.equal(created.headers.get('location'), `/plans/${created.body.id}`);
    assert.equal(created.body.created.by.id, people.nurse.id);
    const sneaky = await s.api('POST', '/plans', { body: { patientId: 'pat-groen', user: people.gp } });
    assert.equal(sneaky.status, 422, 'an unknown key is invalid input');
    assert.match(sneaky.body.issues[0].messages.en, /user/);
    const read = await s.api('GET', '/patients/pat-bosman/plan');
    assert.equal(read.status, 200);
    assert.equal(read.body.id, created.body.id);
    assert.equal((await s.api('GET', `/plans/${created.body.id}/history`)).body[0].user.id, people.nurse.id);
  });

  it('serves the whole plan as a FHIR R4 Bundle (collection) with its history, and 404 for an unknown plan', async () => {
    const created = await s.api('POST', '/plans', { body: { patientId: 'pat-visser', patientName: 'Mw. G. Visser' } });
    const bundle = await s.api('GET', `/plans/${created.body.id}/fhir`);
    assert.equal(bundle.status, 200);
    assert.equal(bundle.body.resourceType, 'Bundle');
    assert.equal(bundle.body.type, 'collection');
    const types = bundle.body.entry.map((e) => e.resource.resourceType);
    assert.ok(types.includes('CarePlan') && types.includes('Provenance'), types.join(', '));
    assert.equal((await s.api('GET', '/plans/plan-nope/fhir')).status, 404);
  });

  it('answers 404 for no plan, an unknown plan and an unknown URL', async () => {
    for (const path of ['/patients/pat-nobody/plan', '/plans/plan-nope', '/plans/plan-nope/overview', '/no/such/url']) {
      const r = await s.api('GET', path);
      assert.equal(r.status, 404, path);
      assert.equal(r.body.code, 'not-found', path);
      assert.equal(r.headers.get('content-type'), PROBLEM);
    }
  });

  it('answers 422 with the core\'s issues[] naming each field, and stores nothing', async () => {
    const { plan } = await seedPlan(s.api, 'pat-422');
    const r = await s.api('POST', `/plans/${plan.id}/goals`, { body: { description: '', domain: 'cosmic' } });
    assert.equal(r.status, 422);
    assert.equal(r.body.code, 'validation');
    assert.deepEqual(r.body.issues.map((i) => i.path).sort(), ['description', 'domain']);
    assert.ok(r.body.issues[0].messages.nl && r.body.issues[0].messages.en);
    assert.equal((await s.api('GET', `/plans/${plan.id}`)).body.goals.length, 1);
  });

  it('answers 400 for JSON that is not JSON or a bad If-Match, and 413 over the body limit', async () => {
    const { plan } = await seedPlan(s.api, 'pat-400');
    const bad = await s.api('POST', `/plans/${plan.id}/goals`, { raw: '{"description": ', headers: { 'content-type': 'application/json' } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, 'bad-request');
    const notJson = await s.api('POST', `/plans/${plan.id}/goals`, { raw: 'description=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(notJson.status, 400);
    const ifMatch = await s.api('PATCH', `/plans/${plan.id}`, { body: { title: 'x' }, headers: { 'if-match': 'yesterday' } });
    assert.equal(ifMatch.status, 400);
    const big = await s.api('POST', `/plans/${plan.id}/goals`, { body: { description: 'x'.repeat(300 * 1024), domain: 'somatic' } });
    assert.equal(big.status, 413);
    assert.equal(big.body.code, 'too-large');
  });

  it('maps If-Match to expectedVersion: a stale write is 412 with the current record, a fresh one moves the ETag', async () => {
    const { plan, agreement } = await seedPlan(s.api, 'pat-412');
    const path = `/plans/${plan.id}/agreements/${agreement.id}`;
    const first = await s.api('PATCH', path, { body: { frequency: 'Elke dag' }, headers: { 'if-match': '"1"', 'izp-change-reason': encodeURIComponent('Op verzoek van de patiënt') } });
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('etag'), '"2"');
    assert.equal(first.body.changeReason, 'Op verzoek van de patiënt');
    const stale = await s.api('PATCH', path, { body: { frequency: 'Twee keer per week' }, headers: { 'if-match': '"1"' } });
    assert.equal(stale.status, 412);
    assert.equal(stale.body.code, 'conflict');
    assert.equal(stale.body.actualVersion, 2);
    assert.equal(stale.body.current.frequency, 'Elke dag');
    const versions = await s.api('GET', `${path}/versions`);
    assert.deepEqual(versions.body.map((a) => a.frequency ?? null), [null, 'Elke dag']);
  });

  it('answers 409 for a broken rule, naming it', async () => {
    await seedPlan(s.api, 'pat-409');
    const second = await s.api('POST', '/plans', { body: { patientId: 'pat-409' } });
    assert.equal(second.status, 409);
    assert.equal(second.body.code, 'rule');
    assert.equal(second.body.rule, 'one-open-plan');
    assert.match(second.body.detail, /open/i);
  });

  it('refuses a provider whose access the patient revoked with 403, and audits the refusal', async () => {
    const { plan } = await seedPlan(s.api, people.patient.id);
    assert.equal((await s.api('GET', `/plans/${plan.id}`, { as: people.dietitian })).status, 200, 'a care-team member reads');
    const revoked = await s.api('DELETE', `/plans/${plan.id}/access/${people.dietitian.id}`, { as: people.patient });
    assert.equal(revoked.status, 200);
    const refused = await s.api('GET', `/plans/${plan.id}/overview`, { as: people.dietitian });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'forbidden');
    const history = (await s.api('GET', `/plans/${plan.id}/history`)).body;
    const denied = history.filter((r) => r.action === 'access.denied');
    assert.equal(denied.length, 1);
    assert.equal(denied[0].user.id, people.dietitian.id);
  });

  it('answers in Dutch by default and in English when asked', async () => {
    const nl = await s.api('GET', '/plans/plan-nope/overview');
    const en = await s.api('GET', '/plans/plan-nope/overview', { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    assert.equal(nl.body.detail, nl.body.messages.nl);
    assert.equal(en.body.detail, en.body.messages.en);
  });

  it('returns the first answer to a write retried with the same Idempotency-Key, storing it once', async () => {
    const { plan } = await seedPlan(s.api, 'pat-idem');
    const request = { body: { description: 'Minder suiker in de koffie.', domain: 'somatic' }, headers: { 'idempotency-key': 'goal-7f3a' } };
    const first = await s.api('POST', `/plans/${plan.id}/goals`, request);
    const retry = await s.api('POST', `/plans/${plan.id}/goals`, request);
    assert.equal(first.status, 201);
    assert.equal(retry.status, 201);
    assert.deepEqual(retry.body, first.body);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal((await s.api('GET', `/plans/${plan.id}`)).body.goals.length, 2, 'stored once');
    const history = (await s.api('GET', `/plans/${plan.id}/history`)).body;
    assert.equal(history.filter((r) => r.action === 'goal.add').length, 2);
    const reused = await s.api('POST', `/plans/${plan.id}/goals`, { ...request, body: { description: 'Iets anders.', domain: 'social' } });
    assert.equal(reused.status, 422);
    assert.equal(reused.body.code, 'idempotency-mismatch');
    const otherUser = await s.api('POST', `/plans/${plan.id}/goals`, { ...request, as: people.dietitian });
    assert.equal(otherUser.status, 201, 'keys are per user');
    assert.notEqual(otherUser.body.id, first.body.id);
  });

  it('serves its OpenAPI document without a token', async () => {
    const r = await s.api('GET', '/openapi.json', { as: null });
    assert.equal(r.status, 200);
    assert.equal(r.body.openapi, '3.1.0');
    assert.ok(r.body.paths['/plans/{planId}/agreements/{agreementId}'].patch);
  });
});

describe('the reference server over HTTP', () => {
  let s;
  before(async () => {
    s = await startServer({ http: true, corsOrigins: ['https://his.example'] });
  });
  after(() => s.stop());

  it('lets exactly one of ten parallel conflicting updates win; the other nine get 412', async () => {
    const { plan, agreement } = await seedPlan(s.api, 'pat-race');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      s.api('PATCH', `/plans/${plan.id}/agreements/${agreement.id}`, { body: { frequency: `Versie ${i}` }, headers: { 'if-match': '"1"' } })));
    const statuses = results.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, ...Array(9).fill(412)]);
    const winner = results.find((r) => r.status === 200).body;
    assert.ok(results.filter((r) => r.status === 412).every((r) => r.body.current.frequency === winner.frequency));
    const history = (await s.api('GET', `/plans/${plan.id}/history`)).body;
    assert.equal(history.filter((r) => r.action === 'agreement.update').length, 1);
  });

  it('allows CORS for configured origins only', async () => {
    const preflight = (origin) => fetch(`${s.url}/plans`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, if-match' } });
    const allowed = await preflight('https://his.example');
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://his.example');
    assert.match(allowed.headers.get('access-control-allow-headers').toLowerCase(), /if-match/);
    const other = await preflight('https://evil.example');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const get = await s.api('GET', '/openapi.json', { as: null, headers: { origin: 'https://his.example' } });
    assert.match(get.headers.get('access-control-expose-headers'), /ETag/);
  });

  it('streams each committed change of a plan as a Server-Sent Event, to readers only', async () => {
    const { plan } = await seedPlan(s.api, 'pat-sse');
    const controller = new AbortController();
    const response = await fetch(`${s.url}/plans/${plan.id}/events`, { headers: { authorization: `Bearer ${await s.token(people.nurse)}` }, signal: controller.signal });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /text\/event-stream/);
    const events = readEvents(response.body);
    assert.equal((await events.next()).value.event, 'ready');
    await s.api('POST', `/plans/${plan.id}/goals`, { as: people.dietitian, body: { description: 'Beter slapen.', domain: 'psychological' } });
    const change = (await events.next()).value;
    assert.equal(change.event, 'change');
    assert.deepEqual(JSON.parse(change.data).actions, ['goal.add']);
    controller.abort();
    const stranger = await fetch(`${s.url}/plans/${plan.id}/events`, { headers: { authorization: `Bearer ${await s.token({ id: 'fysio-ruud', name: 'Ruud Smit', role: 'physiotherapist' })}` } });
    assert.equal(stranger.status, 403);
    await stranger.body?.cancel();
  });
});
