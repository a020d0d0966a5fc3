import { expect } from '@open-wc/testing';
import { MemoryAdapter, createIzp } from '../../src/core/index.js';
import { patients, seedExamplePlans, staff } from '../../stories/fixtures/example-plans.js';

describe('the example plans shared by the demo, stories and tests', () => {
  it('seed every patient as the practice wrote them', async () => {
    const adapter = new MemoryAdapter();
    const ids = await seedExamplePlans(adapter, '2026-11-23');
    // On the day they were seeded for, so what is due or overdue does not depend on when the test runs.
    const izp = createIzp({ adapter, user: staff.poh, now: () => new Date(2026, 10, 23, 12) });
    expect(await izp.getPlanForPatient(patients.deGroot.id), 'Jan de Groot has no plan yet').to.equal(null);
    expect((await izp.getPlanForPatient(patients.visser.id))?.status).to.equal('revoked');
    expect((await izp.getPlanForPatient(patients.jansen.id))?.status).to.equal('draft');
    const fatma = (await izp.getPlan(ids.yildiz!))!;
    expect(fatma.plan.status).to.equal('active');
    expect(fatma.goals.map((g) => g.status)).to.deep.equal(['active', 'active', 'proposed']);
    const walk = fatma.agreements.find((a) => a.description.startsWith('Eén keer per week'))!;
    const versions = await izp.versions(fatma.plan.id, 'agreement', walk.id);
    expect(versions.map((v) => v.description)[0]).to.equal('Elke dag wandelen.');
    expect(versions.at(-1)?.changeReason).to.contain('als het regent');
    const henk = await izp.getOverview(ids.bosman!);
    expect(henk.counts).to.deep.equal({ openGoals: 2, closedGoals: 1, openAgreements: 4, closedAgreements: 1 });
    expect(henk.informalCarersDo.map((a) => a.performer.name)).to.deep.equal(['Marieke Bosman']);
    expect(henk.due.some((d) => d.overdue), 'the physiotherapy evaluation is overdue').to.equal(true);
  });
});
