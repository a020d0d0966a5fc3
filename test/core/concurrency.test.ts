/**
 * Optimistic concurrency: an edit based on a version someone else has since changed fails with a
 * ConflictError and stores nothing; edits of different items of one plan never block each other.
 */
import { expect } from '@open-wc/testing';
import { ConflictError, MemoryAdapter, RuleError, type Agreement, type ChangeSet, type Goal, type PlanSnapshot } from '../../src/core/index.js';
import { buildFatmaPlan, rejection, sanne, verhoeven, world } from './fixtures.js';

/** Holds back commits that carry a given audit action until the test releases them, and says when one arrived. */
class GatedAdapter extends MemoryAdapter {
  private held: { action: string; gate: Promise<void>; arrived: () => void } | null = null;
  /** The promise `reached` resolves once such a commit waits at the gate: no guessing with a timer. */
  reached: Promise<void> = Promise.resolve();
  hold(action: string): () => void {
    let release!: () => void;
    let arrived!: () => void;
    this.reached = new Promise<void>((r) => (arrived = r));
    this.held = { action, gate: new Promise<void>((r) => (release = r)), arrived };
    return release;
  }
  override async commit(change: ChangeSet): Promise<void> {
    const held = this.held;
    if (held && change.audit.some((r) => r.action === held.action)) {
      held.arrived();
      await held.gate;
    }
    return super.commit(change);
  }
}

/**
 * Holds the next loadPlan until the test releases it, and says when it got there: the moment between a
 * change reading the plan's records and committing, where another user's add slips in.
 */
class DelayedLoad extends MemoryAdapter {
  private next: { reached: () => void; gate: Promise<void> } | null = null;
  delayNextLoad(): { reached: Promise<void>; release: () => void } {
    let release!: () => void;
    let reached!: () => void;
    const arrived = new Promise<void>((r) => (reached = r));
    this.next = { reached, gate: new Promise<void>((r) => (release = r)) };
    return { reached: arrived, release };
  }
  override async loadPlan(planId: string): Promise<PlanSnapshot | null> {
    const held = this.next;
    this.next = null;
    const snap = await super.loadPlan(planId);
    if (held) {
      held.reached();
      await held.gate;
    }
    return snap;
  }
}

