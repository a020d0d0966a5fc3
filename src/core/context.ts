/**
 * The one small context every command module works over (adapter, user, clock, ids, manager roles),
 * and the steps they share: read, authorise (and audit a refusal), build one transaction, commit.
 */
import type * as z from 'zod/mini';
import { ConflictError, ForbiddenError, NotFoundError } from './errors.js';
import type { ChangeOptions } from './inputs.js';
import type { Subject } from './messages/types.js';
import { id, type PatientIndex, type Plan, type PlanProfile, type PlanSnapshot, type RecordKind, type RecordOf, type Role } from './model.js';
import { permits, type IzpAction } from './permissions.js';
import * as rules from './rules.js';
import { Transaction, commitWithRetry, localDate, storage, type Runtime } from './transaction.js';
import { fieldError, parse } from './validate.js';

export interface Context extends Runtime {
  managerRoles: readonly Role[];
}

export type ChangeOpts = z.output<typeof ChangeOptions>;

/** The ids a caller passes as arguments: the same rule as every id in the model. */
export const Id = id();

export function parseId(value: unknown, field: string): string {
  return parse(Id, value, 'id' satisfies Subject, field);
}

export const today = (ctx: Context): string => localDate(ctx.now());

type Added = 'plan' | 'goal' | 'agreement' | 'evaluation' | 'measurement' | 'diary';

/** The id of the record an add creates: its idempotency key when it has one, else a new id. */
export const newRecordId = (ctx: Context, opts: ChangeOpts): string => opts.idempotencyKey ?? ctx.newId();

/**
 * Idempotent adds. With `idempotencyKey` (one per form submission) the key is the new record's id, so a
 * retried add finds what its first attempt stored, and returns that instead of storing it twice. A key
 * already used by someone else, or for another plan or patient, is refused.
 */
export async function earlierAdd<K extends Added>(
  ctx: Context, kind: K, opts: ChangeOpts, belongs: (earlier: RecordOf<K>) => boolean,
): Promise<RecordOf<K> | null> {
  if (!opts.idempotencyKey) return null;
  const earlier = await read(ctx, kind, opts.idempotencyKey, opts.signal);
  if (!earlier) return null;
  if (earlier.created.by.id !== ctx.user.id || !belongs(earlier)) throw fieldError('idempotencyKey', 'duplicate_id', 'options');
  return earlier;
}

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

export function read<K extends RecordKind>(ctx: Context, kind: K, id: string, signal?: AbortSignal): Promise<RecordOf<K> | null> {
  return storage(() => ctx.adapter.get(kind, id, withSignal(signal)));
}

/**
 * The plan with every record of it, each list oldest first: adapters return records in their own key
 * order (IndexedDB sorts ids as text), and what the user sees must not depend on the adapter.
 */
export async function load(ctx: Context, planId: string, signal?: AbortSignal): Promise<PlanSnapshot | null> {
  const snap = await storage(() => ctx.adapter.loadPlan(planId, withSignal(signal)));
  if (!snap) return null;
  const byAge = <T extends { created: { at: string } }>(list: T[]) => [...list].sort((a, b) => (a.created.at < b.created.at ? -1 : a.created.at > b.created.at ? 1 : 0));
  return {
    ...snap, goals: byAge(snap.goals), agreements: byAge(snap.agreements), evaluations: byAge(snap.evaluations),
    measurements: byAge(snap.measurements), diary: byAge(snap.diary),
  };
}

/**
 * Refuses what the permission rule does not allow, and records the refusal in the plan's history
 * (NEN 7513 asks for refused access too). The record is best effort: the refusal stands even when
 * storage is down.
 */
export async function authorize(ctx: Context, action: IzpAction, plan: Plan): Promise<void> {
  if (permits(ctx.user, action, plan, ctx.managerRoles)) return;
  await auditOnly(ctx, plan, 'access.denied').catch(() => undefined);
  throw new ForbiddenError(action);
}

/** Commits a change set that only appends to the audit trail (a print, a refusal, a view): never conflicts. */
export function auditOnly(ctx: Context, plan: Pick<Plan, 'id' | 'patientId'>, action: 'access.denied' | 'plan.print' | 'plan.view', signal?: AbortSignal, what?: string): Promise<void> {
  const tx = new Transaction(ctx, plan.patientId, plan.id, what);
  tx.log(action, 'plan', null, null, plan.id);
  return storage(() => ctx.adapter.commit(tx.toChangeSet(), withSignal(signal)));
}

