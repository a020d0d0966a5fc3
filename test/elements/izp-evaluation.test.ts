/**
 * <izp-evaluation>: following up the plan ("vervolgen") through the UI, as a practice nurse does it at a
 * consultation: evaluate, adjust in the same dialog, set the next date, and see the item leave the due
 * list. Fictional patients of Huisartsenpraktijk De Linde, seeded relative to today.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addDays, buildOverview, type MemoryAdapter, type User } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpAgreement } from '../../src/elements/agreement/izp-agreement.js';
import type { IzpEvaluation } from '../../src/elements/evaluation/izp-evaluation.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { patients, staff } from '../../stories/fixtures/example-plans.js';
import { anyButton as button, announcements, byLabel, deepAll, evaluateButtons, planContextOf, readText as text, sanne, seeded, TestAdapter, typeInto, until, izpAt, TODAY, menuItem, menuLabels } from './helpers.js';

const WALK = 'Eén keer per week een half uur wandelen met de buurvrouw, ook als het regent met paraplu.';
const DIETITIAN = 'Twee gesprekken over eten en tussendoortjes.';
const WEIGHT = 'In drie maanden vijf kilo afvallen.';

async function mount(adapter: MemoryAdapter, patient: keyof typeof patients, options: { user?: User; view?: 'patient' | 'professional' } = {}) {
  const { user = sanne, view = 'professional' } = options;
  const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, user)} patient-id=${patients[patient].id} view=${view} section="plan"></izp-plan>`);
  await until(() => plan.snapshot, 'the plan to load');
  return plan;
}

async function agreementIn(plan: IzpPlan, description: string): Promise<{ el: IzpAgreement; root: ShadowRoot }> {
  const el = await until(() => deepAll(plan, 'izp-agreement').find((a) => a.shadowRoot?.querySelector('#agreement-title')?.textContent === description) as IzpAgreement | undefined,
    `the agreement "${description}"`);
  return { el, root: el.shadowRoot! };
}

/**
 * "Evalueren" in the row's menu (an agreement, a goal, the plan's header): the row renders its
 * `<izp-evaluation>` only then, and opens its dialog.
 */
async function evaluateFromMenu(root: ShadowRoot): Promise<{ el: IzpEvaluation; dialog: HTMLDialogElement }> {
  expect(root.querySelector('izp-evaluation'), 'no evaluate element before "Evalueren" is chosen').to.equal(null);
  const item = await menuItem(root, 'Evalueren');
  item.click();
  const el = await until(() => root.querySelector<IzpEvaluation>('izp-evaluation'), 'izp-evaluation');
  const dialog = await until(() => el.shadowRoot?.querySelector('dialog'), 'the dialog');
  await until(() => dialog.open && dialog.querySelector('form'), 'the dialog open');
  return { el, dialog };
}

/**
 * Every "Evalueren" on offer under `scope`: evaluate elements' own buttons, and the button of every row
 * menu that offers it (each menu opened to read it, as a user would, and closed again).
 */
async function evaluateOffers(scope: Element | ShadowRoot): Promise<Element[]> {
  const offers = deepAll(scope, 'button[part="button"]').filter((b) => b.textContent.trim() === 'Evalueren');
  for (const trigger of deepAll(scope, 'button[aria-haspopup="menu"]')) {
    if ((await menuLabels(trigger.getRootNode() as ShadowRoot)).includes('Evalueren')) offers.push(trigger);
  }
  return offers;
}

/** Waits until the row's menu offers "Evalueren" (opened as a user opens it), then closes the menu again. */
async function offersEvaluate(root: ShadowRoot): Promise<void> {
  await menuItem(root, 'Evalueren');
  await menuLabels(root);
}

function choose(dialog: HTMLDialogElement, label: string): void {
  byLabel(dialog, label).click();
}

/**
 * What is due in the plan on screen, as the Consult section lists it (the consultation tests check that
 * list on screen; here the plan shows its Plan section, with the rows).
 */