describe('core: concurrency', () => {
  it('lets one of ten parallel updates from the same version win; the nine others conflict and store nothing', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const { walk } = f.agreements;
    const staff = Array.from({ length: 10 }, (_, i) => ({ id: `usr-${i}`, name: `Medewerker ${i}`, role: 'practice-nurse' as const }));
    for (const actor of staff) await w.fatma.grantAccess(f.plan.id, { actor, permission: 'write' });
    const users = staff.map((u) => w.as(u));
    const current = (await w.sanne.getPlan(f.plan.id))!.agreements.find((a) => a.id === walk.id)!;
    expect(current.version).to.equal(walk.version);
    const results = await Promise.allSettled(users.map((izp, i) =>
      izp.updateAgreement(f.plan.id, walk.id, { frequency: `${i + 1} keer per week` }, { expectedVersion: walk.version })));
    const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as ConflictError] : []));
    expect(won).to.have.length(1);
    expect(lost).to.have.length(9);
    const winner = won[0]!;
    expect(winner.version).to.equal(walk.version + 1);
    for (const error of lost) {
      expect(error).to.be.instanceOf(ConflictError);
      expect([error.code, error.kind, error.id, error.expectedVersion]).to.deep.equal(['conflict', 'agreement', walk.id, walk.version]);
      expect(error.localized('nl')).to.equal('De afspraak is intussen door iemand anders gewijzigd; er is niets opgeslagen');
      expect(error.current).to.deep.equal(winner);
    }
    const stored = (await w.sanne.getPlan(f.plan.id))!.agreements.find((a) => a.id === walk.id);
    expect(stored).to.deep.equal(winner);
    const updates = (await w.sanne.history(f.plan.id)).filter((r) => r.action === 'agreement.update');
    expect(updates).to.have.length(1);
    expect(updates[0]!.after).to.deep.equal(winner);
    expect(updates[0]!.user.id).to.equal(winner.updated.by.id);
  });

  it('lets ten parallel updates of ten different goals and agreements of one plan all succeed', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const goals: Goal[] = [f.goals.weight, f.goals.sugar];
    for (const d of ['Meer bewegen.', 'Beter slapen.', 'Minder snoepen.']) goals.push(await w.sanne.addGoal(f.plan.id, { description: d, domain: 'functional' }));
    const agreements: Agreement[] = [f.agreements.walk, f.agreements.blood];
    for (const g of goals.slice(2)) agreements.push(await w.sanne.addAgreement(f.plan.id, g.id, { description: `Afspraak bij ${g.description}`, performer: { kind: 'patient' } }));
    const before = (await w.sanne.history(f.plan.id)).length;
    // Each agreement's goal is edited at the same time: the agreement's check on its goal is retried.
    const results = await Promise.all([
      ...goals.map((g, i) => w.as(i % 2 ? sanne : verhoeven).updateGoal(f.plan.id, g.id, { note: `Notitie ${i}` }, { expectedVersion: g.version })),
      ...agreements.map((a, i) => w.sanne.updateAgreement(f.plan.id, a.id, { frequency: `Week ${i}` }, { expectedVersion: a.version })),
    ]);
    expect(results.map((r) => r.version)).to.deep.equal([...goals, ...agreements].map((r) => r.version + 1));
    const snap = (await w.sanne.getPlan(f.plan.id))!;
    for (const [i, g] of goals.entries()) expect(snap.goals.find((x) => x.id === g.id)?.note).to.equal(`Notitie ${i}`);
    for (const [i, a] of agreements.entries()) expect(snap.agreements.find((x) => x.id === a.id)?.frequency).to.equal(`Week ${i}`);
    const added = (await w.sanne.history(f.plan.id)).slice(before).map((r) => r.action).sort();
    expect(added).to.deep.equal([...Array(5).fill('agreement.update'), ...Array(5).fill('goal.update')]);
  });

  it('lets two users edit different goals of one plan at the same time', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const [a, b] = await Promise.all([
      w.sanne.updateGoal(f.plan.id, f.goals.weight.id, { note: 'Weegt zich elke maandag.' }, { expectedVersion: f.goals.weight.version }),
      w.verhoeven.updateGoal(f.plan.id, f.goals.sugar.id, { priority: 'high' }, { expectedVersion: f.goals.sugar.version }),
    ]);
    expect([a.updated.by.name, a.note]).to.deep.equal([sanne.name, 'Weegt zich elke maandag.']);
    expect([b.updated.by.name, b.priority]).to.deep.equal([verhoeven.name, 'high']);
    const snap = (await w.sanne.getPlan(f.plan.id))!;
    expect(snap.goals.find((g) => g.id === a.id)).to.deep.equal(a);
    expect(snap.goals.find((g) => g.id === b.id)).to.deep.equal(b);
    const last = (await w.sanne.history(f.plan.id)).slice(-2);
    expect(last.map((r) => [r.action, r.user.id]).sort()).to.deep.equal([['goal.update', sanne.id], ['goal.update', verhoeven.id]]);
  });

  it('lets ten goals be added to one plan at the same time', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const added = await Promise.all(Array.from({ length: 10 }, (_, i) => w.sanne.addGoal(f.plan.id, { description: `Doel ${i}`, domain: 'social' })));
    expect(new Set(added.map((g) => g.id)).size).to.equal(10);
    expect((await w.sanne.getPlan(f.plan.id))!.goals).to.have.length(13);
  });

  it('refuses a stale expectedVersion with a conflict carrying the current record, and stores nothing', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const current = await w.verhoeven.updateGoal(f.plan.id, f.goals.weight.id, { note: 'Eerst drie kilo.' });
    const snap = await w.sanne.getPlan(f.plan.id);
    const history = await w.sanne.history(f.plan.id);
    const stale = [
      w.sanne.updateGoal(f.plan.id, f.goals.weight.id, { note: 'Vijf kilo.' }, { expectedVersion: f.goals.weight.version }),
      w.sanne.closeGoal(f.plan.id, f.goals.weight.id, { outcome: 'achieved' }, { expectedVersion: f.goals.weight.version }),
    ];
    for (const attempt of stale) {
      const error = await rejection<ConflictError>(attempt);
      expect(error).to.be.instanceOf(ConflictError);
      expect([error.kind, error.expectedVersion, error.actualVersion]).to.deep.equal(['goal', f.goals.weight.version, current.version]);
      expect(error.current).to.deep.equal(current);
    }
    const plan = await rejection<ConflictError>(w.sanne.updatePlan(f.plan.id, { title: 'x' }, { expectedVersion: 1 }));
    expect([plan.kind, plan.actualVersion]).to.deep.equal(['plan', f.plan.version]);
    const accord = await rejection<ConflictError>(w.sanne.accordPlan(f.plan.id, {}, { expectedVersion: 1 }));
    expect(accord.code).to.equal('conflict');
    expect(await w.sanne.getPlan(f.plan.id)).to.deep.equal(snap);
    expect(await w.sanne.history(f.plan.id)).to.deep.equal(history);
  });

  it('retries an add whose plan changed meanwhile, and then refuses it because the plan was closed', async () => {
    const adapter = new GatedAdapter();
    const w = world(adapter);
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const release = adapter.hold('goal.add');
    const adding = w.verhoeven.addGoal(f.plan.id, { description: 'Meer bewegen.', domain: 'functional' });
    await adapter.reached;
    const closed = await w.sanne.closePlan(f.plan.id, { reason: 'Verhuisd' });
    release();
    const error = await rejection<RuleError>(adding);
    expect(error).to.be.instanceOf(RuleError);
    expect(error.rule).to.equal('plan-closed');
    expect(await w.sanne.getPlan(f.plan.id)).to.deep.equal(closed);
  });

  it('retries an agreement update whose goal was edited meanwhile, and keeps both changes', async () => {
    const adapter = new GatedAdapter();
    const w = world(adapter);
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const release = adapter.hold('agreement.update');
    const updating = w.sanne.updateAgreement(f.plan.id, f.agreements.walk.id, { frequency: 'Twee keer per week' });
    await adapter.reached;
    const goal = await w.verhoeven.updateGoal(f.plan.id, f.goals.weight.id, { note: 'Na de vakantie opnieuw wegen.' });
    release();
    const agreement = await updating;
    const snap = (await w.sanne.getPlan(f.plan.id))!;
    expect(snap.goals.find((g) => g.id === goal.id)).to.deep.equal(goal);
    expect(snap.agreements.find((a) => a.id === agreement.id)).to.deep.equal(agreement);
    expect(agreement.frequency).to.equal('Twee keer per week');
  });

  // closePlan (and closeGoal) write the plan (goal) and the children of the snapshot they read; an add
  // merely checks the parent's version, so both check the patient index (the owner every add bumps).
  it('never leaves an open goal in a plan closed at the same moment', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const [closed, added] = await Promise.allSettled([
      w.sanne.closePlan(f.plan.id, { reason: 'Verhuisd' }),
      w.verhoeven.addGoal(f.plan.id, { description: 'Meer bewegen.', domain: 'functional' }),
    ]);
    expect(closed.status).to.equal('fulfilled');
    const snap = (await w.sanne.getPlan(f.plan.id))!;
    expect(snap.plan.status).to.equal('completed');
    expect(snap.goals.filter((g) => ['proposed', 'active', 'on-hold'].includes(g.status))).to.deep.equal([]);
    if (added.status === 'rejected') expect((added.reason as RuleError).rule).to.equal('plan-closed');
  });

  // BUG: same cause, for an agreement added while closeGoal waits to commit: it stays an open draft
  // under a completed goal.
  it('never leaves an open agreement under a goal closed at the same moment', async () => {
    const adapter = new GatedAdapter();
    const w = world(adapter);
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const release = adapter.hold('goal.close');
    const closing = w.sanne.closeGoal(f.plan.id, f.goals.weight.id, { outcome: 'achieved' });
    await adapter.reached;
    const added = await Promise.allSettled([w.verhoeven.addAgreement(f.plan.id, f.goals.weight.id, { description: 'Weegschaal kopen.', performer: { kind: 'patient' } })]);
    release();
    await Promise.allSettled([closing]);
    const snap = (await w.sanne.getPlan(f.plan.id))!;
    const goal = snap.goals.find((g) => g.id === f.goals.weight.id)!;
    const open = snap.agreements.filter((a) => a.goalId === goal.id && ['draft', 'not-started', 'in-progress', 'on-hold'].includes(a.status));
    expect(added[0].status).to.equal('fulfilled');
    expect(goal.status === 'completed' ? open : []).to.deep.equal([]);
  });

  // Any change that decides from a set of records checks the set's owner: closePlan read the plan's goals
  // (held here until another user's addGoal committed) and must not leave that new goal open.
  it('closes a goal added while closePlan was deciding, instead of leaving it open in the closed plan', async () => {
    const adapter = new DelayedLoad();
    const w = world(adapter);
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const { reached, release } = adapter.delayNextLoad();
    const closing = w.sanne.closePlan(f.plan.id, { reason: 'Verhuisd' });
    await reached;
    const late = await w.verhoeven.addGoal(f.plan.id, { description: 'Meer bewegen.', domain: 'functional' });
    release();
    await closing;
    const snap = (await w.sanne.getPlan(f.plan.id))!;
    expect(snap.goals.find((g) => g.id === late.id)).to.deep.include({ status: 'cancelled', closedWith: 'plan' });
  });

  it('closes an agreement added while closeGoal was deciding', async () => {
    const adapter = new DelayedLoad();
    const w = world(adapter);
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const { reached, release } = adapter.delayNextLoad();
    const closing = w.sanne.closeGoal(f.plan.id, f.goals.weight.id, { outcome: 'achieved' });
    await reached;
    const late = await w.verhoeven.addAgreement(f.plan.id, f.goals.weight.id, { description: 'Weegschaal kopen.', performer: { kind: 'patient' } });
    release();
    await closing;
    const snap = (await w.sanne.getPlan(f.plan.id))!;
    expect(snap.agreements.find((a) => a.id === late.id)).to.deep.include({ status: 'completed', closedWith: 'goal' });
  });
});
