/**
 * The reads: the plan, the patient's plans, 8 Overzicht, the consultation, the history and earlier
 * versions (9 Overzicht uitdraaien loads on demand: commands/print.ts). Every read checks access; the
 * patient never sees the team's own note.
 */
import * as z from 'zod/mini';
import type { HistoryOptions, Izp, ReadOptions } from './api.js';
import { viewActions, type AuditRecord } from './audit.js';
import { buildConsultation } from './consultation.js';
import { type Context, auditOnly, authorize, load, parseId, read, today } from './context.js';
import { ForbiddenError, NotFoundError } from './errors.js';
import { HistoryOptions as HistoryOptionsSchema, ReadOptions as ReadOptionsSchema } from './inputs.js';
import type { Plan, PlanSnapshot, RecordOf } from './model.js';
import { buildOverview } from './overview.js';
import { isPatientOf, permits } from './permissions.js';
import { storage } from './transaction.js';
import { parse } from './validate.js';

/** The kinds of record `versions` reads. */
const VersionedKind = z.enum(['plan', 'goal', 'agreement', 'evaluation', 'profile', 'measurement', 'diary']);

export function readOptions(options: unknown): ReadOptions {
  return parse(ReadOptionsSchema, options ?? {}, 'options');
}

/** What a logged view showed, kept in the access-log entry's `reason`. */
export type View = 'plan' | 'plans' | 'overview' | 'consultation' | 'history' | 'versions';

type Queries = Pick<Izp, 'getPlan' | 'getPlanForPatient' | 'listPlans' | 'getOverview' | 'getConsultation' | 'history' | 'versions'>;

/**
 * NEN 7513: every read that shows the plan leaves an access-log entry (who, on whose behalf, when, which
 * patient, and `what` in the record's reason). It is an audit-only change set, apart from the versioned
 * records, so a view never conflicts with a write. It is written once everything the read shows is in
 * hand, and not awaited: a slow or failing log never holds up or breaks what the user asked to see (the
 * adapter reports a failed write); a read that fails on the way leaves no entry.
 */
function logView(ctx: Context, plan: Plan, what: View | null): void {
  if (what) void auditOnly(ctx, plan, 'plan.view', undefined, what).catch(() => undefined);
}

/** The snapshot as the user may see it, or null; a refusal is audited and thrown. */
async function snapshot(ctx: Context, planId: string, signal: AbortSignal | undefined, what: View | null): Promise<PlanSnapshot | null> {
  const id = parseId(planId, 'planId');
  const snap = await load(ctx, id, signal);
  if (!snap) return null;
  await authorize(ctx, 'plan.read', snap.plan);
  logView(ctx, snap.plan, what);
  return isPatientOf(ctx.user, snap.plan) ? forPatient(snap) : snap;
}

/** As `snapshot`, for reads of a plan that must exist (NotFoundError). `what: null` logs no view. */
export async function existingSnapshot(ctx: Context, planId: string, signal: AbortSignal | undefined, what: View | null): Promise<PlanSnapshot> {
  const snap = await snapshot(ctx, planId, signal, what);
  if (!snap) throw new NotFoundError('plan', planId);
  return snap;
}

export function queries(ctx: Context): Queries {
  /** May the user read the plan? A "no" is audited (NEN 7513) but not thrown, for lists and look-ups. */
  async function readable(plan: Plan, signal?: AbortSignal): Promise<boolean> {
    if (permits(ctx.user, 'plan.read', plan, ctx.managerRoles)) return true;
    await auditOnly(ctx, plan, 'access.denied', signal).catch(() => undefined);
    return false;
  }
  const existing = (planId: string, signal: AbortSignal | undefined, what: View | null) => existingSnapshot(ctx, planId, signal, what);
  async function history(planId: string, options: HistoryOptions = {}, what: View | null = 'history'): Promise<AuditRecord[]> {
    const opts = parse(HistoryOptionsSchema, options ?? {}, 'options');
    const id = parseId(planId, 'planId');
    const plan = await read(ctx, 'plan', id, opts.signal);
    if (plan) await authorize(ctx, 'plan.read', plan);
    let records = await storage(() => ctx.adapter.history(id, opts.signal ? { signal: opts.signal } : {}));
    // Logged once everything to show is in hand: a read that fails on the way leaves no view behind.
    if (plan) logView(ctx, plan, what);
    if (!opts.views) records = records.filter((r) => !viewActions.includes(r.action));
    return plan && isPatientOf(ctx.user, plan) ? records.map(auditForPatient) : records;
  }

  return {
    async getPlan(planId, options) {
      return snapshot(ctx, planId, readOptions(options).signal, 'plan');
    },

    async getPlanForPatient(patientId, options) {
      const { signal } = readOptions(options);
      const pid = parseId(patientId, 'patientId');
      const index = await read(ctx, 'patient', pid, signal);
      const id = index?.openPlanId ?? index?.planIds.at(-1);
      const plan = id ? await read(ctx, 'plan', id, signal) : null;
      if (!plan) return null;
      if (!(await readable(plan, signal))) {
        // Someone who may start plans learns that one exists from the one-open-plan rule anyway, and must
        // be told they are refused rather than be offered a second plan; anyone else hears what they would
        // hear if there were no plan. The refusal is audited either way.
        if (permits(ctx.user, 'plan.create', null, ctx.managerRoles)) throw new ForbiddenError('plan.read');
        return null;
      }
      logView(ctx, plan, 'plan');
      return plan;
    },

    async listPlans(patientId, options) {
      const { signal } = readOptions(options);
      const pid = parseId(patientId, 'patientId');
      const index = await read(ctx, 'patient', pid, signal);
      const plans = await Promise.all((index?.planIds ?? []).map((id) => read(ctx, 'plan', id, signal)));
      const shown: Plan[] = [];
      for (const plan of plans) if (plan && (await readable(plan, signal))) shown.push(plan);
      for (const plan of shown) logView(ctx, plan, 'plans');
      return shown;
    },

    async getOverview(planId, options) {
      return buildOverview(await existing(planId, readOptions(options).signal, 'overview'), today(ctx));
    },

    async getConsultation(planId, options) {
      const { signal } = readOptions(options);
      const snap = await existing(planId, signal, null);
      const records = await history(planId, signal ? { signal } : {}, null);
      logView(ctx, snap.plan, 'consultation');
      return buildConsultation(snap, records, today(ctx));
    },

    history,

    async versions<K extends 'plan' | 'goal' | 'agreement'>(planId: string, kind: K, id: string, options?: ReadOptions): Promise<RecordOf<K>[]> {
      const k = parse(VersionedKind, kind, 'id', 'kind');
      const recordId = parseId(id, 'id');
      const records = await history(planId, readOptions(options), 'versions');
      return records.filter((r) => r.target.kind === k && r.target.id === recordId && r.after).map((r) => r.after as unknown as RecordOf<K>);
    },
  };
}

/** What the patient sees: everything but the care team's own notes. */
function forPatient(snap: PlanSnapshot): PlanSnapshot {
  if (!snap.profile?.professionalNote) return snap;
  const { professionalNote: _hidden, ...profile } = snap.profile;
  return { ...snap, profile };
}

function auditForPatient(record: AuditRecord): AuditRecord {
  if (record.target.kind !== 'profile') return record;
  const strip = (r: Record<string, unknown> | null) => {
    if (!r) return r;
    const { professionalNote: _hidden, ...rest } = r;
    return rest;
  };
  return { ...record, before: strip(record.before), after: strip(record.after) };
}
