/**
 * The plan's optional modules (complaints, SFMPC inventory, motivation, decisions, links, …), measured
 * values, and the patient's diary.
 */
import type { Izp } from '../api.js';
import { type Context, assertProfileVersion, earlierAdd, mutate, newRecordId, read, today } from '../context.js';
import { ChangeOptions, DiaryInput, MeasurementInput, ProfileChanges } from '../inputs.js';
import type { PlanProfile } from '../model.js';
import * as rules from '../rules.js';
import { applyChanges } from '../helpers.js';
import { parse } from '../validate.js';

export function profileCommands(ctx: Context): Pick<Izp, 'updateProfile' | 'addMeasurement' | 'addDiaryEntry'> {
  return {
    /** The first change creates the modules; `expectedVersion` is the profile's version (0: none yet). */
    async updateProfile(planId, changes, options = {}) {
      const data = parse(ProfileChanges, changes, 'profile');
      const opts = parse(ChangeOptions, options, 'options');
      return mutate(ctx, planId, opts, 'profile.update', async (tx, plan) => {
        rules.assertPlanOpen(plan);
        const current = await read(ctx, 'profile', plan.id, opts.signal);
        assertProfileVersion(plan.id, current, opts.expectedVersion);
        const stamp = tx.stamp();
        const decisions = data.decisions?.map((d) => ({ ...d, id: d.id ?? ctx.newId() }));
        const base: PlanProfile = current ?? { id: plan.id, version: 0, planId: plan.id, decisions: [], links: [], created: stamp, updated: stamp };
        const next = applyChanges(base, { ...data, ...(decisions ? { decisions } : {}) });
        if (next.inventory) next.inventory = applyChanges({}, next.inventory as Record<string, unknown>);
        tx.pin('profile', base);
        tx.check('plan', plan);
        if (!current) return tx.create('profile', { ...next, version: 1 }, 'profile.update');
        return tx.replaceWhole('profile', current, next, 'profile.update');
      });
    },

    /** A home measurement by the patient, a lab result by the team. */
    async addMeasurement(planId, input, options = {}) {
      const data = parse(MeasurementInput, input, 'measurement');
      const opts = parse(ChangeOptions, options, 'options');
      rules.assertNotInFuture(data.date, today(ctx), 'date', 'measurement');
      return mutate(ctx, planId, opts, 'measurement.add', async (tx, plan) => {
        const earlier = await earlierAdd(ctx, 'measurement', opts, (m) => m.planId === plan.id);
        if (earlier) return earlier;
        rules.assertPlanOpen(plan);
        tx.check('plan', plan);
        const stamp = tx.stamp();
        return tx.create('measurement', { ...data, id: newRecordId(ctx, opts), version: 1, planId: plan.id, date: data.date ?? today(ctx), by: stamp.by, created: stamp, updated: stamp }, 'measurement.add');
      });
    },

    /** Only the patient writes their diary; the care team reads it. */
    async addDiaryEntry(planId, input, options = {}) {
      const data = parse(DiaryInput, input, 'diary');
      const opts = parse(ChangeOptions, options, 'options');
      rules.assertNotInFuture(data.date, today(ctx), 'date', 'diary');
      return mutate(ctx, planId, opts, 'diary.add', async (tx, plan) => {
        const earlier = await earlierAdd(ctx, 'diary', opts, (d) => d.planId === plan.id);
        if (earlier) return earlier;
        rules.assertPlanOpen(plan);
        tx.check('plan', plan);
        const stamp = tx.stamp();
        return tx.create('diary', { id: newRecordId(ctx, opts), version: 1, planId: plan.id, date: data.date ?? today(ctx), text: data.text, by: stamp.by, created: stamp, updated: stamp }, 'diary.add');
      });
    },
  };
}