function dueList(plan: IzpPlan): string[] {
  return plan.snapshot ? buildOverview(plan.snapshot, TODAY).due.map((d) => d.description) : [];
}

/** Opens a row's details (latest evaluation, earlier versions). */
async function expand(root: ShadowRoot): Promise<void> {
  const toggle = root.querySelector<HTMLButtonElement>('button.disclosure')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await until(() => root.querySelector('.details'), 'the details');
}

describe('<izp-evaluation>', () => {
  it('is accessible: the button, the dialog, and the dialog with an adjustment', async () => {
    const { adapter } = await seeded();
    const plan = await mount(adapter, 'yildiz');
    const { el: row, root } = await agreementIn(plan, WALK);
    await offersEvaluate(root);
    await expect(row).to.be.accessible();
    const { el, dialog } = await evaluateFromMenu(root);
    await expect(el).to.be.accessible();
    choose(dialog, 'Aanpassen');
    await until(() => dialog.querySelector('[part="adjustment"]'), 'the adjustment');
    await expect(plan).to.be.accessible();
  });

  it('is offered to a practice nurse or GP, for current items only; never in the patient view or to the patient', async () => {
    const { adapter } = await seeded();
    const fatma = await mount(adapter, 'yildiz');
    const goals = await until(() => deepAll(fatma, 'izp-goal').length === 3 && deepAll(fatma, 'izp-goal'), 'the goals');
    const weight = await until(() => goals.find((g) => g.shadowRoot?.querySelector('#goal-title')?.textContent === WEIGHT), 'the weight goal');
    await offersEvaluate(weight.shadowRoot!); // a current goal offers "Evalueren"
    const smoking = goals.find((g) => g.shadowRoot?.querySelector('#goal-title')?.textContent === 'Stoppen met roken.')!;
    await until(() => smoking.shadowRoot?.querySelector('article'), 'the proposed goal');
    expect(await evaluateOffers(smoking.shadowRoot!), 'a proposed goal is not evaluated yet').to.have.length(0);
    const header = await evaluateFromMenu(fatma.shadowRoot!);
    expect(header.el.targetKind).to.equal('plan');
    header.dialog.close();

    const henk = await mount(adapter, 'bosman', { user: staff.gp });
    const inhaler = await agreementIn(henk, 'Inhalatietechniek controleren bij de volgende afspraak.');
    const physio = await agreementIn(henk, 'Twee keer per week longfysiotherapie, twaalf weken.');
    await offersEvaluate(physio.root); // a current agreement offers "Evalueren"
    await until(() => inhaler.root.querySelector('article'), 'the closed agreement');
    expect(await evaluateOffers(inhaler.root), 'a closed agreement').to.have.length(0);

    const anouk = await mount(adapter, 'jansen');
    const concept = await agreementIn(anouk, 'Twee keer per week thuis bloeddruk meten en in de app zetten.');
    await until(() => concept.root.querySelector('article'), 'the concept agreement');
    expect(await menuLabels(concept.root), 'the menu has no "Evalueren"').not.to.include('Evalueren');
    expect(await evaluateOffers(anouk), 'nothing in a concept plan').to.have.length(0);

    for (const options of [{ view: 'patient' as const }, { user: patients.yildiz.user }]) {
      const own = await mount(adapter, 'yildiz', options);
      await until(() => deepAll(own, 'izp-overview, izp-agreement').length > 0, 'the plan');
      expect(await evaluateOffers(own), JSON.stringify(options)).to.have.length(0);
      expect(await evaluateButtons(own), JSON.stringify(options)).to.have.length(0);
    }
  });

  it('runs a full cycle: evaluates the walking agreement, adjusts it, sets the next date; it leaves the due list', async () => {
    const { adapter, izp, ids } = await seeded();
    const before = (await izp.getPlan(ids.yildiz!))!;
    const walk = before.agreements.find((a) => a.description === WALK)!;
    const plan = await mount(adapter, 'yildiz');
    const said = announcements(plan);
    await until(() => dueList(plan).includes(WALK), 'the walk in the due list');
    const { root } = await agreementIn(plan, WALK);
    // "Evalueren" in the row's menu renders the agreement's evaluate element and opens its dialog; focus
    // returns to the menu button.
    const trigger = root.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
    const { el, dialog } = await evaluateFromMenu(root);
    expect(dialog.querySelector('h6, h5, h4')!.textContent).to.equal('Afspraak evalueren');
    expect(el.shadowRoot!.activeElement).to.equal(byLabel(dialog, 'Gaat goed'));
    expect(byLabel(dialog, 'Datum van de evaluatie').value, 'empty: the core fills in its today').to.equal('');
    expect(byLabel(dialog, 'Samen met de patiënt').checked).to.equal(true);
    expect(dialog.querySelector('[part="adjustment"]')).to.equal(null);

    choose(dialog, 'Aanpassen');
    await until(() => dialog.querySelector('[part="adjustment"]'), 'the adjustment');
    expect(byLabel(dialog, 'De afspraak aanpassen').checked).to.equal(true);
    expect(byLabel<HTMLTextAreaElement>(dialog, 'Wat is er afgesproken?').value).to.equal(WALK);
    expect(byLabel(dialog, 'Hoe vaak').value).to.equal('Eén keer per week');
    typeInto(byLabel(dialog, 'Hoe vaak'), 'Twee keer per week');
    typeInto(byLabel<HTMLTextAreaElement>(dialog, 'Toelichting'), 'Het lukt goed, ze wil vaker.');
    const next = addDays(TODAY, 60);
    typeInto(byLabel(dialog, 'Volgende evaluatie'), next);
    const evaluated = oneEvent(plan, 'izp-evaluated');
    button(dialog, 'Evaluatie opslaan').click();
    const { detail } = await evaluated;

    expect(detail.evaluation).to.deep.include({ date: TODAY, withPatient: true, outcome: 'adjust', note: 'Het lukt goed, ze wil vaker.', nextEvaluationDate: next });
    expect(detail.evaluation.target).to.deep.equal({ kind: 'agreement', id: walk.id });
    const after = (await izp.getPlan(ids.yildiz!))!;
    expect(after.evaluations).to.have.length(before.evaluations.length + 1);
    expect(after.evaluations.at(-1)).to.deep.equal(detail.evaluation);
    const stored = after.agreements.find((a) => a.id === walk.id)!;
    expect(stored).to.include({ version: walk.version + 1, description: WALK, frequency: 'Twee keer per week', evaluationDate: next, changeReason: 'Het lukt goed, ze wil vaker.' });
    expect(dialog.open).to.equal(false);
    await until(() => said.includes('Afspraak geëvalueerd.'), 'the announcement');
    await until(() => text(root.querySelector('.row')!).includes('Twee keer per week'), 'the new version');
    await expand(root);
    expect(text(root.querySelector('[part="last-evaluation"]')!)).to.contain('Laatste evaluatie').and.contain('Sanne de Wit: Aanpassen, met de patiënt.')
      .and.contain('Het lukt goed, ze wil vaker.');
    await until(() => root.activeElement === trigger, 'focus back on the menu button');
    await until(() => !dueList(plan).includes(WALK), 'the walk to leave the due list');
  });

  it('evaluates a goal with a measured value and sets a new target', async () => {
    const { adapter, izp, ids } = await seeded();
    const goal = (await izp.getPlan(ids.yildiz!))!.goals.find((g) => g.description === WEIGHT)!;
    const plan = await mount(adapter, 'yildiz');
    const goalEl = await until(() => deepAll(plan, 'izp-goal').find((g) => g.shadowRoot?.querySelector('#goal-title')?.textContent === WEIGHT), 'the goal');
    const { el, dialog } = await evaluateFromMenu(goalEl.shadowRoot!);
    expect(dialog.querySelector('h5')!.textContent, 'one below the goal (h4)').to.equal('Doel evalueren');
    const rows = dialog.querySelector('[part="measurements"]')!;
    expect(byLabel(rows, 'Wat is gemeten').value).to.equal('Gewicht');
    expect(byLabel(rows, 'Eenheid').value).to.equal('kg');
    typeInto(byLabel(rows, 'Gemeten waarde'), '127.5');
    button(rows, 'Meting toevoegen').click();
    await until(() => rows.querySelectorAll('[role="group"]').length === 2, 'a second row');
    const second = rows.querySelectorAll('[role="group"]')[1]!;
    expect(el.shadowRoot!.activeElement).to.equal(byLabel(second, 'Wat is gemeten'));
    typeInto(byLabel(second, 'Wat is gemeten'), 'Buikomvang');
    typeInto(byLabel(second, 'Gemeten waarde'), '108');
    typeInto(byLabel(second, 'Eenheid'), 'cm');
    choose(dialog, 'Aanpassen');
    const adjustment = await until(() => dialog.querySelector('[part="adjustment"]'), 'the new target');
    expect(adjustment.querySelector('legend')!.textContent).to.equal('Nieuwe streefwaarde');
    expect(byLabel(adjustment, 'Wat meten we').value).to.equal('Gewicht');
    expect(byLabel<HTMLSelectElement>(adjustment, 'Vergelijking').value).to.equal('<=');
    expect(byLabel(adjustment, 'Waarde').value).to.equal('125');
    const due = addDays(TODAY, 90);
    typeInto(byLabel(adjustment, 'Waarde'), '124');
    typeInto(byLabel(adjustment, 'Streefdatum'), due);
    const evaluated = oneEvent(plan, 'izp-evaluated');
    button(dialog, 'Evaluatie opslaan').click();
    const { evaluation } = (await evaluated).detail;
    expect(evaluation.target).to.deep.equal({ kind: 'goal', id: goal.id });
    expect(evaluation.date, 'the date field left empty: the core\'s today').to.equal(TODAY);
    expect(evaluation.measurements, 'measured on the day of the evaluation').to.deep.equal([
      { measure: 'Gewicht', value: 127.5, unit: 'kg' },
      { measure: 'Buikomvang', value: 108, unit: 'cm' },
    ]);
    const stored = (await izp.getPlan(ids.yildiz!))!.goals.find((g) => g.id === goal.id)!;
    expect(stored.targets).to.deep.equal([{ measure: 'Gewicht', comparator: '<=', value: 124, unit: 'kg', due }]);
    await expand(goalEl.shadowRoot!);
    await until(() => text(goalEl.shadowRoot!.querySelector('[part="last-evaluation"]') ?? document.createElement('p')).includes('Gemeten: Gewicht 127,5 kg, Buikomvang 108 cm.'), 'the latest evaluation');
    expect(text(goalEl.shadowRoot!)).to.contain('Gewicht niet meer dan 124 kg');
  });

  it('closes an agreement as the outcome of its evaluation; focus lands on the agreement', async () => {
    const { adapter, izp, ids } = await seeded();
    const plan = await mount(adapter, 'yildiz');
    const said = announcements(plan);
    const { root } = await agreementIn(plan, DIETITIAN);
    const { dialog } = await evaluateFromMenu(root);
    choose(dialog, 'Aanpassen');
    await until(() => dialog.querySelector('[part="adjustment"]'), 'the adjustment');
    choose(dialog, 'De afspraak afsluiten');
    const outcome = await until(() => dialog.querySelector<HTMLSelectElement>('[part="adjustment"] select'), 'the outcome');
    expect(byLabel<HTMLSelectElement>(dialog, 'Uitkomst') === outcome, 'the outcome select').to.equal(true);
    expect(dialog.querySelector('[name="changeAgreement.description"]')).to.equal(null);
    typeInto(outcome, 'completed');
    typeInto(byLabel<HTMLTextAreaElement>(dialog, 'Toelichting'), 'Beide gesprekken gehad.');
    byLabel(dialog, 'Samen met de patiënt').click();
    const evaluated = oneEvent(plan, 'izp-evaluated');
    button(dialog, 'Evaluatie opslaan').click();
    const { evaluation } = (await evaluated).detail;
    expect(evaluation).to.include({ outcome: 'adjust', withPatient: false, note: 'Beide gesprekken gehad.' });
    const stored = (await izp.getPlan(ids.yildiz!))!.agreements.find((a) => a.description === DIETITIAN)!;
    expect(stored).to.include({ status: 'completed', closeNote: 'Beide gesprekken gehad.' });
    await until(() => text(root).includes('Afgerond') && !text(root).includes('Afspraak aanpassen'), 'the agreement read-only');
    expect(await menuLabels(root), 'no change offered in its menu').to.not.include('Afspraak aanpassen');
    expect(await evaluateOffers(root)).to.have.length(0);
    await expand(root);
    expect(text(root)).to.contain('zonder de patiënt');
    await until(() => root.activeElement?.id === 'agreement-title', 'focus on the agreement');
    await until(() => said.includes('Afspraak geëvalueerd.'), 'the announcement');
  });

  it('names a next date before the evaluation date beside its field, and stores nothing', async () => {
    const { adapter, izp, ids } = await seeded();
    const historyBefore = (await izp.history(ids.yildiz!)).length;
    const plan = await mount(adapter, 'yildiz');
    const { root } = await agreementIn(plan, WALK);
    const { el, dialog } = await evaluateFromMenu(root);
    typeInto(byLabel<HTMLTextAreaElement>(dialog, 'Toelichting'), 'Gaat goed.');
    typeInto(byLabel(dialog, 'Datum van de evaluatie'), addDays(TODAY, -1));
    const next = byLabel(dialog, 'Volgende evaluatie');
    typeInto(next, addDays(TODAY, -7));
    const failed = oneEvent(plan, 'izp-error');
    button(dialog, 'Evaluatie opslaan').click();
    const { detail } = await failed;
    expect(detail).to.include({ action: 'evaluate' });
    expect(detail.error.code).to.equal('validation');
    await until(() => next.getAttribute('aria-invalid') === 'true', 'the field error');
    const message = el.shadowRoot!.getElementById(next.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent;
    expect(message).to.match(/^Volgende evaluatie /);
    await until(() => el.shadowRoot!.activeElement === next, 'focus on the field');
    expect(dialog.open).to.equal(true);
    expect(byLabel<HTMLTextAreaElement>(dialog, 'Toelichting').value).to.equal('Gaat goed.');
    expect((await izp.history(ids.yildiz!)).length).to.equal(historyBefore);
  });

  it('keeps the typed note and says what happened when storage is down; saves once it is back', async () => {
    const adapter = new TestAdapter();
    const { izp, ids } = await seeded(adapter);
    const before = (await izp.getPlan(ids.yildiz!))!;
    const plan = await mount(adapter, 'yildiz');
    const said = announcements(plan);
    const { root } = await agreementIn(plan, WALK);
    const { dialog } = await evaluateFromMenu(root);
    choose(dialog, 'Niet bereikt');
    typeInto(byLabel<HTMLTextAreaElement>(dialog, 'Toelichting'), 'Knie deed pijn; twee weken niet gelopen.');
    adapter.failCommits = true;
    const failed = oneEvent(plan, 'izp-error');
    button(dialog, 'Evaluatie opslaan').click();
    expect((await failed).detail.error.code).to.equal('unavailable');
    const alert = await until(() => dialog.querySelector('[role="alert"]'), 'the alert');
    expect(alert.textContent).to.contain('De opslag is niet bereikbaar');
    await until(() => said.some((m) => m.includes('De opslag is niet bereikbaar')), 'the announcement');
    expect(dialog.open).to.equal(true);
    expect(byLabel<HTMLTextAreaElement>(dialog, 'Toelichting').value).to.equal('Knie deed pijn; twee weken niet gelopen.');
    expect(byLabel(dialog, 'Niet bereikt').checked).to.equal(true);
    expect((await izp.getPlan(ids.yildiz!))!.evaluations).to.have.length(before.evaluations.length);
    adapter.failCommits = false;
    const evaluated = oneEvent(plan, 'izp-evaluated');
    button(dialog, 'Evaluatie opslaan').click();
    expect((await evaluated).detail.evaluation).to.include({ outcome: 'not-achieved', note: 'Knie deed pijn; twee weken niet gelopen.' });
  });

  it('on a conflict keeps the input, shows their version, and re-applies over it', async () => {
    const { adapter, izp, ids } = await seeded();
    const plan = await mount(adapter, 'yildiz');
    const { root } = await agreementIn(plan, WALK);
    const { dialog } = await evaluateFromMenu(root);
    choose(dialog, 'Aanpassen');
    typeInto(await until(() => dialog.querySelector<HTMLInputElement>('[name="changeAgreement.frequency"]'), 'frequency'), 'Drie keer per week');
    const walk = (await izp.getPlan(ids.yildiz!))!.agreements.find((a) => a.description === WALK)!;
    await izpAt(adapter, staff.gp).updateAgreement(ids.yildiz!, walk.id, { support: 'Wandelschoenen' }, { expectedVersion: walk.version });
    const failed = oneEvent(plan, 'izp-error');
    button(dialog, 'Evaluatie opslaan').click();
    expect((await failed).detail.error.code).to.equal('conflict');
    const alert = await until(() => dialog.querySelector('[part="conflict"]'), 'the conflict');
    expect(text(alert)).to.contain('Iemand anders heeft dit intussen gewijzigd').and.contain('dr. P. Verhoeven').and.contain('Wandelschoenen');
    expect(byLabel(dialog, 'Hoe vaak').value).to.equal('Drie keer per week');
    const evaluated = oneEvent(plan, 'izp-evaluated');
    button(alert, 'Mijn wijziging toch opslaan').click();
    await evaluated;
    const stored = (await izp.getPlan(ids.yildiz!))!.agreements.find((a) => a.id === walk.id)!;
    expect(stored).to.include({ version: walk.version + 2, frequency: 'Drie keer per week', support: 'Wandelschoenen' });
  });

  it('evaluates the whole plan from its header and moves the next evaluation', async () => {
    const { adapter, izp, ids } = await seeded();
    const plan = await mount(adapter, 'yildiz');
    const { dialog } = await evaluateFromMenu(plan.shadowRoot!);
    expect(dialog.querySelector('h3')!.textContent).to.equal('Zorgplan evalueren');
    expect(dialog.querySelector('[part="measurements"]')).to.equal(null);
    const next = addDays(TODAY, 91);
    typeInto(byLabel(dialog, 'Volgende evaluatie'), next);
    const evaluated = oneEvent(plan, 'izp-evaluated');
    button(dialog, 'Evaluatie opslaan').click();
    expect((await evaluated).detail.evaluation.target).to.deep.equal({ kind: 'plan', id: ids.yildiz });
    expect((await izp.getPlan(ids.yildiz!))!.plan.nextEvaluationDate).to.equal(next);
    await until(() => text(plan.shadowRoot!.querySelector('header')!).includes(`Volgende evaluatie ${planContextOf(plan)!.l.date(next)}`), 'the new date in the header');
  });

  it('is used with the keyboard alone; Escape cancels and returns focus', async () => {
    const { adapter, izp, ids } = await seeded();
    const plan = await mount(adapter, 'yildiz');
    const { root } = await agreementIn(plan, WALK);
    await offersEvaluate(root);
    // The row's menu: Enter opens it on "Afspraak aanpassen", ArrowDown moves to "Evalueren", Enter opens the dialog.
    const trigger = root.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
    const viaMenu = async () => {
      await sendKeys({ press: 'Enter' });
      await until(() => root.activeElement?.getAttribute('role') === 'menuitem', 'the menu');
      await sendKeys({ press: 'ArrowDown' });
      expect(root.activeElement!.textContent.trim()).to.equal('Evalueren');
      await sendKeys({ press: 'Enter' });
    };
    trigger.focus();
    await viaMenu();
    // The evaluate element is rendered now, and stays while the agreement can be evaluated.
    const el = await until(() => root.querySelector<IzpEvaluation>('izp-evaluation'), 'the evaluate element');
    const shadow = await until(() => el.shadowRoot, 'its shadow root');
    const dialog = await until(() => shadow.querySelector('dialog'), 'its dialog');
    await until(() => dialog.open && shadow.activeElement === byLabel(dialog, 'Gaat goed'), 'the dialog, focus on the outcome');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open && root.activeElement === trigger, 'the dialog closed, focus on the menu button');

    await viaMenu();
    await until(() => dialog.open && shadow.activeElement === byLabel(dialog, 'Gaat goed'), 'the dialog again');
    await sendKeys({ press: 'ArrowDown' });
    expect(byLabel(dialog, 'Bereikt').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(shadow.activeElement).to.equal(byLabel(dialog, 'Samen met de patiënt'));
    await sendKeys({ press: ' ' });
    expect(byLabel(dialog, 'Samen met de patiënt').checked).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(shadow.activeElement).to.equal(byLabel(dialog, 'Toelichting'));
    await sendKeys({ type: 'Wandelt elke week.' });
    // On through the two dates (their parts take a Tab each) to the save button, never leaving the dialog.
    const save = button(dialog, 'Evaluatie opslaan');
    for (let i = 0; i < 12 && shadow.activeElement !== save; i++) {
      await sendKeys({ press: 'Tab' });
      expect(dialog.contains(shadow.activeElement), 'focus stays in the dialog').to.equal(true);
    }
    expect(shadow.activeElement).to.equal(save);
    const evaluated = oneEvent(plan, 'izp-evaluated');
    await sendKeys({ press: 'Enter' });
    expect((await evaluated).detail.evaluation).to.include({ outcome: 'achieved', withPatient: false, note: 'Wandelt elke week.' });
    expect((await izp.getPlan(ids.yildiz!))!.evaluations.at(-1)).to.include({ outcome: 'achieved', withPatient: false });
    await until(() => root.activeElement === trigger, 'focus back on the menu button');
  });

  it('renders untrusted text as text', async () => {
    const { adapter, izp, ids } = await seeded();
    const evil = 'Wandelen <img src=x onerror=alert(1)><script>alert(2)</script>';
    const goal = (await izp.getPlan(ids.yildiz!))!.goals.find((g) => g.description === WEIGHT)!;
    await izp.addAgreement(ids.yildiz!, goal.id, { description: evil, performer: { kind: 'patient' } });
    await izp.accordPlan(ids.yildiz!);
    const plan = await mount(adapter, 'yildiz');
    const { root } = await agreementIn(plan, evil);
    const { dialog } = await evaluateFromMenu(root);
    expect(dialog.querySelector('.quote')!.textContent).to.equal(evil);
    typeInto(byLabel<HTMLTextAreaElement>(dialog, 'Toelichting'), '<b>vet</b>');
    const evaluated = oneEvent(plan, 'izp-evaluated');
    button(dialog, 'Evaluatie opslaan').click();
    await evaluated;
    await expand(root);
    await until(() => text(root).includes('<b>vet</b>'), 'the note as text');
    expect(deepAll(plan, 'img, script, b')).to.have.length(0);
  });
});
