/**
 * The full core: the nine functions (service.ts) plus following up the plan ("vervolgen"): evaluating
 * an agreement, a goal or the whole plan, adjusting in the same step, and the consultation view.
 */
import type * as z from 'zod/mini';
import { buildConsultation, type Consultation } from './consultation.js';
import { ConflictError, NotFoundError, RuleError } from './errors.js';
import { ChangeOptions, DiaryInput, EvaluateInput, GrantAccessInput, MeasurementInput, ProfileChanges } from './inputs.js';
import { forbidden, initialAccess, isPatientOf } from './access.js';
import type { AccessGrant, Agreement, DiaryEntry, Evaluation, MeasurementRecord, Plan, PlanProfile, PlanSnapshot, Stamp } from './model.js';
import * as rules from './rules.js';
import { Id, type IzpConfig, WHAT, snapshotAfter } from './service-base.js';
import { applyChanges } from './service-helpers.js';
import { IzpFunctions } from './service.js';
import { Transaction, commitWithRetry, localDate } from './transaction.js';
import { fieldError, parse } from './validate.js';

const EVALUATION = { nl: 'De evaluatie', en: 'The evaluation' };
const ACCESS = { nl: 'De toegang', en: 'The access' };
const PROFILE = { nl: 'Het onderdeel', en: 'The section' };
const MEASUREMENT = { nl: 'De meting', en: 'The measurement' };
const DIARY = { nl: 'Het dagboekbericht', en: 'The diary entry' };
type ChangeOptionsOutput = z.output<typeof ChangeOptions>;

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
    rules.assertDateOrder(date, data.nextEvaluationDate, 'nextEvaluationDate', EVALUATION, { nl: 'de evaluatiedatum', en: 'the evaluation date' });
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
        tx.pin('plan', plan);
        if (next) tx.replace('plan', plan, { nextEvaluationDate: next }, 'plan.update');
        else tx.check('plan', plan);
      } else if (data.target.kind === 'goal') {
        const goal = find(snap.goals, data.target.id, 'goal');
        rules.assertGoalOpen(goal);
        rules.assertVersion('goal', goal, opts.expectedVersion);
        tx.pin('goal', goal);
        const changed = data.changeGoal ? applyChanges(goal, data.changeGoal) : goal;
        for (const [i, t] of changed.targets.entries()) rules.assertDateOrder(changed.start, t.due, `changeGoal.targets.${i}.due`, EVALUATION);
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
          rules.assertDateOrder(changed.start, changed.end, 'changeAgreement.end', EVALUATION);
          const reason = data.changeAgreement ? (opts.reason ?? data.note) : undefined;
          tx.replaceWhole('agreement', agreement, { ...changed, ...(reason ? { changeReason: reason } : {}) }, 'agreement.update');
        }
        tx.check('plan', plan);
      }
      tx.create('evaluation', evaluation, 'evaluation.add');
      return { evaluation, snapshot: snapshotAfter(snap, tx) };
    });
  }

  /**
   * The patient grants a provider or informal carer access to their plan: read, or read and write. The
   * case manager may record the patient's choice for them. Replaces an earlier grant to the same person.
   */
  async grantAccess(planId: string, input: GrantAccessInput, options: ChangeOptions = {}): Promise<Plan> {
    const data = parse(GrantAccessInput, input, ACCESS);
    const opts = parse(ChangeOptions, options, WHAT.options);
    return this.changeAccess(planId, opts, 'access.grant', (plan, stamp) => [
      ...currentAccess(plan, stamp).filter((g) => g.actor.id !== data.actor.id),
      { actor: data.actor, permission: data.permission, granted: stamp },
    ]);
  }

  /** The patient withdraws a person's access; from then on the core refuses them (and records it). */
  async revokeAccess(planId: string, actorId: string, options: ChangeOptions = {}): Promise<Plan> {
    const id = parse(Id, actorId, ACCESS, 'actorId');
    const opts = parse(ChangeOptions, options, WHAT.options);
    return this.changeAccess(planId, opts, 'access.revoke', (plan, stamp) => {
      const access = currentAccess(plan, stamp);
      if (!access.some((g) => g.actor.id === id)) throw new NotFoundError('plan', `${plan.id}/access/${id}`);
      if (plan.caseManager.id === id) {
        throw new RuleError('case-manager-access', {
          nl: 'De casemanager is de vaste contactpersoon en houdt toegang; kies eerst een andere casemanager',
          en: 'The case manager is the fixed contact and keeps access; choose another case manager first',
        });
      }
      return access.filter((g) => g.actor.id !== id);
    });
  }

  private changeAccess(planId: string, opts: ChangeOptionsOutput, action: 'access.grant' | 'access.revoke', next: (plan: Plan, stamp: Stamp) => AccessGrant[]): Promise<Plan> {
    const pid = parse(Id, planId, WHAT.id, 'planId');
    return commitWithRetry(this.rt, async () => {
      const plan = await this.read('plan', pid);
      if (!plan) throw new NotFoundError('plan', pid);
      const caseManager = !!plan.caseManager.id && plan.caseManager.id === this.user.id;
      if (!isPatientOf(this.user, plan) && !caseManager) {
        throw forbidden({ nl: 'toegang tot dit zorgplan regelen (dat doet de patiënt)', en: 'manage access to this care plan (the patient does)' });
      }
      rules.assertPlanOpen(plan);
      rules.assertVersion('plan', plan, opts.expectedVersion);
      const tx = new Transaction(this.rt, plan.patientId, plan.id, opts.reason);
      tx.pin('plan', plan);
      return { tx, result: tx.replace('plan', plan, { access: next(plan, tx.stamp()) }, action) };
    }, opts.signal);
  }

  /**
   * Fills in or changes the plan's optional modules (complaints, SFMPC inventory, motivation, shared
   * decisions, links, ...). The first change creates them; `expectedVersion` is the profile's version.
   */
  async updateProfile(planId: string, changes: ProfileChanges, options: ChangeOptions = {}): Promise<PlanProfile> {
    const data = parse(ProfileChanges, changes, PROFILE);
    const opts = parse(ChangeOptions, options, WHAT.options);
    return this.mutate(planId, opts, async (tx, plan) => {
      rules.assertPlanOpen(plan);
      const current = await this.read('profile', plan.id);
      if (opts.expectedVersion !== undefined && (current?.version ?? 0) !== opts.expectedVersion) {
        throw new ConflictError('profile', plan.id, opts.expectedVersion, current?.version ?? null, current);
      }
      const stamp = tx.stamp();
      const decisions = data.decisions?.map((d) => ({ ...d, id: d.id ?? this.rt.newId() }));
      const base: PlanProfile = current ?? { id: plan.id, version: 0, planId: plan.id, decisions: [], links: [], created: stamp, updated: stamp };
      const next = applyChanges(base, { ...data, ...(decisions ? { decisions } : {}) });
      if (next.inventory) next.inventory = applyChanges({}, next.inventory as Record<string, unknown>);
      tx.pin('profile', base);
      tx.check('plan', plan);
      if (!current) return tx.create('profile', { ...next, version: 1 }, 'profile.update');
      return tx.replaceWhole('profile', current, next, 'profile.update');
    });
  }

  /** A measured value (a home measurement by the patient, a lab result by the team). */
  async addMeasurement(planId: string, input: MeasurementInput, options: ChangeOptions = {}): Promise<MeasurementRecord> {
    const data = parse(MeasurementInput, input, MEASUREMENT);
    const opts = parse(ChangeOptions, options, WHAT.options);
    const today = localDate(this.rt.now());
    if (data.date && data.date > today) throw fieldError('date', { nl: 'ligt in de toekomst', en: 'is in the future' }, MEASUREMENT);
    return this.mutate(planId, opts, async (tx, plan) => {
      rules.assertPlanOpen(plan);
      tx.check('plan', plan);
      const stamp = tx.stamp();
      return tx.create('measurement', { ...data, id: this.rt.newId(), version: 1, planId: plan.id, date: data.date ?? today, by: stamp.by, created: stamp, updated: stamp }, 'measurement.add');
    }, true);
  }

  /** The patient's diary: only the patient writes it; the care team reads it. */
  async addDiaryEntry(planId: string, input: DiaryInput, options: ChangeOptions = {}): Promise<DiaryEntry> {
    const data = parse(DiaryInput, input, DIARY);
    const opts = parse(ChangeOptions, options, WHAT.options);
    const today = localDate(this.rt.now());
    if (data.date && data.date > today) throw fieldError('date', { nl: 'ligt in de toekomst', en: 'is in the future' }, DIARY);
    return this.mutate(planId, opts, async (tx, plan) => {
      if (!isPatientOf(this.user, plan)) throw forbidden({ nl: 'in het dagboek van de patiënt schrijven', en: "write in the patient's diary" });
      rules.assertPlanOpen(plan);
      tx.check('plan', plan);
      const stamp = tx.stamp();
      return tx.create('diary', { id: this.rt.newId(), version: 1, planId: plan.id, date: data.date ?? today, text: data.text, by: stamp.by, created: stamp, updated: stamp }, 'diary.add');
    }, true);
  }

  /** The start of a consultation: what was agreed, what is due, what changed since the last evaluation. */
  async getConsultation(planId: string): Promise<Consultation> {
    const snap = await this.getPlan(planId);
    if (!snap) throw new NotFoundError('plan', planId);
    return buildConsultation(snap, await this.history(planId), localDate(this.rt.now()));
  }
}

/**
 * A plan from before access lists existed was open to its whole team; the patient's first choice starts
 * from that team rather than from nobody, so one grant does not shut everyone else out.
 */
function currentAccess(plan: Plan, stamp: Stamp): AccessGrant[] {
  return plan.access ?? initialAccess(plan, plan.created.by, stamp);
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
