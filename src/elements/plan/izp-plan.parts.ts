/** The plan's header and the "start a plan" panel, as render functions of `<izp-plan>`. */
import { html, nothing } from 'lit';
import type { PlanSnapshot } from '../../core/model.js';
import { isPlanOpen } from '../../core/rules.js';
import { field, safeHref } from '../shared/fields.js';
import type { IzpPlan } from './izp-plan.js';

export function renderPlanHeader(host: IzpPlan, snapshot: PlanSnapshot) {
  const { t, date } = host.l;
  const { plan } = snapshot;
  const actions = host.actions;
  const open = isPlanOpen(plan);
  const member = plan.careTeam.find((m) => (plan.caseManager.id && m.id === plan.caseManager.id) || m.name === plan.caseManager.name);
  const contactHref = safeHref(member?.contact);
  return html`<header part="header" class="panel" role="none">
    <h2 tabindex="-1">${t.planTitle}${plan.patientName ? html` <span class="patient">· ${plan.patientName}</span>` : nothing}</h2>
    <dl class="facts">
      <div><dt>${t.status}</dt><dd><span class="badge status-${plan.status}">${t.planStatus[plan.status]}</span></dd></div>
      <div><dt>${t.caseManager}</dt><dd>${plan.caseManager.name}${plan.caseManager.role ? ` (${t.roles[plan.caseManager.role]})` : ''}
        ${member?.contact ? html` · ${contactHref ? html`<a href=${contactHref}>${member.contact.replace(/^(tel|mailto):/, '')}</a>` : member.contact}` : nothing}</dd></div>
      <div><dt>${t.nextEvaluation}</dt><dd>${plan.nextEvaluationDate ? date(plan.nextEvaluationDate) : t.none}</dd></div>
      ${plan.evaluationSchedule ? html`<div><dt>${t.evaluationSchedule}</dt><dd>${plan.evaluationSchedule}</dd></div>` : nothing}
      ${plan.conditions.length ? html`<div><dt>${t.conditions}</dt><dd>${plan.conditions.join(', ')}</dd></div>` : nothing}
      ${plan.careTeam.length ? html`<div><dt>${t.careTeam}</dt><dd>${plan.careTeam.map((m) => `${m.name} (${t.roles[m.role]})`).join(', ')}</dd></div>` : nothing}
    </dl>
    ${!open && plan.closeReason ? html`<p>${t.planClosedNote(date(plan.end), plan.closeReason)}</p>` : nothing}
    ${actions.accord.renderStatus()}
    ${open && actions.canManage ? html`<div class="actions">
        ${plan.status === 'draft' ? html`<button type="button" class="primary" ?disabled=${actions.accord.saving}
            aria-describedby="accord-help" @click=${() => actions.runAccord(snapshot)}>${t.accordPlan}</button>
          <span class="help" id="accord-help">${t.accordHelp}</span>` : nothing}
        ${plan.status === 'active' ? html`<izp-evaluation target-kind="plan" target-id=${plan.id} heading-level="3"></izp-evaluation>` : nothing}
        <button type="button" class="danger" @click=${(e: Event) => actions.openClose(e)}>${t.closePlan}</button>
        <slot name="header-actions"></slot>
      </div>
      ${actions.renderCloseDialog(snapshot)}` : nothing}
  </header>`;
}

export function renderCreatePlan(host: IzpPlan) {
  const { t } = host.l;
  const ctrl = host.actions.create;
  return html`<section part="empty" class="panel" aria-labelledby="start-heading">
    <h2 id="start-heading">${t.startPlan}</h2>
    <p>${t.noPlan(host.patientName)}</p>
    ${host.actions.canManage ? html`<form novalidate @submit=${(e: SubmitEvent) => host.actions.submitCreate(e)}>
      ${field({ form: 'create', name: 'nextEvaluationDate', label: t.nextEvaluation, type: 'date', error: ctrl.fieldError('nextEvaluationDate') })}
      ${field({ form: 'create', name: 'evaluationSchedule', label: t.evaluationSchedule, error: ctrl.fieldError('evaluationSchedule') })}
      ${ctrl.renderStatus()}
      <button type="submit" class="primary" ?disabled=${ctrl.saving}>${ctrl.saving ? t.saving : t.createPlan}</button>
    </form>` : nothing}
  </section>`;
}
