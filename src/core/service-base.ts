/**
 * The reading half of the core and what every function shares: configuration, the reads (overview,
 * printout, history, versions) and the helpers that load and commit. `Izp` (service.ts) adds the changes.
 */
import * as z from 'zod/mini';
import type { StorageAdapter } from './adapter.js';
import type { AuditRecord } from './audit.js';
import { NotFoundError, ValidationError, type Localized } from './errors.js';
import { ChangeOptions, PrintOptions } from './inputs.js';
import { Person, Role, User, type Agreement, type Goal, type PlanProfile, type Plan, type PlanSnapshot, type RecordKind, type RecordOf } from './model.js';
import { buildOverview, type Overview } from './overview.js';
import { buildPrintOverview, type PrintOverview } from './print.js';
import * as rules from './rules.js';
import { canAccord, forbidden, hasAccess, isPatientOf, type Permission } from './access.js';
import { Transaction, commitWithRetry, localDate, storage, type Runtime } from './transaction.js';
import { parse } from './validate.js';
import { newId } from './service-helpers.js';

export interface IzpConfig {
  adapter: StorageAdapter;
  /** The user as the host authenticated them; every change is audited under this name and role. */
  user: User;
  /** Who the user acts for, if not themselves (NEN 7513 "namens"). */
  onBehalfOf?: Person;
  /** Clock and id source; tests and servers may supply their own. */
  now?: () => Date;
  newId?: () => string;
  /** Roles that may accord and close a plan besides its case manager; default the GP. */
  managerRoles?: Role[];
}

export const WHAT = {
  config: { nl: 'De configuratie', en: 'The configuration' },
  plan: { nl: 'Het zorgplan', en: 'The care plan' },
  closePlan: { nl: 'Het afsluiten van het zorgplan', en: 'Closing the care plan' },
  goal: { nl: 'Het doel', en: 'The goal' },
  closeGoal: { nl: 'Het afsluiten van het doel', en: 'Closing the goal' },
  agreement: { nl: 'De afspraak', en: 'The agreement' },
  closeAgreement: { nl: 'Het afsluiten van de afspraak', en: 'Closing the agreement' },
  options: { nl: 'De opties', en: 'The options' },
  id: { nl: 'Het id', en: 'The id' },
} satisfies Record<string, Localized>;

export const Id = z.string().check(z.trim(), z.minLength(1), z.maxLength(128));
export class IzpBase {
  readonly user: User;
  protected readonly rt: Runtime;
  protected readonly managerRoles: readonly Role[];

  constructor(config: IzpConfig) {
    const adapter = config?.adapter as Partial<StorageAdapter> | undefined;
    if (!adapter || (['get', 'loadPlan', 'commit', 'history'] as const).some((m) => typeof adapter[m] !== 'function')) {
      throw new ValidationError(
        [{ path: 'adapter', code: 'invalid_type', messages: { nl: 'Adapter is geen StorageAdapter', en: 'Adapter is not a StorageAdapter' } }],
        WHAT.config,
      );
    }
    this.user = parse(User, config.user, WHAT.config, 'user');
    const onBehalfOf = config.onBehalfOf === undefined ? undefined : parse(Person, config.onBehalfOf, WHAT.config, 'onBehalfOf');
    this.rt = {
      adapter: config.adapter,
      user: this.user,
      ...(onBehalfOf ? { onBehalfOf } : {}),
      now: config.now ?? (() => new Date()),
      newId: config.newId ?? newId,
    };
    this.managerRoles = config.managerRoles === undefined ? ['gp'] : parse(z.array(Role), config.managerRoles, WHAT.config, 'managerRoles');
  }

  /** 8 Overzicht: the whole plan as a read model (grouped, with what is due for evaluation). */
  async getOverview(planId: string): Promise<Overview> {
    return buildOverview(await this.snapshot(planId), localDate(this.rt.now()));
  }

  /** 9 Overzicht uitdraaien: the patient's printout as data, in plain words; the print is audited. */
  async getPrintOverview(planId: string, options: PrintOptions = {}): Promise<PrintOverview> {
    const opts = parse(PrintOptions, options, WHAT.options);
    const snap = await this.snapshot(planId);
    const tx = new Transaction(this.rt, snap.plan.patientId, planId);
    tx.log('plan.print', 'plan', null, null, planId);
    await storage(() => this.rt.adapter.commit(tx.toChangeSet()));
    return buildPrintOverview(snap, { date: opts.date ?? localDate(this.rt.now()), includeClosed: opts.includeClosed ?? false });
  }

  /** The patient's one open plan; if none is open, the most recent closed one; null when there is none. */
  async getPlanForPatient(patientId: string): Promise<Plan | null> {
    const pid = parse(Id, patientId, WHAT.id, 'patientId');
    const index = await this.read('patient', pid);
    const id = index?.openPlanId ?? index?.planIds.at(-1);
    const plan = id ? await this.read('plan', id) : null;
    if (plan) await this.guard(plan, 'read');
    return plan;
  }

  /** Every plan the patient ever had, oldest first. */
  async listPlans(patientId: string): Promise<Plan[]> {
    const pid = parse(Id, patientId, WHAT.id, 'patientId');
    const index = await this.read('patient', pid);
    const plans = await Promise.all((index?.planIds ?? []).map((id) => this.read('plan', id)));
    return plans.filter((p): p is Plan => p !== null && hasAccess(this.user, p, 'read'));
  }

  /** The plan with all its goals and agreements, or null. */
  async getPlan(planId: string): Promise<PlanSnapshot | null> {
    const id = parse(Id, planId, WHAT.id, 'planId');
    const snap = await storage(() => this.rt.adapter.loadPlan(id));
    if (!snap) return null;
    await this.guard(snap.plan, 'read');
    return isPatientOf(this.user, snap.plan) ? forPatient(snap) : snap;
  }

