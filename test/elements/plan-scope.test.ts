/**
 * A draft belongs to the plan it was written for (issue 9, items 1 and 9): when the host picks another
 * patient, signs in another user or swaps the core, every form and dialog forgets what was typed, a save
 * goes to the plan the form was opened for or nowhere, and a refusal is said once.
 * Fictional patients of Huisartsenpraktijk De Linde: Mw. F. Yıldız and Dhr. J. de Groot.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryAdapter, type StorageAdapter } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpGoal } from '../../src/elements/goal/izp-goal.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { button, byLabel, deepAll, izpAt, planContextOf, sanne, typeInto, until, verhoeven, chooseFromMenu } from './helpers.js';

const YILDIZ = 'pat-yildiz';
const DEGROOT = 'pat-degroot';

/** Two patients, each with a plan of one goal; dr. Verhoeven is in both care teams. */
async function twoPlans(adapter: StorageAdapter) {
  const izp = izpAt(adapter, sanne);
  const team = [{ id: verhoeven.id, name: verhoeven.name, role: 'gp' as const }];
  const yildiz = await izp.createPlan({ patientId: YILDIZ, patientName: 'Mw. F. Yıldız', careTeam: team });
  const weight = await izp.addGoal(yildiz.id, { description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic' });
  const degroot = await izp.createPlan({ patientId: DEGROOT, patientName: 'Dhr. J. de Groot', careTeam: team });
  const walking = await izp.addGoal(degroot.id, { description: 'Weer zelf boodschappen doen.', domain: 'functional' });
  return { izp, yildiz, degroot, weight, walking };
}

async function mount(adapter: StorageAdapter, patientId = YILDIZ) {
  const el = await fixture<IzpPlan>(html`<izp-plan .adapter=${adapter} .user=${sanne} patient-id=${patientId} lang="nl" section="plan"></izp-plan>`);
  await until(() => el.snapshot?.plan.patientId === patientId, 'the plan to load');
  await el.updateComplete;
  return el;
}

const goalForm = (el: IzpPlan) => el.shadowRoot!.querySelector<HTMLFormElement>('#add-goal');

async function openGoalForm(el: IzpPlan, text: string): Promise<HTMLFormElement> {
  button(el.shadowRoot!, 'Doel toevoegen').click();
  await el.updateComplete;
  const form = goalForm(el)!;
  typeInto(byLabel<HTMLTextAreaElement>(form, 'Wat wil de patiënt bereiken?'), text);
  return form;
}

async function switchTo(el: IzpPlan, patientId: string) {
  // The host keeps the plan's Plan section with the new patient (else it opens on their entry section).
  el.patientId = patientId;
  el.section = 'plan';
  await until(() => el.snapshot?.plan.patientId === patientId, `the plan of ${patientId}`);
  await el.updateComplete;
}

const alerts = (el: IzpPlan) => deepAll(el, '[role="alert"]');

describe('a draft stays with its plan', () => {
  it('forgets a half-typed goal when the host picks another patient, and saves nothing anywhere', async () => {
    const adapter = new MemoryAdapter();
    const { izp, yildiz, degroot } = await twoPlans(adapter);
    const el = await mount(adapter);
    const form = await openGoalForm(el, 'Mijn suiker onder de 53.');
    expect(form.isConnected).to.equal(true);

    await switchTo(el, DEGROOT);
    expect(goalForm(el), 'the form closed with the other patient').to.equal(null);
    button(el.shadowRoot!, 'Doel toevoegen').click();
    await el.updateComplete;
    expect(byLabel<HTMLTextAreaElement>(goalForm(el)!, 'Wat wil de patiënt bereiken?').value, 'reopened empty: the draft is gone').to.equal('');
    expect((await izp.getPlan(yildiz.id))!.goals).to.have.length(1);
    expect((await izp.getPlan(degroot.id))!.goals).to.have.length(1);
  });

  it('saves a draft submitted while the patient changes into the plan it was opened for, never the new one', async () => {
    const adapter = new MemoryAdapter();
    const { izp, yildiz, degroot } = await twoPlans(adapter);
    const el = await mount(adapter);
    const form = await openGoalForm(el, 'Mijn suiker onder de 53.');
    // The host swaps the patient and the form is submitted before the element re-rendered (a fast
    // Enter, a script): the save goes to the plan it was written for, not the one now on screen.
    const added = oneEvent(el, 'izp-goal-added');
    el.patientId = DEGROOT;
    form.requestSubmit();
    expect((await added).detail.goal.planId).to.equal(yildiz.id);
    await until(() => el.snapshot?.plan.patientId === DEGROOT, 'the other plan');
    await el.updateComplete;
    expect((await izp.getPlan(degroot.id))!.goals.map((g) => g.description)).to.deep.equal(['Weer zelf boodschappen doen.']);
    expect((await izp.getPlan(yildiz.id))!.goals.map((g) => g.description)).to.deep.equal(['In drie maanden vijf kilo afvallen.', 'Mijn suiker onder de 53.']);
  });

  it('closes an open dialog and forgets the agreement being typed when the user changes', async () => {
    const adapter = new MemoryAdapter();
    const { izp, yildiz, weight } = await twoPlans(adapter);
    const el = await mount(adapter);
    const goal = await until(() => deepAll(el, 'izp-goal')[0] as IzpGoal | undefined, 'the goal');
    await until(() => goal.shadowRoot?.querySelector('article'), 'the goal to render');
    const groot = goal.shadowRoot!;
    button(groot, 'Afspraak toevoegen').click();
    await goal.updateComplete;
    typeInto(byLabel<HTMLTextAreaElement>(groot.querySelector('#add-agreement')!, 'Wat is er afgesproken?'), 'Elke dag wandelen.');
    await chooseFromMenu(groot, 'Doel afsluiten');
    await until(() => groot.querySelector('dialog')?.open, 'the dialog');

    el.user = verhoeven;
    await until(() => el.snapshot && planContextOf(el)?.izp?.user.id === verhoeven.id, 'the plan for dr. Verhoeven');
    const again = await until(() => deepAll(el, 'izp-goal')[0] as IzpGoal | undefined, 'the goal again');
    await until(() => again.shadowRoot?.querySelector('article'), 'the goal to render again');
    await again.updateComplete;
    const root = again.shadowRoot!;
    expect(root.querySelector('dialog')?.open ?? false, 'the dialog closed').to.equal(false);
    expect(root.querySelector<HTMLFormElement>('#add-agreement'), 'the form closed').to.equal(null);
    button(root, 'Afspraak toevoegen').click();
    await again.updateComplete;
    expect(byLabel<HTMLTextAreaElement>(root.querySelector('#add-agreement')!, 'Wat is er afgesproken?').value, 'reopened empty').to.equal('');
    expect((await izp.getPlan(yildiz.id))!.agreements.filter((a) => a.goalId === weight.id)).to.have.length(0);
  });

  it('says a refusal once: one alert, not one per element', async () => {
    const adapter = new MemoryAdapter();
    const { izp, yildiz } = await twoPlans(adapter);
    await izp.accordPlan(yildiz.id);
    const el = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, verhoeven)} patient-id=${YILDIZ} lang="nl" section="plan"></izp-plan>`);
    await until(() => deepAll(el, 'izp-goal')[0]?.shadowRoot?.querySelector('article'), 'the goals');
    // dr. Verhoeven is typing a goal when the patient withdraws his access (in her portal): the plan
    // follows the change, or his save is refused; either way he hears it once.
    const form = await openGoalForm(el, 'Mijn suiker onder de 53.');
    await izpAt(adapter, { id: YILDIZ, name: 'Fatma Yıldız', role: 'patient' }).revokeAccess(yildiz.id, verhoeven.id);
    if (el.snapshot && form.isConnected) form.requestSubmit();
    await until(() => alerts(el).length > 0, 'the refusal');
    await el.updateComplete;
    await Promise.all(deepAll(el, '*').filter((e) => 'updateComplete' in e).map((e) => (e as IzpPlan).updateComplete));
    const said = alerts(el).map((a) => a.textContent.replace(/\s+/g, ' ').trim());
    expect(said, said.join(' | ')).to.have.length(1);
    expect(said[0]).to.contain('U mag dit niet doen');
  });

  it('takes the plan off the screen at once for a user who may not read it, without an alert per element', async () => {
    const adapter = new MemoryAdapter();
    const { izp, yildiz } = await twoPlans(adapter);
    await izp.accordPlan(yildiz.id);
    await izpAt(adapter, { id: YILDIZ, name: 'Fatma Yıldız', role: 'patient' }).revokeAccess(yildiz.id, verhoeven.id);
    const el = await mount(adapter);
    await until(() => deepAll(el, 'izp-goal')[0]?.shadowRoot?.querySelector('article'), 'the goals');
    el.izp = izpAt(adapter, verhoeven);
    await el.updateComplete;
    expect(deepAll(el, 'izp-goal, izp-history, izp-overview, izp-consultation'), 'nothing of the plan stays on screen').to.have.length(0);
    await until(() => !el.shadowRoot!.querySelector('p.help') && el.shadowRoot!.querySelector('[part="empty"], [role="alert"]'), 'the answer for dr. Verhoeven');
    expect(alerts(el).length, 'at most the plan\'s own message').to.be.at.most(1);
  });
});
