/** Following up the plan ("vervolgen"): evaluate with the adjustment in the same change, and the consultation. */
import { expect } from '../expect.js';
import { describe, it } from '../runner.js';
import type { ConflictError, RuleError } from '../../core/index.js';
import { rejection, type MakeWorld } from './fixtures.js';

export function describeFollowUp(world: MakeWorld): void {
/** Fatma's plan on Monday 23 November 2026, started three months before. */
async function fatma() {
  const w = world();
  w.clock.advanceDays(266); // from 2 March to 23 November 2026
  const izp = w.sanne;
  const plan = await izp.createPlan({ patientId: 'pat-yildiz', start: '2026-08-23', nextEvaluationDate: '2026-11-23' });
  const goal = await izp.addGoal(plan.id, {
    description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic', start: '2026-08-23',
    targets: [{ measure: 'Gewicht', comparator: '<=', value: 125, unit: 'kg', due: '2026-11-23' }],
  });
  const walk = await izp.addAgreement(plan.id, goal.id, { description: 'Elke dag wandelen.', performer: { kind: 'patient' }, evaluationDate: '2026-11-23' });
  await izp.accordPlan(plan.id);
  return { izp, plan, goal, walk: (await izp.getPlan(plan.id))!.agreements.find((a) => a.id === walk.id)! };
}

describe('following up the plan (vervolgen)', () => {
  it('evaluates an agreement with the patient, adjusts it in the same step, and sets the next date', async () => {
    const { izp, plan, walk } = await fatma();
    const { evaluation, snapshot } = await izp.evaluate(plan.id, {
      target: { kind: 'agreement', id: walk.id }, withPatient: true, outcome: 'adjust',
      note: 'Als het regent ga ik niet naar buiten.', nextEvaluationDate: '2027-01-04',
      changeAgreement: { description: 'Eén keer per week wandelen met de buurvrouw.', frequency: 'Eén keer per week' },
    }, { expectedVersion: walk.version });
    expect(evaluation).to.deep.include({ date: '2026-11-23', withPatient: true, outcome: 'adjust', nextEvaluationDate: '2027-01-04', version: 1 });
    const changed = snapshot.agreements.find((a) => a.id === walk.id)!;
    expect(changed).to.deep.include({ description: 'Eén keer per week wandelen met de buurvrouw.', evaluationDate: '2027-01-04', version: walk.version + 1, changeReason: 'Als het regent ga ik niet naar buiten.' });
    expect(await izp.getPlan(plan.id)).to.deep.equal(snapshot);
    const history = await izp.history(plan.id);
    expect(history.slice(-2).map((r) => r.action)).to.deep.equal(['agreement.update', 'evaluation.add']);
  });

  it('closes an agreement as the outcome of its evaluation', async () => {
    const { izp, plan, walk } = await fatma();
    const { snapshot } = await izp.evaluate(plan.id, { target: { kind: 'agreement', id: walk.id }, withPatient: true, outcome: 'achieved', closeAgreement: { outcome: 'completed', note: 'Gaat vanzelf.' } });
    expect(snapshot.agreements[0]).to.deep.include({ status: 'completed', closeNote: 'Gaat vanzelf.' });
  });

  it('records measurements and progress on a goal, and sets a new target', async () => {
    const { izp, plan, goal } = await fatma();
    const { snapshot, evaluation } = await izp.evaluate(plan.id, {
      target: { kind: 'goal', id: goal.id }, withPatient: false, outcome: 'on-track',
      measurements: [{ measure: 'Gewicht', value: 127, unit: 'kg', date: '2026-11-23' }],
      changeGoal: { targets: [{ measure: 'Gewicht', comparator: '<=', value: 125, unit: 'kg', due: '2027-02-23' }] },
    });
    expect(evaluation.measurements).to.deep.equal([{ measure: 'Gewicht', value: 127, unit: 'kg', date: '2026-11-23' }]);
    expect(snapshot.goals[0]).to.deep.include({ achievement: 'in-progress', version: goal.version + 2 });
    expect(snapshot.goals[0]!.targets[0]!.due).to.equal('2027-02-23');
  });

  it('moves the plan\'s next evaluation', async () => {
    const { izp, plan } = await fatma();
    const { snapshot } = await izp.evaluate(plan.id, { target: { kind: 'plan', id: plan.id }, withPatient: true, outcome: 'on-track', nextEvaluationDate: '2027-02-23' });
    expect(snapshot.plan.nextEvaluationDate).to.equal('2027-02-23');
  });

  it('refuses an evaluation in the future, a next date before it, and a mismatched adjustment, storing nothing', async () => {
    const { izp, plan, goal, walk } = await fatma();
    const before = (await izp.history(plan.id)).length;
    const fails = async (input: Parameters<typeof izp.evaluate>[1]) => izp.evaluate(plan.id, input).then(() => null, (e: { code: string; fields: string[] }) => e);
    expect((await fails({ target: { kind: 'agreement', id: walk.id }, withPatient: true, outcome: 'on-track', date: '2026-11-24' }))!.fields).to.deep.equal(['date']);
    const early = (await fails({ target: { kind: 'agreement', id: walk.id }, withPatient: true, outcome: 'on-track', nextEvaluationDate: '2026-11-01' })) as unknown as { fields: string[]; localized(l: string): string };
    expect(early.fields).to.deep.equal(['nextEvaluationDate']);
    expect(early.localized('nl')).to.contain('ligt vóór de evaluatiedatum');
    expect((await fails({ target: { kind: 'goal', id: goal.id }, withPatient: true, outcome: 'adjust', closeAgreement: { outcome: 'stopped' } }))!.fields).to.deep.equal(['target']);
    expect((await fails({ target: { kind: 'agreement', id: walk.id }, withPatient: 'ja' as never, outcome: 'on-track' }))!.fields).to.deep.equal(['withPatient']);
    expect((await izp.history(plan.id)).length).to.equal(before);
  });

  it('does not evaluate what is closed, and conflicts on a stale version', async () => {
    const { izp, plan, walk } = await fatma();
    const stale = await rejection<ConflictError>(izp.evaluate(plan.id, { target: { kind: 'agreement', id: walk.id }, withPatient: true, outcome: 'on-track' }, { expectedVersion: walk.version - 1 }));
    expect(stale.code).to.equal('conflict');
    await izp.closeAgreement(plan.id, walk.id, { outcome: 'stopped' });
    const closed = await rejection<RuleError>(izp.evaluate(plan.id, { target: { kind: 'agreement', id: walk.id }, withPatient: true, outcome: 'on-track' }));
    expect(closed.rule).to.equal('agreement-closed');
  });

  it('opens a consultation: what was agreed, what is due, what changed since the last evaluation', async () => {
    const { izp, plan, goal, walk } = await fatma();
    const first = await izp.getConsultation(plan.id);
    expect(first.since).to.equal(null);
    expect(first.agreed.map((g) => g.goal.id)).to.deep.equal([goal.id]);
    expect(first.due.map((d) => d.kind).sort()).to.deep.equal(['agreement', 'goal', 'plan']);
    await izp.evaluate(plan.id, { target: { kind: 'agreement', id: walk.id }, withPatient: true, outcome: 'on-track', nextEvaluationDate: '2027-01-04' });
    await izp.addAgreement(plan.id, goal.id, { description: 'Twee gesprekken met de diëtist.', performer: { kind: 'provider', name: 'Lotte Kramer', role: 'dietitian' } });
    const next = await izp.getConsultation(plan.id);
    expect(next.since).to.not.equal(null);
    expect(next.changes.map((r) => r.action)).to.deep.equal(['agreement.add']);
    expect(next.lastEvaluations.map((e) => e.target.id)).to.deep.equal([walk.id]);
    expect(next.due.some((d) => d.id === walk.id)).to.equal(false);
  });
});
}
