// The REST client behaves exactly as the local core: the Izp conformance suite, run through
// createRestIzp against the reference server over PostgresAdapter on PGlite (in process: the client's
// fetch calls the Hono app directly). Then what only HTTP has: retries, timeouts, a server that is down.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { closeDatabase, pglite } from './server-helpers.mjs';

Object.assign(globalThis, { describe, it, afterEach, before, after });
const { describeIzpConformance } = await import('izp-sdk/testing');
const { PostgresAdapter } = await import('izp-sdk/adapters/postgres');
const { createIzpServer } = await import('izp-sdk/server');
const { createRestIzp } = await import('izp-sdk/client');

after(() => closeDatabase());
let stores = 0;

/** A fresh tenant: its own schema, servers sharing it, and a token per (user, on behalf of). */
function restStore() {
  const adapter = new PostgresAdapter({ db: pglite(), schema: `izp_rest_${process.pid}_${++stores}` });
  const principals = new Map();
  const servers = new Map();
  let setup;
  const authenticate = (request) => principals.get(request.headers.get('authorization')?.slice(7)) ?? null;
  const serverFor = (managerRoles) => {
    const key = JSON.stringify(managerRoles ?? null);
    if (!servers.has(key)) {
      servers.set(key, createIzpServer({
        adapter, authenticate, now: () => setup.now(), newId: () => setup.newId(), ...(managerRoles ? { managerRoles } : {}),
      }));
    }
    return servers.get(key);
  };
  return {
    as(user, s) {
      setup ??= s;
      const token = `t${principals.size + 1}`;
      principals.set(token, { user, ...(s.onBehalfOf ? { onBehalfOf: s.onBehalfOf } : {}) });
      const server = serverFor(s.managerRoles);
      return createRestIzp({
        baseUrl: 'http://izp.test/api/', user, ...(s.managerRoles ? { managerRoles: s.managerRoles } : {}),
        headers: { authorization: `Bearer ${token}` },
        fetch: (url, init) => server.fetch(new Request(String(url).replace('/api/', '/'), init)),
      });
    },
    async close() {
      for (const server of servers.values()) await server.close();
      await adapter.destroy();
    },
  };
}

describeIzpConformance('createRestIzp against the server on PGlite', restStore);

describe('createRestIzp over an unreliable network', () => {
  const nurse = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' };
  const okJson = (value, status = 200) => new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
  const unavailable = () => new Response(JSON.stringify({ status: 503, code: 'unavailable', messages: { nl: 'Opslag is niet bereikbaar', en: 'Storage is unavailable' } }), { status: 503, headers: { 'content-type': 'application/problem+json' } });

  it('retries a read after a network error and a 503, with backoff', async () => {
    const seen = [];
    const answers = [() => { throw new TypeError('fetch failed'); }, unavailable, () => okJson([])];
    const izp = createRestIzp({ baseUrl: 'http://izp.test', user: nurse, backoffMs: 1, fetch: async (url, init) => { seen.push(init.method); return answers[seen.length - 1](); } });
    assert.deepEqual(await izp.listPlans('pat-x'), []);
    assert.deepEqual(seen, ['GET', 'GET', 'GET']);
  });

  it('retries a write only with the same idempotency key, and never after a definite answer', async () => {
    const keys = [];
    const answers = [() => { throw new TypeError('fetch failed'); }, () => okJson({ id: 'goal-1', version: 1 }, 201)];
    const izp = createRestIzp({ baseUrl: 'http://izp.test', user: nurse, backoffMs: 1, fetch: async (url, init) => { keys.push(new Headers(init.headers).get('idempotency-key')); return answers[keys.length - 1](); } });
    await izp.addGoal('plan-1', { description: 'Afvallen.', domain: 'somatic' });
    assert.equal(keys.length, 2);
    assert.ok(keys[0] && keys[0] === keys[1], 'one key for both attempts');
    let calls = 0;
    const conflict = createRestIzp({ baseUrl: 'http://izp.test', user: nurse, backoffMs: 1, fetch: async () => {
      calls++;
      return new Response(JSON.stringify({ status: 412, code: 'conflict', kind: 'goal', id: 'g', expectedVersion: 1, actualVersion: 2, current: { id: 'g', version: 2 } }), { status: 412 });
    } });
    const error = await conflict.updateGoal('plan-1', 'g', { note: 'x' }, { expectedVersion: 1 }).catch((e) => e);
    assert.equal(error.name, 'ConflictError');
    assert.deepEqual(error.current, { id: 'g', version: 2 });
    assert.equal(calls, 1);
  });

  it('gives up with StorageError (code unavailable) when the server stays unreachable', async () => {
    let calls = 0;
    const izp = createRestIzp({ baseUrl: 'http://izp.test', user: nurse, backoffMs: 1, retries: 2, fetch: async () => { calls++; throw new TypeError('fetch failed'); } });
    const error = await izp.getOverview('plan-1').catch((e) => e);
    assert.equal(error.code, 'unavailable');
    assert.match(error.localized('nl'), /niet bereikbaar/);
    assert.equal(calls, 3);
  });

  it('times out a request that hangs, and stops at once when the caller aborts', async () => {
    const hang = (url, init) => new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
    const slow = createRestIzp({ baseUrl: 'http://izp.test', user: nurse, timeoutMs: 20, retries: 0, fetch: hang });
    assert.equal((await slow.getOverview('plan-1').catch((e) => e)).code, 'unavailable');
    const controller = new AbortController();
    const patient = createRestIzp({ baseUrl: 'http://izp.test', user: nurse, timeoutMs: 60_000, fetch: hang });
    const pending = patient.getOverview('plan-1', { signal: controller.signal }).catch((e) => e);
    controller.abort();
    assert.equal((await pending).name, 'AbortError');
  });
});
