/**
 * Who may do what: `can()` answers exactly what the core then does, for every action and every kind of
 * person around the plan; the workflow, the team and access stay with the managers (and the patient).
 */
import { describe, it } from '../runner.js';
import type { Izp } from '../../core/api.js';
import { izpActions, type IzpAction } from '../../core/permissions.js';
import type { User } from '../../core/model.js';
import { expect } from '../expect.js';
import { buildFatmaPlan, fatmaUser, marieke, rejection, sanne, verhoeven, type FatmaPlan, type MakeWorld } from './fixtures.js';

const lotte: User = { id: 'usr-lotte', name: 'Lotte Kramer', role: 'dietitian' };
const ruud: User = { id: 'usr-ruud', name: 'Ruud Smit', role: 'physiotherapist' };

const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code ?? 'error');

/** One call per action, each on the example plan; destructive ones last. */
const calls: [IzpAction, (izp: Izp, f: FatmaPlan) => Promise<unknown>][] = [
  ['plan.read', (izp, f) => izp.getPlan(f.plan.id)],
  ['plan.update', (izp, f) => izp.updatePlan(f.plan.id, { title: 'Diabetes, leefstijl en bewegen' })],
  ['plan.team', (izp, f) => izp.updatePlan(f.plan.id, { careTeam: [...f.plan.careTeam, { name: 'Ruud Smit', role: 'physiotherapist' }] })],
  ['goal.add', (izp, f) => izp.addGoal(f.plan.id, { description: 'Weer fietsen naar de markt.', domain: 'functional' })],
  ['goal.update', (izp, f) => izp.updateGoal(f.plan.id, f.goals.weight.id, { note: 'Samen met de diëtist.' })],
  ['agreement.add', (izp, f) => izp.addAgreement(f.plan.id, f.goals.weight.id, { description: 'Fruit als tussendoortje.', performer: { kind: 'patient' } })],
  ['agreement.update', (izp, f) => izp.updateAgreement(f.plan.id, f.agreements.walk.id, { frequency: 'Twee keer per week' })],
  ['evaluate', (izp, f) => izp.evaluate(f.plan.id, { target: { kind: 'agreement', id: f.agreements.walk.id }, withPatient: true, outcome: 'on-track' })],
  ['profile.update', (izp, f) => izp.updateProfile(f.plan.id, { complaints: 'Moe na het traplopen.' })],
  ['measurement.add', (izp, f) => izp.addMeasurement(f.plan.id, { measure: 'Gewicht', value: 128, unit: 'kg' })],
  ['diary.add', (izp, f) => izp.addDiaryEntry(f.plan.id, { text: 'Vandaag twintig minuten gewandeld.' })],
  ['access.manage', (izp, f) => izp.grantAccess(f.plan.id, { actor: { id: 'usr-anna', name: 'Anna de Vries', role: 'specialist' }, permission: 'read' })],
  ['agreement.close', (izp, f) => izp.closeAgreement(f.plan.id, f.agreements.dietitian.id, { outcome: 'completed' })],
  ['goal.close', (izp, f) => izp.closeGoal(f.plan.id, f.goals.sugar.id, { outcome: 'achieved' })],
  ['plan.accord', (izp, f) => izp.accordPlan(f.plan.id)],
  ['plan.close', (izp, f) => izp.closePlan(f.plan.id, { reason: 'Verhuisd naar een andere praktijk.' })],
];

