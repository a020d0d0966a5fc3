import { expect } from '@open-wc/testing';
import { MemoryAdapter, type PlanSnapshot } from '../../src/core/index.js';
import { keepIdentity, keepList, mergeSnapshot } from '../../src/elements/shared/keep-identity.js';
import { indexOf, sameInputs } from '../../src/elements/shared/snapshot-index.js';
import { nextContext } from '../../src/elements/plan/plan-context.js';
import { localize } from '../../src/i18n/localize.js';
import { izpAt, sanne } from './helpers.js';

/** A current plan with two goals of two agreements each, and the core that wrote it. */
async function plan() {
  const izp = izpAt(new MemoryAdapter(), sanne);
  const p = await izp.createPlan({ patientId: 'pat-keep', patientName: 'Mw. K. de Vries' });
  const goals = [];
  for (const description of ['Vijf kilo afvallen.', 'Weer naar de biljartclub.']) {
    const goal = await izp.addGoal(p.id, { description, domain: 'somatic' });
    for (const text of ['Elke week wandelen.', 'Twee gesprekken met de diëtist.']) {
      await izp.addAgreement(p.id, goal.id, { description: `${text} (${description})`, performer: { kind: 'patient' } });
    }
    goals.push(goal.id);
  }
  await izp.accordPlan(p.id);
  const read = async () => (await izp.getPlan(p.id))!;
  return { izp, planId: p.id, goals, read };
}

describe('keepIdentity: a re-read plan keeps the objects of what did not change', () => {
  it('returns the earlier snapshot itself when nothing changed', async () => {
    const { read } = await plan();
    const first = await read();
    const second = await read();
    expect(second).not.to.equal(first); // the core hands out copies
    expect(keepIdentity(first, second)).to.equal(first);
  });

  it('keeps every unchanged record and list, and takes the changed agreement and its list', async () => {
    const { izp, planId, read } = await plan();
    const first = await read();
    const changed = first.agreements[1]!;
    await izp.updateAgreement(planId, changed.id, { frequency: 'Elke dag' }, { expectedVersion: changed.version });
    const merged = keepIdentity(first, await read());
    expect(merged).not.to.equal(first);
    expect(merged.plan).to.equal(first.plan);
    expect(merged.goals).to.equal(first.goals);
    expect(merged.evaluations).to.equal(first.evaluations);
    expect(merged.agreements).not.to.equal(first.agreements);
    merged.agreements.forEach((a, i) => {
      if (a.id === changed.id) {
        expect(a).not.to.equal(first.agreements[i]);
        expect(a.frequency).to.equal('Elke dag');
      } else {
        expect(a).to.equal(first.agreements[i]);
      }
    });
  });

  it('closing a goal gives new objects for the goal and the agreements it closed, the rest stays', async () => {
    const { izp, planId, goals, read } = await plan();
    const first = await read();
    await izp.closeGoal(planId, goals[0]!, { outcome: 'achieved' });
    const merged = keepIdentity(first, await read());
    const old = new Map([...first.goals, ...first.agreements].map((r) => [r.id, r]));
    for (const record of [...merged.goals, ...merged.agreements]) {
      const closedWithGoal = record.id === goals[0] || ('goalId' in record && record.goalId === goals[0]);
      if (closedWithGoal) expect(record, record.id).not.to.equal(old.get(record.id));
      else expect(record, record.id).to.equal(old.get(record.id));
    }
  });

  it('shares nothing between two plans, or without an earlier read', async () => {
    const a = await (await plan()).read();
    const b = await (await plan()).read();
    expect(keepIdentity(a, b)).to.equal(b);
    expect(keepIdentity(null, b)).to.equal(b);
    expect(keepIdentity(a, null)).to.equal(null);
  });

  it('keepList: a new, removed or moved record makes a new list; the records in it keep their objects', () => {
    const a = { id: 'a', version: 1 };
    const b = { id: 'b', version: 1 };
    const previous = [a, b];
    expect(keepList(previous, [{ id: 'a', version: 1 }, { id: 'b', version: 1 }])).to.equal(previous);
    const moved = keepList(previous, [{ id: 'b', version: 1 }, { id: 'a', version: 1 }]);
    expect(moved).not.to.equal(previous);
    expect(moved[0]).to.equal(b);
    expect(moved[1]).to.equal(a);
    const removed = keepList(previous, [{ id: 'a', version: 1 }]);
    expect(removed).to.deep.equal([a]);
    expect(removed[0]).to.equal(a);
    const added = keepList(previous, [{ id: 'a', version: 1 }, { id: 'b', version: 1 }, { id: 'c', version: 1 }]);
    expect(added).not.to.equal(previous);
    expect(added[1]).to.equal(b);
    const newer = keepList(previous, [{ id: 'a', version: 2 }, { id: 'b', version: 1 }]);
    expect(newer[0]).not.to.equal(a);
    expect(newer[0]!.version).to.equal(2);
  });
});

