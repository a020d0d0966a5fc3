/**
 * <izp-goal>: functions 4 (close a goal) and 5 (add an agreement), driven as a user would, in the
 * default composition of <izp-plan> and slotted into a vendor's own layout. Fictional patient: Mw. F. Yıldız.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type Goal, type User } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpGoal } from '../../src/elements/goal/izp-goal.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { announcements, button, byLabel, chooseFromMenu, deepAll, FATMA, fatmaUser, hasButton, menuLabels, sanne, TestAdapter, typeInto, until, verhoeven, izpAt } from './helpers.js';

/** Mw. F. Yıldız's plan (example 1), accorded; the smoking goal stays proposed. */
async function fatmaPlan(adapter: MemoryAdapter, goalText = 'In drie maanden vijf kilo afvallen.') {
  // On the tests' fixed clock, so the dates below stay in order whenever the tests run.
  const izp = izpAt(adapter, sanne);
  const plan = await izp.createPlan({
    patientId: FATMA, patientName: 'Mw. F. Yıldız', nextEvaluationDate: '2026-12-07',
    careTeam: [{ id: verhoeven.id, name: verhoeven.name, role: 'gp' }],
  });
  const weight = await izp.addGoal(plan.id, {
    description: goalText, domain: 'somatic', priority: 'high',
    targets: [{ measure: 'Gewicht', comparator: '<=', value: 125, unit: 'kg', due: '2027-02-23' }],
  });
  const walk = await izp.addAgreement(plan.id, weight.id, {
    description: 'Eén keer per week een half uur wandelen met de buurvrouw, ook als het regent met paraplu.',
    performer: { kind: 'patient' }, frequency: 'Eén keer per week', evaluationDate: '2026-12-07',
  });
  const dietitian = await izp.addAgreement(plan.id, weight.id, {
    description: 'Twee gesprekken over eten en tussendoortjes.',
    performer: { kind: 'provider', name: 'Lotte Kramer', role: 'dietitian' }, support: 'Verwijzing door de huisarts',
  });
  const sugar = await izp.addGoal(plan.id, { description: 'Mijn suiker (HbA1c) onder de 53 mmol/mol.', domain: 'somatic', priority: 'medium' });
  const smoking = await izp.addGoal(plan.id, { description: 'Stoppen met roken.', domain: 'somatic', note: 'Wil na de zomer beginnen.' });
  await izp.accordPlan(plan.id, { goalIds: [weight.id, sugar.id] });
  return { izp, planId: plan.id, goals: { weight, sugar, smoking }, agreements: { walk, dietitian } };
}

async function mount(adapter: MemoryAdapter, options: { user?: User; view?: 'patient' | 'professional'; slotted?: string; lang?: string } = {}) {
  const { user = sanne, view = 'professional', slotted, lang = '' } = options;
  const plan = await fixture<IzpPlan>(slotted
    ? html`<izp-plan .izp=${izpAt(adapter, user)} patient-id=${FATMA} view=${view} lang=${lang}><izp-goal goal-id=${slotted} heading-level="3"></izp-goal></izp-plan>`
    : html`<izp-plan .izp=${izpAt(adapter, user)} patient-id=${FATMA} view=${view} lang=${lang} section="plan"></izp-plan>`);
  await until(() => plan.snapshot, 'the plan to load');
  return plan;
}

async function goalIn(plan: IzpPlan, goalId: string): Promise<{ el: IzpGoal; root: ShadowRoot }> {
  const el = await until(() => deepAll(plan, `izp-goal[goal-id="${goalId}"]`)[0] as IzpGoal | undefined, `izp-goal ${goalId}`);
  await until(() => el.shadowRoot?.querySelector('article'), 'the goal to render');
  return { el, root: el.shadowRoot! };
}

async function closeGoalVia(root: ShadowRoot, outcome: string, note?: string): Promise<HTMLDialogElement> {
  expect(root.querySelector('dialog'), 'no dialog until it is opened').to.equal(null);
  await chooseFromMenu(root, 'Doel afsluiten');
  const dialog = await until(() => root.querySelector('dialog'), 'the dialog');
  await until(() => dialog.open, 'the dialog open');
  typeInto(byLabel<HTMLSelectElement>(dialog, 'Uitkomst'), outcome);
  if (note) typeInto(byLabel<HTMLTextAreaElement>(dialog, 'Toelichting'), note);
  button(dialog, 'Doel afsluiten').click();
  return dialog;
}

