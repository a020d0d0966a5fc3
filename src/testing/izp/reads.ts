/** Every function takes a real AbortSignal; change notices reach every listener of the plan. */
import { describe, it } from '../runner.js';
import type { PlanChange } from '../../core/api.js';
import { expect } from '../expect.js';
import type { AuditRecord } from '../../core/audit.js';
import { FATMA, buildFatmaPlan, rejection, sanne, verhoeven, type MakeWorld } from './fixtures.js';

export function describeReads(world: MakeWorld): void {
  describe('reads, signals and change notices', () => {
    it('takes a signal in every read and stops when it is aborted', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const controller = new AbortController();
      controller.abort();
      const signal = controller.signal;
      const reads: [string, () => Promise<unknown>][] = [
        ['getPlan', () => w.sanne.getPlan(f.plan.id, { signal })],
        ['getPlanForPatient', () => w.sanne.getPlanForPatient(FATMA, { signal })],
        ['listPlans', () => w.sanne.listPlans(FATMA, { signal })],
        ['getOverview', () => w.sanne.getOverview(f.plan.id, { signal })],
        ['getConsultation', () => w.sanne.getConsultation(f.plan.id, { signal })],
        ['getPrintOverview', () => w.sanne.getPrintOverview(f.plan.id, { signal })],
        ['history', () => w.sanne.history(f.plan.id, { signal })],
        ['versions', () => w.sanne.versions(f.plan.id, 'goal', f.goals.weight.id, { signal })],
      ];
      for (const [name, read] of reads) expect((await rejection<Error>(read())).name, name).to.equal('AbortError');
      // An aborted print is not audited as printed.
      expect((await w.sanne.history(f.plan.id)).filter((r) => r.action === 'plan.print')).to.deep.equal([]);
    });

    it('refuses an object that only looks like a signal as invalid input, storing nothing', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const fake = { aborted: false } as unknown as AbortSignal;
      const before = await w.sanne.getPlan(f.plan.id);
      for (const call of [
        () => w.sanne.getPlan(f.plan.id, { signal: fake }),
        () => w.sanne.history(f.plan.id, { signal: fake }),
        () => w.sanne.addGoal(f.plan.id, { description: 'Meer groente eten.', domain: 'somatic' }, { signal: fake }),
        () => w.sanne.createPlan({ patientId: 'pat-henk' }, { signal: fake }),
      ]) {
        const error = await rejection<{ code: string; fields: string[] }>(call());
        expect([error.code, error.fields]).to.deep.equal(['validation', ['signal']]);
      }
      expect(await w.sanne.getPlan(f.plan.id)).to.deep.equal(before);
    });

    it('logs every view of the plan (who, for whom, when, which patient, what), apart from the changes', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const assistant = w.as(sanne, { onBehalfOf: { id: verhoeven.id, name: verhoeven.name, role: verhoeven.role } });
      const changes = await w.verhoeven.history(f.plan.id);
      await assistant.getPlan(f.plan.id);
      await assistant.getOverview(f.plan.id);
      await assistant.getConsultation(f.plan.id);
      await assistant.history(f.plan.id);
      await assistant.getPlanForPatient(FATMA);
      await assistant.updateGoal(f.plan.id, f.goals.weight.id, { note: 'Na de view gewijzigd.' }, { expectedVersion: f.goals.weight.version });
      // The log is written beside the read, not before it: ask until it is there.
      let views: AuditRecord[] = [];
      for (let i = 0; i < 50 && views.length < 5; i++) {
        views = (await w.verhoeven.history(f.plan.id, { views: true })).filter((r) => r.action === 'plan.view' && r.onBehalfOf?.id === verhoeven.id);
      }
      expect(views.map((r) => r.reason)).to.deep.equal(['plan', 'overview', 'consultation', 'history', 'plan']);
      for (const r of views) {
        expect([r.patientId, r.planId, r.onBehalfOf?.id, r.before, r.after]).to.deep.equal([FATMA, f.plan.id, verhoeven.id, null, null]);
        expect(r.at).to.match(/^\d{4}-\d{2}-\d{2}T/);
      }
      const after = await w.verhoeven.history(f.plan.id);
      expect(after.some((r) => r.action === 'plan.view'), 'history() leaves views out').to.equal(false);
      expect(after.length).to.equal(changes.length + 1);
    });

    it('tells a subscriber when another user changed the plan, until it unsubscribes', async function () {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      if (!w.sanne.subscribe) return; // optional in the interface
      const heard: PlanChange[] = [];
      let wake: () => void = () => undefined;
      const stop = w.sanne.subscribe(f.plan.id, (change) => {
        heard.push(change);
        wake();
      });
      const next = () => new Promise<void>((resolve) => { wake = resolve; });
      let waiting = next();
      await w.verhoeven.addGoal(f.plan.id, { description: 'Beter slapen.', domain: 'psychological' });
      await waiting;
      expect(heard.map((c) => c.planId)).to.deep.equal([f.plan.id]);
      stop();
      const other = w.verhoeven.subscribe!(f.plan.id, () => wake());
      waiting = next();
      await w.verhoeven.addGoal(f.plan.id, { description: 'Minder suiker in de koffie.', domain: 'somatic' });
      await waiting;
      other();
      expect(heard).to.have.length(1);
    });
  });
}