/** Loads the plan, authorises `action` on it, builds one transaction with `fn` and commits it. */
export function mutate<T>(ctx: Context, planId: string, opts: ChangeOpts, action: IzpAction, fn: (tx: Transaction, plan: Plan) => Promise<T> | T): Promise<T> {
  const id = parseId(planId, 'planId');
  return commitWithRetry(ctx, async () => {
    const plan = await read(ctx, 'plan', id, opts.signal);
    if (!plan) throw new NotFoundError('plan', id);
    await authorize(ctx, action, plan);
    const tx = new Transaction(ctx, plan.patientId, plan.id, opts.reason);
    return { tx, result: await fn(tx, plan) };
  }, opts.signal);
}

/**
 * As `mutate`, for changes that decide from the whole plan (accord, close, evaluate). With `owner`, the
 * patient index (the owner every add to the plan bumps) is read before the plan's records and checked
 * at commit: an item added after the snapshot was read makes the commit conflict and retry on data
 * that includes it, so a close never leaves a newly added item open inside it.
 */
export function mutateSnapshot<T>(
  ctx: Context, planId: string, opts: ChangeOpts, action: IzpAction,
  fn: (tx: Transaction, snap: PlanSnapshot) => Promise<T> | T, owner?: (index: PatientIndex, plan: Plan) => Partial<PatientIndex>,
): Promise<T> {
  const id = parseId(planId, 'planId');
  return commitWithRetry(ctx, async () => {
    const first = owner ? await read(ctx, 'plan', id, opts.signal) : null;
    const index = first ? await read(ctx, 'patient', first.patientId, opts.signal) : null;
    const snap = await load(ctx, id, opts.signal);
    if (!snap) throw new NotFoundError('plan', id);
    await authorize(ctx, action, snap.plan);
    const tx = new Transaction(ctx, snap.plan.patientId, snap.plan.id, opts.reason);
    const result = await fn(tx, snap);
    if (owner && index) tx.touch(index, owner(index, snap.plan));
    return { tx, result };
  }, opts.signal);
}

/** A goal or agreement of an open plan, itself open, at the version the user saw. */
export async function openChild<K extends 'goal' | 'agreement'>(ctx: Context, kind: K, id: string, plan: Plan, opts: ChangeOpts): Promise<RecordOf<K>> {
  rules.assertPlanOpen(plan);
  const record = await read(ctx, kind, id, opts.signal);
  if (!record || record.planId !== plan.id) throw new NotFoundError(kind, id);
  if (kind === 'goal') rules.assertGoalOpen(record as RecordOf<'goal'>);
  else rules.assertAgreementOpen(record as RecordOf<'agreement'>);
  rules.assertVersion(kind, record, opts.expectedVersion);
  return record;
}

/** The record of a snapshot list by id, or NotFoundError. */
export function find<T extends { id: string }>(items: T[], id: string, kind: 'goal' | 'agreement'): T {
  const item = items.find((i) => i.id === id);
  if (!item) throw new NotFoundError(kind, id);
  return item;
}

/** The profile's version must be the one the user saw (0: none yet). */
export function assertProfileVersion(planId: string, current: PlanProfile | null, expected: number | undefined): void {
  if (expected !== undefined && (current?.version ?? 0) !== expected) throw new ConflictError('profile', planId, expected, current?.version ?? null, current);
}

/** Applies a transaction's writes to a snapshot: replaced records swapped in, new ones appended. */
export function snapshotAfter(snap: PlanSnapshot, tx: Transaction): PlanSnapshot {
  const written = new Map(tx.writes.map((w) => [w.record.id, w.record]));
  const merge = <T extends { id: string }>(list: T[], kind: RecordKind): T[] => [
    ...list.map((r) => (written.get(r.id) as T | undefined) ?? r),
    ...tx.writes.filter((w) => w.kind === kind && w.expectedVersion === 0).map((w) => w.record as unknown as T),
  ];
  const profile = tx.writes.find((w) => w.kind === 'profile')?.record;
  return {
    plan: (written.get(snap.plan.id) as Plan | undefined) ?? snap.plan,
    goals: merge(snap.goals, 'goal'),
    agreements: merge(snap.agreements, 'agreement'),
    evaluations: merge(snap.evaluations, 'evaluation'),
    profile: profile ?? snap.profile,
    measurements: merge(snap.measurements, 'measurement'),
    diary: merge(snap.diary, 'diary'),
  };
}