describe('mergeSnapshot: what changed, by id', () => {
  const ids = (set: ReadonlySet<string> | undefined) => [...(set ?? [])].sort();

  it('names the changed agreement and its goal\'s list; nothing for a re-read without changes; null for another plan', async () => {
    const { izp, planId, read } = await plan();
    const first = await read();
    const same = mergeSnapshot(first, await read());
    expect(same.snapshot).to.equal(first);
    expect(ids(same.changes?.records)).to.deep.equal([]);
    const changed = first.agreements[1]!;
    await izp.updateAgreement(planId, changed.id, { frequency: 'Elke dag' }, { expectedVersion: changed.version });
    const { snapshot, changes } = mergeSnapshot(first, await read());
    expect(changes!.after).to.equal(first);
    expect(ids(changes!.records)).to.deep.equal([changed.id]);
    expect(ids(changes!.agreementsOf)).to.deep.equal([changed.goalId]);
    expect(ids(changes!.evaluated)).to.deep.equal([]);
    expect(snapshot!.goals, 'no goal changed: the same list').to.equal(first.goals);
    expect(mergeSnapshot(first, await (await plan()).read()).changes).to.equal(null);
    expect(mergeSnapshot(null, first).changes).to.equal(null);
  });

  it('names a closed goal with the agreements it closed, a new agreement, one that is gone, and what was evaluated', async () => {
    const { izp, planId, goals, read } = await plan();
    const first = await read();
    await izp.closeGoal(planId, goals[0]!, { outcome: 'achieved' });
    const closed = mergeSnapshot(first, await read()).changes!;
    const ofFirst = first.agreements.filter((a) => a.goalId === goals[0]).map((a) => a.id);
    expect(ids(closed.records)).to.deep.equal([goals[0]!, ...ofFirst].sort());
    expect(ids(closed.agreementsOf)).to.deep.equal([goals[0]!]);

    const second = await read();
    const added = await izp.addAgreement(planId, goals[1]!, { description: 'Elke dag tien minuten lezen.', performer: { kind: 'patient' } });
    const target = second.agreements.find((a) => a.goalId === goals[1])!;
    await izp.evaluate(planId, { target: { kind: 'agreement', id: target.id }, outcome: 'on-track', withPatient: true });
    const third = await read();
    const step = mergeSnapshot(second, third).changes!;
    expect(ids(step.records)).to.include(added.id);
    expect(ids(step.agreementsOf)).to.deep.equal([goals[1]!]);
    expect(ids(step.evaluated)).to.deep.equal([target.id]);
    // Gone (as a host's storage may drop a record): named too, with its goal's list.
    const gone = mergeSnapshot(third, { ...third, agreements: third.agreements.filter((a) => a.id !== added.id) }).changes!;
    expect(ids(gone.records)).to.deep.equal([added.id]);
    expect(ids(gone.agreementsOf)).to.deep.equal([goals[1]!]);
  });
});

