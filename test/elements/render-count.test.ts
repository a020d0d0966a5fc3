/**
 * Which elements update when the plan changes: counted, never timed. An announcement re-renders no
 * goal or agreement; a change to one agreement updates that agreement and its goal, not the others.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter, type CallOptions, type PlanSnapshot } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpAgreement } from '../../src/elements/agreement/izp-agreement.js';
import type { IzpEvaluation } from '../../src/elements/evaluation/izp-evaluation.js';
import type { IzpGoal } from '../../src/elements/goal/izp-goal.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { deepAll, izpAt, planContextOf, sanne, until, menuItem } from './helpers.js';

const PATIENT = 'pat-count';

/** A current plan of three goals with two agreements each. */
async function seed(adapter: MemoryAdapter) {
  const izp = izpAt(adapter, sanne);
  const plan = await izp.createPlan({ patientId: PATIENT, patientName: 'Mw. K. de Vries' });
  for (const description of ['Vijf kilo afvallen.', 'Weer naar de biljartclub.', 'Beter slapen, zonder pillen.']) {
    const goal = await izp.addGoal(plan.id, { description, domain: 'somatic' });
    await izp.addAgreement(plan.id, goal.id, { description: `Elke week wandelen (${description})`, performer: { kind: 'patient' } });
    await izp.addAgreement(plan.id, goal.id, { description: `Twee gesprekken (${description})`, performer: { kind: 'provider', name: 'Lotte Kramer', role: 'dietitian' } });
  }
  await izp.accordPlan(plan.id);
  return { izp, planId: plan.id };
}

/** Memory storage whose plan reads leave out the agreements in `hidden`: what a host's storage removed. */
class HidingAdapter extends MemoryAdapter {
  readonly hidden = new Set<string>();
  override async loadPlan(planId: string, options?: CallOptions): Promise<PlanSnapshot | null> {
    const snapshot = await super.loadPlan(planId, options);
    return snapshot && { ...snapshot, agreements: snapshot.agreements.filter((a) => !this.hidden.has(a.id)) };
  }
}

type Counted = HTMLElement & { updateComplete: Promise<boolean>; isUpdatePending: boolean };

/** Counts the updates of every goal, agreement and evaluate button in the plan from now on. */
function countUpdates(plan: IzpPlan) {
  const counts = new Map<Element, number>();
  for (const el of deepAll(plan.shadowRoot!, 'izp-goal, izp-agreement, izp-evaluation') as (Counted & { updated(c: unknown): void })[]) {
    counts.set(el, 0);
    const updated = el.updated.bind(el);

    el.updated = (changed: unknown) => {
      counts.set(el, counts.get(el)! + 1);
      updated(changed);
    };
  }
  return counts;
}

/** Resolves when no SDK element in the plan has an update pending (every update has run). */
async function settled(plan: IzpPlan): Promise<void> {
  for (;;) {
    const pending = [plan, ...deepAll(plan.shadowRoot!, '*')].filter((e) => (e as Counted).isUpdatePending) as Counted[];
    if (!pending.length) return;
    await Promise.all(pending.map((e) => e.updateComplete));
  }
}

async function mount(adapter: MemoryAdapter = new MemoryAdapter()) {
  const { izp, planId } = await seed(adapter);
  const plan = await fixture<IzpPlan>(html`<izp-plan patient-id=${PATIENT} lang="nl" section="plan" .izp=${izpAt(adapter, sanne)}></izp-plan>`);
  // The Plan section: the goals with their agreements (and each one's evaluate element, loaded on demand).
  await until(() => deepAll(plan.shadowRoot!, 'izp-agreement').length === 6 && deepAll(plan.shadowRoot!, ':not(:defined)').length === 0, 'the plan with its agreements');
  await settled(plan);
  return { plan, izp, planId };
}

const idOf = (el: Element) => el.getAttribute('agreement-id') ?? el.getAttribute('goal-id') ?? el.getAttribute('target-id');

