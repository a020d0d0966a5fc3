import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type StorageAdapter } from '../../src/core/index.js';
import '../../src/define.js';
import { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { fatma, sanne, izpAt, menuItem, menuLabels, until } from './helpers.js';


const root = (el: IzpPlan) => el.shadowRoot!;
const byText = <T extends Element>(el: IzpPlan, selector: string, text: string) =>
  [...root(el).querySelectorAll<T>(selector)].find((e) => e.textContent?.trim().includes(text));
const fieldByLabel = <T extends Element = HTMLInputElement>(scope: ParentNode, label: string) => {
  const l = [...scope.querySelectorAll('label')].find((x) => x.textContent?.trim().replace(/\s*\*$/, '') === label);
  return l ? scope.querySelector<T>(`#${l.htmlFor}`) : null;
};
function type(input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function mount(adapter: StorageAdapter, patientId: string, extra: { view?: string; lang?: string; patientName?: string } = {}) {
  const el = await fixture<IzpPlan>(html`<izp-plan patient-id=${patientId} patient-name=${extra.patientName ?? 'Dhr. J. de Groot'}
    view=${extra.view ?? 'professional'} lang=${extra.lang ?? 'nl'} .izp=${izpAt(adapter, sanne)}></izp-plan>`);
  await until(() => root(el).querySelector('header, [part="empty"]'), 'the plan to load');
  return el;
}

async function withPlan(adapter: StorageAdapter, patientId = 'pat-yildiz') {
  const izp = izpAt(adapter, sanne);
  const plan = await izp.createPlan({ patientId, patientName: 'Mw. F. Yıldız', careTeam: [{ id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse', contact: 'tel:+31201234567' }] });
  const goal = await izp.addGoal(plan.id, { description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic' });
  await izp.addAgreement(plan.id, goal.id, { description: 'Eén keer per week wandelen.', performer: { kind: 'patient' } });
  return { izp, plan, goal };
}

describe('<izp-plan>', () => {
  it('is accessible with no plan yet, and with a plan', async () => {
    const adapter = new MemoryAdapter();
    const empty = await mount(adapter, 'pat-degroot');
    expect(root(empty).textContent).to.contain('Dhr. J. de Groot heeft nog geen zorgplan');
    await expect(empty).to.be.accessible();
    await withPlan(adapter);
    const full = await mount(adapter, 'pat-yildiz');
    await expect(full).to.be.accessible();
  });

  it('starts a plan (function 1) and accords it', async () => {
    const adapter = new MemoryAdapter();
    const el = await mount(adapter, 'pat-degroot');
    type(fieldByLabel(root(el), 'Volgende evaluatie')!, '2026-12-07');
    const created = oneEvent(el, 'izp-plan-created');
    byText<HTMLButtonElement>(el, 'button', 'Zorgplan maken')!.click();
    const { detail } = await created;
    expect(detail.plan.patientId).to.equal('pat-degroot');
    expect(detail.plan.nextEvaluationDate).to.equal('2026-12-07');
    await until(() => root(el).querySelector('header'), 'the header');
    expect(root(el).querySelector('header')!.textContent).to.contain('Concept').and.contain('7 december 2026');
    const accorded = oneEvent(el, 'izp-plan-accorded');
    byText<HTMLButtonElement>(el, 'button', 'Accorderen')!.click();
    expect((await accorded).detail.snapshot.plan.status).to.equal('active');
    await until(() => root(el).querySelector('header')!.textContent.includes('Actueel'), 'status current');
  });

  it('adds a goal (function 3), naming the missing field first and storing nothing', async () => {
    const adapter = new MemoryAdapter();
    const { izp, plan } = await withPlan(adapter);
    const el = await mount(adapter, 'pat-yildiz');
    const toggle = byText<HTMLButtonElement>(el, 'button', 'Doel toevoegen')!;
    toggle.click();
    await el.updateComplete;
    const form = root(el).querySelector<HTMLFormElement>('#add-goal')!;
    expect(form.hidden).to.equal(false);
    form.requestSubmit();
    const description = fieldByLabel<HTMLTextAreaElement>(form, 'Wat wil de patiënt bereiken?')!;
    await until(() => description.getAttribute('aria-invalid') === 'true', 'the field error');
    expect(root(el).getElementById(description.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).to.contain('is verplicht');
    expect((await izp.getPlan(plan.id))!.goals).to.have.length(1);

    type(description, 'Mijn suiker (HbA1c) onder de 53 mmol/mol.');
    type(fieldByLabel(form, 'Wat meten we')!, 'HbA1c');
    type(fieldByLabel(form, 'Waarde')!, '53');
    type(fieldByLabel(form, 'Eenheid')!, 'mmol/mol');
    const added = oneEvent(el, 'izp-goal-added');
    form.requestSubmit();
    const { detail } = await added;
    expect(detail.goal.targets).to.deep.equal([{ measure: 'HbA1c', value: 53, unit: 'mmol/mol' }]);
    await until(() => root(el).querySelector(`izp-goal[goal-id="${detail.goal.id}"]`), 'the new goal in the list');
  });

  it('closes the plan (function 2) after a reason and a confirmation, moving focus to the plan', async () => {
    const adapter = new MemoryAdapter();
    const { izp, plan } = await withPlan(adapter);
    const el = await mount(adapter, 'pat-yildiz');
    const open = await menuItem(root(el).querySelector('header')!, 'Zorgplan afsluiten');
    open.focus();
    expect(root(el).querySelector('dialog'), 'no dialog until it is opened').to.equal(null);
    open.click();
    const dialog = await until(() => root(el).querySelector('dialog'), 'the dialog');
    await until(() => dialog.open, 'the dialog open');
    expect(dialog.textContent).to.contain('1 doel dat nog concept is, vervalt en 1 open afspraak wordt gestopt.').and.not.contain(' 0 ');
    dialog.querySelector('form')!.requestSubmit();
    const reason = fieldByLabel<HTMLTextAreaElement>(dialog, 'Reden van afsluiten')!;
    await until(() => reason.getAttribute('aria-invalid') === 'true', 'the reason error');
    expect((await izp.getPlan(plan.id))!.plan.status).to.equal('draft');
    type(reason, 'Verhuisd naar een andere praktijk.');
    type(fieldByLabel<HTMLSelectElement>(dialog, 'Status')!, 'revoked');
    const closed = oneEvent(el, 'izp-plan-closed');
    dialog.querySelector('form')!.requestSubmit();
    expect((await closed).detail.snapshot.plan.status).to.equal('revoked');
    await until(() => !dialog.isConnected, 'the dialog to leave the DOM');
    await until(() => root(el).activeElement === root(el).querySelector('header h2'), 'focus on the plan heading');
    await until(() => root(el).querySelector('header')!.textContent.includes('Verhuisd naar een andere praktijk.'), 'the close note');
    expect(root(el).querySelector('[part="empty"]'), 'a new plan can be started').to.exist;
  });

  it('keeps the typed goal when storage fails, says so, and fires izp-error', async () => {
    const adapter = new MemoryAdapter();
    await withPlan(adapter);
    const failing: StorageAdapter = Object.assign(Object.create(adapter) as StorageAdapter, {
      commit: () => Promise.reject(new Error('disk full')),
    });
    const el = await mount(failing, 'pat-yildiz');
    byText<HTMLButtonElement>(el, 'button', 'Doel toevoegen')!.click();
    await el.updateComplete;
    const form = root(el).querySelector<HTMLFormElement>('#add-goal')!;
    const description = fieldByLabel<HTMLTextAreaElement>(form, 'Wat wil de patiënt bereiken?')!;
    type(description, 'Weer naar de biljartclub op donderdag.');
    const failed = oneEvent(el, 'izp-error');
    form.requestSubmit();
    const { detail } = await failed;
    expect(detail.action).to.equal('addGoal');
    expect(detail.error.code).to.equal('unavailable');
    await until(() => form.querySelector('[role="alert"]'), 'the alert');
    expect(form.querySelector('[role="alert"]')!.textContent).to.contain('niet bereikbaar');
    expect(description.value).to.equal('Weer naar de biljartclub op donderdag.');
  });

  it('starts a plan and adds a goal by keyboard alone', async () => {
    const adapter = new MemoryAdapter();
    const el = await mount(adapter, 'pat-degroot');
    // A date field's day, month and year are separate tab stops that differ per browser: start after it.
    fieldByLabel(root(el), 'Wanneer evalueren we')!.focus();
    await sendKeys({ type: 'Elke drie maanden' });
    await sendKeys({ press: 'Tab' }); // create button
    await sendKeys({ press: 'Enter' });
    await until(() => byText(el, 'button', 'Doel toevoegen'), 'the plan');
    byText<HTMLButtonElement>(el, 'button', 'Doel toevoegen')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Elke dag vijftien minuten binnen oefenen.' });
    const submit = byText<HTMLButtonElement>(el, '#add-goal button[type="submit"]', 'Doel toevoegen')!;
    submit.focus();
    const added = oneEvent(el, 'izp-goal-added');
    await sendKeys({ press: 'Enter' });
    expect((await added).detail.goal.description).to.equal('Elke dag vijftien minuten binnen oefenen.');
    const plan = await izpAt(adapter, sanne).getPlanForPatient('pat-degroot');
    expect(plan?.evaluationSchedule).to.equal('Elke drie maanden');
  });

  it('offers no workflow to the patient and shows the patient overview instead', async () => {
    const adapter = new MemoryAdapter();
    await withPlan(adapter);
    const el = await fixture<IzpPlan>(html`<izp-plan patient-id="pat-yildiz" view="patient" .izp=${izpAt(adapter, fatma)}></izp-plan>`);
    await until(() => root(el).querySelector('header'), 'the plan');
    expect(byText(el, 'button', 'Zorgplan afsluiten')).to.equal(undefined);
    expect(await menuLabels(root(el).querySelector('header')!), 'nor in a menu').to.not.include('Zorgplan afsluiten');
    expect(byText(el, 'button', 'Doel toevoegen')).to.equal(undefined);
    expect(root(el).querySelector('izp-overview[mode="print"]')).to.exist;
  });

  it('speaks English and takes the host\'s own labels', async () => {
    const adapter = new MemoryAdapter();
    await withPlan(adapter);
    const el = await mount(adapter, 'pat-yildiz', { lang: 'en' });
    el.labels = { roles: { 'practice-nurse': 'Nurse practitioner' } };
    await el.updateComplete;
    const header = root(el).querySelector('header')!.textContent;
    expect(header).to.contain('Individual care plan').and.contain('Draft').and.contain('Nurse practitioner');
  });

  it('renders untrusted text as text, and only safe links', async () => {
    const adapter = new MemoryAdapter();
    const izp = izpAt(adapter, sanne);
    await izp.createPlan({
      patientId: 'pat-x', patientName: '<img src=x onerror="window.__pwned=1">',
      careTeam: [{ id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse', contact: 'javascript:alert(1)' }],
    });
    const el = await mount(adapter, 'pat-x');
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('header')!.textContent).to.contain('<img src=x');
    expect(root(el).querySelector('a')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('registers once, even when a second copy defines the tag again', () => {
    IzpPlan.define('izp-plan');
    class Other extends IzpPlan {}
    IzpPlan.define('izp-plan', Other);
    expect(customElements.get('izp-plan')).to.equal(IzpPlan);
  });
});
