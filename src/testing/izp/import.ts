/** importPlan: a whole plan made elsewhere (a FHIR Bundle) stored as it is, or not at all. */
import { describe, it } from '../runner.js';
import type { PlanSnapshot } from '../../core/model.js';
import { expect } from '../expect.js';
import { FATMA, buildFatmaPlan, marieke, rejection, type MakeWorld } from './fixtures.js';

const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string; fields?: string[] }) => (e.fields ? `${e.code}:${e.fields.join(',')}` : (e.code ?? 'error')));

export function describeImport(world: MakeWorld): void {
  describe('importPlan', () => {
    /** Fatma's plan as another system holds it: the snapshot of a plan built in another store. */
    async function exported(): Promise<PlanSnapshot> {
      const other = world();
      const f = await buildFatmaPlan(other.sanne, other.clock);
      await other.sanne.evaluate(f.plan.id, { target: { kind: 'agreement', id: f.agreements.walk.id }, withPatient: true, outcome: 'on-track' });
      return (await other.sanne.getPlan(f.plan.id))!;
    }

    it('stores the whole plan with its ids, audited as one import, for a patient without a plan', async () => {
      const snap = await exported();
      const w = world();
      const stored = await w.sanne.importPlan(snap);
      expect(stored.plan.id).to.equal(snap.plan.id);
      const read = (await w.sanne.getPlan(snap.plan.id))!;
      expect(read.goals.map((g) => [g.id, g.description, g.status])).to.deep.equal(snap.goals.map((g) => [g.id, g.description, g.status]));
      expect(read.agreements.map((a) => [a.id, a.goalId, a.status])).to.deep.equal(snap.agreements.map((a) => [a.id, a.goalId, a.status]));
      expect(read.evaluations.map((e) => e.id)).to.deep.equal(snap.evaluations.map((e) => e.id));
      expect((await w.sanne.getPlanForPatient(FATMA))!.id).to.equal(snap.plan.id);
      const history = await w.sanne.history(snap.plan.id);
      expect(history.every((r) => r.action === 'plan.import' && r.user.id === 'usr-sanne')).to.equal(true);
      expect(history.length).to.equal(1 + snap.goals.length + snap.agreements.length + snap.evaluations.length);
      // The imported plan goes on as any other: a change makes version 2.
      expect((await w.sanne.updateGoal(snap.plan.id, snap.goals[0]!.id, { note: 'Na import bijgewerkt.' })).version).to.equal(2);
    });

    it('validates every record against the model, names the field and stores nothing', async () => {
      const snap = await exported();
      const w = world();
      const bad = { ...snap, goals: snap.goals.map((g, i) => (i === 1 ? { ...g, description: '' } : g)) };
      expect(await code(w.sanne.importPlan(bad))).to.equal('validation:goals.1.description');
      const orphan = { ...snap, agreements: [{ ...snap.agreements[0]!, goalId: 'goal-elsewhere' }, ...snap.agreements.slice(1)] };
      expect(await code(w.sanne.importPlan(orphan))).to.equal('validation:agreements.0.goalId');
      const foreign = { ...snap, goals: [{ ...snap.goals[0]!, planId: 'plan-elsewhere' }, ...snap.goals.slice(1)] };
      expect(await code(w.sanne.importPlan(foreign))).to.equal('validation:goals.0.planId');
      const twice = { ...snap, agreements: [...snap.agreements, snap.agreements[0]!] };
      expect(await code(w.sanne.importPlan(twice))).to.equal(`validation:agreements.${snap.agreements.length}.id`);
      const unknown = await rejection<{ issues: { code: string; params?: { keys?: string[] } }[] }>(w.sanne.importPlan({ ...snap, extra: 1 } as unknown as PlanSnapshot));
      expect(unknown.issues.map((i) => [i.code, i.params?.keys])).to.deep.equal([['unrecognized_keys', ['extra']]]);
      expect(await w.sanne.getPlanForPatient(FATMA)).to.equal(null);
      expect(await w.sanne.getPlan(snap.plan.id)).to.equal(null);
    });

    it('refuses a patient who has an open plan, and people who do not manage plans', async () => {
      const snap = await exported();
      const w = world();
      expect(await code(w.fatma.importPlan(snap))).to.equal('forbidden');
      expect(await code(w.as(marieke).importPlan(snap))).to.equal('forbidden');
      await w.sanne.createPlan({ patientId: FATMA });
      const error = await rejection<{ rule: string }>(w.sanne.importPlan(snap));
      expect(error.rule).to.equal('one-open-plan');
      const plans = await w.sanne.listPlans(FATMA);
      expect(plans.map((p) => p.status)).to.deep.equal(['draft']);
      expect((await w.sanne.getPlan(plans[0]!.id))!.goals).to.deep.equal([]);
    });
  });
}
