/**
 * The audit trail (NEN 7513): who did what, when, for which patient and on whose behalf, stored with the
 * change in one transaction, so that neither ever exists without the other.
 */
import { expect } from '@open-wc/testing';
import { AuditRecord, MemoryAdapter, type RuleError, StorageError, type ChangeSet, type Izp } from '../../src/core/index.js';
import { FATMA, HENK, actions, buildFatmaPlan, buildHenkPlan, rejection, sanne, verhoeven, world } from './fixtures.js';

/** A MemoryAdapter whose commit can be made to fail, as a database that has gone away. */
class FailingAdapter extends MemoryAdapter {
  failing = false;
  readonly cause = new Error('database is gone');
  override async commit(change: ChangeSet): Promise<void> {
    if (this.failing) throw this.cause;
    return super.commit(change);
  }
}

/** Every stored goal and agreement, and the plan, equals the `after` of its last audit record. */
async function expectAuditMatchesState(izp: Izp, planId: string): Promise<void> {
  const snap = (await izp.getPlan(planId))!;
  type Entry = ['plan' | 'goal' | 'agreement', { id: string; version: number }];
  const records: Entry[] = [
    ['plan', snap.plan], ...snap.goals.map((g): Entry => ['goal', g]), ...snap.agreements.map((a): Entry => ['agreement', a]),
  ];
  for (const [kind, record] of records) {
    const versions: { version: number }[] = await izp.versions(planId, kind, record.id);
    expect(versions.map((v) => v.version), `${kind} ${record.id}`).to.deep.equal(Array.from({ length: record.version }, (_, i) => i + 1));
    expect(versions.at(-1)).to.deep.equal(record);
  }
}

