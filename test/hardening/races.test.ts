/**
 * Races of every change that decides from a set of records and then writes (close vs add, accord vs add,
 * revoke vs write): the first change is held after each of its reads in turn while the second one runs to
 * the end, then let go. Whatever the order, the stored plan must hold together: nothing open inside a
 * closed plan or goal, nothing current under a concept goal, and no write by someone whose access was
 * revoked before it was stored. Prints its figures.
 */
import { expect } from '@open-wc/testing';
import { MemoryAdapter, type AuditRecord, type Izp, type PlanSnapshot, type StorageAdapter } from '../../src/core/index.js';
import { buildPlan, fatma, izpFor, lotte, sanne, type Built } from './scenarios.js';

/** Passes calls to the shared storage; the `hold`-th read waits, after reading, until released. */
class HoldingAdapter implements StorageAdapter {
  reads = 0;
  hold = 0;
  private release!: () => void;
  private readonly released = new Promise<void>((resolve) => (this.release = resolve));
  reached!: Promise<void>;
  private reach!: () => void;

  constructor(private readonly base: StorageAdapter) {
    this.reached = new Promise((resolve) => (this.reach = resolve));
  }

  get: StorageAdapter['get'] = (kind, id, o) => this.read(() => this.base.get(kind, id, o));
  loadPlan: StorageAdapter['loadPlan'] = (id, o) => this.read(() => this.base.loadPlan(id, o));
  history: StorageAdapter['history'] = (id, o) => this.read(() => this.base.history(id, o));
  commit: StorageAdapter['commit'] = (change, o) => this.base.commit(change, o);

  go(): void {
    this.release();
  }

  private async read<T>(run: () => Promise<T>): Promise<T> {
    const value = await run();
    if (++this.reads === this.hold) {
      this.reach();
      await this.released;
    }
    return value;
  }
}

type Act = (izp: Izp, b: Built) => Promise<unknown>;
interface Race { name: string; first: [user: typeof sanne, act: Act]; second: [user: typeof sanne, act: Act]; check(snap: PlanSnapshot, history: AuditRecord[]): void }

const openGoal = (s: PlanSnapshot) => s.goals.some((g) => !['completed', 'cancelled'].includes(g.status));
const openAgreement = (s: PlanSnapshot, goalId?: string) =>
  s.agreements.some((a) => (!goalId || a.goalId === goalId) && !['completed', 'stopped', 'cancelled'].includes(a.status));

function closedPlanHoldsNothingOpen(s: PlanSnapshot): void {
  if (['completed', 'revoked'].includes(s.plan.status)) {
    expect(openGoal(s), 'an open goal inside a closed plan').to.equal(false);
    expect(openAgreement(s), 'an open agreement inside a closed plan').to.equal(false);
  }
}

function closedGoalsHoldNothingOpen(s: PlanSnapshot): void {
  for (const g of s.goals.filter((x) => ['completed', 'cancelled'].includes(x.status))) {
    expect(openAgreement(s, g.id), `an open agreement under closed goal ${g.id}`).to.equal(false);
  }
}

function nothingCurrentUnderConcept(s: PlanSnapshot): void {
  for (const a of s.agreements.filter((x) => !['draft', 'completed', 'stopped', 'cancelled'].includes(x.status))) {
    const goal = s.goals.find((g) => g.id === a.goalId);
    expect(goal?.status, `current agreement ${a.id} under a concept goal`).not.to.equal('proposed');
  }
}

/** No change by Lotte was stored after the patient revoked her access. */
function noWriteAfterRevoke(_: PlanSnapshot, history: AuditRecord[]): void {
  const revoked = history.findIndex((r) => r.action === 'access.revoke');
  if (revoked < 0) return;
  const late = history.slice(revoked + 1).filter((r) => r.user.id === lotte.id && r.action !== 'access.denied' && !r.action.endsWith('.view'));
  expect(late.map((r) => r.action), 'changes stored after the access was revoked').to.deep.equal([]);
}

