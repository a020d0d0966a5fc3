/**
 * The full core: the nine functions (service.ts) plus following up the plan ("vervolgen"): evaluating
 * an agreement, a goal or the whole plan, adjusting in the same step, and the consultation view.
 */
import type * as z from 'zod/mini';
import { buildConsultation, type Consultation } from './consultation.js';
import { NotFoundError } from './errors.js';
import { ChangeOptions, EvaluateInput, GrantAccessInput } from './inputs.js';
import { forbidden, isPatientOf } from './access.js';
import type { AccessGrant, Agreement, Evaluation, Goal, Plan, PlanSnapshot, Stamp } from './model.js';
import * as rules from './rules.js';
import { Id, type IzpConfig, WHAT } from './service-base.js';
import { applyChanges } from './service-helpers.js';
import { IzpFunctions } from './service.js';
import { Transaction, commitWithRetry, localDate } from './transaction.js';
import { fieldError, parse } from './validate.js';

const EVALUATION = { nl: 'De evaluatie', en: 'The evaluation' };
const ACCESS = { nl: 'De toegang', en: 'The access' };
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
    rules.assertDateOrder(date, data.nextEvaluationDate, 'nextEvaluationDate', EVALUATION);
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
        tx.pin(plan);
        if (next) tx.replace('plan', plan, { nextEvaluationDate: next }, 'plan.update');
        else tx.check('plan', plan);
      } else if (data.target.kind === 'goal') {
        const goal = find(snap.goals, data.target.id, 'goal');
        rules.assertGoalOpen(goal);
        rules.assertVersion('goal', goal, opts.expectedVersion);
        tx.pin(goal);
        const changed = data.changeGoal ? applyChanges(goal, data.changeGoal) : goal;
        for (const [i, t] of changed.targets.entries()) rules.assertDateOrder(changed.start, t.due, `changeGoal.targets.${i}.due`, EVALUATION);
        tx.replaceWhole('goal', goal, { ...changed, achievement: rules.achievementAfter(data.outcome, goal.achievement) }, 'goal.update');
        tx.check('plan', plan);
      } else {
        const agreement = find(snap.agreements, data.target.id, 'agreement');
        rules.assertAgreementOpen(agreement);
        rules.assertVersion('agreement', agreement, opts.expectedVersion);
        tx.pin(agreement);
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
      const written = new Map(tx.writes.map((w) => [w.record.id, w.record]));
      return {
        evaluation,
        snapshot: {
          plan: (written.get(plan.id) as typeof plan | undefined) ?? plan,
          goals: snap.goals.map((g) => (written.get(g.id) as Goal | undefined) ?? g),
          agreements: snap.agreements.map((a) => (written.get(a.id) as Agreement | undefined) ?? a),
          evaluations: [...snap.evaluations, evaluation],
        },
      };
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
      ...(plan.access ?? []).filter((g) => g.actor.id !== data.actor.id),
      { actor: data.actor, permission: data.permission, granted: stamp },
    ]);
  }

  /** The patient withdraws a person's access; from then on the core refuses them (and records it). */
  async revokeAccess(planId: string, actorId: string, options: ChangeOptions = {}): Promise<Plan> {
    const id = parse(Id, actorId, ACCESS, 'actorId');
    const opts = parse(ChangeOptions, options, WHAT.options);
    return this.changeAccess(planId, opts, 'access.revoke', (plan) => {
      if (!plan.access?.some((g) => g.actor.id === id)) throw new NotFoundError('plan', `${plan.id}/access/${id}`);
      return plan.access.filter((g) => g.actor.id !== id);
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
      tx.pin(plan);
      return { tx, result: tx.replace('plan', plan, { access: next(plan, tx.stamp()) }, action) };
    }, opts.signal);
  }

  /** The start of a consultation: what was agreed, what is due, what changed since the last evaluation. */
  async getConsultation(planId: string): Promise<Consultation> {
    const snap = await this.getPlan(planId);
    if (!snap) throw new NotFoundError('plan', planId);
    return buildConsultation(snap, await this.history(planId), localDate(this.rt.now()));
  }
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
