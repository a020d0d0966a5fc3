// The reference server for the Node tests: PostgresAdapter on embedded PGlite (a fresh schema per
// server), the dev login for tokens, a fixed clock, and a small fetch helper that signs requests.
import { PGlite } from '@electric-sql/pglite';

const { PostgresAdapter } = await import('izp-sdk/adapters/postgres');
const { createIzpServer, createDevLogin, PostgresIdempotencyStore, listen } = await import('izp-sdk/server');

export const people = {
  nurse: { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' },
  gp: { id: 'ha-verhoeven', name: 'dr. P. Verhoeven', role: 'gp' },
  dietitian: { id: 'diet-lotte', name: 'Lotte Bakker', role: 'dietitian' },
  patient: { id: 'pat-yildiz', name: 'Mw. F. Yıldız', role: 'patient' },
};

/** 23 November 2026, 10:00 in the Netherlands. */
export const now = () => new Date('2026-11-23T09:00:00.000Z');

let shared;
let schemas = 0;
export function pglite() {
  shared ??= new PGlite();
  return shared;
}

/** Closes the embedded database; call once per test file, after its last server stopped. */
export async function closeDatabase() {
  await shared?.close();
  shared = undefined;
}

/** A server on a fresh schema; `http: true` also listens on a loopback port. */
export async function startServer({ http = false, db = pglite(), ...options } = {}) {
  const adapter = new PostgresAdapter({ db, schema: `izp_srv_${process.pid}_${++schemas}` });
  await adapter.init();
  const devLogin = await createDevLogin();
  const server = createIzpServer({
    adapter, authenticate: devLogin.authenticate, devLogin, now,
    idempotency: new PostgresIdempotencyStore(db, adapter.schema), heartbeatMs: 60_000, ...options,
  });
  const listening = http ? await listen(server) : null;
  const tokens = new Map();
  const token = async (user) => {
    if (!tokens.has(user.id)) tokens.set(user.id, await devLogin.issue(user));
    return tokens.get(user.id);
  };
  /** Calls the API as `as` (a user, or null for no token); JSON in, { status, headers, body } out. */
  async function api(method, path, { as = people.nurse, body, headers = {}, raw } = {}) {
    const init = { method, headers: { ...headers } };
    if (as) init.headers.authorization = `Bearer ${await token(as)}`;
    if (raw !== undefined) init.body = raw;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers['content-type'] ??= 'application/json';
    }
    const url = `${listening?.url ?? 'http://izp.test'}${path}`;
    const response = listening ? await fetch(url, init) : await server.fetch(new Request(url, init));
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
  }
  return {
    server, adapter, devLogin, api, token, url: listening?.url,
    async stop() {
      if (listening) await listening.close();
      else await server.close();
      await adapter.destroy();
    },
  };
}

/** A plan with one goal and one agreement, made by the practice nurse over the API. */
export async function seedPlan(api, patientId = people.patient.id) {
  const plan = (await api('POST', '/plans', { body: { patientId, patientName: 'Mw. F. Yıldız', careTeam: [{ id: people.dietitian.id, name: people.dietitian.name, role: 'dietitian' }] } })).body;
  const goal = (await api('POST', `/plans/${plan.id}/goals`, { body: { description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic' } })).body;
  const agreement = (await api('POST', `/plans/${plan.id}/goals/${goal.id}/agreements`, { body: { description: 'Elke dag een half uur wandelen.', performer: { kind: 'patient' } } })).body;
  return { plan, goal, agreement };
}
