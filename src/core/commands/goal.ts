/** Goals: 3 Invoeren doel, changing one, 4 Afsluiten doel. */
import type { Izp } from '../api.js';
import { type Context, earlierAdd, find, mutate, newRecordId, mutateSnapshot, openChild, parseId, read, today } from '../context.js';
import { ChangeOptions, CloseGoalInput, GoalChanges, GoalInput } from '../inputs.js';
import type { Goal } from '../model.js';
import { isPatientOf } from '../permissions.js';
import * as rules from '../rules.js';
import { applyChanges, closeAgreements } from '../helpers.js';
import { parse } from '../validate.js';

export function goalCommands(ctx: Context): Pick<Izp, 'addGoal' | 'updateGoal' | 'closeGoal'> {
  const targetsInOrder = (goal: Pick<Goal, 'start' | 'targets'>, prefix = '') => {
    for (const [i, t] of goal.targets.entries()) rules.assertDateOrder(goal.start, t.due, `${prefix}targets.${i}.due`, 'goal');
  };
  return {
    // A patient may add a goal of their own: proposed, for the team to discuss.
    async addGoal(planId, input, options = {}) {
      const data = parse(GoalInput, input, 'goal');
      const opts = parse(ChangeOptions, options, 'options');
      return mutate(ctx, planId, opts, 'goal.add', async (tx, plan) => {
        const earlier = await earlierAdd(ctx, 'goal', opts, (g) => g.planId === plan.id);
        if (earlier) return earlier;
        rules.assertPlanOpen(plan);
        tx.check('plan', plan);
        // Adding bumps the plan's owner, so a close that decided from the plan's goals sees it and retries.
        tx.touch(await read(ctx, 'patient', plan.patientId, opts.signal));
        const stamp = tx.stamp();
        const goal: Goal = {
          ...data, id: newRecordId(ctx, opts), version: 1, planId: plan.id, targets: data.targets ?? [],
          expressedBy: isPatientOf(ctx.user, plan) ? 'patient' : (data.expressedBy ?? 'patient'),
          status: 'proposed', start: data.start ?? today(ctx), created: stamp, updated: stamp,
        };
        targetsInOrder(goal);
        return tx.create('goal', goal, 'goal.add');
      });
    },

    async updateGoal(planId, goalId, changes, options = {}) {
      const id = parseId(goalId, 'goalId');
      const data = parse(GoalChanges, changes, 'goal');
      const opts = parse(ChangeOptions, options, 'options');
      return mutate(ctx, planId, opts, 'goal.update', async (tx, plan) => {
        const goal = await openChild(ctx, 'goal', id, plan, opts);
        const next = applyChanges(goal, data);
        targetsInOrder(next);
        tx.check('plan', plan);
        tx.pin('goal', goal);
        return tx.replaceWhole('goal', goal, next, 'goal.update');
      });
    },

    async closeGoal(planId, goalId, input, options = {}) {
      const id = parseId(goalId, 'goalId');
      const data = parse(CloseGoalInput, input, 'closeGoal');
      const opts = parse(ChangeOptions, options, 'options');
      return mutateSnapshot(ctx, planId, opts, 'goal.close', (tx, snap) => {
        rules.assertPlanOpen(snap.plan);
        const goal = find(snap.goals, id, 'goal');
        rules.assertGoalOpen(goal);
        rules.assertVersion('goal', goal, opts.expectedVersion);
        tx.check('plan', snap.plan);
        tx.pin('goal', goal);
        const closed = tx.replace('goal', goal, {
          ...rules.goalClosing(data.outcome), outcome: data.outcome, closed: tx.stamp(), ...(data.note ? { closeNote: data.note } : {}),
        }, 'goal.close');
        closeAgreements(tx, snap.agreements.filter((a) => a.goalId === id), rules.agreementStatusOnGoalClose(data.outcome), 'goal', data.note);
        return closed;
      }, () => ({}));
    },
  };
}
