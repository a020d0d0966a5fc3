/**
 * The nine functions of the reference model (plus accord and updates), over any StorageAdapter.
 * Each function validates all of its input before it reads anything, checks the rules on fresh data,
 * and commits one change set with its audit records.
 */
import { NotFoundError, ValidationError } from './errors.js';
import {
  AccordInput, AgreementChanges, AgreementInput, ChangeOptions, CloseAgreementInput, CloseGoalInput, ClosePlanInput,
  CreatePlanInput, GoalChanges, GoalInput, UpdatePlanInput,
} from './inputs.js';
import type { Agreement, Goal, Plan, PlanSnapshot } from './model.js';
import { initialAccess, isPatientOf } from './access.js';
import * as rules from './rules.js';
import { IzpBase, Id, WHAT } from './service-base.js';
import { applyChanges, closeAgreements } from './service-helpers.js';
import { Transaction, commitWithRetry, localDate, stampOf } from './transaction.js';
import { parse } from './validate.js';


/** The nine functions and the accord; `Izp` (izp.ts) adds following up the plan. */
export class IzpFunctions extends IzpBase {
  /** 1 Invoeren nieuw IZP: a concept plan for a patient who has no open plan. */
  async createPlan(input: CreatePlanInput): Promise<Plan> {
    const data = parse(CreatePlanInput, input, WHAT.plan);
    rules.assertCanManagePlan(this.user, { nl: 'een zorgplan maken', en: 'create a care plan' });
    try {
      return await commitWithRetry(this.rt, async () => {
        const index = await this.read('patient', data.patientId);
        rules.assertNoOpenPlan(index);
        const stamp = stampOf(this.rt);
        const plan: Plan = {
          id: this.rt.newId(),
          version: 1,
          patientId: data.patientId,
          ...(data.patientName ? { patientName: data.patientName } : {}),
          status: 'draft',
          ...(data.title ? { title: data.title } : {}),
          conditions: data.conditions ?? [],
          caseManager: data.caseManager ?? stamp.by,
          careTeam: data.careTeam ?? [],
          access: initialAccess({ caseManager: data.caseManager ?? stamp.by, careTeam: data.careTeam ?? [] }, stamp.by, stamp),
          start: data.start ?? localDate(this.rt.now()),
          ...(data.nextEvaluationDate ? { nextEvaluationDate: data.nextEvaluationDate } : {}),
          ...(data.evaluationSchedule ? { evaluationSchedule: data.evaluationSchedule } : {}),
          created: stamp,
          updated: stamp,
        };
        const tx = new Transaction(this.rt, plan.patientId, plan.id);
        tx.put({
          kind: 'patient',
          expectedVersion: index?.version ?? 0,
          record: { id: data.patientId, version: (index?.version ?? 0) + 1, planIds: [...(index?.planIds ?? []), plan.id], openPlanId: plan.id },
        });
        tx.create('plan', plan, 'plan.create');
        return { tx, result: plan };
      });
    } catch (error) {
      // Someone else started a plan for this patient at the same moment: say so as the rule it is.
      if (error instanceof Error && (error as { code?: string; kind?: string }).code === 'conflict' && (error as { kind?: string }).kind === 'patient') {
        rules.assertNoOpenPlan(await this.read('patient', data.patientId));
      }
      throw error;
    }
  }

  /** Changes the plan's own fields (case manager, care team, next evaluation). */
  async updatePlan(planId: string, changes: UpdatePlanInput, options: ChangeOptions = {}): Promise<Plan> {
    const data = parse(UpdatePlanInput, changes, WHAT.plan);
    const opts = parse(ChangeOptions, options, WHAT.options);
    rules.assertCanManagePlan(this.user, { nl: 'een zorgplan wijzigen', en: 'change a care plan' });
    return this.mutate(planId, opts, async (tx, plan) => {
      rules.assertPlanOpen(plan);
      rules.assertVersion('plan', plan, opts.expectedVersion);
      tx.pin('plan', plan);
      return tx.replaceWhole('plan', plan, applyChanges(plan, data), 'plan.update');
    });
  }

