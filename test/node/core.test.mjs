// The core runs in Node, as published: imported by package name from the built dist/.
import { describe, it, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';

Object.assign(globalThis, { describe, it, afterEach, before });
const { createIzp, MemoryAdapter, ValidationError } = await import('izp-sdk/core');
const { describeAdapterConformance, describeIzpConformance } = await import('izp-sdk/testing');

describeAdapterConformance('MemoryAdapter in Node', () => new MemoryAdapter());

// The behaviour of every function of the core, as in the browsers: the same suite, from the built package.
describeIzpConformance('the local core over MemoryAdapter in Node', () => {
  const adapter = new MemoryAdapter();
  return { as: (user, setup) => createIzp({ adapter, user, ...setup }) };
});

describe('izp-sdk/core in Node', () => {
  it('has no DOM to lean on', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.HTMLElement, 'undefined');
  });

  it('runs a plan through its first functions', async () => {
    const izp = createIzp({ adapter: new MemoryAdapter(), user: { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' } });
    const plan = await izp.createPlan({ patientId: 'pat-bosman', patientName: 'Dhr. H. Bosman' });
    const goal = await izp.addGoal(plan.id, { description: 'Deze zomer met mijn kleinzoon naar het strand kunnen lopen.', domain: 'functional' });
    await izp.addAgreement(plan.id, goal.id, { description: 'Twee keer per week longfysiotherapie, twaalf weken.', performer: { kind: 'provider', name: 'Ruud Smit', role: 'physiotherapist' } });
    const overview = await izp.getOverview(plan.id);
    assert.equal(overview.providersDo.length, 1);
    assert.equal(overview.byDomain[0].domain, 'functional');
  });

  it('rejects invalid input naming the field, storing nothing', async () => {
    const adapter = new MemoryAdapter();
    const izp = createIzp({ adapter, user: { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' } });
    await assert.rejects(izp.createPlan({ patientId: '' }), (e) => e instanceof ValidationError && e.fields.includes('patientId'));
    assert.equal(await adapter.get('patient', ''), null);
  });
});