export function describeAccess(world: MakeWorld): void {
  describe('who may do what', () => {
    /** The example plan, with the dietitian and the informal carer granted write access by Fatma. */
    async function setup() {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      for (const actor of [lotte, marieke]) {
        await w.fatma.grantAccess(f.plan.id, { actor: { id: actor.id, name: actor.name, role: actor.role }, permission: 'write' });
      }
      const plan = (await w.sanne.getPlan(f.plan.id))!.plan;
      return { w, f: { ...f, plan } };
    }

    const people: [string, User, IzpAction[]][] = [
      ['the case manager', sanne, calls.map(([a]) => a).filter((a) => a !== 'diary.add')],
      ['the GP (a manager role)', verhoeven, calls.map(([a]) => a).filter((a) => a !== 'diary.add')],
      ['a dietitian with write access', lotte, ['plan.read', 'plan.update', 'goal.add', 'goal.update', 'agreement.add', 'agreement.update', 'evaluate', 'profile.update', 'measurement.add', 'agreement.close', 'goal.close']],
      ['an informal carer with write access', marieke, ['plan.read', 'goal.add', 'goal.update', 'agreement.add', 'agreement.update', 'profile.update', 'measurement.add']],
      ['the patient', fatmaUser, ['plan.read', 'goal.add', 'measurement.add', 'diary.add', 'access.manage']],
      ['someone without access', ruud, []],
    ];
    for (const [who, user, allowed] of people) {
      it(`answers can() for ${who} exactly as the core then decides`, async () => {
        const { w, f } = await setup();
        const izp = w.as(user);
        expect(izp.allowedActions(f.plan).filter((a) => a !== 'plan.create' && a !== 'plan.import'), 'allowedActions').to.deep.equal(calls.map(([a]) => a).filter((a) => allowed.includes(a)).sort((a, b) => order(a) - order(b)));
        for (const [action, call] of calls) {
          const asked = izp.can(action, f.plan);
          const outcome = await code(call(izp, f));
          expect(asked, `${action}: can() says`).to.equal(allowed.includes(action));
          expect(outcome === 'forbidden', `${action}: the core said ${outcome}`).to.equal(!asked);
        }
      });
    }

    it('keeps the team and access with the managers: a dietitian cannot make herself case manager or shut out the GP', async () => {
      const { w, f } = await setup();
      const dietitian = w.as(lotte);
      expect(await code(dietitian.updatePlan(f.plan.id, { caseManager: { id: lotte.id, name: lotte.name, role: 'dietitian' } }))).to.equal('forbidden');
      expect(await code(dietitian.revokeAccess(f.plan.id, verhoeven.id))).to.equal('forbidden');
      const after = await w.sanne.getPlan(f.plan.id);
      expect(after!.plan.caseManager.id).to.equal(sanne.id);
      expect(after!.plan.access!.some((g) => g.actor.id === verhoeven.id)).to.equal(true);
      expect((await w.sanne.history(f.plan.id)).filter((r) => r.action === 'access.denied').map((r) => r.user.id)).to.deep.equal([lotte.id, lotte.id]);
    });

    it('does not let an informal carer close an agreement', async () => {
      const { w, f } = await setup();
      expect(await code(w.as(marieke).closeAgreement(f.plan.id, f.agreements.walk.id, { outcome: 'stopped' }))).to.equal('forbidden');
    });

    it('keeps the case manager on write access: the patient can neither revoke nor demote them', async () => {
      const { w, f } = await setup();
      const demote = await rejection<{ code: string; rule: string }>(w.fatma.grantAccess(f.plan.id, { actor: { id: sanne.id, name: sanne.name, role: sanne.role }, permission: 'read' }));
      expect([demote.code, demote.rule]).to.deep.equal(['rule', 'case-manager-access']);
      const revoke = await rejection<{ rule: string }>(w.fatma.revokeAccess(f.plan.id, sanne.id));
      expect(revoke.rule).to.equal('case-manager-access');
      expect(w.sanne.can('plan.accord', (await w.sanne.getPlan(f.plan.id))!.plan)).to.equal(true);
    });

    it('allows nothing but reading on a closed plan, and plan.create without a plan', async () => {
      const { w, f } = await setup();
      const closed = (await w.sanne.closePlan(f.plan.id, { reason: 'Zorg beëindigd.' })).plan;
      expect(w.sanne.allowedActions(closed)).to.deep.equal(['plan.read', 'plan.create', 'plan.import']);
      expect(w.sanne.can('plan.create')).to.equal(true);
      expect(w.sanne.allowedActions(await w.sanne.getPlan(f.plan.id)), 'a snapshot answers as its plan').to.deep.equal(['plan.read', 'plan.create', 'plan.import']);
      expect(w.fatma.can('plan.create')).to.equal(false);
    });

    it('tells another patient nothing, refuses a provider without access plainly, and audits both', async () => {
      const { w, f } = await setup();
      const otherPatient = w.as({ id: 'pat-henk', name: 'Henk Bosman', role: 'patient' });
      expect(await otherPatient.getPlanForPatient(f.plan.patientId), 'as if there were no plan').to.equal(null);
      expect(await otherPatient.getPlanForPatient('pat-nobody')).to.equal(null);
      expect(await otherPatient.listPlans(f.plan.patientId)).to.deep.equal([]);
      // A provider would learn of the plan from the one-open-plan rule anyway: they are told they are refused.
      const provider = w.as(ruud);
      expect((await rejection<{ code: string }>(provider.getPlanForPatient(f.plan.patientId))).code).to.equal('forbidden');
      expect(await provider.listPlans(f.plan.patientId)).to.deep.equal([]);
      const denied = (await w.sanne.history(f.plan.id)).filter((r) => r.action === 'access.denied');
      expect(denied.map((r) => r.user.id)).to.deep.equal(['pat-henk', 'pat-henk', ruud.id, ruud.id]);
    });
  });
}

const order = (a: IzpAction) => izpActions.indexOf(a);
