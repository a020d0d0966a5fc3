/**
 * Importing a whole plan made elsewhere (from a FHIR Bundle): every record validated against the model,
 * the records checked to belong together, ids kept, stored in one change set and audited as an import.
 */
import * as z from 'zod/mini';
import type { Izp } from '../api.js';
import { initialAccess } from '../access.js';
import { type Context, read } from '../context.js';
import { ForbiddenError, ValidationError, fieldIssue, type FieldIssue } from '../errors.js';
import { ChangeOptions } from '../inputs.js';
import { Agreement, DiaryEntry, Evaluation, Goal, MeasurementRecord, Plan, PlanProfile, type PlanSnapshot } from '../model.js';
import { permits } from '../permissions.js';
import * as rules from '../rules.js';
import { Transaction, commitWithRetry, stampOf } from '../transaction.js';
import { parse } from '../validate.js';

const SnapshotSchema = z.strictObject({
  plan: Plan,
  goals: z.array(Goal).check(z.maxLength(500)),
  agreements: z.array(Agreement).check(z.maxLength(2000)),
  evaluations: z.array(Evaluation).check(z.maxLength(5000)),
  profile: z.nullable(PlanProfile),
  measurements: z.array(MeasurementRecord).check(z.maxLength(5000)),
  diary: z.array(DiaryEntry).check(z.maxLength(5000)),
});

/** The checks a schema cannot make: every record belongs to this plan, every reference resolves, ids are unique. */
function coherence(snap: PlanSnapshot): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>([snap.plan.id]);
  const lists = { goals: snap.goals, agreements: snap.agreements, evaluations: snap.evaluations, measurements: snap.measurements, diary: snap.diary } as const;
  for (const [list, records] of Object.entries(lists)) {
    records.forEach((r, i) => {
      if (r.planId !== snap.plan.id) issues.push(fieldIssue(`${list}.${i}.planId`, 'wrong_plan'));
      if (seen.has(r.id)) issues.push(fieldIssue(`${list}.${i}.id`, 'duplicate_id'));
      seen.add(r.id);
    });
  }
  const goals = new Set(snap.goals.map((g) => g.id));
  snap.agreements.forEach((a, i) => { if (!goals.has(a.goalId)) issues.push(fieldIssue(`agreements.${i}.goalId`, 'mismatch')); });
  const targets = new Set([snap.plan.id, ...goals, ...snap.agreements.map((a) => a.id)]);
  snap.evaluations.forEach((e, i) => { if (!targets.has(e.target.id)) issues.push(fieldIssue(`evaluations.${i}.target`, 'mismatch')); });
  if (snap.profile && (snap.profile.id !== snap.plan.id || snap.profile.planId !== snap.plan.id)) issues.push(fieldIssue('profile.planId', 'wrong_plan'));
  if (snap.plan.end && snap.plan.end < snap.plan.start) issues.push(fieldIssue('plan.end', 'before_start', { startField: 'start' }));
  return issues;
}

export function importCommands(ctx: Context): Pick<Izp, 'importPlan'> {
  return {
    async importPlan(snapshot, options = {}) {
      const snap = parse(SnapshotSchema, snapshot, 'import');
      const opts = parse(ChangeOptions, options, 'options');
      const issues = coherence(snap);
      if (issues.length) throw new ValidationError(issues, 'import');
      if (!permits(ctx.user, 'plan.import', snap.plan, ctx.managerRoles)) throw new ForbiddenError('plan.import');
      return commitWithRetry(ctx, async () => {
        const index = await read(ctx, 'patient', snap.plan.patientId, opts.signal);
        rules.assertNoOpenPlan(index);
        const stamp = stampOf(ctx);
        // The importer keeps access to what they imported; every record starts its history here at version 1.
        const access = snap.plan.access ?? initialAccess(snap.plan, stamp.by, stamp);
        const own = access.some((g) => g.actor.id === ctx.user.id) ? access : [...access, { actor: { ...stamp.by, id: ctx.user.id, role: ctx.user.role }, permission: 'write' as const, granted: stamp }];
        const plan: Plan = { ...snap.plan, version: 1, access: own };
        const tx = new Transaction(ctx, plan.patientId, plan.id, opts.reason);
        tx.put({
          kind: 'patient', expectedVersion: index?.version ?? 0,
          record: {
            id: plan.patientId, version: (index?.version ?? 0) + 1, planIds: [...(index?.planIds ?? []), plan.id],
            openPlanId: rules.isPlanOpen(plan) ? plan.id : (index?.openPlanId ?? null),
          },
        });
        tx.pin('plan', plan);
        const v1 = <T extends { version: number }>(r: T): T => ({ ...r, version: 1 });
        const result: PlanSnapshot = {
          plan: tx.create('plan', plan, 'plan.import'),
          goals: snap.goals.map((g) => { tx.pin('goal', g); return tx.create('goal', v1(g), 'plan.import'); }),
          agreements: snap.agreements.map((a) => { tx.pin('agreement', a); return tx.create('agreement', v1(a), 'plan.import'); }),
          evaluations: snap.evaluations.map((e) => { tx.pin('evaluation', e); return tx.create('evaluation', v1(e), 'plan.import'); }),
          profile: snap.profile ? tx.create('profile', v1(snap.profile), 'plan.import') : null,
          measurements: snap.measurements.map((m) => { tx.pin('measurement', m); return tx.create('measurement', v1(m), 'plan.import'); }),
          diary: snap.diary.map((d) => { tx.pin('diary', d); return tx.create('diary', v1(d), 'plan.import'); }),
        };
        if (snap.profile) tx.pin('profile', snap.profile);
        return { tx, result };
      }, opts.signal);
    },
  };
}
