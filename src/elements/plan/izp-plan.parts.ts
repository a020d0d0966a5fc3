/**
 * The plan's header and the "start a plan" panel, as render functions of `<izp-plan>`. They get what they
 * show as explicit inputs (`PlanPartsInputs`), never the element itself.
 */
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { agreementPhase, goalPhase, isGoalOpen, isPlanOpen, type Agreement, type Goal, type Izp, type PlanSnapshot, type Role } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';
import { contactLink } from '../shared/contact.js';
import type { PlanChanges, View } from '../shared/context.js';
import { evaluable, type EvaluationOnDemand } from '../shared/evaluate-item.js';
import { field } from '../shared/fields.js';
import type { MenuItem } from '../shared/row-menu.js';
import { indexOf, type SnapshotIndex } from '../shared/snapshot-index.js';
import type { PlanActions } from './plan-actions.js';

export interface PlanPartsInputs {
  l: Localizer;
  view: View;
  /** The plan's functions, with their forms and dialogs. */
  actions: PlanActions;
  /** The core, handed to the FHIR import of a patient without a plan. */
  izp: Izp | null;
  /** The patient of `<izp-plan>`: a new plan or an import is for them. */
  patient: { id: string; name: string };
  /** The plan's own `<izp-evaluation>` in the header, rendered and opened by the menu's "Evalueren". */
  evaluation: EvaluationOnDemand;
  /** Reads the patient's plan from scratch (after an import). */
  load: () => Promise<void>;
}

export function renderPlanHeader(inputs: PlanPartsInputs, snapshot: PlanSnapshot) {
  const { t, date } = inputs.l;
  const { plan } = snapshot;
  const actions = inputs.actions;
  const open = isPlanOpen(plan);
  // The patient reads their plan in their own words: no "Casemanager" or "Aandoeningen" there.
  const plain = inputs.view === 'patient';
  const member = plan.careTeam.find((m) => (plan.caseManager.id && m.id === plan.caseManager.id) || m.name === plan.caseManager.name);
  const person = (name: string, role: Role | undefined) => (role ? t.personWithRole(name, t.roles[role]) : name);
  const canEvaluate = open && actions.may('evaluate') && evaluable(snapshot, { kind: 'plan' });
  const menu: MenuItem[] = [
    ...(canEvaluate ? [{ label: t.evaluate, run: (trigger: HTMLElement) => void inputs.evaluation.open(trigger) }] : []),
    ...(open && actions.may('plan.close') ? [{ label: t.closePlan, danger: true, run: (trigger: HTMLElement) => actions.openClose(trigger) }] : []),
  ];
  // One line of facts: the care team has its own section in the professional view, so it is not repeated here.
  return html`<header part="header" class="panel header" role="none">
    <div class="title-row">
      <h2 tabindex="-1">${t.planTitle}${plan.patientName ? html` <span class="patient">· ${plan.patientName}</span>` : nothing}</h2>
      <span class="badge status-${plan.status}">${t.planStatus[plan.status]}</span>
      <div class="actions">
        ${open && plan.status === 'draft' && actions.may('plan.accord') ? html`<button type="button" class="primary" ?disabled=${actions.accord.saving}
            aria-describedby="accord-help" @click=${() => actions.runAccord(snapshot)}>${t.accordPlan}</button>` : nothing}
        ${actions.menu.render(t.rowActions, t.rowActionsFor(t.planTitle), menu)}
        <slot name="header-actions"></slot>
      </div>
    </div>
    <dl class="facts">
      <div><dt>${plain ? t.contactPerson : t.caseManager}</dt><dd>${person(plan.caseManager.name, plan.caseManager.role)}
        ${member?.contact ? html` · ${contactLink(member.contact)}` : nothing}</dd></div>
      <div><dt>${t.nextEvaluation}</dt><dd>${plan.nextEvaluationDate ? date(plan.nextEvaluationDate) : t.none}</dd></div>
      ${plan.evaluationSchedule ? html`<div><dt>${t.evaluationSchedule}</dt><dd>${plan.evaluationSchedule}</dd></div>` : nothing}
      ${plan.conditions.length ? html`<div><dt>${plain ? t.planAbout : t.conditions}</dt><dd>${plan.conditions.join(', ')}</dd></div>` : nothing}
      ${plain && plan.careTeam.length ? html`<div><dt>${t.careTeamPlain}</dt><dd>${plan.careTeam.map((m) => person(m.name, m.role)).join('; ')}</dd></div>` : nothing}
    </dl>
    ${open && plan.status === 'draft' && actions.may('plan.accord') ? html`<p class="help" id="accord-help">${t.accordHelp}</p>` : nothing}
    ${!open && plan.closeReason ? html`<p>${t.planClosedNote(date(plan.end), plan.closeReason)}</p>` : nothing}
    ${actions.accord.renderStatus()}
    ${open && plan.status === 'active' ? renderAwaitingAccord(inputs, snapshot) : nothing}
    ${canEvaluate ? inputs.evaluation.render('plan', plan.id, 3) : nothing}
    ${open && actions.may('plan.close') ? actions.renderCloseDialog(snapshot) : nothing}
  </header>`;
}