  /**
   * The case manager accords the concept: the plan and the chosen concept goals and agreements become
   * current. Goals left out (a goal for later) stay proposed.
   */
  async accordPlan(planId: string, input: AccordInput = {}, options: ChangeOptions = {}): Promise<PlanSnapshot> {
    const data = parse(AccordInput, input, WHAT.plan);
    const opts = parse(ChangeOptions, options, WHAT.options);
    rules.assertCanManagePlan(this.user, { nl: 'een zorgplan accorderen', en: 'accord a care plan' });
    return this.mutateSnapshot(planId, opts, async (tx, snap) => {
      const { plan } = snap;
      this.assertManager(plan, { nl: 'een zorgplan accorderen', en: 'accord a care plan' });
      rules.assertPlanOpen(plan);
      rules.assertVersion('plan', plan, opts.expectedVersion);
      tx.pin('plan', plan);
      const today = localDate(this.rt.now());
      const stamp = tx.stamp();
      const next = plan.status === 'draft' ? tx.replace('plan', plan, { status: 'active', accorded: stamp }, 'plan.accord') : plan;
      if (next === plan) tx.check('plan', plan);
      const goalIds = new Set(data.goalIds ?? snap.goals.filter((g) => g.status === 'proposed').map((g) => g.id));
      for (const id of goalIds) {
        const goal = snap.goals.find((g) => g.id === id);
        if (!goal) throw new NotFoundError('goal', id);
        if (goal.status === 'proposed') tx.replace('goal', goal, { status: 'active', achievement: goal.achievement ?? 'in-progress' }, 'goal.accord');
      }
      const current = (goalId: string) => goalIds.has(goalId) || snap.goals.some((g) => g.id === goalId && rules.goalPhase(g) === 'current');
      const agreementIds = data.agreementIds ?? snap.agreements.filter((a) => a.status === 'draft' && current(a.goalId)).map((a) => a.id);
      for (const id of agreementIds) {
        const agreement = snap.agreements.find((a) => a.id === id);
        if (!agreement) throw new NotFoundError('agreement', id);
        if (agreement.status !== 'draft') continue;
        if (!current(agreement.goalId)) {
          throw new ValidationError([{ path: 'agreementIds', code: 'custom', messages: {
            nl: 'Een afspraak kan pas actueel worden als haar doel actueel is',
            en: 'An agreement can only become current when its goal is current',
          } }], WHAT.agreement);
        }
        tx.replace('agreement', agreement, { status: rules.agreementStatusOnAccord(agreement, today) }, 'agreement.accord');
      }
      for (const goal of snap.goals) if (!tx.writes.some((w) => w.record.id === goal.id)) tx.check('goal', goal);
      return this.loadPlanAfter(next, snap, tx);
    });
  }

  /** 2 Afsluiten IZP: closes the plan and everything still open in it, with a reason. */
  async closePlan(planId: string, input: ClosePlanInput, options: ChangeOptions = {}): Promise<PlanSnapshot> {
    const data = parse(ClosePlanInput, input, WHAT.closePlan);
    const opts = parse(ChangeOptions, options, WHAT.options);
    rules.assertCanManagePlan(this.user, { nl: 'een zorgplan afsluiten', en: 'close a care plan' });
    return this.mutateSnapshot(planId, { ...opts, reason: opts.reason ?? data.reason }, async (tx, snap) => {
      const { plan } = snap;
      this.assertManager(plan, { nl: 'een zorgplan afsluiten', en: 'close a care plan' });
      rules.assertPlanOpen(plan);
      rules.assertVersion('plan', plan, opts.expectedVersion);
      const end = data.end ?? localDate(this.rt.now());
      rules.assertDateOrder(plan.start, end, 'end', WHAT.closePlan);
      tx.pin('plan', plan);
      const status = data.status ?? 'completed';
      const stamp = tx.stamp();
      const closed = tx.replace('plan', plan, { status, end, closeReason: data.reason, closed: stamp }, 'plan.close');
      for (const goal of snap.goals.filter(rules.isGoalOpen)) {
        tx.replace('goal', goal, { status: rules.goalStatusOnPlanClose(goal, status), closedWith: 'plan', closed: stamp, closeNote: data.reason }, 'goal.close');
      }
      closeAgreements(tx, snap.agreements, 'stopped', 'plan', data.reason);
      const index = await this.read('patient', plan.patientId);
      tx.touch(index, index?.openPlanId === plan.id ? { openPlanId: null } : {});
      return this.loadPlanAfter(closed, snap, tx);
    });
  }

