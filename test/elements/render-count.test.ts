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
import { deepAll, izpAt, planContextOf, sanne, until } from './helpers.js';

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

async function mount() {
  const adapter = new MemoryAdapter();
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

describe('a row\'s evaluate element', () => {
  it('is rendered when "Evalueren" is chosen, then updates with its agreement and not with another', async () => {
    const { plan, izp, planId } = await mount();
    const [first, second] = plan.snapshot!.agreements;
    const row = deepAll(plan.shadowRoot!, 'izp-agreement').find((el) => (el as IzpAgreement).agreementId === first!.id)!;
    expect(deepAll(plan.shadowRoot!, 'izp-evaluation')).to.have.length(0);
    const item = [...row.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].find((b) => b.textContent.trim() === 'Evalueren')!;
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