describe('renders only what changed', () => {
  it('an announcement updates no goal, agreement or evaluate button', async () => {
    const { plan } = await mount();
    const counts = countUpdates(plan);
    // Three goals and six agreements; no evaluate element until "Evalueren" is chosen in a row's menu.
    expect(counts.size).to.equal(9);
    const context = planContextOf(plan)!;
    context.announce('Afspraak opgeslagen.');
    await until(() => plan.shadowRoot!.querySelector('[role="status"]')?.textContent === 'Afspraak opgeslagen.', 'the announcement');
    await settled(plan);
    expect(planContextOf(plan)).to.equal(context);
    expect([...counts].filter(([, n]) => n > 0).map(([el]) => `${el.localName} ${idOf(el)}`)).to.deep.equal([]);
  });

  it('a change to one agreement updates that agreement and its goal only', async () => {
    const { plan, izp, planId } = await mount();
    const counts = countUpdates(plan);
    const before = plan.snapshot!;
    const target = before.agreements[2]!;
    await izp.updateAgreement(planId, target.id, { frequency: 'Elke dag' }, { expectedVersion: target.version });
    await plan.refresh();
    await settled(plan);
    const after: PlanSnapshot = plan.snapshot!;
    // Structural sharing: every other record is the same object as before the re-read.
    expect(after.goals).to.equal(before.goals);
    expect(after.agreements.filter((a) => a.id !== target.id)).to.deep.equal(before.agreements.filter((a) => a.id !== target.id));
    for (const [i, a] of after.agreements.entries()) if (a.id !== target.id) expect(a).to.equal(before.agreements[i]);

    const updatedOnes = [...counts].filter(([, n]) => n > 0).map(([el, n]) => `${el.localName} ${idOf(el)} ${n}`).sort();
    // The agreement itself once; its goal once (its agreement list holds a new object). Nothing else.
    expect(updatedOnes).to.deep.equal([
      `izp-agreement ${target.id} 1`,
      `izp-goal ${target.goalId} 1`,
    ].sort());
    // Each element decided by the ids the context names, not by recomputing what it shows.
    const { changes } = planContextOf(plan)!;
    expect(changes?.after).to.equal(before);
    expect([...changes!.records]).to.deep.equal([target.id]);
    expect([...changes!.agreementsOf]).to.deep.equal([target.goalId]);
    const shown = deepAll(plan.shadowRoot!, 'izp-agreement').find((el) => (el as IzpAgreement).agreementId === target.id)!;
    expect(shown.shadowRoot!.textContent).to.contain('Elke dag');
  });

  it('another goal\'s agreement added updates that goal, not the other goals or agreements', async () => {
    const { plan, izp, planId } = await mount();
    const counts = countUpdates(plan);
    const goal = plan.snapshot!.goals[1]!;
    await izp.addAgreement(planId, goal.id, { description: 'Elke dag tien minuten lezen.', performer: { kind: 'patient' } });
    await plan.refresh();
    await settled(plan);
    const goals = [...counts].filter(([el, n]) => el.localName === 'izp-goal' && n > 0).map(([el]) => (el as IzpGoal).goalId);
    expect(goals).to.deep.equal([goal.id]);
    expect([...counts].filter(([el, n]) => el.localName === 'izp-agreement' && n > 0)).to.deep.equal([]);
    expect([...counts].filter(([el, n]) => el.localName === 'izp-evaluation' && n > 0).map(([el]) => (el as IzpEvaluation).targetId)).to.deep.equal([]);
  });
});

