// Live updates across server processes: two `npm run server` processes on one PostgreSQL database (a
// throw-away cluster), as behind a load balancer. A client subscribed through one hears, through
// LISTEN/NOTIFY, a change another client made through the other; both verify the same provider's tokens.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SignJWT, exportSPKI, generateKeyPair } from 'jose';
import { startCluster } from './pg-cluster.mjs';
import { startServerProcess } from './server-process.mjs';
import { readEvents } from './sse.mjs';

const { createRestIzp } = await import('izp-sdk/client');

const ISSUER = 'https://login.zorggroep.example';
const nurse = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' };
const patient = { id: 'pat-yildiz', name: 'Mw. F. Yıldız', role: 'patient' };

/** Resolves once `condition` holds; rejects after `ms`. */
async function until(condition, ms) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('live updates between server processes on one PostgreSQL database', () => {
  let cluster;
  let servers = [];
  let sign;
  before(async () => {
    cluster = await startCluster();
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const env = { DATABASE_URL: cluster.url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: 'izp-api', JWT_PUBLIC_KEY: await exportSPKI(publicKey) };
    servers = [startServerProcess(env), startServerProcess(env)];
    await Promise.all(servers.map((s) => s.url));
    sign = (user) => new SignJWT({ name: user.name, izp_role: user.role }).setProtectedHeader({ alg: 'RS256' }).setSubject(user.id)
      .setIssuer(ISSUER).setAudience('izp-api').setIssuedAt().setExpirationTime('5m').sign(privateKey);
  });
  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await cluster?.stop();
  });

  it('tells a client of server A about a change made through server B', async () => {
    const [a, b] = await Promise.all(servers.map((s) => s.url));
    assert.notEqual(a, b);
    const viaA = createRestIzp({ baseUrl: `${a}/api`, user: patient, headers: { authorization: `Bearer ${await sign(patient)}` } });
    const viaB = createRestIzp({ baseUrl: `${b}/api`, user: nurse, headers: { authorization: `Bearer ${await sign(nurse)}` } });
    const plan = await viaB.createPlan({ patientId: patient.id, patientName: patient.name });
    // A's event stream, read raw to see which change each event reports.
    const controller = new AbortController();
    const response = await fetch(`${a}/api/plans/${plan.id}/events`, { headers: { authorization: `Bearer ${await sign(patient)}` }, signal: controller.signal });
    assert.equal(response.status, 200);
    const events = readEvents(response.body);
    assert.equal((await events.next()).value.event, 'ready');
    const goal = await viaB.addGoal(plan.id, { description: 'Minder suiker in de koffie.', domain: 'somatic' });
    const change = (await events.next()).value;
    assert.equal(change.event, 'change');
    assert.deepEqual(JSON.parse(change.data).actions, ['goal.add'], 'the goal added through B, heard through A');
    controller.abort();
    // The client's subscribe over the same route: it hears B's next change too.
    const heard = [];
    const stop = viaA.subscribe(plan.id, (c) => heard.push(c));
    for (let i = 0; heard.length === 0; i++) {
      assert.ok(i < 20, 'the subscriber never heard of a change made through B');
      await viaB.updatePlan(plan.id, { title: `Zorgplan ${i + 1}` });
      await until(() => heard.length > 0, 500).catch(() => undefined);
    }
    stop();
    assert.deepEqual(heard[0], { planId: plan.id, origin: 'remote' });
    const snap = await viaA.getPlan(plan.id);
    assert.ok(snap.goals.some((g) => g.id === goal.id), 'A reads what B stored');
  });
});
