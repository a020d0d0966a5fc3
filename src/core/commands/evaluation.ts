/**
 * Following up the plan ("vervolgen"): evaluating an agreement, a goal or the whole plan, with the
 * adjustment it leads to in the same change: the evaluation and what followed are never one without
 * the other.
 */
import type { Izp } from '../api.js';
import { type Context, earlierAdd, find, mutateSnapshot, newRecordId, snapshotAfter, today } from '../context.js';
import { NotFoundError } from '../errors.js';
import { ChangeOptions, EvaluateInput } from '../inputs.js';
import type { Agreement, Evaluation } from '../model.js';
import * as rules from '../rules.js';
import { applyChanges } from '../helpers.js';
import { parse } from '../validate.js';

export function evaluationCommands(ctx: Context): Pick<Izp, 'evaluate'> {
  return {
    async evaluate(planId, input, options = {}) {
      const data = parse(EvaluateInput, input, 'evaluation');
      const opts = parse(ChangeOptions, options, 'options');
      const date = data.date ?? today(ctx);
      rules.assertNotInFuture(date, today(ctx), 'date', 'evaluation');
      rules.assertDateOrder(date, data.nextEvaluationDate, 'nextEvaluationDate', 'evaluation', 'evaluationDate');
      rules.assertAdjustmentFits(data.target.kind, data);
      return mutateSnapshot(ctx, planId, opts, 'evaluate', async (tx, snap) => {
        const { plan } = snap;
        const earlier = await earlierAdd(ctx, 'evaluation', opts, (e) => e.planId === plan.id && e.target.id === data.target.id);
        if (earlier) return { evaluation: earlier, snapshot: snap };
        rules.assertPlanOpen(plan);
        const stamp = tx.stamp();
        const next = data.nextEvaluationDate;
        const evaluation: Evaluation = {
          id: newRecordId(ctx, opts), version: 1, planId: plan.id, target: data.target, date, by: stamp.by, withPatient: data.withPatient,
          outcome: data.outcome, measurements: data.measurements ?? [],
          ...(data.note ? { note: data.note } : {}),
          ...(next ? { nextEvaluationDate: next } : {}),
          created: stamp, updated: stamp,
        };
        if (data.target.kind === 'plan') {
          if (data.target.id !== plan.id) throw new NotFoundError('plan', data.target.id);
          rules.assertVersion('plan', plan, opts.expectedVersion);
          tx.pin('plan', plan);
          if (next) tx.replace('plan', plan, { nextEvaluationDate: next }, 'plan.update');
          else tx.check('plan', plan);
        } else if (data.target.kind === 'goal') {
          const goal = find(snap.goals, data.target.id, 'goal');
          rules.assertGoalOpen(goal);
          rules.assertVersion('goal', goal, opts.expectedVersion);
          tx.pin('goal', goal);
          const changed = data.changeGoal ? applyChanges(goal, data.changeGoal) : goal;
          for (const [i, t] of changed.targets.entries()) rules.assertDateOrder(changed.start, t.due, `changeGoal.targets.${i}.due`, 'evaluation');
          tx.replaceWhole('goal', goal, { ...changed, achievement: rules.achievementAfter(data.outcome, goal.achievement) }, 'goal.update');
          tx.check('plan', plan);
        } else {
          const agreement = find(snap.agreements, data.target.id, 'agreement');
          rules.assertAgreementOpen(agreement);
          rules.assertVersion('agreement', agreement, opts.expectedVersion);
          tx.pin('agreement', agreement);
          if (data.closeAgreement) {
            tx.replace('agreement', agreement, { status: data.closeAgreement.outcome, closed: stamp, ...(data.closeAgreement.note ? { closeNote: data.closeAgreement.note } : {}) }, 'agreement.close');
          } else {
            const { changeReason: _previous, ...rest } = agreement;
            const changed: Agreement = { ...applyChanges(rest as Agreement, data.changeAgreement ?? {}), ...(next ? { evaluationDate: next } : {}) };
            rules.assertDateOrder(changed.start, changed.end, 'changeAgreement.end', 'evaluation');
            rules.assertConceptCurrentByAccord(agreement, data.changeAgreement?.status);
            const reason = data.changeAgreement ? (opts.reason ?? data.note) : undefined;
            tx.replaceWhole('agreement', agreement, { ...changed, ...(reason ? { changeReason: reason } : {}) }, 'agreement.update');
          }
          tx.check('plan', plan);
        }
        tx.create('evaluation', evaluation, 'evaluation.add');
        return { evaluation, snapshot: snapshotAfter(snap, tx) };
      });
    },
  };
}