  /** 3 Invoeren doel: a concept goal in the patient's words. */
  async addGoal(planId: string, input: GoalInput, options: ChangeOptions = {}): Promise<Goal> {
    const data = parse(GoalInput, input, WHAT.goal);
    const opts = parse(ChangeOptions, options, WHAT.options);
    return this.mutate(planId, opts, async (tx, plan) => {
      rules.assertPlanOpen(plan);
      tx.check('plan', plan);
      tx.touch(await this.read('patient', plan.patientId));
      const stamp = tx.stamp();
      const goal: Goal = {
        ...data,
        id: this.rt.newId(),
        version: 1,
        planId,
        targets: data.targets ?? [],
        expressedBy: isPatientOf(this.user, plan) ? 'patient' : (data.expressedBy ?? 'patient'),
        status: 'proposed',
        start: data.start ?? localDate(this.rt.now()),
        created: stamp,
        updated: stamp,
      };
      for (const [i, t] of goal.targets.entries()) rules.assertDateOrder(goal.start, t.due, `targets.${i}.due`, WHAT.goal);
      return tx.create('goal', goal, 'goal.add');
    }, true); // a patient may add a goal of their own: proposed, for the team to discuss
  }

  /** Changes a goal; the previous version stays readable in `versions()`. */
  async updateGoal(planId: string, goalId: string, changes: GoalChanges, options: ChangeOptions = {}): Promise<Goal> {
    const id = parse(Id, goalId, WHAT.id, 'goalId');
    const data = parse(GoalChanges, changes, WHAT.goal);
    const opts = parse(ChangeOptions, options, WHAT.options);
    return this.mutate(planId, opts, async (tx, plan) => {
      const goal = await this.openChild('goal', id, plan, opts.expectedVersion);
      const next = applyChanges(goal, data);
      for (const [i, t] of next.targets.entries()) rules.assertDateOrder(next.start, t.due, `targets.${i}.due`, WHAT.goal);
      tx.check('plan', plan);
      tx.pin('goal', goal);
      return tx.replaceWhole('goal', goal, next, 'goal.update');
    });
  }

  /** 4 Afsluiten doel: with its outcome; its open agreements close with it. */
  async closeGoal(planId: string, goalId: string, input: CloseGoalInput, options: ChangeOptions = {}): Promise<Goal> {
    const id = parse(Id, goalId, WHAT.id, 'goalId');
    const data = parse(CloseGoalInput, input, WHAT.closeGoal);
    const opts = parse(ChangeOptions, options, WHAT.options);
    rules.assertCanManagePlan(this.user, { nl: 'een doel afsluiten', en: 'close a goal' });
    return this.mutateSnapshot(planId, opts, async (tx, snap) => {
      rules.assertPlanOpen(snap.plan);
      const goal = snap.goals.find((g) => g.id === id);
      if (!goal) throw new NotFoundError('goal', id);
      rules.assertGoalOpen(goal);
      rules.assertVersion('goal', goal, opts.expectedVersion);
      tx.check('plan', snap.plan);
      tx.pin('goal', goal);
      tx.touch(await this.read('patient', snap.plan.patientId));
      const closed = tx.replace('goal', goal, {
        ...rules.goalClosing(data.outcome), outcome: data.outcome, closed: tx.stamp(), ...(data.note ? { closeNote: data.note } : {}),
      }, 'goal.close');
      closeAgreements(tx, snap.agreements.filter((a) => a.goalId === id), rules.agreementStatusOnGoalClose(data.outcome), 'goal', data.note);
      return closed;
    });
  }