/**
 * What the plan's own template (header, tabs, section) shows of a snapshot, as values compared by
 * identity. Everything else it shows comes from the plan element itself, whose every other reason to
 * update counts as a change (`IzpPlan.requestUpdate`). A re-read in which only agreements or evaluations
 * changed leaves all of these the same, and the plan leaves its template alone: the goals and
 * agreements update themselves. (Handlers in the template keep the snapshot they were made with; they
 * read only its plan record, which is among these.)
 */
export function planKey(inputs: PlanPartsInputs, snapshot: PlanSnapshot, step?: PlanChanges | null): unknown[] {
  const awaiting = awaitingAccord(snapshot, step);
  return [inputs.l, inputs.view, inputs.izp, snapshot.plan, snapshot.goals, awaiting.goals, awaiting.agreements,
    inputs.actions.closing ? snapshot.agreements : null];
}

/** Counted once per pair of lists: a re-read changes the agreements more often than the goals. */
const counted = new WeakMap<readonly Agreement[], { goals: readonly Goal[]; count: { goals: number; agreements: number } }>();

/** Whether an agreement waits for accord: a concept one under an open goal. */
function awaits(agreement: Agreement | undefined, index: SnapshotIndex): number {
  const goal = agreement && agreementPhase(agreement) === 'concept' ? index.goal(agreement.goalId) : undefined;
  return goal && isGoalOpen(goal) ? 1 : 0;
}

/**
 * How many goals and agreements (under an open goal) wait for accord. After a step in which no goal
 * changed (`step`, from the plan's context), only the changed agreements are counted again.
 */
function awaitingAccord(snapshot: PlanSnapshot, step?: PlanChanges | null): { goals: number; agreements: number } {
  const known = counted.get(snapshot.agreements);
  if (known?.goals === snapshot.goals) return known.count;
  const index = indexOf(snapshot);
  const before = step && step.after.goals === snapshot.goals ? counted.get(step.after.agreements) : undefined;
  let count: { goals: number; agreements: number };
  if (step && before?.goals === snapshot.goals) {
    const was = indexOf(step.after);
    let agreements = before.count.agreements;
    for (const id of step.records) agreements += awaits(index.agreement(id), index) - awaits(was.agreement(id), was);
    count = { goals: before.count.goals, agreements };
  } else {
    count = {
      goals: snapshot.goals.filter((g) => goalPhase(g) === 'concept').length,
      agreements: snapshot.agreements.reduce((n, a) => n + awaits(a, index), 0),
    };
  }
  counted.set(snapshot.agreements, { goals: snapshot.goals, count });
  return count;
}

/**
 * On a current plan, goals and agreements added later (the patient's own goal too) wait for accord: say
 * so, and let who may accord accord them all at once (each goal and agreement also has its own button).
 */
function renderAwaitingAccord(inputs: PlanPartsInputs, snapshot: PlanSnapshot) {
  const { t } = inputs.l;
  const { goals, agreements } = awaitingAccord(snapshot);
  if (!goals && !agreements) return nothing;
  const actions = inputs.actions;
  return html`<div class="awaiting" part="awaiting-accord">
    <p>${t.awaitingAccord(goals, agreements)}</p>
    ${actions.may('plan.accord') ? html`<button type="button" class="primary" ?disabled=${actions.accord.saving}
      aria-describedby="accord-all-help" @click=${() => actions.runAccord(snapshot)}>${t.accordAll}</button>
      <span class="help" id="accord-all-help">${t.accordAllHelp}</span>` : nothing}
  </div>`;
}

/** "Start a plan": for a patient without one, or below the last plan once that was closed. */
export function renderCreatePlan(inputs: PlanPartsInputs, closed?: PlanSnapshot['plan']) {
  const { t, date } = inputs.l;
  const actions = inputs.actions;
  const ctrl = actions.create;
  const patient = closed?.patientName || inputs.patient.name;
  return html`<section part="empty" class="panel" aria-labelledby="start-heading">
    <h2 id="start-heading">${closed ? t.startNewPlan : t.startPlan}</h2>
    <p>${closed ? t.lastPlanClosed(patient, closed.end ? date(closed.end) : '', closed.closeReason ?? '') : t.noPlan(patient)}</p>
    ${actions.may('plan.create') ? html`<form novalidate ${ref(ctrl.form)} @submit=${(e: SubmitEvent) => actions.submitCreate(e)}>
      ${field({ form: 'create', name: 'nextEvaluationDate', label: t.nextEvaluation, type: 'date', error: ctrl.fieldError('nextEvaluationDate') })}
      ${field({ form: 'create', name: 'evaluationSchedule', label: t.evaluationSchedule, error: ctrl.fieldError('evaluationSchedule') })}
      ${ctrl.renderStatus()}
      <button type="submit" class="primary" ?disabled=${ctrl.saving}>${ctrl.saving ? t.saving : t.createPlan}</button>
    </form>` : nothing}
    ${inputs.view === 'professional' && actions.may('plan.import') ? html`<izp-fhir-import heading-level="3"
      patient-id=${inputs.patient.id} patient-name=${patient ?? ''} .izp=${inputs.izp}
      @izp-fhir-imported=${() => void inputs.load()}></izp-fhir-import>` : nothing}
  </section>`;
}
