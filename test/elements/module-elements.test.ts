/**
 * The module elements on their own inside `<izp-plan>`, as a host with its own layout places them:
 * `<izp-profile>`, `<izp-measurements>`, `<izp-diary>`, `<izp-links>` and `<izp-host-data>`, each rendered,
 * used by keyboard and checked with axe; and `<izp-modules>` as their composition. Fictional patient:
 * Dhr. M. El Amrani (example 4).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { MemoryAdapter, type User } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { deepAll, izpAt, oneLine as text, sanne, until } from './helpers.js';

const mohamed: User = { id: 'pat-elamrani', name: 'Mohamed El Amrani', role: 'patient' };
const LINK = 'https://www.example.org/sociale-kaart/wandelgroepen';

/** Mohamed's current plan: his complaints, readiness and a shared decision, one weight, one diary entry. */
async function mohamedPlan(adapter: MemoryAdapter) {
  const izp = izpAt(adapter, sanne);
  const plan = await izp.createPlan({ patientId: mohamed.id, patientName: 'Dhr. M. El Amrani' });
  await izp.addGoal(plan.id, { description: 'Weer naar de moskee kunnen lopen.', domain: 'functional',
    targets: [{ measure: 'Gewicht', comparator: '<=', value: 90, unit: 'kg' }] });
  await izp.accordPlan(plan.id);
  await izp.updateProfile(plan.id, {
    complaints: 'Somber. Heeft weinig zin om de deur uit te gaan.',
    readiness: 'considering',
    decisions: [{ question: 'Hoe pakken we de somberheid aan?', options: ['Gesprekken bij de POH-GGZ', 'Medicijnen'], chosen: 'Gesprekken bij de POH-GGZ' }],
  });
  await izp.addMeasurement(plan.id, { measure: 'Gewicht', value: 96, unit: 'kg', date: '2026-10-01' });
  await izpAt(adapter, mohamed).addDiaryEntry(plan.id, { text: 'Met Yusuf naar de markt gelopen.', date: '2026-11-02' });
  return { izp, planId: plan.id };
}

