/**
 * The plan itself: 1 Invoeren nieuw IZP, changing it, the NHG accord, and 2 Afsluiten IZP.
 */
import { ForbiddenError, isIzpError, type ConflictError } from '../errors.js';
import type { Izp } from '../api.js';
import { initialAccess } from '../access.js';
import { type Context, earlierAdd, find, mutate, mutateSnapshot, newRecordId, read, snapshotAfter, today } from '../context.js';
import { AccordInput, ChangeOptions, ClosePlanInput, CreatePlanInput, UpdatePlanInput } from '../inputs.js';
import type { Plan } from '../model.js';
import { permits } from '../permissions.js';
import * as rules from '../rules.js';
import { closeAgreements, applyChanges } from '../helpers.js';
import { Transaction, commitWithRetry, stampOf } from '../transaction.js';
import { parse } from '../validate.js';

export function planCommands(ctx: Context): Pick<Izp, 'createPlan' | 'updatePlan' | 'accordPlan' | 'closePlan'> {
  return {
    async createPlan(input, options = {}) {
      const data = parse(CreatePlanInput, input, 'plan');
      const opts = parse(ChangeOptions, options, 'options');
      if (!permits(ctx.user, 'plan.create', null, ctx.managerRoles)) throw new ForbiddenError('plan.create');
      try {
        return await commitWithRetry(ctx, async () => {
          const earlier = await earlierAdd(ctx, 'plan', opts, (p) => p.patientId === data.patientId);
          if (earlier) return { tx: new Transaction(ctx, earlier.patientId, earlier.id), result: earlier };
          const index = await read(ctx, 'patient', data.patientId, opts.signal);
          rules.assertNoOpenPlan(index);
          const stamp = stampOf(ctx);
          const caseManager = data.caseManager ?? stamp.by;
          const careTeam = data.careTeam ?? [];
          const plan: Plan = {
            id: newRecordId(ctx, opts), version: 1, patientId: data.patientId,
            ...(data.patientName ? { patientName: data.patientName } : {}),
            status: 'draft',
            ...(data.title ? { title: data.title } : {}),
            conditions: data.conditions ?? [], caseManager, careTeam,
            access: initialAccess({ caseManager, careTeam }, stamp.by, stamp),
            start: data.start ?? today(ctx),
            ...(data.nextEvaluationDate ? { nextEvaluationDate: data.nextEvaluationDate } : {}),
            ...(data.evaluationSchedule ? { evaluationSchedule: data.evaluationSchedule } : {}),
            created: stamp, updated: stamp,
          };
          const tx = new Transaction(ctx, plan.patientId, plan.id, opts.reason);
          tx.put({
            kind: 'patient', expectedVersion: index?.version ?? 0,
            record: { id: data.patientId, version: (index?.version ?? 0) + 1, planIds: [...(index?.planIds ?? []), plan.id], openPlanId: plan.id },
          });
          tx.create('plan', plan, 'plan.create');
          return { tx, result: plan };
        }, opts.signal);
      } catch (error) {
        // Someone else started a plan for this patient at the same moment: say so as the rule it is.
        if (isIzpError(error) && error.code === 'conflict' && (error as ConflictError).kind === 'patient') {
          rules.assertNoOpenPlan(await read(ctx, 'patient', data.patientId));
        }
        throw error;
      }
    },

    async updatePlan(planId, changes, options = {}) {
      const data = parse(UpdatePlanInput, changes, 'plan');
      const opts = parse(ChangeOptions, options, 'options');
      // The case manager and the care team decide who runs the plan: that is the managers' call.
      const team = data.caseManager !== undefined || data.careTeam !== undefined;
      return mutate(ctx, planId, opts, team ? 'plan.team' : 'plan.update', (tx, plan) => {
        rules.assertPlanOpen(plan);
        rules.assertVersion('plan', plan, opts.expectedVersion);
        tx.pin('plan', plan);
        return tx.replaceWhole('plan', plan, applyChanges(plan, data), 'plan.update');
      });
    },

    async accordPlan(planId, input = {}, options = {}) {
      const data = parse(AccordInput, input, 'plan');
      const opts = parse(ChangeOptions, options, 'options');
      return mutateSnapshot(ctx, planId, opts, 'plan.accord', (tx, snap) => {
        const { plan } = snap;
        rules.assertPlanOpen(plan);
        rules.assertVersion('plan', plan, opts.expectedVersion);
        tx.pin('plan', plan);
        const stamp = tx.stamp();
        if (plan.status === 'draft') tx.replace('plan', plan, { status: 'active', accorded: stamp }, 'plan.accord');
        else tx.check('plan', plan);
        const goalIds = new Set(data.goalIds ?? snap.goals.filter((g) => g.status === 'proposed').map((g) => g.id));
        for (const id of goalIds) {
          const goal = find(snap.goals, id, 'goal');
          if (goal.status === 'proposed') tx.replace('goal', goal, { status: 'active', achievement: goal.achievement ?? 'in-progress' }, 'goal.accord');
        }
        const current = (goalId: string) => goalIds.has(goalId) || snap.goals.some((g) => g.id === goalId && rules.goalPhase(g) === 'current');
        const agreementIds = data.agreementIds ?? snap.agreements.filter((a) => a.status === 'draft' && current(a.goalId)).map((a) => a.id);
        for (const id of agreementIds) {
          const agreement = find(snap.agreements, id, 'agreement');
          if (agreement.status !== 'draft') continue;
          rules.assertGoalCurrentForAgreement(current(agreement.goalId), 'agreementIds', 'agreement');
          tx.replace('agreement', agreement, { status: rules.agreementStatusOnAccord(agreement, today(ctx)) }, 'agreement.accord');
        }
        // Every goal the accord decided from: a goal changed meanwhile makes it retry on fresh data.
        for (const goal of snap.goals) if (!tx.writes.some((w) => w.record.id === goal.id)) tx.check('goal', goal);
        return snapshotAfter(snap, tx);
      });
    },

    async closePlan(planId, input, options = {}) {
      const data = parse(ClosePlanInput, input, 'closePlan');
      const opts = parse(ChangeOptions, options, 'options');
      return mutateSnapshot(ctx, planId, { ...opts, reason: opts.reason ?? data.reason }, 'plan.close', (tx, snap) => {
        const { plan } = snap;
        rules.assertPlanOpen(plan);
        rules.assertVersion('plan', plan, opts.expectedVersion);
        const end = data.end ?? today(ctx);
        rules.assertDateOrder(plan.start, end, 'end', 'closePlan');
        tx.pin('plan', plan);
        const status = data.status ?? 'completed';
        const stamp = tx.stamp();
        tx.replace('plan', plan, { status, end, closeReason: data.reason, closed: stamp }, 'plan.close');
        for (const goal of snap.goals.filter(rules.isGoalOpen)) {
          tx.replace('goal', goal, { status: rules.goalStatusOnPlanClose(goal, status), closedWith: 'plan', closed: stamp, closeNote: data.reason }, 'goal.close');
        }
        closeAgreements(tx, snap.agreements, 'stopped', 'plan', data.reason);
        return snapshotAfter(snap, tx);
      }, (index, plan) => (index.openPlanId === plan.id ? { openPlanId: null } : {}));
    },
  };
}