  /** 5 Invoeren nieuwe afspraak: a concept agreement under an open goal of the same plan. */
  async addAgreement(planId: string, goalId: string, input: AgreementInput, options: ChangeOptions = {}): Promise<Agreement> {
    const gid = parse(Id, goalId, WHAT.id, 'goalId');
    const data = parse(AgreementInput, input, WHAT.agreement);
    const opts = parse(ChangeOptions, options, WHAT.options);
    rules.assertDateOrder(data.start, data.end, 'end', WHAT.agreement);
    return this.mutate(planId, opts, async (tx, plan) => {
      rules.assertPlanOpen(plan);
      const goal = await this.read('goal', gid);
      rules.assertGoalInPlan(goal, planId);
      rules.assertGoalOpen(goal);
      tx.check('plan', plan);
      tx.check('goal', goal);
      tx.touch(await this.read('patient', plan.patientId));
      const stamp = tx.stamp();
      const agreement: Agreement = { ...data, id: this.rt.newId(), version: 1, planId, goalId: gid, status: 'draft', created: stamp, updated: stamp };
      return tx.create('agreement', agreement, 'agreement.add');
    });
  }

  /** 6 Aanpassen afspraak: a new version; the earlier one stays readable in `versions()`. */
  async updateAgreement(planId: string, agreementId: string, changes: AgreementChanges, options: ChangeOptions = {}): Promise<Agreement> {
    const id = parse(Id, agreementId, WHAT.id, 'agreementId');
    const data = parse(AgreementChanges, changes, WHAT.agreement);
    const opts = parse(ChangeOptions, options, WHAT.options);
    return this.mutate(planId, opts, async (tx, plan) => {
      const agreement = await this.openChild('agreement', id, plan, opts.expectedVersion);
      // The reason belongs to one version: the next version states its own, or none.
      const { changeReason: _previous, ...rest } = agreement;
      const next: Agreement = { ...applyChanges(rest as Agreement, data), ...(opts.reason ? { changeReason: opts.reason } : {}) };
      rules.assertDateOrder(next.start, next.end, 'end', WHAT.agreement);
      if (next.status !== 'draft' && agreement.status === 'draft' && data.status) {
        throw new ValidationError([{ path: 'status', code: 'custom', messages: {
          nl: 'Status: een concept-afspraak wordt actueel door het accorderen', en: 'Status: a concept agreement becomes current by accord',
        } }], WHAT.agreement);
      }
      const goal = await this.read('goal', next.goalId);
      rules.assertGoalInPlan(goal, planId);
      rules.assertGoalOpen(goal);
      tx.check('plan', plan);
      tx.check('goal', goal);
      tx.pin('agreement', agreement);
      return tx.replaceWhole('agreement', agreement, next, 'agreement.update');
    });
  }

  /** 7 Afsluiten afspraak: completed, stopped or cancelled, with a note. */
  async closeAgreement(planId: string, agreementId: string, input: CloseAgreementInput, options: ChangeOptions = {}): Promise<Agreement> {
    const id = parse(Id, agreementId, WHAT.id, 'agreementId');
    const data = parse(CloseAgreementInput, input, WHAT.closeAgreement);
    const opts = parse(ChangeOptions, options, WHAT.options);
    return this.mutate(planId, opts, async (tx, plan) => {
      const agreement = await this.openChild('agreement', id, plan, opts.expectedVersion);
      tx.check('plan', plan);
      tx.pin('agreement', agreement);
      return tx.replace('agreement', agreement, { status: data.outcome, closed: tx.stamp(), ...(data.note ? { closeNote: data.note } : {}) }, 'agreement.close');
    });
  }

}