/** `content` inside `<izp-plan>`; resolves once the plan is loaded and `tag` has rendered. */
async function mount<T extends HTMLElement>(adapter: MemoryAdapter, tag: string, content: TemplateResult, user: User = sanne, view = 'professional') {
  const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, user)} patient-id=${mohamed.id} view=${view} lang="nl">${content}</izp-plan>`);
  await until(() => plan.snapshot, 'the plan to load');
  const el = plan.querySelector(tag) as T & { updateComplete: Promise<boolean> };
  await until(() => el.shadowRoot?.querySelector('details'), `<${tag}> to render`);
  return { plan, el, root: el.shadowRoot! };
}

const sections = (root: ShadowRoot) => [...root.querySelectorAll<HTMLDetailsElement>('details.section')].map((d) => d.dataset['section']);
const section = (root: ShadowRoot, key: string) => root.querySelector<HTMLDetailsElement>(`details[data-section="${key}"]`)!;
const focused = (root: ShadowRoot) => root.activeElement;

/** Presses Tab until focus is on `target` (a date field takes one Tab per part in some browsers). */
async function tabTo(root: ShadowRoot, target: Element, max = 8) {
  for (let i = 0; i < max && focused(root) !== target; i++) await sendKeys({ press: 'Tab' });
  expect(focused(root), 'reached by Tab').to.equal(target);
}

describe('the module elements on their own', () => {
  it('<izp-profile>: shows the filled sections open, the others folded, only those asked for; accessible', async () => {
    const adapter = new MemoryAdapter();
    await mohamedPlan(adapter);
    const { el, root } = await mount(adapter, 'izp-profile', html`<izp-profile></izp-profile>`);
    expect(sections(root)).to.deep.equal(['complaints', 'inventory', 'motivation', 'selfManagement', 'functioning', 'riskProfile', 'decisions', 'professionalNote']);
    expect(section(root, 'complaints').open).to.equal(true);
    expect(section(root, 'riskProfile').open).to.equal(false);
    expect(text(section(root, 'motivation').querySelector('summary'))).to.contain('Overweegt te veranderen');
    expect(text(section(root, 'decisions'))).to.contain('Gesprekken bij de POH-GGZ');
    await expect(el).to.be.accessible();
    el.setAttribute('sections', 'decisions motivation');
    await el.updateComplete;
    expect(sections(root), 'in the standard order').to.deep.equal(['motivation', 'decisions']);

    const patient = await mount(adapter, 'izp-profile', html`<izp-profile></izp-profile>`, mohamed, 'patient');
    expect(sections(patient.root), 'only what has content, no team note').to.deep.equal(['complaints', 'motivation', 'decisions']);
    expect(patient.root.querySelector('button')).to.equal(null);
    await expect(patient.el).to.be.accessible();
  });

  it('<izp-profile>: a section is filled in by keyboard alone, and focus returns to it', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId } = await mohamedPlan(adapter);
    const { el, root } = await mount(adapter, 'izp-profile', html`<izp-profile></izp-profile>`);
    const risk = section(root, 'riskProfile');
    risk.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => risk.open, 'the section unfolded');
    await sendKeys({ press: 'Tab' });
    expect(focused(root)).to.equal(risk.querySelector('button[data-edit="riskProfile"]'));
    await sendKeys({ press: 'Enter' });
    await until(() => focused(root)?.localName === 'textarea', 'focus in the form');
    await sendKeys({ type: 'Rookt niet; bloeddruk normaal.' });
    await sendKeys({ press: 'Tab' });
    expect(text(focused(root))).to.equal('Opslaan');
    const saved = oneEvent(el, 'izp-profile-updated');
    await sendKeys({ press: 'Enter' });
    expect((await saved).detail.profile.riskProfile).to.equal('Rookt niet; bloeddruk normaal.');
    await until(() => !root.querySelector('form') && focused(root) === section(root, 'riskProfile').querySelector('summary'), 'focus back on the section');
    expect((await izp.getPlan(planId))!.profile!.riskProfile).to.equal('Rookt niet; bloeddruk normaal.');
  });

  it('<izp-measurements>: the chart per measure with its target; a value added by keyboard', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId } = await mohamedPlan(adapter);
    const { el, root } = await mount(adapter, 'izp-measurements', html`<izp-measurements heading-level="3"></izp-measurements>`);
    expect(sections(root)).to.deep.equal(['measurements']);
    expect(text(root.querySelector('h3[part="measure-title"]'))).to.equal('Gewicht');
    expect(root.querySelector('svg[role="img"]')!.getAttribute('aria-label')).to.contain('Streefwaarde: niet meer dan 90 kg');
    await expect(el).to.be.accessible();

    const add = root.querySelector<HTMLButtonElement>('button[data-add="measurement"]')!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => add.getAttribute('aria-expanded') === 'true', 'the form unfolded');
    await sendKeys({ press: 'Tab' });
    expect(focused(root)?.getAttribute('name')).to.equal('measure');
    await sendKeys({ type: 'Gewicht' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '94.5' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'kg' });
    const added = oneEvent(el, 'izp-measurement-added');
    await sendKeys({ press: 'Enter' }); // submits the form from its last text field
    expect((await added).detail.measurement).to.include({ measure: 'Gewicht', value: 94.5, unit: 'kg' });
    await until(() => root.querySelectorAll('svg circle').length === 2, 'the new value in the chart');
    await until(() => focused(root) === add && add.getAttribute('aria-expanded') === 'false', 'the form folded, focus on its button');
    expect((await izp.getPlan(planId))!.measurements.map((m) => m.value)).to.deep.equal([96, 94.5]);
    await expect(el).to.be.accessible();
  });

  it('<izp-diary>: the patient writes by keyboard, the team reads it without a form', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId } = await mohamedPlan(adapter);
    const { el, root } = await mount(adapter, 'izp-diary', html`<izp-diary></izp-diary>`, mohamed, 'patient');
    await expect(el).to.be.accessible();
    const textarea = root.querySelector<HTMLTextAreaElement>('form[part="add-diary"] textarea')!;
    textarea.focus();
    await sendKeys({ type: 'Vandaag twintig minuten gewandeld.' });
    // Past the date (left empty, so today) to the button.
    await tabTo(root, root.querySelector('form[part="add-diary"] button[type="submit"]')!);
    expect(text(focused(root))).to.equal('In mijn dagboek zetten');
    const added = oneEvent(el, 'izp-diary-added');
    await sendKeys({ press: 'Enter' });
    expect((await added).detail.entry.text).to.equal('Vandaag twintig minuten gewandeld.');
    await until(() => root.querySelectorAll('ol.diary li').length === 2, 'the new entry');
    expect(textarea.value, 'the form is empty for the next entry').to.equal('');
    expect(text(root.querySelector('ol.diary li'))).to.contain('twintig minuten');
    expect((await izp.getPlan(planId))!.diary).to.have.length(2);

    const team = await mount(adapter, 'izp-diary', html`<izp-diary></izp-diary>`);
    expect(team.root.querySelector('form, textarea')).to.equal(null);
    expect(text(section(team.root, 'diary').querySelector('summary'))).to.contain('2 berichten');
    await expect(team.el).to.be.accessible();
  });

  it('<izp-links>: a link added by keyboard; javascript: refused with the field named, https stored', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId } = await mohamedPlan(adapter);
    const { el, root } = await mount(adapter, 'izp-links', html`<izp-links open></izp-links>`);
    await expect(el).to.be.accessible();
    expect(section(root, 'links').open, '`open` unfolds it while empty').to.equal(true);
    expect(text(section(root, 'links').querySelector('summary'))).to.contain('Nog niet ingevuld');
    const edit = root.querySelector<HTMLButtonElement>('button[data-edit="links"]')!;
    edit.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(root)?.getAttribute('name') === 'links.0.title', 'focus on the first field');
    await sendKeys({ type: 'Wandelgroepen in de wijk' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'javascript:alert(1)' });
    const failed = oneEvent(el, 'izp-error');
    await sendKeys({ press: 'Enter' });
    expect((await failed).detail.error.code).to.equal('validation');
    const url = root.querySelector<HTMLInputElement>('input[name="links.0.url"]')!;
    await until(() => focused(root) === url && url.getAttribute('aria-invalid') === 'true', 'focus on the field named');
    expect(text(root.getElementById(url.getAttribute('aria-describedby')!.split(' ').pop()!))).to.contain('https://');
    expect((await izp.getPlan(planId))!.profile!.links).to.deep.equal([]);
    url.select();
    await sendKeys({ type: LINK });
    const saved = oneEvent(el, 'izp-profile-updated');
    await sendKeys({ press: 'Enter' });
    expect((await saved).detail.profile.links).to.deep.equal([{ title: 'Wandelgroepen in de wijk', url: LINK }]);
    await until(() => root.querySelector('a')?.getAttribute('href') === LINK, 'the link');
    await expect(el).to.be.accessible();
  });

  it('<izp-host-data>: the host\'s diagnoses and medication, read-only; no code in the patient\'s view', async () => {
    const adapter = new MemoryAdapter();
    await mohamedPlan(adapter);
    const medication = [{ name: 'Sertraline', dose: '50 mg', since: '2026-09-01' }];
    const diagnoses = [{ name: 'Depressieve gevoelens', code: 'P03' }];
    const content = html`<izp-host-data .medication=${medication} .diagnoses=${diagnoses}></izp-host-data>`;
    const { el, root } = await mount(adapter, 'izp-host-data', content);
    expect(sections(root)).to.deep.equal(['diagnoses', 'medication']);
    expect(text(section(root, 'medication'))).to.contain('Sertraline — 50 mg, sinds 1 september 2026');
    expect(text(section(root, 'diagnoses'))).to.contain('Depressieve gevoelens (P03)');
    expect(root.querySelector('input, textarea, form, button')).to.equal(null);
    await expect(el).to.be.accessible();
    // Folding by keyboard: the summary is the control.
    section(root, 'medication').querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !section(root, 'medication').open, 'folded');

    const patient = await mount(adapter, 'izp-host-data', content, mohamed, 'patient');
    expect(text(section(patient.root, 'diagnoses'))).to.contain('Depressieve gevoelens').and.not.contain('P03');
    (patient.el as unknown as { medication: unknown[]; diagnoses: unknown[] }).medication = [];
    (patient.el as unknown as { diagnoses: unknown[] }).diagnoses = [{ name: '' }];
    await patient.el.updateComplete;
    expect(sections(patient.root), 'empty and nameless items are not shown').to.deep.equal([]);
  });

  it('<izp-modules> composes the five module elements under one heading, passing on what the host gives', async () => {
    const adapter = new MemoryAdapter();
    await mohamedPlan(adapter);
    const medication = [{ name: 'Sertraline', dose: '50 mg' }];
    const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, sanne)} patient-id=${mohamed.id} lang="nl">
      <izp-modules heading-level="2" .medication=${medication}></izp-modules></izp-plan>`);
    await until(() => plan.snapshot, 'the plan to load');
    const modules = plan.querySelector('izp-modules')!;
    const root = await until(() => modules.shadowRoot?.querySelector('.modules') && modules.shadowRoot, 'the modules');
    expect(text(root.querySelector('h2'))).to.equal('Onderdelen van het zorgplan');
    expect([...root.querySelectorAll('.modules > *')].map((e) => e.localName))
      .to.deep.equal(['h2', 'izp-profile', 'izp-measurements', 'izp-host-data', 'izp-diary', 'izp-links']);
    const hostData = root.querySelector('izp-host-data') as HTMLElement & { medication: unknown };
    expect(hostData.medication).to.equal(medication);
    // The parts of the elements inside stay reachable as `izp-modules::part(…)`, as before the split.
    for (const el of root.querySelectorAll('.modules > [exportparts]')) expect(el.getAttribute('exportparts'), el.localName).to.contain('section');
    const style = document.createElement('style');
    style.textContent = 'izp-modules::part(section) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      await until(() => deepAll(root, 'details.section').length >= 10, 'every module rendered');
      const styled = (deepAll(root, 'details.section') as HTMLElement[]).map((d) => getComputedStyle(d).outlineColor);
      expect(new Set(styled)).to.deep.equal(new Set(['rgb(1, 2, 3)']));
    } finally {
      style.remove();
    }
    await until(() => deepAll(root, 'details.section').length >= 10, 'every module rendered');
    expect(deepAll(root, '[part="measure-title"]').map((h) => h.localName), 'measures one level below').to.deep.equal(['h3']);
    expect((deepAll(root, 'details.section') as HTMLDetailsElement[]).map((d) => d.dataset['section'])).to.deep.equal([
      'complaints', 'inventory', 'motivation', 'selfManagement', 'functioning', 'riskProfile', 'decisions', 'professionalNote',
      'measurements', 'medication', 'diary', 'links',
    ]);
    await expect(modules).to.be.accessible();
  });
});
