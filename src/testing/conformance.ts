/**
 * The storage adapter conformance suite. A vendor runs it against its own adapter under any mocha-style
 * runner (@web/test-runner, mocha, vitest with globals) and knows the core will work on it:
 *
 *   import { describeAdapterConformance } from 'izp-sdk/testing';
 *   describeAdapterConformance('MyRestAdapter', () => new MyRestAdapter({ baseUrl, tenant: freshTenant() }));
 *
 * `makeAdapter` must return an adapter over an empty store each time it is called.
 */
import type { StorageAdapter } from '../core/adapter.js';
import type { Agreement, Goal } from '../core/model.js';
import { createIzp } from '../core/izp.js';
import { deepEqual, equal, ok, rejects } from './assert.js';
import * as make from './records.js';

type Fn = () => void | Promise<void>;
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: Fn) => void;
declare const afterEach: (fn: Fn) => void;

export interface ConformanceOptions {
  /** Called after each test with the adapter it used (delete a database, a tenant). */
  cleanup?: (adapter: StorageAdapter) => void | Promise<void>;
}

const isConflict = (e: unknown, id: string) =>
  typeof e === 'object' && e !== null && (e as { code?: string }).code === 'conflict' && (e as { id?: string }).id === id;

export function describeAdapterConformance(
  name: string,
  makeAdapter: () => StorageAdapter | Promise<StorageAdapter>,
  options: ConformanceOptions = {},
): void {
  describe(`${name} conforms to the izp-sdk storage contract`, () => {
    const used: StorageAdapter[] = [];
    const fresh = async () => {
      const adapter = await makeAdapter();
      used.push(adapter);
      return adapter;
    };
    afterEach(async () => {
      for (const adapter of used.splice(0)) {
        await options.cleanup?.(adapter);
        await adapter.close?.();
      }
    });

    /** A stored plan with one goal and one agreement, created in one commit. */
    async function seeded(adapter: StorageAdapter) {
      const patientId = make.uid('patient');
      const plan = make.plan(patientId);
      const goal = make.goal(plan.id);
      const agreement = make.agreement(plan.id, goal.id);
      const evaluation = make.evaluation(plan.id, agreement.id);
      await adapter.commit(make.creation(patientId, plan.id, [
        { kind: 'patient', record: make.patientIndex(patientId, [plan.id]), expectedVersion: 0 },
        { kind: 'plan', record: plan, expectedVersion: 0 },
        { kind: 'goal', record: goal, expectedVersion: 0 },
        { kind: 'agreement', record: agreement, expectedVersion: 0 },
        { kind: 'evaluation', record: evaluation, expectedVersion: 0 },
      ]));
      return { patientId, plan, goal, agreement, evaluation };
    }

    it('returns null, not an error, for what does not exist', async () => {
      const adapter = await fresh();
      for (const kind of ['patient', 'plan', 'goal', 'agreement', 'evaluation'] as const) equal(await adapter.get(kind, 'nope'), null, `get(${kind})`);
      equal(await adapter.loadPlan('nope'), null, 'loadPlan');
      deepEqual(await adapter.history('nope'), [], 'history');
    });

    it('stores each kind of record and returns it unchanged', async () => {
      const adapter = await fresh();
      const s = await seeded(adapter);
      deepEqual(await adapter.get('plan', s.plan.id), s.plan, 'plan');
      deepEqual(await adapter.get('goal', s.goal.id), s.goal, 'goal');
      deepEqual(await adapter.get('agreement', s.agreement.id), s.agreement, 'agreement');
      deepEqual(await adapter.get('evaluation', s.evaluation.id), s.evaluation, 'evaluation');
      deepEqual(await adapter.get('patient', s.patientId), make.patientIndex(s.patientId, [s.plan.id]), 'patient index');
    });

    it('stores the modules: profile (keyed by the plan), measurements and diary, loaded with the plan', async () => {
      const adapter = await fresh();
      const s = await seeded(adapter);
      const profile = make.profile(s.plan.id);
      const m = make.measurement(s.plan.id);
      const d = make.diary(s.plan.id);
      await adapter.commit(make.creation(s.patientId, s.plan.id, [
        { kind: 'profile', record: profile, expectedVersion: 0 },
        { kind: 'measurement', record: m, expectedVersion: 0 },
        { kind: 'diary', record: d, expectedVersion: 0 },
      ]));
      const snap = await adapter.loadPlan(s.plan.id);
      deepEqual(snap?.profile, profile, 'profile');
      deepEqual(snap?.measurements, [m], 'measurements');
      deepEqual(snap?.diary, [d], 'diary');
      deepEqual(await adapter.get('profile', s.plan.id), profile, 'profile by the plan id');
      equal((await adapter.loadPlan((await seeded(adapter)).plan.id))?.profile, null, 'no profile yet is null');
    });

    it('loads a plan with exactly its own goals and agreements', async () => {
      const adapter = await fresh();
      const a = await seeded(adapter);
      const b = await seeded(adapter);
      const snap = await adapter.loadPlan(a.plan.id);
      ok(snap, 'snapshot exists');
      deepEqual(snap.plan, a.plan, 'plan');
      deepEqual(snap.goals, [a.goal], 'goals');
      deepEqual(snap.agreements, [a.agreement], 'agreements');
      deepEqual(snap.evaluations, [a.evaluation], 'evaluations');
      equal((await adapter.loadPlan(b.plan.id))?.goals[0]?.id, b.goal.id, 'the other plan keeps its goal');
    });

    it('does not let a caller change stored data by mutating returned or committed objects', async () => {
      const adapter = await fresh();
      const s = await seeded(adapter);
      s.goal.description = 'changed after commit';
      const read = (await adapter.get('goal', s.goal.id)) as Goal;
      read.description = 'changed after read';
      equal(((await adapter.get('goal', s.goal.id)) as Goal).description, 'In drie maanden vijf kilo afvallen.', 'stored text');
    });

    it('writes the next version when the expected version matches', async () => {
      const adapter = await fresh();
      const s = await seeded(adapter);
      const write = make.next(s.agreement, { frequency: 'Twee keer per week' });
      await adapter.commit({ patientId: s.patientId, planId: s.plan.id, checks: [], writes: [write], audit: [
        make.audit(s.patientId, s.plan.id, 'agreement.update', { kind: 'agreement', id: s.agreement.id }, s.agreement, write.record),
      ] });
      const stored = (await adapter.get('agreement', s.agreement.id)) as Agreement;
      equal(stored.version, 2, 'version');
      equal(stored.frequency, 'Twee keer per week', 'frequency');
    });

    it('rejects a stale write with a conflict and stores nothing of the change set', async () => {
      const adapter = await fresh();
      const s = await seeded(adapter);
      const goalWrite = make.next(s.goal, { description: 'Zes kilo' });
      const stale = { kind: 'agreement' as const, record: { ...s.agreement, version: 5, description: 'stale' }, expectedVersion: 4 };
      const error = await rejects(adapter.commit({ patientId: s.patientId, planId: s.plan.id, checks: [], writes: [goalWrite, stale], audit: [
        make.audit(s.patientId, s.plan.id, 'goal.update', { kind: 'goal', id: s.goal.id }, s.goal, goalWrite.record),
      ] }), 'stale commit');
      ok(isConflict(error, s.agreement.id), `a conflict error (code "conflict") naming the agreement, got ${String(error)}`);
      equal((error as { actualVersion?: number }).actualVersion, 1, 'the conflict tells the stored version');
      deepEqual(await adapter.get('goal', s.goal.id), s.goal, 'the goal write in the same set was not applied');
      equal((await adapter.history(s.plan.id)).length, 4, 'no audit record was appended');
    });

    it('rejects creating a record that already exists (expected version 0)', async () => {
      const adapter = await fresh();
      const s = await seeded(adapter);
      const error = await rejects(adapter.commit(make.creation(s.patientId, s.plan.id, [
        { kind: 'goal', record: { ...s.goal, description: 'overwrite' }, expectedVersion: 0 },
      ])), 'duplicate create');
      ok(isConflict(error, s.goal.id), 'conflict on the existing goal');
      deepEqual(await adapter.get('goal', s.goal.id), s.goal, 'goal intact');
    });

    it('checks the versions of records it does not write', async () => {
      const adapter = await fresh();
      const s = await seeded(adapter);
      const extra = make.agreement(s.plan.id, s.goal.id);
      const error = await rejects(adapter.commit(make.creation(s.patientId, s.plan.id, [{ kind: 'agreement', record: extra, expectedVersion: 0 }], {
        checks: [{ kind: 'goal', id: s.goal.id, version: 7 }],
      })), 'failed check');
      ok(isConflict(error, s.goal.id), 'conflict names the checked goal');
      equal(await adapter.get('agreement', extra.id), null, 'nothing written');
      await adapter.commit(make.creation(s.patientId, s.plan.id, [{ kind: 'agreement', record: extra, expectedVersion: 0 }], {
        checks: [{ kind: 'goal', id: s.goal.id, version: 1 }, { kind: 'plan', id: s.plan.id, version: 1 }],
      }));
      equal(((await adapter.get('agreement', extra.id)) as Agreement).id, extra.id, 'written once the check holds');
    });

    it('lets exactly one of ten parallel writers of the same version win', async () => {
      const adapter = await fresh();
      const s = await seeded(adapter);
      const attempts = Array.from({ length: 10 }, (_, i) => {
        const w = make.next(s.agreement, { description: `Versie ${i}` });
        return adapter.commit({ patientId: s.patientId, planId: s.plan.id, checks: [], writes: [w], audit: [
          make.audit(s.patientId, s.plan.id, 'agreement.update', { kind: 'agreement', id: s.agreement.id }, s.agreement, w.record),
        ] });
      });
      const results = await Promise.allSettled(attempts);
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
      equal(won.length, 1, 'one winner');
      ok(results.every((r) => r.status === 'fulfilled' || isConflict(r.reason, s.agreement.id)), 'the others conflict');
      const stored = (await adapter.get('agreement', s.agreement.id)) as Agreement;
      equal(stored.description, `Versie ${won[0]}`, 'the winner is stored');
      equal((await adapter.history(s.plan.id)).filter((r) => r.action === 'agreement.update').length, 1, 'one audit record');
    });

    it('lets ten parallel writers of different records all succeed', async () => {
      const adapter = await fresh();
      const s = await seeded(adapter);
      const goals = Array.from({ length: 10 }, () => make.goal(s.plan.id));
      await Promise.all(goals.map((g) => adapter.commit(make.creation(s.patientId, s.plan.id, [{ kind: 'goal', record: g, expectedVersion: 0 }], {
        checks: [{ kind: 'plan', id: s.plan.id, version: 1 }],
      }))));
      equal((await adapter.loadPlan(s.plan.id))?.goals.length, 11, 'all goals stored');
    });

    it('returns the audit trail of a plan in commit order, with before and after intact', async () => {
      const adapter = await fresh();
      const s = await seeded(adapter);
      const other = await seeded(adapter);
      const w = make.next(s.plan, { status: 'active' });
      const record = make.audit(s.patientId, s.plan.id, 'plan.accord', { kind: 'plan', id: s.plan.id }, s.plan, w.record);
      await adapter.commit({ patientId: s.patientId, planId: s.plan.id, checks: [], writes: [w], audit: [record] });
      await adapter.commit({ patientId: s.patientId, planId: s.plan.id, checks: [], writes: [], audit: [
        make.audit(s.patientId, s.plan.id, 'plan.print', { kind: 'plan', id: s.plan.id }, null, null),
      ] });
      const history = await adapter.history(s.plan.id);
      deepEqual(history.map((r) => r.action), ['plan.create', 'goal.add', 'agreement.add', 'evaluation.add', 'plan.accord', 'plan.print'], 'order');
      deepEqual(history[4], record, 'record round-trips with user, onBehalfOf, before and after');
      ok(history.every((r) => r.planId === s.plan.id), 'only this plan');
      equal((await adapter.history(other.plan.id)).length, 4, 'the other plan has its own trail');
    });

    it('stores nothing when the signal is already aborted', async () => {
      const adapter = await fresh();
      const patientId = make.uid('patient');
      const plan = make.plan(patientId);
      const controller = new AbortController();
      controller.abort();
      await rejects(adapter.commit(make.creation(patientId, plan.id, [{ kind: 'plan', record: plan, expectedVersion: 0 }]), { signal: controller.signal }), 'aborted commit');
      equal(await adapter.get('plan', plan.id), null, 'nothing stored');
    });

    it('carries the whole core: the nine functions end to end', async () => {
      const adapter = await fresh();
      const izp = createIzp({ adapter, user: { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' } });
      const patientId = make.uid('patient');
      const plan = await izp.createPlan({ patientId, patientName: 'Mw. F. Yıldız' });
      const goal = await izp.addGoal(plan.id, { description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic' });
      const walk = await izp.addAgreement(plan.id, goal.id, { description: 'Elke dag wandelen', performer: { kind: 'patient' } });
      await izp.accordPlan(plan.id);
      const changed = await izp.updateAgreement(plan.id, walk.id, { description: 'Eén keer per week wandelen' }, { expectedVersion: 2 });
      equal(changed.version, 3, 'accord and update each made a version');
      await izp.closeAgreement(plan.id, walk.id, { outcome: 'completed' });
      await izp.closeGoal(plan.id, goal.id, { outcome: 'achieved' });
      equal((await izp.getOverview(plan.id)).counts.closedGoals, 1, 'overview');
      equal((await izp.getPrintOverview(plan.id, { includeClosed: true })).goals.length, 1, 'printout');
      await izp.closePlan(plan.id, { reason: 'Doelen bereikt' });
      equal((await izp.getPlanForPatient(patientId))?.status, 'completed', 'closed plan');
      deepEqual((await izp.versions(plan.id, 'agreement', walk.id)).map((a) => a.description),
        ['Elke dag wandelen', 'Elke dag wandelen', 'Eén keer per week wandelen', 'Eén keer per week wandelen'], 'every version kept');
      equal((await izp.history(plan.id)).length, 11, 'every change and the print audited');
    });
  });
}
