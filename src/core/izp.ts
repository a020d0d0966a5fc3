/**
 * The full core: the nine functions (service.ts) plus following up the plan ("vervolgen"): evaluating
 * an agreement, a goal or the whole plan, adjusting in the same step, and the consultation view.
 */
import { buildConsultation, type Consultation } from './consultation.js';
import { NotFoundError } from './errors.js';
import { ChangeOptions, EvaluateInput } from './inputs.js';
import type { Agreement, Evaluation, Goal, PlanSnapshot } from './model.js';
import * as rules from './rules.js';
import { type IzpConfig, WHAT } from './service-base.js';
import { applyChanges } from './service-helpers.js';
import { IzpFunctions } from './service.js';
import { localDate } from './transaction.js';
import { fieldError, parse } from './validate.js';

const EVALUATION = { nl: 'De evaluatie', en: 'The evaluation' };

export class Izp extends IzpFunctions {
  /**
   * Evaluates an agreement, a goal or the plan, with the patient or not, and sets the next evaluation
   * date. With `changeAgreement`, `closeAgreement` or `changeGoal`, the adjustment is stored in the same
   * change: the evaluation and what it led to are never one without the other.
   */
  async evaluate(planId: string, input: EvaluateInput, options: ChangeOptions = {}): Promise<{ evaluation: Evaluation; snapshot: PlanSnapshot }> {
    const data = parse(EvaluateInput, input, EVALUATION);
    const opts = parse(ChangeOptions, options, WHAT.options);
    rules.assertCanManagePlan(this.user, { nl: 'evalueren', en: 'evaluate' });
    const today = localDate(this.rt.now());
    const date = data.date ?? today;
    if (date > today) throw fieldError('date', { nl: 'ligt in de toekomst', en: 'is in the future' }, EVALUATION);
    rules.assertDateOrder(date, data.nextEvaluationDate, 'nextEvaluationDate', EVALUATION);
    const adjustments = [data.changeAgreement, data.closeAgreement, data.changeGoal].filter(Boolean).length;
    const fits = data.target.kind === 'agreement' ? !data.changeGoal : data.target.kind === 'goal' ? !data.changeAgreement && !data.closeAgreement : adjustments === 0;
    if (adjustments > 1 || !fits) {
      throw fieldError('target', { nl: 'past niet bij deze aanpassing', en: 'does not fit this adjustment' }, EVALUATION);
    }
    return this.mutateSnapshot(planId, opts, async (tx, snap) => {
      const { plan } = snap;
      rules.assertPlanOpen(plan);
      const stamp = tx.stamp();
      const evaluation: Evaluation = {
        id: this.rt.newId(), version: 1, planId, target: data.target, date, by: stamp.by, withPatient: data.withPatient,
        outcome: data.outcome, measurements: data.measurements ?? [],
        ...(data.note ? { note: data.note } : {}),
        ...(data.nextEvaluationDate ? { nextEvaluationDate: data.nextEvaluationDate } : {}),
        created: stamp, updated: stamp,
      };
      const next = data.nextEvaluationDate;
      if (data.target.kind === 'plan') {
        if (data.target.id !== plan.id) throw new NotFoundError('plan', data.target.id);
        rules.assertVersion('plan', plan, opts.expectedVersion);
        tx.pin(plan);
        if (next) tx.replace('plan', plan, { nextEvaluationDate: next }, 'plan.update');
        else tx.check('plan', plan);
      } else if (data.target.kind === 'goal') {
        const goal = find(snap.goals, data.target.id, 'goal');
        rules.assertGoalOpen(goal);
        rules.assertVersion('goal', goal, opts.expectedVersion);
        tx.pin(goal);
        const changed = data.changeGoal ? applyChanges(goal, data.changeGoal) : goal;
        for (const [i, t] of changed.targets.entries()) rules.assertDateOrder(changed.start, t.due, `changeGoal.targets.${i}.due`, EVALUATION);
        tx.replaceWhole('goal', goal, { ...changed, achievement: rules.achievementAfter(data.outcome, goal.achievement) }, 'goal.update');
        tx.check('plan', plan);
      } else {
        const agreement = find(snap.agreements, data.target.id, 'agreement');
        rules.assertAgreementOpen(agreement);
        rules.assertVersion('agreement', agreement, opts.expectedVersion);
        tx.pin(agreement);
        if (data.closeAgreement) {
          tx.replace('agreement', agreement, { status: data.closeAgreement.outcome, closed: stamp, ...(data.closeAgreement.note ? { closeNote: data.closeAgreement.note } : {}) }, 'agreement.close');
        } else {
          const { changeReason: _previous, ...rest } = agreement;
          const changed: Agreement = { ...applyChanges(rest as Agreement, data.changeAgreement ?? {}), ...(next ? { evaluationDate: next } : {}) };
          rules.assertDateOrder(changed.start, changed.end, 'changeAgreement.end', EVALUATION);
          const reason = data.changeAgreement ? (opts.reason ?? data.note) : undefined;
          tx.replaceWhole('agreement', agreement, { ...changed, ...(reason ? { changeReason: reason } : {}) }, 'agreement.update');
        }
        tx.check('plan', plan);
      }
      tx.create('evaluation', evaluation, 'evaluation.add');
      const written = new Map(tx.writes.map((w) => [w.record.id, w.record]));
      return {
        evaluation,
        snapshot: {
          plan: (written.get(plan.id) as typeof plan | undefined) ?? plan,
          goals: snap.goals.map((g) => (written.get(g.id) as Goal | undefined) ?? g),
          agreements: snap.agreements.map((a) => (written.get(a.id) as Agreement | undefined) ?? a),
          evaluations: [...snap.evaluations, evaluation],
        },
      };
    });
  }

  /** The start of a consultation: what was agreed, what is due, what changed since the last evaluation. */
  async getConsultation(planId: string): Promise<Consultation> {
    const snap = await this.getPlan(planId);
    if (!snap) throw new NotFoundError('plan', planId);
    return buildConsultation(snap, await this.history(planId), localDate(this.rt.now()));
  }
}

function find<T extends { id: string }>(items: T[], id: string, kind: 'goal' | 'agreement'): T {
  const item = items.find((i) => i.id === id);
  if (!item) throw new NotFoundError(kind, id);
  return item;
}

/** Creates the headless IZP core over a storage adapter for one authenticated user. */
export function createIzp(config: IzpConfig): Izp {
  return new Izp(config);
}