async function openAddForm(root: ShadowRoot, name = 'Afspraak toevoegen'): Promise<HTMLFormElement> {
  expect(root.querySelector('form#add-agreement'), 'no form until it is opened').to.equal(null);
  button(root, name).click();
  return until(() => root.querySelector<HTMLFormElement>('form#add-agreement'), 'the add form to open');
}

/** The agreements a goal shows, once they have rendered. */
function renderedAgreements(root: ShadowRoot): ShadowRoot[] {
  return [...root.querySelectorAll('izp-agreement')].map((a) => a.shadowRoot!).filter((r) => r?.querySelector('article'));
}

describe('<izp-goal>', () => {
  it('is accessible, slotted into a vendor layout and in the default composition', async () => {
    const adapter = new MemoryAdapter();
    const { goals } = await fatmaPlan(adapter);
    const plan = await mount(adapter, { slotted: goals.weight.id });
    const { root } = await goalIn(plan, goals.weight.id);
    await until(() => renderedAgreements(root).length === 2, 'both agreements');
    await expect(plan).to.be.accessible();
    const inPlan = await mount(adapter);
    const { el } = await goalIn(inPlan, goals.weight.id);
    await until(() => renderedAgreements(el.shadowRoot!).length === 2, 'both agreements');
    await expect(el).to.be.accessible();
    await chooseFromMenu(el.shadowRoot!, 'Doel afsluiten');
    await until(() => el.shadowRoot!.querySelector('dialog')?.open, 'the dialog');
    await expect(el).to.be.accessible();
    // The details and the row menu open, accessibly.
    el.shadowRoot!.querySelector('dialog')!.close();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.disclosure')!.click();
    await until(() => el.shadowRoot!.querySelector('#goal-details'), 'the details');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!.click();
    await until(() => el.shadowRoot!.querySelector('[role="menu"]'), 'the menu');
    await expect(el).to.be.accessible();
  });

  it('shows the goal in the patient\'s words, with domain, target, due date, priority and status', async () => {
    const adapter = new MemoryAdapter();
    const { goals, agreements } = await fatmaPlan(adapter);
    const plan = await mount(adapter);
    const { root } = await goalIn(plan, goals.weight.id);
    const text = root.querySelector('.row')!.textContent.replace(/\s+/g, ' ');
    expect(root.querySelector('#goal-title')!.textContent).to.equal('In drie maanden vijf kilo afvallen.');
    // The row says status, domain, priority and target in one line; the details hold the rest.
    expect(text).to.contain('Lichamelijk').and.contain('Gewicht niet meer dan 125 kg vóór 23 februari 2027').and.contain('Hoog').and.contain('Actueel');
    expect(root.querySelector('#goal-details')).to.equal(null);
    root.querySelector<HTMLButtonElement>('button.disclosure')!.click();
    const details = await until(() => root.querySelector('#goal-details'), 'the details');
    expect(details.textContent).to.contain('Ingebracht door').and.not.contain('Lichamelijk');
    const ids = [...root.querySelectorAll('izp-agreement')].map((a) => a.getAttribute('agreement-id'));
    expect(ids).to.deep.equal([agreements.walk.id, agreements.dietitian.id]);
  });

  for (const [goalKey, outcome, label] of [['weight', 'achieved', 'Bereikt'], ['sugar', 'not-achieved', 'Niet bereikt'], ['smoking', 'not-relevant', 'Niet meer van toepassing']] as const) {
    it(`closes a goal with the outcome "${outcome}" (function 4), then shows it read-only`, async () => {
      const adapter = new MemoryAdapter();
      const { izp, planId, goals } = await fatmaPlan(adapter);
      const plan = await mount(adapter);
      const said = announcements(plan);
      const { root } = await goalIn(plan, goals[goalKey].id);
      const closedEvent = oneEvent(plan, 'izp-goal-closed');
      const dialog = await closeGoalVia(root, outcome, 'Besproken op het spreekuur.');
      const { detail } = await closedEvent;
      expect(detail.goal.id).to.equal(goals[goalKey].id);
      expect(detail.goal.outcome).to.equal(outcome);
      const stored = (await izp.getPlan(planId))!.goals.find((g) => g.id === goals[goalKey].id)!;
      expect(stored.outcome).to.equal(outcome);
      expect(stored.closeNote).to.equal('Besproken op het spreekuur.');
      await until(() => !dialog.isConnected, 'the dialog to leave the DOM');
      // Closed goals go last in the plan's list: find the goal again by its id.
      const after = await until(() => {
        const el = deepAll(plan, `izp-goal[goal-id="${goals[goalKey].id}"]`)[0];
        return el?.shadowRoot?.textContent?.includes(label) && el.shadowRoot;
      }, 'the closed goal');
      await until(() => after.activeElement?.id === 'goal-title', 'focus on the goal heading');
      after.querySelector<HTMLButtonElement>('button.disclosure')!.click();
      await until(() => after.querySelector('#goal-details')?.textContent?.includes('Besproken op het spreekuur.'), 'the note in the details');
      expect(hasButton(after, 'Doel afsluiten')).to.equal(false);
      expect(hasButton(after, 'Afspraak toevoegen')).to.equal(false);
      const offered = await menuLabels(after);
      expect(offered, 'nor in its menu').to.not.include('Doel afsluiten');
      expect(offered, 'nor in its menu').to.not.include('Afspraak toevoegen');
      await until(() => after.activeElement?.id === 'goal-title', 'focus on the goal heading');
      await until(() => said.includes('Doel afgesloten.'), 'the announcement');
    });
  }

  it('closes the goal\'s open agreements with it, which then show no edit controls', async () => {
    const adapter = new MemoryAdapter();
    const { goals } = await fatmaPlan(adapter);
    const plan = await mount(adapter);
    const { root } = await goalIn(plan, goals.weight.id);
    await closeGoalVia(root, 'achieved');
    await oneEvent(plan, 'izp-goal-closed');
    const closed = await until(() => {
      const el = deepAll(plan, `izp-goal[goal-id="${goals.weight.id}"]`)[0];
      const roots = el?.shadowRoot ? renderedAgreements(el.shadowRoot) : [];
      return roots.length === 2 && roots.every((r) => r.textContent.includes('Afgerond') && !hasButton(r, 'Afspraak aanpassen')) && roots;
    }, 'both agreements closed, without edit controls');
    for (const r of closed) expect(await menuLabels(r), 'no edit in the menu').to.not.include('Afspraak aanpassen');
  });

  it('adds an agreement (function 5) and names an empty description beside its field, storing nothing', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, goals } = await fatmaPlan(adapter);
    const plan = await mount(adapter);
    const said = announcements(plan);
    const { root } = await goalIn(plan, goals.sugar.id);
    const form = await openAddForm(root);
    const errors: string[] = [];
    plan.addEventListener('izp-error', (e) => errors.push(e.detail.action));
    button(form, 'Afspraak toevoegen').click();
    const description = byLabel<HTMLTextAreaElement>(form, 'Wat is er afgesproken?');
    await until(() => description.getAttribute('aria-invalid') === 'true', 'the field error');
    const message = root.getElementById(description.getAttribute('aria-describedby')!)!;
    expect(message.textContent).to.equal('Omschrijving is verplicht');
    expect(description.parentElement!.contains(message)).to.equal(true);
    expect(errors).to.deep.equal(['addAgreement']);
    expect((await izp.getPlan(planId))!.agreements.filter((a) => a.goalId === goals.sugar.id)).to.have.length(0);
    await until(() => root.activeElement === description, 'focus on the invalid field');

    typeInto(description, 'Elke drie maanden bloed prikken en de uitslag samen bespreken.');
    typeInto(byLabel<HTMLSelectElement>(form, 'Wie'), 'provider');
    typeInto(byLabel(form, 'Naam'), 'Sanne de Wit');
    typeInto(byLabel<HTMLSelectElement>(form, 'Rol'), 'practice-nurse');
    typeInto(byLabel<HTMLTextAreaElement>(form, 'Welke hulp is nodig'), 'Labformulier van de huisarts');
    typeInto(byLabel(form, 'Hoe vaak'), 'Elke drie maanden');
    typeInto(byLabel(form, 'Evalueren op'), '2027-03-01');
    const added = oneEvent(plan, 'izp-agreement-added');
    button(form, 'Afspraak toevoegen').click();
    const { detail } = await added;
    expect(detail.agreement).to.include({ description: 'Elke drie maanden bloed prikken en de uitslag samen bespreken.', frequency: 'Elke drie maanden', evaluationDate: '2027-03-01', support: 'Labformulier van de huisarts', status: 'draft' });
    expect(detail.agreement.performer).to.deep.equal({ kind: 'provider', name: 'Sanne de Wit', role: 'practice-nurse' });
    const stored = (await izp.getPlan(planId))!.agreements.filter((a) => a.goalId === goals.sugar.id);
    expect(stored.map((a) => a.id)).to.deep.equal([detail.agreement.id]);
    const shown = await until(() => root.querySelector(`izp-agreement[agreement-id="${detail.agreement.id}"]`)?.shadowRoot?.textContent, 'the new agreement');
    expect(shown).to.contain('Zorgverlener: Sanne de Wit, Praktijkondersteuner (POH)').and.contain('1 maart 2027');
    expect(form.isConnected, 'the form leaves the DOM once saved').to.equal(false);
    await until(() => said.includes('Afspraak opgeslagen.'), 'the announcement');
    expect(root.activeElement).to.equal(button(root, 'Afspraak toevoegen'));
  });

  it('shows progress while saving', async () => {
    const adapter = new TestAdapter();
    const { goals } = await fatmaPlan(adapter);
    const plan = await mount(adapter);
    const { root } = await goalIn(plan, goals.sugar.id);
    const form = await openAddForm(root);
    typeInto(byLabel<HTMLTextAreaElement>(form, 'Wat is er afgesproken?'), 'Bloed prikken.');
    let release!: () => void;
    adapter.gate = new Promise((r) => (release = r));
    const submit = [...form.querySelectorAll('button')].find((b) => b.type === 'submit')!;
    submit.click();
    await until(() => submit.disabled && submit.textContent.trim() === 'Bezig met opslaan…', 'progress on the button');
    expect(form.querySelector('[role="status"]')!.textContent).to.equal('Bezig met opslaan…');
    release();
    await oneEvent(plan, 'izp-agreement-added');
    await until(() => !form.isConnected, 'the form to close once saved');
  });

  it('adds an agreement with the keyboard alone', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, goals } = await fatmaPlan(adapter);
    const plan = await mount(adapter);
    const { root } = await goalIn(plan, goals.sugar.id);
    const add = button(root, 'Afspraak toevoegen');
    add.focus();
    await sendKeys({ press: 'Enter' });
    const form = await until(() => root.querySelector<HTMLFormElement>('form#add-agreement'), 'the form to open');
    // Opening the form puts focus in its first field.
    await until(() => root.activeElement === byLabel(form, 'Wat is er afgesproken?'), 'focus in the form');
    await sendKeys({ type: 'Elke ochtend suiker prikken.' });
    await sendKeys({ press: 'Tab' }); // who: the patient (the default)
    expect(root.activeElement).to.equal(byLabel(form, 'Wie'));
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(byLabel(form, 'Naam'));
    const added = oneEvent(plan, 'izp-agreement-added');
    await sendKeys({ press: 'Enter' });
    const { detail } = await added;
    expect(detail.agreement.description).to.equal('Elke ochtend suiker prikken.');
    expect(detail.agreement.performer).to.deep.equal({ kind: 'patient' });
    expect((await izp.getPlan(planId))!.agreements.some((a) => a.id === detail.agreement.id)).to.equal(true);
    await until(() => root.activeElement === add, 'focus back on the button');
  });

  it('closes a goal with the keyboard alone; Escape cancels and returns focus', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, goals } = await fatmaPlan(adapter);
    const plan = await mount(adapter);
    const { root } = await goalIn(plan, goals.sugar.id);
    // The row's menu: ArrowDown opens it on its first item, End goes to "Doel afsluiten", Enter runs it.
    const trigger = root.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
    trigger.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => root.activeElement?.getAttribute('role') === 'menuitem', 'the first menu item');
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'End' });
    expect(root.activeElement).to.equal(button(root, 'Doel afsluiten'));
    await sendKeys({ press: 'Enter' });
    let dialog = await until(() => root.querySelector('dialog'), 'the dialog');
    await until(() => dialog.open, 'the dialog open');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(root.activeElement).to.equal(byLabel(dialog, 'Uitkomst'));
    await sendKeys({ press: 'Escape' });
    await until(() => !root.querySelector('dialog'), 'the dialog to close');
    expect(root.activeElement).to.equal(trigger);

    await sendKeys({ press: 'ArrowUp' });
    await until(() => root.activeElement === button(root, 'Doel afsluiten'), 'the last menu item');
    await sendKeys({ press: 'Enter' });
    dialog = await until(() => root.querySelector('dialog'), 'the dialog again');
    await until(() => dialog.open, 'the dialog open again');
    await sendKeys({ press: 'ArrowDown' });
    expect(byLabel<HTMLSelectElement>(dialog, 'Uitkomst').value).to.equal('not-achieved');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(byLabel(dialog, 'Toelichting'));
    await sendKeys({ type: 'Nog 58.' });
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(button(dialog, 'Doel afsluiten'));
    const closed = oneEvent(plan, 'izp-goal-closed');
    await sendKeys({ press: ' ' });
    expect((await closed).detail.goal.outcome).to.equal('not-achieved');
    const stored = (await izp.getPlan(planId))!.goals.find((g) => g.id === goals.sugar.id)!;
    expect(stored).to.include({ outcome: 'not-achieved', closeNote: 'Nog 58.' });
    await until(() => {
      const el = deepAll(plan, `izp-goal[goal-id="${goals.sugar.id}"]`)[0];
      return el?.shadowRoot?.activeElement?.id === 'goal-title';
    }, 'focus on the goal heading');
  });

  it('keeps the typed text, says what happened and fires izp-error when storage is down', async () => {
    const adapter = new TestAdapter();
    const { izp, planId, goals } = await fatmaPlan(adapter);
    const plan = await mount(adapter);
    const said = announcements(plan);
    const { root } = await goalIn(plan, goals.sugar.id);
    const form = await openAddForm(root);
    const description = byLabel<HTMLTextAreaElement>(form, 'Wat is er afgesproken?');
    typeInto(description, 'Elke drie maanden bloed prikken.');
    typeInto(byLabel(form, 'Hoe vaak'), 'Elke drie maanden');
    adapter.failCommits = true;
    const failed = oneEvent(plan, 'izp-error');
    button(form, 'Afspraak toevoegen').click();
    const { detail } = await failed;
    expect(detail.action).to.equal('addAgreement');
    expect(detail.error.code).to.equal('unavailable');
    const alert = await until(() => form.querySelector('[role="alert"]'), 'the alert');
    expect(alert.textContent).to.contain('De opslag is niet bereikbaar');
    expect(description.value).to.equal('Elke drie maanden bloed prikken.');
    expect(byLabel(form, 'Hoe vaak').value).to.equal('Elke drie maanden');
    expect(form.isConnected).to.equal(true);
    await until(() => said.some((m) => m.includes('De opslag is niet bereikbaar')), 'the announcement');
    expect((await izp.getPlan(planId))!.agreements.filter((a) => a.goalId === goals.sugar.id)).to.have.length(0);

    adapter.failCommits = false;
    const added = oneEvent(plan, 'izp-agreement-added');
    button(form, 'Afspraak toevoegen').click();
    expect((await added).detail.agreement.frequency).to.equal('Elke drie maanden');
  });

  it('keeps the dialog and the note when closing fails, and on a conflict shows the other version and re-applies', async () => {
    const adapter = new TestAdapter();
    const { izp, planId, goals } = await fatmaPlan(adapter);
    const plan = await mount(adapter);
    const { root } = await goalIn(plan, goals.sugar.id);
    adapter.failCommits = true;
    const dialog = await closeGoalVia(root, 'not-relevant', 'Andere aanpak gekozen.');
    await oneEvent(plan, 'izp-error');
    await until(() => dialog.querySelector('[role="alert"]'), 'the alert');
    expect(dialog.open).to.equal(true);
    expect(byLabel<HTMLTextAreaElement>(dialog, 'Toelichting').value).to.equal('Andere aanpak gekozen.');
    adapter.failCommits = false;

    await izpAt(adapter, verhoeven).updateGoal(planId, goals.sugar.id, { description: 'HbA1c onder de 53 mmol/mol.' });
    button(dialog, 'Doel afsluiten').click();
    const { detail } = await oneEvent(plan, 'izp-error');
    expect(detail.error.code).to.equal('conflict');
    await until(() => dialog.textContent.includes('HbA1c onder de 53 mmol/mol.'), 'the other version');
    expect(byLabel<HTMLTextAreaElement>(dialog, 'Toelichting').value).to.equal('Andere aanpak gekozen.');
    const closed = oneEvent(plan, 'izp-goal-closed');
    button(dialog, 'Mijn wijziging toch opslaan').click();
    expect((await closed).detail.goal).to.include({ outcome: 'not-relevant', closeNote: 'Andere aanpak gekozen.' });
    const stored = (await izp.getPlan(planId))!.goals.find((g) => g.id === goals.sugar.id)!;
    expect(stored).to.include({ status: 'cancelled', description: 'HbA1c onder de 53 mmol/mol.' });
  });

  it('renders untrusted text as text, never as markup', async () => {
    const adapter = new MemoryAdapter();
    const evil = '<img src=x onerror=alert(1)> <script>alert(2)</script>';
    const { goals } = await fatmaPlan(adapter, `Afvallen ${evil}`);
    const plan = await mount(adapter);
    const { root } = await goalIn(plan, goals.weight.id);
    const form = await openAddForm(root);
    typeInto(byLabel<HTMLTextAreaElement>(form, 'Wat is er afgesproken?'), `Wandelen ${evil}`);
    typeInto(byLabel(form, 'Hoe vaak'), '<b>vaak</b>');
    const added = oneEvent(plan, 'izp-agreement-added');
    button(form, 'Afspraak toevoegen').click();
    const { detail } = await added;
    const agreementRoot = await until(() => root.querySelector(`izp-agreement[agreement-id="${detail.agreement.id}"]`)?.shadowRoot?.querySelector('article') && root.querySelector(`izp-agreement[agreement-id="${detail.agreement.id}"]`)!.shadowRoot!, 'the new agreement');
    expect(root.querySelector('#goal-title')!.textContent).to.equal(`Afvallen ${evil}`);
    expect(agreementRoot.querySelector('#agreement-title')!.textContent).to.equal(`Wandelen ${evil}`);
    expect(agreementRoot.textContent).to.contain('<b>vaak</b>');
    expect(deepAll(plan, 'img, script, b')).to.have.length(0);
  });

  it('offers no close or add controls in the patient view, nor to a patient user', async () => {
    const adapter = new MemoryAdapter();
    const { goals } = await fatmaPlan(adapter);
    for (const options of [{ view: 'patient' as const, slotted: goals.weight.id }, { user: fatmaUser }]) {
      const plan = await mount(adapter, options);
      const { root } = await goalIn(plan, goals.weight.id);
      await until(() => renderedAgreements(root).length === 2, 'the agreements');
      expect(root.textContent).to.contain('In drie maanden vijf kilo afvallen.');
      expect(deepAll(root, 'button:not(.disclosure), form, dialog'), 'only the details toggle').to.have.length(0);
    }
  });

  it('works on its own inside a vendor layout (slotted), accessibly, in English', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, goals } = await fatmaPlan(adapter);
    const plan = await mount(adapter, { slotted: goals.weight.id, lang: 'en' });
    const { el, root } = await goalIn(plan, goals.weight.id);
    expect(el.parentElement).to.equal(plan);
    expect(root.querySelector('h3#goal-title')).to.exist;
    await until(() => renderedAgreements(root).length === 2, 'the agreements');
    expect(root.textContent).to.contain('Physical').and.contain('Agreements').and.contain('Actions');
    await expect(plan).to.be.accessible();
    const form = await openAddForm(root, 'Add agreement');
    await expect(plan).to.be.accessible();
    button(form, 'Add agreement').click();
    await until(() => form.querySelector('[aria-invalid="true"]'), 'the field error');
    expect(form.textContent).to.contain('Description is required');
    typeInto(byLabel<HTMLTextAreaElement>(form, 'What was agreed?'), 'Walk to the market on Saturdays.');
    const added = oneEvent(plan, 'izp-agreement-added');
    button(form, 'Add agreement').click();
    const { detail } = await added;
    expect((await izp.getPlan(planId))!.agreements.map((a) => a.id)).to.include(detail.agreement.id);
    const goal: Goal = (await izp.getPlan(planId))!.goals.find((g) => g.id === goals.weight.id)!;
    expect(goal.status).to.equal('active');
  });
});