describe('indexOf: look-ups by id, once per snapshot', () => {
  it('finds goals, agreements, a goal\'s agreements and the latest evaluation; the same index for the same snapshot', async () => {
    const { izp, planId, goals, read } = await plan();
    const agreement = (await read()).agreements[0]!;
    await izp.evaluate(planId, { target: { kind: 'agreement', id: agreement.id }, outcome: 'on-track', withPatient: true, date: '2026-11-01' });
    await izp.evaluate(planId, { target: { kind: 'agreement', id: agreement.id }, outcome: 'adjust', withPatient: false, date: '2026-11-20' });
    await izp.evaluate(planId, { target: { kind: 'agreement', id: agreement.id }, outcome: 'on-track', withPatient: true, date: '2026-11-10' });
    const snap: PlanSnapshot = await read();
    const index = indexOf(snap);
    expect(indexOf(snap)).to.equal(index);
    expect(index.goal(goals[1]!)).to.equal(snap.goals.find((g) => g.id === goals[1]));
    expect(index.agreement(agreement.id)).to.equal(snap.agreements.find((a) => a.id === agreement.id));
    expect(index.agreementsOf(goals[0]!)).to.deep.equal(snap.agreements.filter((a) => a.goalId === goals[0]));
    expect(index.agreementsOf('no-such-goal')).to.deep.equal([]);
    expect(index.goal('no-such-goal')).to.equal(undefined);
    expect(index.latestEvaluation(agreement.id)?.outcome).to.equal('adjust'); // by date, not by order written
    expect(index.latestEvaluation(goals[0]!)).to.equal(undefined);
  });

  it('sameInputs compares by identity, in order', () => {
    const o = {};
    expect(sameInputs([1, o, 'x'], [1, o, 'x'])).to.equal(true);
    expect(sameInputs([1, o], [1, {}])).to.equal(false);
    expect(sameInputs([1, o], [o, 1])).to.equal(false);
    expect(sameInputs([1], [1, undefined])).to.equal(false);
    expect(sameInputs(null, [])).to.equal(false);
  });
});

describe('nextContext: <izp-plan> makes a new context value only when what its elements read changed', () => {
  it('keeps the value for the same parts and makes a new one for a new snapshot, language or view', async () => {
    const { izp, read } = await plan();
    const snapshot = await read();
    const l = localize('nl');
    const actions = { refresh: async () => {}, announce: () => {} };
    const parts = { izp, snapshot, l, view: 'professional' as const, practiceName: 'Huisartsenpraktijk De Linde' };
    const first = nextContext(undefined, parts, actions);
    expect(nextContext(first, { ...parts }, actions)).to.equal(first);
    expect(nextContext(first, { ...parts, snapshot: await read() }, actions)).not.to.equal(first);
    expect(nextContext(first, { ...parts, l: localize('en') }, actions)).not.to.equal(first);
    expect(nextContext(first, { ...parts, view: 'patient' }, actions)).not.to.equal(first);
    expect(nextContext(first, { ...parts, practiceName: '' }, actions)).not.to.equal(first);
    expect(nextContext(first, { ...parts, izp: null }, actions)).not.to.equal(first);
  });

  it('passes on what changed only when nothing but the snapshot changed, and only from the snapshot it had', async () => {
    const { izp, planId, read } = await plan();
    const snapshot = await read();
    const l = localize('nl');
    const actions = { refresh: async () => {}, announce: () => {} };
    const parts = { izp, snapshot, l, view: 'professional' as const, practiceName: '' };
    const first = nextContext(undefined, parts, actions);
    expect(first.changes).to.equal(null);
    const a = snapshot.agreements[0]!;
    await izp.updateAgreement(planId, a.id, { frequency: 'Elke dag' }, { expectedVersion: a.version });
    const { snapshot: next, changes } = mergeSnapshot(snapshot, await read());
    expect(nextContext(first, { ...parts, snapshot: next }, actions, changes).changes).to.equal(changes);
    expect(nextContext(first, { ...parts, snapshot: next, view: 'patient' }, actions, changes).changes, 'another view').to.equal(null);
    expect(nextContext(first, { ...parts, snapshot: next, l: localize('en') }, actions, changes).changes, 'another language').to.equal(null);
    const other = nextContext(undefined, { ...parts, snapshot: await read() }, actions);
    expect(nextContext(other, { ...parts, snapshot: next }, actions, changes).changes, 'changes from another snapshot').to.equal(null);
  });
});
