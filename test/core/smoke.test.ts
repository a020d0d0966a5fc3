import { expect } from '@open-wc/testing';
import { createIzp, MemoryAdapter } from '../../src/core/index.js';

describe('smoke', () => {
  it('creates a plan', async () => {
    const izp = createIzp({ adapter: new MemoryAdapter(), user: { id: 'u1', name: 'Sanne de Wit', role: 'practice-nurse' } });
    const plan = await izp.createPlan({ patientId: 'p1' });
    expect(plan.status).to.equal('draft');
  });
});
