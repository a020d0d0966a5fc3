// `npm run bench` (last part) or `node bench/server.mjs` after a build: the reference server under load on
// a real PostgreSQL (a throw-away cluster on loopback), the server in a process of its own, the load from
// this one. Bounded: BENCH_USERS concurrent users (default 50) for BENCH_SECONDS (default 10), each
// reading and changing their own plan. Also: 10 parallel conflicting updates over HTTP, and the REST
// round trip against the core in process. Writes its section of the bench report (between markers; see
// BENCH_OUT below), from which BENCHMARKS.md is kept by hand.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { SignJWT, exportSPKI, generateKeyPair } from 'jose';
import pg from 'pg';
import { startCluster } from '../test/node/pg-cluster.mjs';
import { startServerProcess } from '../test/node/server-process.mjs';

const { PostgresAdapter, fromPgPool } = await import('izp-sdk/adapters/postgres');
const { createIzp } = await import('izp-sdk/core');

const USERS = Number(process.env.BENCH_USERS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// The section goes between its markers in the report `npm run bench` writes just before (see run.mjs).
const OUT = resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.BENCH_OUT ?? 'bench/.results/report.md');
const log = (...a) => console.log('[server bench]', ...a);

const cluster = await startCluster();
const { publicKey, privateKey } = await generateKeyPair('ES256');
const ISSUER = 'https://login.bench.example';
const server = startServerProcess({
  DATABASE_URL: cluster.url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: 'izp-api', JWT_ALG: 'ES256', JWT_PUBLIC_KEY: await exportSPKI(publicKey), DB_POOL: '20',
});
const base = `${await server.url}/api`;
const token = (user) => new SignJWT({ name: user.name, izp_role: user.role }).setProtectedHeader({ alg: 'ES256' }).setSubject(user.id)
  .setIssuer(ISSUER).setAudience('izp-api').setIssuedAt().setExpirationTime('10m').sign(privateKey);