  /** Every change to the plan, oldest first. */
  async history(planId: string): Promise<AuditRecord[]> {
    const id = parse(Id, planId, WHAT.id, 'planId');
    const plan = await this.read('plan', id);
    if (plan) await this.guard(plan, 'read');
    const records = await storage(() => this.rt.adapter.history(id));
    return plan && isPatientOf(this.user, plan) ? records.map(auditForPatient) : records;
  }

  /** Every version of one plan, goal or agreement, oldest first (history is never lost). */
  async versions<K extends 'plan' | 'goal' | 'agreement'>(planId: string, kind: K, id: string): Promise<RecordOf<K>[]> {
    const records = await this.history(planId);
    return records
      .filter((r) => r.target.kind === kind && r.target.id === id && r.after)
      .map((r) => r.after as unknown as RecordOf<K>);
  }

  // ---- internals --------------------------------------------------------------------------------

  protected read<K extends RecordKind>(kind: K, id: string): Promise<RecordOf<K> | null> {
    return storage(() => this.rt.adapter.get(kind, id));
  }

  protected async child<K extends 'goal' | 'agreement'>(kind: K, id: string, planId: string): Promise<RecordOf<K>> {
    const record = await this.read(kind, id);
    if (!record || record.planId !== planId) throw new NotFoundError(kind, id);
    return record;
  }

  /** A goal or agreement of an open plan, itself open, at the version the user saw. */
  protected async openChild<K extends 'goal' | 'agreement'>(kind: K, id: string, plan: Plan, expectedVersion: number | undefined): Promise<RecordOf<K>> {
    rules.assertPlanOpen(plan);
    const record = await this.child(kind, id, plan.id);
    if (kind === 'goal') rules.assertGoalOpen(record as Goal);
    else rules.assertAgreementOpen(record as Agreement);
    rules.assertVersion(kind, record, expectedVersion);
    return record;
  }

  protected async snapshot(planId: string): Promise<PlanSnapshot> {
    const snap = await this.getPlan(planId);
    if (!snap) throw new NotFoundError('plan', planId);
    return snap;
  }

  /**
   * Refuses a user the patient has not granted this access, and records the refusal in the plan's
   * history (NEN 7513 asks for refused access too). The record is best effort: the refusal stands even
   * when storage is down.
   */
  protected async guard(plan: Plan, permission: Permission): Promise<void> {
    if (hasAccess(this.user, plan, permission)) return;
    const tx = new Transaction(this.rt, plan.patientId, plan.id);
    tx.log('access.denied', 'plan', null, null, plan.id);
    await storage(() => this.rt.adapter.commit(tx.toChangeSet())).catch(() => undefined);
    throw forbidden({ nl: permission === 'read' ? 'dit zorgplan inzien' : 'dit zorgplan wijzigen', en: permission === 'read' ? 'read this care plan' : 'change this care plan' });
  }

  /** Accord and close: the case manager, or a role the host lets run the workflow. */
  protected assertManager(plan: Plan, action: Localized): void {
    rules.assertCanManagePlan(this.user, action);
    if (!canAccord(this.user, plan, this.managerRoles)) throw forbidden(action);
  }

  /** Loads the plan, checks write access (or, with `patientMay`, that the user is its patient), builds, commits. */
  protected async mutate<T>(planId: string, opts: z.output<typeof ChangeOptions>, fn: (tx: Transaction, plan: Plan) => Promise<T>, patientMay = false): Promise<T> {
    const id = parse(Id, planId, WHAT.id, 'planId');
    return commitWithRetry(this.rt, async () => {
      const plan = await this.read('plan', id);
      if (!plan) throw new NotFoundError('plan', id);
      if (!(patientMay && isPatientOf(this.user, plan))) await this.guard(plan, 'write');
      const tx = new Transaction(this.rt, plan.patientId, plan.id, opts.reason);
      return { tx, result: await fn(tx, plan) };
    }, opts.signal);
  }

  protected async mutateSnapshot<T>(planId: string, opts: z.output<typeof ChangeOptions>, fn: (tx: Transaction, snap: PlanSnapshot) => Promise<T>): Promise<T> {
    const id = parse(Id, planId, WHAT.id, 'planId');
    return commitWithRetry(this.rt, async () => {
      const snap = await storage(() => this.rt.adapter.loadPlan(id));
      if (!snap) throw new NotFoundError('plan', id);
      await this.guard(snap.plan, 'write');
      const tx = new Transaction(this.rt, snap.plan.patientId, snap.plan.id, opts.reason);
      return { tx, result: await fn(tx, snap) };
    }, opts.signal);
  }

  /** The snapshot as it will be once `tx` is committed, so callers need not load it again. */
  protected loadPlanAfter(plan: Plan, snap: PlanSnapshot, tx: Transaction): PlanSnapshot {
    return snapshotAfter({ ...snap, plan }, tx);
  }

}

/** Applies a transaction's writes to a snapshot: replaced records swapped in, new ones appended. */
export function snapshotAfter(snap: PlanSnapshot, tx: Transaction): PlanSnapshot {
  const written = new Map(tx.writes.map((w) => [w.record.id, w.record]));
  const merge = <T extends { id: string }>(list: T[], kind: RecordKind): T[] => [
    ...list.map((r) => (written.get(r.id) as T | undefined) ?? r),
    ...tx.writes.filter((w) => w.kind === kind && w.expectedVersion === 0).map((w) => w.record as unknown as T),
  ];
  const profile = tx.writes.find((w) => w.kind === 'profile')?.record as PlanProfile | undefined;
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
