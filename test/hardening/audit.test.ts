/**
 * NEN 7513, counted: every change, every view, every print leaves an audit record with all its fields
 * (who, on whose behalf, when, which patient, which plan, what); every refusal too, for every function an
 * outsider tries. Prints its figures.
 */
import { expect } from '@open-wc/testing';
import { MemoryAdapter, type AuditRecord, type StorageAdapter, type User } from '../../src/core/index.js';
import { createIzp } from '../../src/core/index.js';
import { buildPlan, fatma, izpFor, now, sanne, scenarios, verhoeven, type Built } from './scenarios.js';

const ruud: User = { id: 'fysio-ruud', name: 'Ruud Smit', role: 'physiotherapist' };

async function all(adapter: StorageAdapter, b: Built): Promise<AuditRecord[]> {
  const ids = b.planId ? [b.planId] : [];
  const bosman = await adapter.get('patient', 'pat-bosman');
  ids.push(...(bosman?.planIds ?? []));
  return (await Promise.all(ids.map((id) => adapter.history(id)))).flat();
}

function complete(r: AuditRecord, user: User, onBehalfOf?: User): void {
  const where = `${r.action} ${r.id}`;
  expect(r.id, where).to.be.a('string').and.not.equal('');
  expect(Number.isNaN(Date.parse(r.at)), `${where}: when`).to.equal(false);
  expect(r.user, `${where}: who`).to.deep.equal({ id: user.id, name: user.name, role: user.role });
  if (onBehalfOf) expect(r.onBehalfOf, `${where}: on whose behalf`).to.deep.include({ id: onBehalfOf.id, name: onBehalfOf.name });
  expect(r.patientId, `${where}: which patient`).to.be.a('string').and.not.equal('');
  expect(r.planId, `${where}: which plan`).to.be.a('string').and.not.equal('');
  expect(r.target.kind, `${where}: what`).to.be.a('string');
}

const counts = { changes: 0, views: 0, prints: 0, refusals: 0 };

describe('hardening: every change, view, print and refusal audited (NEN 7513)', () => {
  after(() => console.log(`# audit: ${counts.changes} change records, ${counts.views} views, ${counts.prints} prints, ${counts.refusals} refusals, all with every NEN 7513 field`));

  for (const s of scenarios) {
    it(`${s.name}: leaves complete audit records`, async () => {
      const adapter = new MemoryAdapter();
      const built = s.setup ? await s.setup(adapter) : await buildPlan(adapter);
      const user = s.user ?? sanne;
      // The practice nurse works on behalf of the GP; the patient acts for herself.
      const onBehalfOf = user === sanne ? verhoeven : undefined;
      const izp = createIzp({ adapter, user, now, ...(onBehalfOf ? { onBehalfOf } : {}) });
      const before = new Set((await all(adapter, built)).map((r) => r.id));
      await s.act(izp, built, {});
      await izp.history(built.planId || (await adapter.get('patient', 'pat-bosman'))!.planIds[0]!, { views: true }); // settles any pending log
      const added = (await all(adapter, built)).filter((r) => !before.has(r.id) && !(r.action === 'plan.view' && r.reason === 'history' && s.name !== 'history'));
      expect(added.length, `${s.name} left no audit record`).to.be.greaterThan(0);
      for (const r of added) complete(r, user, onBehalfOf);
      counts.changes += added.filter((r) => !['plan.view', 'plan.print'].includes(r.action)).length;
      counts.views += added.filter((r) => r.action === 'plan.view').length;
      counts.prints += added.filter((r) => r.action === 'plan.print').length;
    });
  }

  for (const s of scenarios.filter((x) => x.name !== 'createPlan')) {
    it(`${s.name}: an outsider is refused (or told nothing), and the refusal is audited`, async () => {
      const adapter = new MemoryAdapter();
      const built = s.setup ? await s.setup(adapter) : await buildPlan(adapter);
      const outsider = izpFor(adapter, ruud);
      const before = (await adapter.history(built.planId)).length;
      const result = await s.act(outsider, built, {}).then((r) => ({ r }), (e: { code?: string }) => ({ e }));
      if ('e' in result) expect(result.e.code, s.name).to.equal('forbidden');
      else expect(result.r === null || (Array.isArray(result.r) && result.r.length === 0), `${s.name} told an outsider something: ${JSON.stringify(result.r)?.slice(0, 80)}`).to.equal(true);
      const added = (await adapter.history(built.planId)).slice(before);
      expect(added.map((r) => r.action), s.name).to.include('access.denied');
      for (const r of added) complete(r, ruud);
      counts.refusals += added.length;
    });
  }

  it('another patient hears the same whether or not a plan exists; a provider without access is refused plainly, audited', async () => {
    const adapter = new MemoryAdapter();
    const built = await buildPlan(adapter);
    const stranger = izpFor(adapter, { id: 'pat-bosman', name: 'Dhr. H. Bosman', role: 'patient' });
    expect(await stranger.getPlanForPatient(fatma.id)).to.equal(null);
    expect(await stranger.getPlanForPatient('pat-nobody')).to.equal(null);
    expect(await stranger.listPlans(fatma.id)).to.deep.equal([]);
    // A provider who may create plans would learn of an open plan anyway (one open plan per patient), so
    // the core says so plainly rather than offer a second plan; the refusal is in the history.
    const before = (await adapter.history(built.planId)).length;
    const error = await izpFor(adapter, ruud).getPlanForPatient(fatma.id).then(() => null, (e: { code?: string }) => e);
    expect(error?.code).to.equal('forbidden');
    expect(await izpFor(adapter, ruud).getPlanForPatient('pat-nobody')).to.equal(null);
    const added = (await adapter.history(built.planId)).slice(before);
    expect(added.map((r) => r.action)).to.include('access.denied');
  });
});