async function call(auth, method, path, body, ifMatch) {
  const t = performance.now();
  const response = await fetch(`${base}${path}`, {
    method, headers: { authorization: auth, ...(body ? { 'content-type': 'application/json' } : {}), ...(ifMatch ? { 'if-match': `"${ifMatch}"` } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const json = await response.json();
  return { status: response.status, json, ms: performance.now() - t };
}

const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const f = (n) => n.toFixed(1);

try {
  // ---- set-up: one nurse and one plan per user ----------------------------------------------------
  log(`seeding ${USERS} plans`);
  const users = await Promise.all(Array.from({ length: USERS }, async (_, i) => {
    const user = { id: `poh-${i}`, name: `Praktijkondersteuner ${i}`, role: 'practice-nurse' };
    const auth = `Bearer ${await token(user)}`;
    const plan = (await call(auth, 'POST', '/plans', { patientId: `pat-bench-${i}` })).json;
    const goal = (await call(auth, 'POST', `/plans/${plan.id}/goals`, { description: 'Vijf kilo afvallen.', domain: 'somatic' })).json;
    const agreement = (await call(auth, 'POST', `/plans/${plan.id}/goals/${goal.id}/agreements`, { description: 'Elke dag wandelen.', performer: { kind: 'patient' } })).json;
    return { auth, plan, agreement };
  }));

  // ---- load: each user reads their plan and changes an agreement, as fast as answers come ------------
  log(`${USERS} users for ${SECONDS} s`);
  const reads = [];
  const changes = [];
  let errors = 0;
  const load1 = loadavg()[0];
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(users.map(async (u) => {
    let version = u.agreement.version;
    for (let i = 0; Date.now() < end; i++) {
      const r = await call(u.auth, 'GET', `/plans/${u.plan.id}`);
      if (r.status === 200) reads.push(r.ms); else errors++;
      const c = await call(u.auth, 'PATCH', `/plans/${u.plan.id}/agreements/${u.agreement.id}`, { frequency: `Versie ${i}` }, version);
      if (c.status === 200) {
        changes.push(c.ms);
        version = c.json.version;
      } else errors++;
    }
  }));
  const load2 = loadavg()[0];

  // ---- ten parallel conflicting updates ------------------------------------------------------------
  const u0 = users[0];
  const current = (await call(u0.auth, 'GET', `/plans/${u0.plan.id}`)).json.agreements[0];
  const race = await Promise.all(Array.from({ length: 10 }, (_, i) =>
    call(u0.auth, 'PATCH', `/plans/${u0.plan.id}/agreements/${current.id}`, { frequency: `Race ${i}` }, current.version)));
  const winners = race.filter((r) => r.status === 200).length;
  const preconditionFailed = race.filter((r) => r.status === 412).length;

  // ---- the REST round trip against the core in process, sequential ---------------------------------
  log('round trip: HTTP against the core in process');
  const pool = new pg.Pool({ connectionString: cluster.url, max: 4 });
  const izp = createIzp({ adapter: new PostgresAdapter({ db: fromPgPool(pool) }), user: { id: 'poh-0', name: 'Praktijkondersteuner 0', role: 'practice-nurse' } });
  const local = { read: [], change: [] };
  const rest = { read: [], change: [] };
  let v = (await izp.getPlan(u0.plan.id)).agreements[0].version;
  for (let i = 0; i < 200; i++) {
    let t = performance.now();
    await izp.getPlan(u0.plan.id);
    local.read.push(performance.now() - t);
    t = performance.now();
    v = (await izp.updateAgreement(u0.plan.id, current.id, { frequency: `Lokaal ${i}` }, { expectedVersion: v })).version;
    local.change.push(performance.now() - t);
    rest.read.push((await call(u0.auth, 'GET', `/plans/${u0.plan.id}`)).ms);
    const c = await call(u0.auth, 'PATCH', `/plans/${u0.plan.id}/agreements/${current.id}`, { frequency: `REST ${i}` }, v);
    rest.change.push(c.ms);
    v = c.json.version;
  }
  await pool.end();

  const perSecond = changes.length / SECONDS;
  const section = `<!-- server:start -->
## The reference server on PostgreSQL (\`bench/server.mjs\`)

${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load ${load1.toFixed(2)} → ${load2.toFixed(2)} (other work on the machine counts).
PostgreSQL ${cluster.url.includes('127.0.0.1') ? '15, a throw-away cluster on loopback (fsync off: this measures the server, not the disk)' : ''};
\`npm run server\` in its own process (pool of 20 connections), JWT verified on every request; the load from a second process.

| ${USERS} users, ${SECONDS} s, each: read the plan, change an agreement (If-Match) | figure |
| --- | --- |
| changes per second | ${f(perSecond)} |
| change latency p50 / p95 / p99 | ${f(pct(changes, 50))} / ${f(pct(changes, 95))} / ${f(pct(changes, 99))} ms |
| read latency p50 / p95 / p99 | ${f(pct(reads, 50))} / ${f(pct(reads, 95))} / ${f(pct(reads, 99))} ms |
| failed requests | ${errors} |
| 10 parallel updates of one version | ${winners} won, ${preconditionFailed} × 412 |

| Round trip, one user, sequential (200 each), p50 | core in process | over HTTP | added |
| --- | --- | --- | --- |
| read the plan | ${f(pct(local.read, 50))} ms | ${f(pct(rest.read, 50))} ms | ${f(pct(rest.read, 50) - pct(local.read, 50))} ms |
| change an agreement | ${f(pct(local.change, 50))} ms | ${f(pct(rest.change, 50))} ms | ${f(pct(rest.change, 50) - pct(local.change, 50))} ms |

Targets from issue 12 on this 2-core machine: at least 300 changes/s at p95 ≤ 50 ms, and at most 5 ms added
by the REST round trip at p50. ${perSecond >= 300 && pct(changes, 95) <= 50 ? 'The load target is met.' : 'The load target is not met in this run.'} ${pct(rest.change, 50) - pct(local.change, 50) <= 5 ? 'The round-trip target is met.' : 'The round-trip target is not met in this run.'}
<!-- server:end -->`;
  let md = '';
  try { md = readFileSync(OUT, 'utf8'); } catch { /* a new file */ }
  md = /<!-- server:start -->[\s\S]*<!-- server:end -->/.test(md) ? md.replace(/<!-- server:start -->[\s\S]*<!-- server:end -->/, section) : `${md.trimEnd()}\n\n${section}\n`;
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, md);
  console.log(section);
} finally {
  await server.stop();
  await cluster.stop();
}
