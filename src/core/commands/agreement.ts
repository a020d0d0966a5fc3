/** Agreements: 5 Invoeren nieuwe afspraak, 6 Aanpassen afspraak, 7 Afsluiten afspraak. */
import type { Izp } from '../api.js';
import { type Context, earlierAdd, mutate, newRecordId, openChild, parseId, read } from '../context.js';
import { AgreementChanges, AgreementInput, ChangeOptions, CloseAgreementInput } from '../inputs.js';
import type { Agreement } from '../model.js';
import * as rules from '../rules.js';
import { applyChanges } from '../helpers.js';
import { parse } from '../validate.js';

export function agreementCommands(ctx: Context): Pick<Izp, 'addAgreement' | 'updateAgreement' | 'closeAgreement'> {
  return {
    async addAgreement(planId, goalId, input, options = {}) {
      const gid = parseId(goalId, 'goalId');
      const data = parse(AgreementInput, input, 'agreement');
      const opts = parse(ChangeOptions, options, 'options');
      rules.assertDateOrder(data.start, data.end, 'end', 'agreement');
      return mutate(ctx, planId, opts, 'agreement.add', async (tx, plan) => {
        const earlier = await earlierAdd(ctx, 'agreement', opts, (a) => a.planId === plan.id && a.goalId === gid);
        if (earlier) return earlier;
        rules.assertPlanOpen(plan);
        const goal = await read(ctx, 'goal', gid, opts.signal);
        rules.assertGoalInPlan(goal, plan.id);
        rules.assertGoalOpen(goal);
        tx.check('plan', plan);
        tx.check('goal', goal);
        tx.touch(await read(ctx, 'patient', plan.patientId, opts.signal));
        const stamp = tx.stamp();
        const agreement: Agreement = { ...data, id: newRecordId(ctx, opts), version: 1, planId: plan.id, goalId: gid, status: 'draft', created: stamp, updated: stamp };
        return tx.create('agreement', agreement, 'agreement.add');
      });
    },

    async updateAgreement(planId, agreementId, changes, options = {}) {
      const id = parseId(agreementId, 'agreementId');
      const data = parse(AgreementChanges, changes, 'agreement');
      const opts = parse(ChangeOptions, options, 'options');
      return mutate(ctx, planId, opts, 'agreement.update', async (tx, plan) => {
        const agreement = await openChild(ctx, 'agreement', id, plan, opts);
        // The reason belongs to one version: the next version states its own, or none.
        const { changeReason: _previous, ...rest } = agreement;
        const next: Agreement = { ...applyChanges(rest as Agreement, data), ...(opts.reason ? { changeReason: opts.reason } : {}) };
        rules.assertDateOrder(next.start, next.end, 'end', 'agreement');
        rules.assertConceptCurrentByAccord(agreement, data.status);
        const goal = await read(ctx, 'goal', next.goalId, opts.signal);
        rules.assertGoalInPlan(goal, plan.id);
        rules.assertGoalOpen(goal);
        tx.check('plan', plan);
        tx.check('goal', goal);
        tx.pin('agreement', agreement);
        return tx.replaceWhole('agreement', agreement, next, 'agreement.update');
      });
    },

    async closeAgreement(planId, agreementId, input, options = {}) {
      const id = parseId(agreementId, 'agreementId');
      const data = parse(CloseAgreementInput, input, 'closeAgreement');
      const opts = parse(ChangeOptions, options, 'options');
      return mutate(ctx, planId, opts, 'agreement.close', async (tx, plan) => {
        const agreement = await openChild(ctx, 'agreement', id, plan, opts);
        tx.check('plan', plan);
        tx.pin('agreement', agreement);
        return tx.replace('agreement', agreement, { status: data.outcome, closed: tx.stamp(), ...(data.note ? { closeNote: data.note } : {}) }, 'agreement.close');
      });
    },
  };
}
