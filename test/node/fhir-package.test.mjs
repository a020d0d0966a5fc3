// izp-sdk/fhir and izp-sdk/adapters/fhir as published: imported by package name from the built dist/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const { createIzp, MemoryAdapter } = await import('izp-sdk/core');
const { toFhirBundle, fromFhirBundle, FhirBundleError } = await import('izp-sdk/fhir');
const { FhirAdapter } = await import('izp-sdk/adapters/fhir');

describe('izp-sdk/fhir and izp-sdk/adapters/fhir in Node, from dist/', () => {
  it('export a plan as a Bundle and read it back', async () => {
    const adapter = new MemoryAdapter();
    const izp = createIzp({ adapter, user: { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' }, now: () => new Date('2026-11-30T10:00:00Z') });
    const plan = await izp.createPlan({ patientId: 'pat-degroot', patientName: 'Dhr. J. de Groot' });
    await izp.addGoal(plan.id, { description: 'Zonder benauwdheid de trap op.', domain: 'functional' });
    const snapshot = await adapter.loadPlan(plan.id);
    const bundle = toFhirBundle(snapshot, { type: 'collection' });
    assert.deepEqual(bundle.entry.map((e) => e.resource.resourceType), ['CarePlan', 'CareTeam', 'Consent', 'Goal']);
    assert.deepEqual(fromFhirBundle(bundle).snapshot, snapshot);
    assert.throws(() => fromFhirBundle({ resourceType: 'Bundle', type: 'collection' }), FhirBundleError);
  });

  it('offer the adapter class', () => {
    assert.equal(typeof new FhirAdapter({ baseUrl: 'http://127.0.0.1:9/' }).loadPlan, 'function');
  });
});
