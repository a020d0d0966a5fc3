/** Function 8: the overview of the whole plan (grouping, who does what, what is due, counts). */
import { describe, it } from '../runner.js';
import { expect } from '../expect.js';
import { addDays, buildOverview } from '../../core/index.js';
import { TODAY, buildFatmaPlan, buildHenkPlan } from './fixtures.js';
import type { MakeWorld } from './fixtures.js';

const ids = (list: { id: string }[]) => list.map((x) => x.id);

export function describeOverview(world: MakeWorld): void {
describe('overview', () => {
  it('orders goals open first, by priority, and groups them by SFMPC domain', async () => {
    const w = world();
    const h = await buildHenkPlan(w.sanne, w.clock);
    const o = await w.sanne.getOverview(h.plan.id);
    expect(o.plan).to.deep.equal(h.plan);
    expect(o.phase).to.equal('current');
    expect(o.goals.map((g) => [g.goal.id, g.phase])).to.deep.equal([
      [h.goals.beach.id, 'current'], [h.goals.hospital.id, 'current'], [h.goals.billiards.id, 'closed'],
    ]);
    expect(o.byDomain.map((d) => [d.domain, ids(d.goals.map((g) => g.goal))])).to.deep.equal([
      ['somatic', [h.goals.hospital.id]], ['functional', [h.goals.beach.id]], ['social', [h.goals.billiards.id]],
    ]);
    expect(o.byDomain[1]!.goals[0]).to.deep.equal(o.goals[0]);
  });

  it('lists a goal\'s open agreements first, each group oldest first', async () => {
    const w = world();
    const h = await buildHenkPlan(w.sanne, w.clock);
    w.clock.advance(1000);
    const later = await w.sanne.addAgreement(h.plan.id, h.goals.beach.id, { description: 'Stappenteller dragen.', performer: { kind: 'patient' } });
    const o = await w.sanne.getOverview(h.plan.id);
    const beach = o.goals.find((g) => g.goal.id === h.goals.beach.id)!;
    expect(ids(beach.agreements)).to.deep.equal([h.agreements.physio.id, h.agreements.exercise.id, later.id, h.agreements.inhaler.id]);
    expect(ids(o.goals.find((g) => g.goal.id === h.goals.billiards.id)!.agreements)).to.deep.equal([]);
  });

  it('puts a closed goal after every open one, whatever its priority', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    expect(ids((await w.sanne.getOverview(f.plan.id)).goals.map((g) => g.goal))).to.deep.equal([f.goals.weight.id, f.goals.sugar.id, f.goals.smoking.id]);
    await w.sanne.closeGoal(f.plan.id, f.goals.weight.id, { outcome: 'achieved' });
    const o = await w.sanne.getOverview(f.plan.id);
    expect(ids(o.goals.map((g) => g.goal))).to.deep.equal([f.goals.sugar.id, f.goals.smoking.id, f.goals.weight.id]);
    expect(o.byDomain.map((d) => [d.domain, d.goals.length])).to.deep.equal([['somatic', 3]]);
  });

  it('says who does what: the patient, providers and informal carers, open agreements only', async () => {
    const w = world();
    const h = await buildHenkPlan(w.sanne, w.clock);
    const o = await w.sanne.getOverview(h.plan.id);
    expect(ids(o.patientDoes)).to.deep.equal([h.agreements.exercise.id, h.agreements.weigh.id]);
    expect(ids(o.providersDo)).to.deep.equal([h.agreements.physio.id]);
    expect(ids(o.informalCarersDo)).to.deep.equal([h.agreements.shopping.id]);
    expect(o.informalCarersDo[0]!.performer).to.deep.equal({ kind: 'informal-carer', name: 'Marieke Bosman', role: 'informal-carer' });
    expect(o.counts).to.deep.equal({ openGoals: 2, closedGoals: 1, openAgreements: 4, closedAgreements: 1 });
  });

  it('counts concept items as open', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock, { accord: false });
    const o = await w.sanne.getOverview(f.plan.id);
    expect(o.phase).to.equal('concept');
    expect(o.goals.map((g) => g.phase)).to.deep.equal(['concept', 'concept', 'concept']);
    expect(o.counts).to.deep.equal({ openGoals: 3, closedGoals: 0, openAgreements: 3, closedAgreements: 0 });
    expect(ids(o.patientDoes)).to.deep.equal([f.agreements.walk.id]);
    expect(ids(o.providersDo)).to.deep.equal([f.agreements.dietitian.id, f.agreements.blood.id]);
  });

  describe('due', () => {
    it('lists evaluations and target dates within two weeks, soonest first, and marks what is overdue', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const due = async () => (await w.sanne.getOverview(f.plan.id)).due.map((d) => [d.kind, d.id, d.date, d.overdue]);
      expect(await due()).to.deep.equal([
        ['plan', f.plan.id, '2026-03-16', false], ['agreement', f.agreements.walk.id, '2026-03-16', false],
      ]);
      w.clock.advanceDays(15);
      expect(await due()).to.deep.equal([
        ['plan', f.plan.id, '2026-03-16', true], ['agreement', f.agreements.walk.id, '2026-03-16', true],
      ]);
      w.clock.advanceDays(70); // 2026-05-26: the HbA1c check and the weight target come within reach
      expect(await due()).to.deep.equal([
        ['plan', f.plan.id, '2026-03-16', true], ['agreement', f.agreements.walk.id, '2026-03-16', true],
        ['agreement', f.agreements.blood.id, '2026-06-01', false], ['goal', f.goals.weight.id, '2026-06-02', false],
      ]);
      const items = (await w.sanne.getOverview(f.plan.id)).due;
      expect(items.map((d) => d.description)).to.deep.equal([
        'Diabetes en leefstijl', f.agreements.walk.description, f.agreements.blood.description, f.goals.weight.description,
      ]);
    });

    it("takes a goal's earliest target date, includes concepts and leaves closed items out", async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      await w.sanne.updatePlan(f.plan.id, { nextEvaluationDate: '2026-06-01' });
      const goal = await w.sanne.addGoal(f.plan.id, {
        description: 'Fitter worden.', domain: 'functional',
        targets: [{ measure: 'Stappen per dag', due: '2026-04-01' }, { measure: 'Traplopen', due: '2026-03-10' }, { measure: 'Fietsen' }],
      });
      const draft = await w.sanne.addAgreement(f.plan.id, f.goals.smoking.id, { description: 'Stopdatum kiezen.', performer: { kind: 'patient' }, evaluationDate: '2026-03-01' });
      await w.sanne.closeAgreement(f.plan.id, f.agreements.walk.id, { outcome: 'completed' });
      const o = await w.sanne.getOverview(f.plan.id);
      expect(o.due.map((d) => [d.kind, d.id, d.date, d.overdue])).to.deep.equal([
        ['agreement', draft.id, '2026-03-01', true], ['goal', goal.id, '2026-03-10', false],
      ]);
    });

    it('is empty for a closed plan', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      await w.sanne.closePlan(f.plan.id, { reason: 'Verhuisd' });
      const o = await w.sanne.getOverview(f.plan.id);
      expect([o.phase, o.due]).to.deep.equal(['closed', []]);
      expect(o.counts).to.deep.equal({ openGoals: 0, closedGoals: 3, openAgreements: 0, closedAgreements: 3 });
      expect([o.patientDoes, o.providersDo, o.informalCarersDo]).to.deep.equal([[], [], []]);
    });

    it('takes a horizon in days from the pure builder', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const snap = (await w.sanne.getPlan(f.plan.id))!;
      expect(buildOverview(snap, TODAY, 0).due).to.deep.equal([]);
      expect(buildOverview(snap, TODAY, 13).due).to.deep.equal([]);
      expect(buildOverview(snap, TODAY, 14).due.map((d) => d.kind)).to.deep.equal(['plan', 'agreement']);
      expect(buildOverview(snap, '2026-03-16', 0).due.map((d) => d.overdue)).to.deep.equal([false, false]);
    });
  });

  it('adds days by the calendar, across months, years and daylight saving', () => {
    expect(addDays('2026-03-02', 14)).to.equal('2026-03-16');
    expect(addDays('2026-03-28', 2)).to.equal('2026-03-30');
    expect(addDays('2026-10-24', 2)).to.equal('2026-10-26');
    expect(addDays('2026-12-25', 10)).to.equal('2027-01-04');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
  });

  it('returns a copy: changing the overview changes nothing stored', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const snap = await w.sanne.getPlan(f.plan.id);
    const o = await w.fatma.getOverview(f.plan.id);
    o.plan.status = 'revoked';
    o.goals[0]!.goal.description = 'Tien kilo afvallen.';
    o.patientDoes[0]!.frequency = 'Nooit';
    expect(await w.sanne.getPlan(f.plan.id)).to.deep.equal(snap);
  });
});
}