describe('renders only the rows a change reaches', () => {
  /** Which counted elements updated, and how often: `tag id n`, sorted. */
  const updatedOnes = (counts: Map<Element, number>) => [...counts].filter(([, n]) => n > 0).map(([el, n]) => `${el.localName} ${idOf(el)} ${n}`).sort();

  it('an evaluation of an agreement updates that agreement and its goal (the agreement has a new version), no other row', async () => {
    const { plan, izp, planId } = await mount();
    const counts = countUpdates(plan);
    const target = plan.snapshot!.agreements[3]!;
    await izp.evaluate(planId, { target: { kind: 'agreement', id: target.id }, withPatient: true, outcome: 'on-track', note: 'Gaat goed.' });
    await plan.refresh();
    await settled(plan);
    expect(plan.snapshot!.evaluations.map((e) => e.target.id)).to.deep.equal([target.id]);
    // The core stores an evaluated agreement as a new version: so its goal's list of agreements changed too.
    expect(plan.snapshot!.agreements[3]!.version).to.equal(target.version + 1);
    expect(updatedOnes(counts)).to.deep.equal([`izp-agreement ${target.id} 1`, `izp-goal ${target.goalId} 1`].sort());
    expect([...planContextOf(plan)!.changes!.evaluated]).to.deep.equal([target.id]);
  });

  it('an evaluation of the plan updates no goal or agreement row', async () => {
    const { plan, izp, planId } = await mount();
    const counts = countUpdates(plan);
    await izp.evaluate(planId, { target: { kind: 'plan', id: planId }, withPatient: true, outcome: 'on-track' });
    await plan.refresh();
    await settled(plan);
    expect(plan.snapshot!.evaluations.map((e) => e.target.id)).to.deep.equal([planId]);
    expect([...planContextOf(plan)!.changes!.evaluated]).to.deep.equal([planId]);
    expect(updatedOnes(counts)).to.deep.equal([]);
  });

  it('an agreement moved to another goal updates the goal it left and the goal it joined, no other row', async () => {
    const { plan, izp, planId } = await mount();
    const counts = countUpdates(plan);
    const [from, , to] = plan.snapshot!.goals;
    const moved = plan.snapshot!.agreements.find((a) => a.goalId === from!.id)!;
    await izp.updateAgreement(planId, moved.id, { goalId: to!.id }, { expectedVersion: moved.version });
    await plan.refresh();
    await settled(plan);
    // The row that showed it under its earlier goal is gone; every other agreement row did not update.
    const others = [...counts].filter(([el, n]) => el.localName === 'izp-agreement' && (el as IzpAgreement).agreementId !== moved.id && n > 0);
    expect(others.map(([el]) => idOf(el))).to.deep.equal([]);
    expect(updatedOnes(counts).filter((line) => line.startsWith('izp-goal'))).to.deep.equal([`izp-goal ${from!.id} 1`, `izp-goal ${to!.id} 1`].sort());
    const goalOf = (id: string) => deepAll(plan.shadowRoot!, 'izp-goal').find((g) => (g as IzpGoal).goalId === id)!;
    const idsIn = (goalId: string) => [...goalOf(goalId).shadowRoot!.querySelectorAll<IzpAgreement>('izp-agreement')].map((a) => a.agreementId);
    expect(idsIn(from!.id)).to.not.include(moved.id);
    expect(idsIn(to!.id)).to.include(moved.id);
  });

  it('an agreement removed from the plan (by the host\'s storage) updates its goal only', async () => {
    const adapter = new HidingAdapter();
    const { plan, planId } = await mount(adapter);
    const counts = countUpdates(plan);
    const removed = plan.snapshot!.agreements[4]!;
    adapter.hidden.add(removed.id);
    await plan.refresh();
    await settled(plan);
    expect(plan.snapshot!.agreements.map((a) => a.id)).to.not.include(removed.id);
    expect(plan.snapshot!.plan.id).to.equal(planId);
    const rest = updatedOnes(counts).filter((line) => !line.startsWith(`izp-agreement ${removed.id} `));
    expect(rest).to.deep.equal([`izp-goal ${removed.goalId} 1`]);
    // Named as gone: its id and its goal, not the [id, record] pair of a Map's entries.
    const { changes } = planContextOf(plan)!;
    expect([...changes!.records]).to.deep.equal([removed.id]);
    expect([...changes!.agreementsOf]).to.deep.equal([removed.goalId]);
    expect(deepAll(plan.shadowRoot!, 'izp-agreement').map((a) => (a as IzpAgreement).agreementId)).to.not.include(removed.id);
  });
});

