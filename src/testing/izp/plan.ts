/** Functions 1 and 2 (create and close a plan), accord, update, and one open plan per patient. */
import { describe, it } from '../runner.js';
import { expect } from '../expect.js';
import { type NotFoundError, RuleError, ValidationError, type ConflictError, type Plan } from '../../core/index.js';
import {
  FATMA, JAN, TODAY, actions, buildFatmaPlan, rejection, sanne, sannePerson, verhoeven, 
} from './fixtures.js';
import type { MakeWorld } from './fixtures.js';

export function describePlans(world: MakeWorld): void {
describe('plans', () => {
  describe('createPlan (function 1)', () => {
    it('creates a concept plan with defaults from the creating user and today', async () => {
      const w = world();
      const plan = await w.sanne.createPlan({ patientId: JAN });
      const stamp = { at: w.clock.now().toISOString(), by: sannePerson };
      expect(plan).to.deep.equal({
        id: 'id-1', version: 1, patientId: JAN, status: 'draft', conditions: [], caseManager: sannePerson,
        careTeam: [], access: [{ actor: sannePerson, permission: 'write', granted: stamp }], start: TODAY, created: stamp, updated: stamp,
      });
      expect((await w.sanne.getPlan(plan.id))).to.deep.equal({ plan, goals: [], agreements: [], evaluations: [], profile: null, measurements: [], diary: [] });
    });

    it('stores every field given, trimmed', async () => {
      const w = world();
      const plan = await w.verhoeven.createPlan({
        patientId: JAN, patientName: '  Dhr. J. de Groot ', title: 'COPD', conditions: ['COPD'],
        caseManager: sannePerson, careTeam: [{ name: 'Sanne de Wit', role: 'practice-nurse' }],
        start: '2026-03-01', nextEvaluationDate: '2026-04-01', evaluationSchedule: 'Elk kwartaal',
      });
      expect(plan.patientName).to.equal('Dhr. J. de Groot');
      expect(plan.caseManager).to.deep.equal(sannePerson);
      expect(plan.created.by.name).to.equal(verhoeven.name);
      expect([plan.start, plan.nextEvaluationDate, plan.evaluationSchedule]).to.deep.equal(['2026-03-01', '2026-04-01', 'Elk kwartaal']);
      expect((await w.sanne.getPlan(plan.id))?.plan).to.deep.equal(plan);
    });
  });

  it('takes version 0 as "must not exist yet": an existing plan then conflicts', async () => {
    const w = world();
    const plan = await w.sanne.createPlan({ patientId: JAN });
    const error = await rejection<ConflictError>(w.sanne.updatePlan(plan.id, { title: 'COPD' }, { expectedVersion: 0 }));
    expect([error.code, error.actualVersion]).to.deep.equal(['conflict', 1]);
  });

  describe('accordPlan', () => {
    it('makes the concept plan and the chosen goals and their agreements current; a goal for later stays proposed', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      expect(f.plan.status).to.equal('active');
      expect(f.plan.accorded?.by).to.deep.equal(sannePerson);
      expect([f.goals.weight.status, f.goals.sugar.status, f.goals.smoking.status]).to.deep.equal(['active', 'active', 'proposed']);
      expect(f.goals.weight.achievement).to.equal('in-progress');
      expect(f.goals.smoking.achievement).to.equal(undefined);
      expect([f.agreements.walk, f.agreements.dietitian, f.agreements.blood].map((a) => a.status))
        .to.deep.equal(['in-progress', 'in-progress', 'in-progress']);
    });

    it('makes an agreement that starts later "not-started", and accords a later goal without touching the plan', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const { id } = f.plan;
      const later = await w.sanne.addAgreement(id, f.goals.smoking.id, {
        description: 'Na de zomer starten met het stoppen-met-roken-programma.', performer: { kind: 'patient' }, start: '2026-09-01',
      });
      const snap = await w.sanne.accordPlan(id, { goalIds: [f.goals.smoking.id] });
      expect(snap.plan.version).to.equal(f.plan.version);
      expect(snap.goals.find((g) => g.id === f.goals.smoking.id)?.status).to.equal('active');
      expect(snap.agreements.find((a) => a.id === later.id)?.status).to.equal('not-started');
      expect(await w.sanne.getPlan(id)).to.deep.equal(snap);
      expect((await actions(w.sanne, id)).filter((a) => a === 'plan.accord')).to.have.length(1);
    });

    it('refuses to make an agreement current while its goal stays a concept', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const draft = await w.sanne.addAgreement(f.plan.id, f.goals.smoking.id, { description: 'Een stopdatum kiezen.', performer: { kind: 'patient' } });
      const error = await rejection<ValidationError>(w.sanne.accordPlan(f.plan.id, { goalIds: [], agreementIds: [draft.id] }));
      expect(error).to.be.instanceOf(ValidationError);
      expect(error.fields).to.deep.equal(['agreementIds']);
      expect((await w.sanne.getPlan(f.plan.id))?.agreements.find((a) => a.id === draft.id)?.status).to.equal('draft');
    });

    it('names an unknown goal id as not found', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock, { accord: false });
      const error = await rejection<NotFoundError>(w.sanne.accordPlan(f.plan.id, { goalIds: ['goal-x'] }));
      expect([error.code, error.kind, error.id]).to.deep.equal(['not-found', 'goal', 'goal-x']);
      expect((await w.sanne.getPlan(f.plan.id))?.plan.status).to.equal('draft');
    });
  });

  describe('updatePlan', () => {
    it('writes a new version with only the given fields changed', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      w.clock.advanceDays(1);
      const careTeam = [...f.plan.careTeam, { name: 'Ilse Bakker', role: 'mental-health-nurse' as const }];
      const plan = await w.verhoeven.updatePlan(f.plan.id, { nextEvaluationDate: '2026-03-30', careTeam }, { expectedVersion: f.plan.version });
      expect(plan).to.deep.equal({
        ...f.plan, version: f.plan.version + 1, nextEvaluationDate: '2026-03-30', careTeam,
        updated: { at: w.clock.now().toISOString(), by: { id: verhoeven.id, name: verhoeven.name, role: 'gp' } },
      });
      expect((await w.sanne.getPlan(f.plan.id))?.plan).to.deep.equal(plan);
    });

    // BUG: transaction.ts Transaction.replace spreads `before` under the changes, so a field that
    // applyChanges deleted (null = clear) comes back from `before`; a cleared title is never cleared.
    it('clears a field given as null', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const plan = await w.sanne.updatePlan(f.plan.id, { title: null, evaluationSchedule: null });
      expect(plan).not.to.have.property('title');
      expect((await w.sanne.getPlan(f.plan.id))?.plan).not.to.have.property('evaluationSchedule');
    });
  });

  describe('one open plan per patient', () => {
    it('refuses a second plan while one is open, but not for another patient', async () => {
      const w = world();
      const first = await w.sanne.createPlan({ patientId: FATMA });
      const error = await rejection<RuleError>(w.verhoeven.createPlan({ patientId: FATMA }));
      expect(error).to.be.instanceOf(RuleError);
      expect([error.code, error.rule]).to.deep.equal(['rule', 'one-open-plan']);
      expect((await w.sanne.listPlans(FATMA)).map((p) => p.id)).to.deep.equal([first.id]);
      expect((await w.sanne.createPlan({ patientId: JAN })).status).to.equal('draft');
    });

    it('lets exactly one of two concurrent createPlan calls for one patient succeed', async () => {
      const w = world();
      const results = await Promise.allSettled([w.sanne.createPlan({ patientId: FATMA }), w.verhoeven.createPlan({ patientId: FATMA })]);
      const won = results.filter((r): r is PromiseFulfilledResult<Plan> => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).to.have.length(1);
      expect(lost).to.have.length(1);
      expect(lost[0]!.reason).to.be.instanceOf(RuleError);
      expect((lost[0]!.reason as RuleError).rule).to.equal('one-open-plan');
      const plans = await w.sanne.listPlans(FATMA);
      expect(plans.map((p) => p.id)).to.deep.equal([won[0]!.value.id]);
      expect(await w.sanne.getPlanForPatient(FATMA)).to.deep.equal(won[0]!.value);
    });
  });

  describe('closePlan (function 2)', () => {
    it('closes the plan and everything still open in it, with the reason', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const sugarDone = await w.sanne.closeGoal(f.plan.id, f.goals.sugar.id, { outcome: 'achieved' });
      w.clock.advanceDays(30);
      const reason = 'Verhuisd naar een andere praktijk';
      const snap = await w.sanne.closePlan(f.plan.id, { reason });
      const closed = { at: w.clock.now().toISOString(), by: sannePerson };
      expect(snap.plan).to.deep.include({ status: 'completed', end: '2026-04-01', closeReason: reason, closed, version: f.plan.version + 1 });
      const weight = snap.goals.find((g) => g.id === f.goals.weight.id)!;
      const smoking = snap.goals.find((g) => g.id === f.goals.smoking.id)!;
      expect(weight).to.deep.include({ status: 'completed', closedWith: 'plan', closeNote: reason, achievement: 'in-progress', closed });
      // Still proposed when the plan closed: never pursued, so cancelled rather than completed.
      expect(smoking).to.deep.include({ status: 'cancelled', closedWith: 'plan', closed });
      expect(snap.goals.find((g) => g.id === f.goals.sugar.id)).to.deep.equal(sugarDone);
      for (const id of [f.agreements.walk.id, f.agreements.dietitian.id]) {
        expect(snap.agreements.find((a) => a.id === id)).to.deep.include({ status: 'stopped', closedWith: 'plan', closeNote: reason, closed });
      }
      expect(snap.agreements.find((a) => a.id === f.agreements.blood.id)?.closedWith).to.equal('goal');
      expect(await w.sanne.getPlan(f.plan.id)).to.deep.equal(snap);
    });

    it('ends goals as cancelled when the plan is revoked', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const snap = await w.sanne.closePlan(f.plan.id, { reason: 'Zorg beëindigd', status: 'revoked', end: '2026-03-02' });
      expect(snap.plan.status).to.equal('revoked');
      expect(snap.goals.map((g) => g.status)).to.deep.equal(['cancelled', 'cancelled', 'cancelled']);
    });

    it('frees the patient for a new plan; the closed plan can no longer change', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      await w.sanne.closePlan(f.plan.id, { reason: 'Nieuw plan na de zomer' });
      w.clock.advanceDays(1);
      const next = await w.sanne.createPlan({ patientId: FATMA });
      expect((await w.sanne.listPlans(FATMA)).map((p) => p.id)).to.deep.equal([f.plan.id, next.id]);
      const before = await w.sanne.history(f.plan.id);
      const attempts = [
        () => w.sanne.updatePlan(f.plan.id, { title: 'Nieuw' }),
        () => w.sanne.addGoal(f.plan.id, { description: 'Meer bewegen.', domain: 'functional' }),
        () => w.sanne.accordPlan(f.plan.id),
        () => w.sanne.closePlan(f.plan.id, { reason: 'Nog eens' }),
      ];
      for (const attempt of attempts) {
        const error = await rejection<RuleError>(attempt());
        expect([error.code, error.rule]).to.deep.equal(['rule', 'plan-closed']);
      }
      expect(await w.sanne.history(f.plan.id)).to.deep.equal(before);
    });

    it("refuses an end date before the plan's start, naming the field 'end'", async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const error = await rejection<ValidationError>(w.sanne.closePlan(f.plan.id, { reason: 'Klaar', end: '2026-01-01' }));
      expect(error).to.be.instanceOf(ValidationError);
      expect(error.fields).to.deep.equal(['end']);
      expect((await w.sanne.getPlan(f.plan.id))?.plan.status).to.equal('active');
    });
  });

  describe('getPlanForPatient and listPlans', () => {
    it('returns the open plan, else the latest closed one, else null', async () => {
      const w = world();
      expect(await w.sanne.getPlanForPatient(FATMA)).to.equal(null);
      const first = await w.sanne.createPlan({ patientId: FATMA });
      expect(await w.sanne.getPlanForPatient(FATMA)).to.deep.equal(first);
      const firstClosed = (await w.sanne.closePlan(first.id, { reason: 'Afgerond' })).plan;
      expect(await w.sanne.getPlanForPatient(FATMA)).to.deep.equal(firstClosed);
      const second = await w.sanne.createPlan({ patientId: FATMA });
      expect(await w.sanne.getPlanForPatient(FATMA)).to.deep.equal(second);
      const secondClosed = (await w.sanne.closePlan(second.id, { reason: 'Verhuisd' })).plan;
      expect(await w.sanne.getPlanForPatient(FATMA)).to.deep.equal(secondClosed);
      expect(await w.sanne.getPlanForPatient(JAN)).to.equal(null);
    });

    it("lists every plan of the patient, oldest first, and only that patient's", async () => {
      const w = world();
      expect(await w.sanne.listPlans(FATMA)).to.deep.equal([]);
      const a = await w.sanne.createPlan({ patientId: FATMA, title: 'Eerste' });
      await w.sanne.createPlan({ patientId: JAN });
      await w.sanne.closePlan(a.id, { reason: 'Afgerond' });
      await w.sanne.createPlan({ patientId: FATMA, title: 'Tweede' });
      const plans = await w.sanne.listPlans(FATMA);
      expect(plans.map((p) => [p.title, p.status])).to.deep.equal([['Eerste', 'completed'], ['Tweede', 'draft']]);
      expect((await w.sanne.listPlans(JAN)).map((p) => p.patientId)).to.deep.equal([JAN]);
    });
  });

  it('keeps the plan id stable and audits each version under it', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    await w.sanne.updatePlan(f.plan.id, { title: 'Suiker, gewicht en roken' });
    const versions = await w.sanne.versions(f.plan.id, 'plan', f.plan.id);
    expect(versions.map((p) => [p.id, p.version, p.status])).to.deep.equal([
      [f.plan.id, 1, 'draft'], [f.plan.id, 2, 'active'], [f.plan.id, 3, 'active'],
    ]);
    expect(versions[0]!.title).to.equal('Diabetes en leefstijl');
    expect(versions[2]!.title).to.equal('Suiker, gewicht en roken');
    expect(versions[2]!.updated.by.id).to.equal(sanne.id);
  });
});
}