const addGoal: Act = (izp, b) => izp.addGoal(b.planId, { description: 'Stoppen met roken.', domain: 'somatic' });
const addAgreement: Act = (izp, b) => izp.addAgreement(b.planId, b.goalId, { description: 'Een stoppen-met-rokenconsult.', performer: { kind: 'patient' } });
const both = (s: PlanSnapshot) => { closedPlanHoldsNothingOpen(s); closedGoalsHoldNothingOpen(s); nothingCurrentUnderConcept(s); };

const races: Race[] = [
  { name: 'closePlan vs addGoal', first: [sanne, (izp, b) => izp.closePlan(b.planId, { reason: 'Verhuisd.' })], second: [sanne, addGoal], check: both },
  { name: 'closePlan vs addAgreement', first: [sanne, (izp, b) => izp.closePlan(b.planId, { reason: 'Verhuisd.' })], second: [sanne, addAgreement], check: both },
  { name: 'closeGoal vs addAgreement', first: [sanne, (izp, b) => izp.closeGoal(b.planId, b.goalId, { outcome: 'achieved' })], second: [sanne, addAgreement], check: both },
  { name: 'closePlan vs evaluate', first: [sanne, (izp, b) => izp.closePlan(b.planId, { reason: 'Verhuisd.' })],
    second: [sanne, (izp, b) => izp.evaluate(b.planId, { target: { kind: 'goal', id: b.goalId }, withPatient: true, outcome: 'on-track' })], check: both },
  { name: 'accordPlan vs addGoal', first: [sanne, (izp, b) => izp.accordPlan(b.planId)], second: [sanne, addGoal], check: both },
  { name: 'accordPlan vs addAgreement', first: [sanne, (izp, b) => izp.accordPlan(b.planId)], second: [sanne, addAgreement], check: both },
  { name: 'addGoal vs revokeAccess', first: [lotte, addGoal], second: [fatma, (izp) => izp.revokeAccess(planOf(izp), lotte.id)], check: noWriteAfterRevoke },
  { name: 'updateAgreement vs revokeAccess', first: [lotte, (izp, b) => izp.updateAgreement(b.planId, b.agreementId, { frequency: 'Elke dag' })],
    second: [fatma, (izp) => izp.revokeAccess(planOf(izp), lotte.id)], check: noWriteAfterRevoke },
  { name: 'closeAgreement vs revokeAccess', first: [lotte, (izp, b) => izp.closeAgreement(b.planId, b.agreementId, { outcome: 'completed' })],
    second: [fatma, (izp) => izp.revokeAccess(planOf(izp), lotte.id)], check: noWriteAfterRevoke },
];

let currentPlan = '';
const planOf = (_: Izp) => currentPlan;

async function reads(race: Race): Promise<number> {
  const base = new MemoryAdapter();
  const built = await buildPlan(base);
  const counting = new HoldingAdapter(base);
  await race.first[1](izpFor(counting, race.first[0]), built).catch(() => undefined);
  return counting.reads;
}

const figures = { races: 0, interleavings: 0, refusedOrRetried: 0 };

describe('hardening: races of changes that decide from a set of records', () => {
  after(() => console.log(`# races: ${figures.races} pairs, ${figures.interleavings} interleavings, ${figures.refusedOrRetried} first changes refused after the second`));

  for (const race of races) {
    it(`${race.name}: the stored plan holds together whichever read the second change lands after`, async () => {
      const n = await reads(race);
      expect(n).to.be.greaterThan(0);
      figures.races++;
      for (let hold = 1; hold <= n; hold++) {
        const base = new MemoryAdapter();
        const built = await buildPlan(base);
        currentPlan = built.planId;
        const held = new HoldingAdapter(base);
        held.hold = hold;
        const first = race.first[1](izpFor(held, race.first[0]), built).then(() => null, (e: unknown) => e);
        await Promise.race([held.reached, first]);
        await race.second[1](izpFor(base, race.second[0]), built);
        held.go();
        if (await first) figures.refusedOrRetried++;
        const reader = izpFor(base, sanne);
        race.check((await reader.getPlan(built.planId))!, await reader.history(built.planId));
        figures.interleavings++;
      }
    });
  }
});