describe('core: audit', () => {
  it('records who created the plan, when, for which patient, with the record after', async () => {
    const w = world();
    const plan = await w.sanne.createPlan({ patientId: FATMA, title: 'Diabetes en leefstijl' });
    const history = await w.sanne.history(plan.id);
    expect(history).to.have.length(1);
    const record = history[0]!;
    expect(record).to.deep.equal({
      id: record.id, at: w.clock.now().toISOString(), user: sanne, patientId: FATMA, planId: plan.id, action: 'plan.create',
      target: { kind: 'plan', id: plan.id, version: 1 }, before: null, after: plan,
    });
    expect(AuditRecord.safeParse(record).success).to.equal(true);
  });

  it('appends one record per touched item for every kind of change, with before and after', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    expect(await actions(w.sanne, f.plan.id)).to.deep.equal([
      'plan.create', 'goal.add', 'agreement.add', 'agreement.add', 'goal.add', 'agreement.add', 'goal.add',
      'plan.accord', 'goal.accord', 'goal.accord', 'agreement.accord', 'agreement.accord', 'agreement.accord',
    ]);
    const start = (await w.sanne.history(f.plan.id)).length;
    await w.verhoeven.updatePlan(f.plan.id, { nextEvaluationDate: '2026-03-23' });
    await w.verhoeven.updateGoal(f.plan.id, f.goals.weight.id, { note: 'Eerst drie kilo.' });
    await w.verhoeven.updateAgreement(f.plan.id, f.agreements.walk.id, { frequency: 'Twee keer per week' }, { reason: 'Gaat goed.' });
    await w.verhoeven.closeAgreement(f.plan.id, f.agreements.dietitian.id, { outcome: 'completed' });
    await w.verhoeven.closeGoal(f.plan.id, f.goals.sugar.id, { outcome: 'achieved' });
    await w.verhoeven.closePlan(f.plan.id, { reason: 'Verhuisd naar Utrecht' });
    const added = (await w.sanne.history(f.plan.id)).slice(start);
    expect(added.map((r) => [r.action, r.target.kind])).to.deep.equal([
      ['plan.update', 'plan'], ['goal.update', 'goal'], ['agreement.update', 'agreement'], ['agreement.close', 'agreement'],
      ['goal.close', 'goal'], ['agreement.close', 'agreement'],
      ['plan.close', 'plan'], ['goal.close', 'goal'], ['goal.close', 'goal'], ['agreement.close', 'agreement'],
    ]);
    for (const r of added) {
      expect(r.user).to.deep.equal(verhoeven);
      expect([r.patientId, r.planId]).to.deep.equal([FATMA, f.plan.id]);
      expect(r).not.to.have.property('onBehalfOf');
      expect(r.before?.['id']).to.equal(r.target.id);
      expect(r.after?.['id']).to.equal(r.target.id);
      expect(r.after?.['version']).to.equal((r.before?.['version'] as number) + 1);
      expect(r.target.version).to.equal(r.after?.['version']);
    }
    expect(added[2]!.reason).to.equal('Gaat goed.');
    expect(added[2]!.before?.['frequency']).to.equal('Eén keer per week');
    expect(added.slice(6).map((r) => r.reason)).to.deep.equal(Array(4).fill('Verhuisd naar Utrecht'));
    await expectAuditMatchesState(w.sanne, f.plan.id);
  });

  it('records on whose behalf the user acted', async () => {
    const w = world();
    const assistant = w.as({ id: 'usr-doktersassistent', name: 'Kim Visser', role: 'other' }, { onBehalfOf: { id: verhoeven.id, name: verhoeven.name, role: 'gp' } });
    const plan = await assistant.createPlan({ patientId: FATMA });
    await assistant.addGoal(plan.id, { description: 'Vijf kilo afvallen.', domain: 'somatic' });
    const history = await assistant.history(plan.id);
    expect(history.map((r) => r.onBehalfOf)).to.deep.equal([
      { id: verhoeven.id, name: verhoeven.name, role: 'gp' }, { id: verhoeven.id, name: verhoeven.name, role: 'gp' },
    ]);
    expect(history.map((r) => r.user.name)).to.deep.equal(['Kim Visser', 'Kim Visser']);
    expect(plan.created.by.name).to.equal('Kim Visser');
  });

  it("appends 'plan.print' for a print, which leaves the plan's versions alone", async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const before = await w.sanne.history(f.plan.id);
    w.clock.advanceDays(1);
    await w.fatma.getPrintOverview(f.plan.id);
    const history = await w.sanne.history(f.plan.id);
    expect(history.slice(0, before.length)).to.deep.equal(before);
    expect(history.slice(before.length)).to.deep.equal([{
      id: history.at(-1)!.id, at: w.clock.now().toISOString(), user: { id: 'pat-fatma', name: 'Fatma Yıldız', role: 'patient' },
      patientId: FATMA, planId: f.plan.id, action: 'plan.print', target: { kind: 'plan', id: f.plan.id }, before: null, after: null,
    }]);
    expect((await w.sanne.versions(f.plan.id, 'plan', f.plan.id)).map((p) => p.version)).to.deep.equal([1, 2]);
  });

  it('returns the history oldest first and only of the plan asked for', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    await buildHenkPlan(w.verhoeven, w.clock);
    w.clock.advanceDays(3);
    await w.sanne.updateGoal(f.plan.id, f.goals.weight.id, { note: 'Later' });
    const history = await w.sanne.history(f.plan.id);
    const times = history.map((r) => r.at);
    expect(times).to.deep.equal([...times].sort());
    expect(new Set(times).size).to.be.greaterThan(5);
    expect([history[0]!.action, history.at(-1)!.action]).to.deep.equal(['plan.create', 'goal.update']);
    expect(history.every((r) => r.planId === f.plan.id && r.patientId === FATMA)).to.equal(true);
    expect(new Set(history.map((r) => r.id)).size).to.equal(history.length);
    expect(await w.sanne.history('plan-unknown')).to.deep.equal([]);
    const henk = (await w.sanne.listPlans(HENK))[0]!;
    expect((await w.sanne.history(henk.id)).every((r) => r.user.id === verhoeven.id)).to.equal(true);
  });

  describe('atomic with the change', () => {
    const failing = async () => {
      const adapter = new FailingAdapter();
      const w = world(adapter);
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const snap = await w.sanne.getPlan(f.plan.id);
      const history = await w.sanne.history(f.plan.id);
      adapter.failing = true;
      const expectNothingStored = async () => {
        expect(await w.sanne.getPlan(f.plan.id)).to.deep.equal(snap);
        expect(await w.sanne.history(f.plan.id)).to.deep.equal(history);
      };
      return { adapter, w, f, expectNothingStored };
    };
    const expectUnavailable = (error: StorageError, adapter: FailingAdapter) => {
      expect(error).to.be.instanceOf(StorageError);
      expect(error.code).to.equal('unavailable');
      expect(error.cause).to.equal(adapter.cause);
      expect(error.localized('nl')).to.equal('Opslag is niet bereikbaar; er is niets opgeslagen');
    };

    it('stores neither a new plan nor its audit when the commit fails', async () => {
      const adapter = new FailingAdapter();
      const w = world(adapter);
      adapter.failing = true;
      expectUnavailable(await rejection<StorageError>(w.sanne.createPlan({ patientId: FATMA })), adapter);
      expect(await w.sanne.listPlans(FATMA)).to.deep.equal([]);
      expect(await w.sanne.getPlanForPatient(FATMA)).to.equal(null);
      expect(await w.sanne.history('id-1')).to.deep.equal([]);
    });

    const changes: [string, (izp: Izp, f: Awaited<ReturnType<typeof buildFatmaPlan>>) => Promise<unknown>][] = [
      ['updatePlan', (izp, f) => izp.updatePlan(f.plan.id, { title: 'Nieuw' })],
      ['addGoal', (izp, f) => izp.addGoal(f.plan.id, { description: 'Meer bewegen.', domain: 'functional' })],
      ['updateAgreement', (izp, f) => izp.updateAgreement(f.plan.id, f.agreements.walk.id, { description: 'Eén keer per week' })],
      ['closeGoal', (izp, f) => izp.closeGoal(f.plan.id, f.goals.weight.id, { outcome: 'achieved' })],
      ['closePlan', (izp, f) => izp.closePlan(f.plan.id, { reason: 'Verhuisd' })],
      ['getPrintOverview', (izp, f) => izp.getPrintOverview(f.plan.id)],
    ];
    for (const [name, change] of changes) {
      it(`stores neither the change nor its audit when ${name} cannot commit`, async () => {
        const { adapter, w, f, expectNothingStored } = await failing();
        expectUnavailable(await rejection<StorageError>(change(w.sanne, f)), adapter);
        await expectNothingStored();
      });
    }

    it('keeps the patient bound to the open plan after a failed close, and works again once storage is back', async () => {
      const { adapter, w, f } = await failing();
      await rejection(w.sanne.closePlan(f.plan.id, { reason: 'Verhuisd' }));
      adapter.failing = false;
      expect((await rejection<RuleError>(w.sanne.createPlan({ patientId: FATMA }))).rule).to.equal('one-open-plan');
      await w.sanne.closePlan(f.plan.id, { reason: 'Verhuisd' });
      expect((await actions(w.sanne, f.plan.id)).filter((a) => a === 'plan.close')).to.have.length(1);
      await expectAuditMatchesState(w.sanne, f.plan.id);
    });

    it('stores nothing when the change is aborted', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const history = await w.sanne.history(f.plan.id);
      const controller = new AbortController();
      controller.abort();
      const error = await rejection<DOMException>(w.sanne.updateGoal(f.plan.id, f.goals.weight.id, { note: 'x' }, { signal: controller.signal }));
      expect(error.name).to.equal('AbortError');
      expect(await w.sanne.history(f.plan.id)).to.deep.equal(history);
    });

    it('turns a failing read into a StorageError too', async () => {
      const adapter = new MemoryAdapter();
      const cause = new TypeError('fetch failed');
      adapter.get = async () => { throw cause; };
      const w = world(adapter);
      const error = await rejection<StorageError>(w.sanne.getPlanForPatient(FATMA));
      expect([error.name, error.code, error.cause]).to.deep.equal(['StorageError', 'unavailable', cause]);
    });
  });
});
