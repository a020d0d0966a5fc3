/** Function 9: the patient's printout as data, and the audit of every print. */
import { describe, it } from '../runner.js';
import { expect } from '../expect.js';
import { TODAY, buildFatmaPlan, buildHenkPlan, fatmaUser, sanne } from './fixtures.js';
import type { MakeWorld } from './fixtures.js';

export function describePrint(world: MakeWorld): void {
describe('print overview', () => {
  it("prints what Fatma does herself, what her providers do, and who her contact person is", async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const p = await w.sanne.getPrintOverview(f.plan.id);
    expect(p).to.deep.equal({
      patientName: 'Mw. F. Yıldız',
      date: TODAY,
      planStatus: 'active',
      contact: { name: 'Sanne de Wit', role: 'practice-nurse', contact: '030 123 45 67' },
      nextEvaluationDate: '2026-03-16',
      goals: [
        {
          id: f.goals.weight.id, description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic', targets: f.goals.weight.targets, closed: false,
          selfActions: [{
            description: 'Eén keer per week een half uur wandelen met de buurvrouw, ook als het regent met paraplu.',
            frequency: 'Eén keer per week', evaluationDate: '2026-03-16', closed: false,
          }],
          providerActions: [{ description: 'Twee gesprekken over eten en tussendoortjes.', who: 'Lotte Kramer', support: 'Verwijzing door de huisarts', closed: false }],
          carerActions: [],
        },
        {
          id: f.goals.sugar.id, description: 'Mijn suiker (HbA1c) onder de 53 mmol/mol.', domain: 'somatic', targets: f.goals.sugar.targets, closed: false,
          selfActions: [],
          providerActions: [{
            description: 'Elke drie maanden bloed prikken en de uitslag samen bespreken.', who: 'Sanne de Wit',
            frequency: 'Elke drie maanden', evaluationDate: '2026-06-01', closed: false,
          }],
          carerActions: [],
        },
      ],
    });
  });

  it('prints the day asked for', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    expect((await w.sanne.getPrintOverview(f.plan.id, { date: '2026-03-16' })).date).to.equal('2026-03-16');
    w.clock.advanceDays(3);
    expect((await w.sanne.getPrintOverview(f.plan.id)).date).to.equal('2026-03-05');
  });

  it("prints what the informal carer does, with her name", async () => {
    const w = world();
    const h = await buildHenkPlan(w.sanne, w.clock);
    const p = await w.sanne.getPrintOverview(h.plan.id);
    const hospital = p.goals.find((g) => g.id === h.goals.hospital.id)!;
    expect(hospital.carerActions).to.deep.equal([{
      description: 'Marieke doet één keer per week de boodschappen en kijkt mee naar het weegschriftje.',
      who: 'Marieke Bosman', frequency: 'Eén keer per week', closed: false,
    }]);
    expect(hospital.selfActions.map((a) => a.description)).to.deep.equal(['Elke ochtend wegen; bij meer dan twee kilo erbij in drie dagen de praktijk bellen.']);
    expect(p.contact).to.deep.equal({ name: 'Sanne de Wit', role: 'practice-nurse', contact: 'poh@delinde.example' });
  });

  it('leaves closed goals and agreements out, unless includeClosed', async () => {
    const w = world();
    const h = await buildHenkPlan(w.sanne, w.clock);
    const current = await w.sanne.getPrintOverview(h.plan.id);
    expect(current.goals.map((g) => g.id)).to.deep.equal([h.goals.beach.id, h.goals.hospital.id]);
    const beach = current.goals[0]!;
    expect(beach.providerActions.map((a) => a.description)).to.deep.equal(['Twee keer per week longfysiotherapie, twaalf weken.']);
    const all = await w.sanne.getPrintOverview(h.plan.id, { includeClosed: true });
    expect(all.goals.map((g) => [g.id, g.closed, g.outcome])).to.deep.equal([
      [h.goals.beach.id, false, undefined], [h.goals.hospital.id, false, undefined], [h.goals.billiards.id, true, 'achieved'],
    ]);
    expect(all.goals[0]!.providerActions.map((a) => [a.description, a.closed])).to.deep.equal([
      ['Twee keer per week longfysiotherapie, twaalf weken.', false],
      ['Inhalatietechniek controleren bij de volgende afspraak.', true],
    ]);
  });

  it('leaves concept goals and agreements of a current plan off the page', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    await w.sanne.addAgreement(f.plan.id, f.goals.weight.id, { description: 'Weegschaal kopen.', performer: { kind: 'patient' } });
    await w.sanne.addAgreement(f.plan.id, f.goals.smoking.id, { description: 'Stopdatum kiezen.', performer: { kind: 'patient' } });
    const p = await w.sanne.getPrintOverview(f.plan.id, { includeClosed: true });
    expect(p.goals.map((g) => g.id)).to.deep.equal([f.goals.weight.id, f.goals.sugar.id]);
    expect(p.goals[0]!.selfActions.map((a) => a.description)).to.deep.equal([f.agreements.walk.description]);
  });

  it('prints a concept plan whole, as the proposal it is', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock, { accord: false });
    const p = await w.sanne.getPrintOverview(f.plan.id);
    expect(p.planStatus).to.equal('draft');
    expect(p.goals.map((g) => [g.description, g.selfActions.length + g.providerActions.length])).to.deep.equal([
      ['In drie maanden vijf kilo afvallen.', 2], ['Mijn suiker (HbA1c) onder de 53 mmol/mol.', 1], ['Stoppen met roken.', 0],
    ]);
  });

  it('prints a closed plan only with includeClosed', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    await w.sanne.closePlan(f.plan.id, { reason: 'Verhuisd' });
    expect((await w.sanne.getPrintOverview(f.plan.id)).goals).to.deep.equal([]);
    const all = await w.sanne.getPrintOverview(f.plan.id, { includeClosed: true });
    expect([all.planStatus, all.goals.length, all.goals.every((g) => g.closed)]).to.deep.equal(['completed', 3, true]);
    expect(all.goals.flatMap((g) => [...g.selfActions, ...g.providerActions]).map((a) => a.closed)).to.deep.equal([true, true, true]);
  });

  it('finds the contact details of the case manager in the care team by name when there is no id', async () => {
    const w = world();
    const plan = await w.sanne.createPlan({
      patientId: 'pat-mohamed', patientName: 'Dhr. M. El Amrani',
      caseManager: { name: 'Sanne de Wit' },
      careTeam: [{ name: 'Ilse Bakker', role: 'mental-health-nurse', contact: '030 765 43 21' }, { name: 'Sanne de Wit', role: 'practice-nurse', contact: '030 123 45 67' }],
    });
    expect((await w.sanne.getPrintOverview(plan.id)).contact).to.deep.equal({ name: 'Sanne de Wit', contact: '030 123 45 67' });
    // Only a manager changes the case manager; here the practice runs plans with its nurses as managers.
    const manager = w.as(sanne, { managerRoles: ['gp', 'practice-nurse'] });
    await manager.updatePlan(plan.id, { caseManager: { name: 'dr. P. Verhoeven', role: 'gp' } });
    const p = await w.sanne.getPrintOverview(plan.id);
    expect(p.contact).to.deep.equal({ name: 'dr. P. Verhoeven', role: 'gp' });
    expect(p).not.to.have.property('nextEvaluationDate');
  });

  it("audits every print with who printed it, also when it is the patient", async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const before = (await w.sanne.history(f.plan.id)).length;
    await w.sanne.getPrintOverview(f.plan.id);
    await w.fatma.getPrintOverview(f.plan.id, { includeClosed: true });
    const prints = (await w.sanne.history(f.plan.id)).slice(before);
    expect(prints.map((r) => [r.action, r.user.id, r.user.role, r.patientId, r.target.id])).to.deep.equal([
      ['plan.print', 'usr-sanne', 'practice-nurse', 'pat-fatma', f.plan.id],
      ['plan.print', fatmaUser.id, 'patient', 'pat-fatma', f.plan.id],
    ]);
    expect(prints.every((r) => r.before === null && r.after === null)).to.equal(true);
  });
});
}