describe('a row\'s evaluate element', () => {
  it('is rendered when "Evalueren" is chosen, then updates with its agreement and not with another', async () => {
    const { plan, izp, planId } = await mount();
    const [first, second] = plan.snapshot!.agreements;
    const row = deepAll(plan.shadowRoot!, 'izp-agreement').find((el) => (el as IzpAgreement).agreementId === first!.id)!;
    expect(deepAll(plan.shadowRoot!, 'izp-evaluation')).to.have.length(0);
    const item = await menuItem(row.shadowRoot!, 'Evalueren');
    item.click();
    const evaluation = await until(() => row.shadowRoot!.querySelector<IzpEvaluation>('izp-evaluation'), 'the evaluate element');
    const dialog = await until(() => evaluation.shadowRoot?.querySelector('dialog[open]'), 'its dialog, open');
    (dialog as HTMLDialogElement).close();
    await settled(plan);
    const counts = countUpdates(plan);
    expect(counts.has(evaluation)).to.equal(true);
    await izp.updateAgreement(planId, second!.id, { frequency: 'Elke dag' }, { expectedVersion: second!.version });
    await plan.refresh();
    await settled(plan);
    expect(counts.get(evaluation), 'another agreement changed').to.equal(0);
    await izp.updateAgreement(planId, first!.id, { frequency: 'Elke dag' }, { expectedVersion: first!.version });
    await plan.refresh();
    await settled(plan);
    expect(counts.get(evaluation), 'its agreement changed').to.equal(1);
  });
});

describe('<izp-plan> loading through a task', () => {
  /** Memory storage whose reads of one patient's index wait until released, and that keeps the signals it got. */
  class HeldAdapter extends MemoryAdapter {
    held: string | null = null;
    release: () => void = () => {};
    signals: { id: string; signal: AbortSignal | undefined }[] = [];
    override async get(kind: Parameters<MemoryAdapter['get']>[0], id: string, options?: CallOptions) {
      this.signals.push({ id, signal: options?.signal });
      if (kind === 'patient' && id === this.held) await new Promise<void>((resolve) => (this.release = resolve));
      return super.get(kind, id, options) as never;
    }
  }

  it('passes an AbortSignal to the core\'s reads, aborts the read of the previous patient and never shows its plan', async () => {
    const adapter = new HeldAdapter();
    await seed(adapter);
    const izp = izpAt(adapter, sanne);
    const other = await izp.createPlan({ patientId: 'pat-other', patientName: 'Dhr. J. de Groot' });
    adapter.held = PATIENT;
    adapter.signals = []; // only the plan's own reads from here
    const loaded: string[] = [];
    const plan = await fixture<IzpPlan>(html`<izp-plan patient-id=${PATIENT} lang="nl" .izp=${izp}
      @izp-plan-loaded=${(e: CustomEvent) => loaded.push(e.detail.patientId)}></izp-plan>`);
    await until(() => adapter.signals.some((s) => s.id === PATIENT), 'the read of the first patient');
    const first = adapter.signals.find((s) => s.id === PATIENT)!.signal;
    expect(first).to.be.instanceOf(AbortSignal);
    plan.patientId = 'pat-other';
    await until(() => plan.snapshot?.plan.id === other.id, 'the second patient\'s plan');
    expect(first!.aborted).to.equal(true);
    adapter.release(); // the first patient's answer comes in late: it is dropped
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(plan);
    expect(plan.snapshot?.plan.id).to.equal(other.id);
    expect(loaded).to.deep.equal(['pat-other']);
  });
});
