// Following up the plan when storage fails: nothing of the evaluation or its adjustment is stored.
// (The behaviour of evaluate and the consultation is in the Izp conformance suite.)
import { expect } from '@open-wc/testing';
import { MemoryAdapter, createIzp, type StorageAdapter } from '../../src/core/index.js';

const sanne = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' } as const;
const now = () => new Date('2026-11-23T10:00:00');

async function fatma(adapter: StorageAdapter) {
  const izp = createIzp({ adapter, user: sanne, now });
  const plan = await izp.createPlan({ patientId: 'pat-yildiz', start: '2026-08-23', nextEvaluationDate: '2026-11-23' });
  const goal = await izp.addGoal(plan.id, { description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic', start: '2026-08-23' });
  const walk = await izp.addAgreement(plan.id, goal.id, { description: 'Elke dag wandelen.', performer: { kind: 'patient' }, evaluationDate: '2026-11-23' });
  await izp.accordPlan(plan.id);
  return { plan, walk: (await izp.getPlan(plan.id))!.agreements.find((a) => a.id === walk.id)! };
}

describe('core: following up the plan (vervolgen) when storage fails', () => {
  it('stores neither the evaluation nor its adjustment when storage fails', async () => {
    const adapter = new MemoryAdapter();
    const { plan, walk } = await fatma(adapter);
    const failing = Object.assign(Object.create(adapter) as StorageAdapter, { commit: () => Promise.reject(new Error('offline')) });
    const izp = createIzp({ adapter: failing, user: sanne, now });
    const error = await izp.evaluate(plan.id, { target: { kind: 'agreement', id: walk.id }, withPatient: true, outcome: 'adjust', changeAgreement: { frequency: 'Eén keer per week' } }).catch((e) => e);
    expect(error.code).to.equal('unavailable');
    const snap = (await adapter.loadPlan(plan.id))!;
    expect(snap.evaluations).to.deep.equal([]);
    expect(snap.agreements[0]!.version).to.equal(walk.version);
  });
});
