/**
 * <izp-modules>: the generic modules of the Plan van eisen, driven as a user would, through the memory
 * and the IndexedDB adapter. Fictional patients: Dhr. M. El Amrani (example 4) and Mw. F. Yıldız (example 1).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { IndexedDbAdapter } from '../../src/adapters/indexeddb/index.js';
import { addDays, MemoryAdapter, type StorageAdapter, type User } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpModules } from '../../src/elements/modules/izp-modules.js';
import type { DiagnosisItem, MedicationItem } from '../../src/elements/host-data/izp-host-data.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { deepAll, fatma, oneLine as text, sanne, TestAdapter, TODAY, until, verhoeven, izpAt } from './helpers.js';

const mohamed: User = { id: 'pat-elamrani', name: 'Mohamed El Amrani', role: 'patient' };
const LINK = 'https://www.example.org/sociale-kaart/wandelgroepen';
const NOTE = 'Bij de volgende afspraak de PHQ-9 afnemen.';

/** Mohamed's current plan with his filled-in modules, or an empty one. */
async function mohamedPlan(adapter: StorageAdapter, filled = true) {
  const izp = izpAt(adapter, sanne);
  const plan = await izp.createPlan({ patientId: mohamed.id, patientName: 'Dhr. M. El Amrani', careTeam: [{ id: verhoeven.id, name: verhoeven.name, role: 'gp' }] });
  await izp.addGoal(plan.id, { description: 'Weer zin hebben om naar de moskee en naar vrienden te gaan.', domain: 'psychological' });
  await izp.accordPlan(plan.id);
  if (filled) {
    await izp.updateProfile(plan.id, {
      complaints: 'Somber. Heeft weinig zin om de deur uit te gaan.',
      inventory: { psychological: 'Somber sinds de winter.', communicative: 'Leest Nederlands moeilijk; zoon Yusuf leest mee.' },
      readiness: 'considering',
      decisions: [{ question: 'Hoe pakken we de somberheid aan?', options: ['Gesprekken bij de POH-GGZ', 'Medicijnen'], chosen: 'Gesprekken bij de POH-GGZ', why: 'Liever eerst praten.' }],
      links: [{ title: 'Wandelgroepen in de wijk (sociale kaart)', url: LINK }],
      professionalNote: NOTE,
    });
    await izpAt(adapter, mohamed).addDiaryEntry(plan.id, { text: 'Met Yusuf naar de markt gelopen.', date: '2025-03-02' });
  }
  return { izp, planId: plan.id };
}

/** Fatma's HbA1c: 61, 58 and 56 mmol/mol, one more at an evaluation, and the target of at most 53. */
async function fatmaPlan(adapter: StorageAdapter) {
  const izp = izpAt(adapter, sanne);
  const plan = await izp.createPlan({ patientId: fatma.id, patientName: 'Mw. F. Yıldız' });
  const sugar = await izp.addGoal(plan.id, {
    description: 'Mijn suiker (HbA1c) onder de 53 mmol/mol.', domain: 'somatic',
    targets: [{ measure: 'HbA1c', comparator: '<=', value: 53, unit: 'mmol/mol' }],
  });
  await izp.accordPlan(plan.id);
  for (const [value, date] of [[61, '2024-06-01'], [58, '2024-09-01'], [56, '2024-12-01']] as const) {
    await izp.addMeasurement(plan.id, { measure: 'HbA1c', value, unit: 'mmol/mol', date });
  }
  await izp.evaluate(plan.id, { target: { kind: 'goal', id: sugar.id }, withPatient: true, outcome: 'on-track', date: '2025-03-01',
    measurements: [{ measure: 'HbA1c', value: 55, unit: 'mmol/mol' }] });
  return { izp, planId: plan.id };
}

interface MountOptions { user?: User; view?: string; patientId?: string; medication?: MedicationItem[]; diagnoses?: DiagnosisItem[] }

async function mount(adapter: StorageAdapter, options: MountOptions = {}) {
  const { user = sanne, view = 'professional', patientId = mohamed.id, medication = [], diagnoses = [] } = options;
  const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, user)} patient-id=${patientId} view=${view} lang="nl">
    <izp-modules heading-level="3" .medication=${medication} .diagnoses=${diagnoses}></izp-modules>
  </izp-plan>`);
  await until(() => plan.snapshot, 'the plan to load');
  const el = plan.querySelector('izp-modules') as IzpModules;
  await until(() => el.shadowRoot?.querySelector('.modules'), 'the modules to render');
  await settled(el);
  return { plan, el, root: el.shadowRoot! };
}

/** The first match of `selector` in `root` or in the shadow roots of the module elements inside it. */
const find = <T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string) => (deepAll(root, selector)[0] as T | undefined) ?? null;
const section = (root: ShadowRoot, key: string) => find<HTMLDetailsElement>(root, `details[data-section="${key}"]`);
const sections = (root: ShadowRoot) => (deepAll(root, 'details.section') as HTMLDetailsElement[]).map((d) => d.dataset['section']);
/** The text of every section, as a reader meets it across the module elements. */
const allText = (root: ShadowRoot) => deepAll(root, 'details.section').map(text).join(' ');

/** Waits until `el` and every module element inside it have rendered. */
async function settled(el: IzpModules) {
  await el.updateComplete;
  await Promise.all(deepAll(el.shadowRoot!, '*').filter((e): e is IzpModules => 'updateComplete' in e).map((e) => e.updateComplete));
}

async function openAll(el: IzpModules) {
  for (const d of deepAll(el.shadowRoot!, 'details') as HTMLDetailsElement[]) d.open = true;
  await settled(el);
}

/** Opens a section's form (its "add" or "edit" button) and returns the form. */
async function edit(el: IzpModules, key: string): Promise<HTMLFormElement> {
  const details = section(el.shadowRoot!, key)!;
  details.open = true;
  details.querySelector<HTMLButtonElement>(`button[data-edit="${key}"]`)!.click();
  return until(() => find<HTMLFormElement>(el.shadowRoot!, `form[data-form="${key}"]`), `the ${key} form`);
}

function set(form: HTMLFormElement, name: string, value: string) {
  const control = form.elements.namedItem(name) as HTMLInputElement;
  if (!control) throw new Error(`no field ${name}`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

async function saveProfile(el: IzpModules, form: HTMLFormElement) {
  const saved = oneEvent(el, 'izp-profile-updated');
  form.requestSubmit();
  const { detail } = await saved;
  await until(() => !find(el.shadowRoot!, `form[data-form]`), 'the form to close');
  return detail.profile;
}

/** Submits and waits for the core's refusal; returns the message beside `name`. */
async function failSave(el: IzpModules, form: HTMLFormElement, name: string) {
  const failed = oneEvent(el, 'izp-error');
  form.requestSubmit();
  const { detail } = await failed;
  await settled(el);
  const control = form.elements.namedItem(name) as HTMLElement;
  expect(control.getAttribute('aria-invalid'), `${name} marked invalid`).to.equal('true');
  const message = (form.getRootNode() as ShadowRoot).getElementById(control.getAttribute('aria-describedby')!.split(' ').pop()!);
  return { error: detail.error, message: text(message) };
}

describe('<izp-modules>', () => {
  it('is accessible in the professional and in the patient view, with every section and table open', async () => {
    const adapter = new MemoryAdapter();
    await mohamedPlan(adapter);
    const medication = [{ name: 'Metformine', dose: '2 x 500 mg', since: '2023-05-01' }];
    const pro = await mount(adapter, { medication, diagnoses: [{ name: 'Diabetes mellitus type 2', code: 'T90.02' }] });
    await openAll(pro.el);
    await expect(pro.el).to.be.accessible();
    const patient = await mount(adapter, { user: mohamed, view: 'patient', medication });
    await openAll(patient.el);
    await expect(patient.el).to.be.accessible();
    const withValues = new MemoryAdapter();
    await fatmaPlan(withValues);
    const chart = await mount(withValues, { patientId: fatma.id });
    await openAll(chart.el);
    await expect(chart.el).to.be.accessible();
  });

  it('opens only the sections with content; empty ones are folded with an add button for the team', async () => {
    const adapter = new MemoryAdapter();
    await mohamedPlan(adapter);
    const { root } = await mount(adapter);
    expect(section(root, 'complaints')!.open).to.equal(true);
    expect(text(section(root, 'complaints')!.querySelector('summary'))).to.contain('Klachten en gezondheidsproblemen').and.contain('Somber.');
    expect(text(section(root, 'inventory')!.querySelector('summary'))).to.contain('2 van 5 gebieden');
    expect(section(root, 'riskProfile')!.open).to.equal(false);
    expect(text(section(root, 'riskProfile')!.querySelector('summary'))).to.contain('Nog niet ingevuld');
    expect(section(root, 'riskProfile')!.querySelector('button[data-edit="riskProfile"]')).to.exist;
    expect(sections(root)).to.not.include('medication');

    const empty = new MemoryAdapter();
    await mohamedPlan(empty, false);
    const patient = await mount(empty, { user: mohamed, view: 'patient' });
    expect(sections(patient.root)).to.deep.equal(['measurements', 'diary']);
    expect(find(patient.root, 'button[data-edit]')).to.equal(null);
  });

  it('shows medication and diagnoses from the host as read-only, with where they come from', async () => {
    const adapter = new MemoryAdapter();
    await mohamedPlan(adapter);
    const { root } = await mount(adapter, {
      medication: [{ name: 'Metformine', dose: '2 x 500 mg', since: '2023-05-01' }, { name: 'Sertraline', dose: '50 mg' }],
      diagnoses: [{ name: 'Diabetes mellitus type 2', code: 'T90.02', since: '2019' }],
    });
    const medication = section(root, 'medication')!;
    expect(text(medication.querySelector('summary'))).to.contain('2 middelen');
    expect(text(medication)).to.contain('Metformine — 2 x 500 mg, sinds 1 mei 2023').and.contain('Sertraline — 50 mg').and.contain('systeem van de praktijk');
    expect(text(section(root, 'diagnoses'))).to.contain('Diabetes mellitus type 2 (T90.02), sinds 2019');
    expect(medication.querySelector('input, textarea, form, button')).to.equal(null);
  });

  it('draws a trend chart per measure with the target line, axis labels and the values as a table', async () => {
    const adapter = new MemoryAdapter();
    await fatmaPlan(adapter);
    const { root } = await mount(adapter, { patientId: fatma.id });
    const measurements = section(root, 'measurements')!;
    expect(measurements.open).to.equal(true);
    expect(text(measurements.querySelector('summary'))).to.contain('HbA1c 55 mmol/mol');
    const svg = measurements.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).to.contain('HbA1c: 4 metingen, van 61 mmol/mol op 1 juni 2024 naar 55 mmol/mol op 1 maart 2025')
      .and.contain('Streefwaarde: niet meer dan 53 mmol/mol');
    expect(svg.querySelectorAll('circle').length).to.equal(4);
    const target = svg.querySelector('.target line')!;
    expect(target.getAttribute('stroke-dasharray')).to.exist;
    expect(text(svg.querySelector('.target text'))).to.equal('streef: niet meer dan 53 mmol/mol');
    expect([...svg.querySelectorAll('.axis text')].map(text)).to.include.members(['mmol/mol', '61', '53']);
    const rows = [...measurements.querySelectorAll('table tbody tr')].map((r) => [...r.children].map(text));
    expect(rows).to.deep.equal([
      ['1 maart 2025', '55 mmol/mol', 'Sanne de Wit (bij een evaluatie)'],
      ['1 december 2024', '56 mmol/mol', 'Sanne de Wit'],
      ['1 september 2024', '58 mmol/mol', 'Sanne de Wit'],
      ['1 juni 2024', '61 mmol/mol', 'Sanne de Wit'],
    ]);
    expect(getComputedStyle(svg.querySelector('polyline')!).stroke).to.not.equal('none');
  });

  it('hides the care team note in the patient view and uses plain names there', async () => {
    const adapter = new MemoryAdapter();
    await mohamedPlan(adapter);
    const pro = await mount(adapter);
    expect(text(section(pro.root, 'professionalNote'))).to.contain(NOTE);
    const { root } = await mount(adapter, { user: mohamed, view: 'patient' });
    expect(sections(root)).to.not.include('professionalNote');
    expect(allText(root)).to.contain('Wat ik merk').and.not.contain('PHQ-9');
    expect(text(root.querySelector('h3'))).to.equal('Over mij');
    expect(text(section(root, 'complaints')!.querySelector('summary .name'))).to.equal('Wat ik merk');
    expect(text(section(root, 'motivation'))).to.contain('Ik denk erover na');
    expect(text(section(root, 'inventory'))).to.contain('Hoe ik mij voel');
  });

  it('renders links only when https, in the same tab', async () => {
    const adapter = new MemoryAdapter();
    await mohamedPlan(adapter);
    const { root } = await mount(adapter);
    const a = section(root, 'links')!.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal(LINK);
    expect(a.hasAttribute('target')).to.equal(false);
    expect(text(a)).to.equal('Wandelgroepen in de wijk (sociale kaart)');
  });

  it('keeps the input and reports when storage fails', async () => {
    const adapter = new TestAdapter();
    await mohamedPlan(adapter);
    const { el, root } = await mount(adapter);
    const form = await edit(el, 'riskProfile');
    set(form, 'riskProfile', 'Rookt niet; bloeddruk normaal.');
    adapter.failCommits = true;
    const failed = oneEvent(el, 'izp-error');
    form.requestSubmit();
    expect((await failed).detail.action).to.equal('updateProfile');
    await until(() => find(root, '[part="error"]'), 'the error');
    expect((form.elements.namedItem('riskProfile') as HTMLTextAreaElement).value).to.equal('Rookt niet; bloeddruk normaal.');
    adapter.failCommits = false;
    const profile = await saveProfile(el, form);
    expect(profile.riskProfile).to.equal('Rookt niet; bloeddruk normaal.');
  });

  it('offers reload and re-apply when a colleague saved first', async () => {
    const adapter = new MemoryAdapter();
    const { planId } = await mohamedPlan(adapter);
    const { el, root } = await mount(adapter);
    const form = await edit(el, 'complaints');
    set(form, 'complaints', 'Slaapt slecht.');
    await izpAt(adapter, verhoeven).updateProfile(planId, { motivation: 'Wil weer naar de moskee.' });
    const failed = oneEvent(el, 'izp-error');
    form.requestSubmit();
    expect((await failed).detail.error.code).to.equal('conflict');
    const reapply = await until(() => find<HTMLButtonElement>(root, '[part="conflict"] button.primary'), 'the re-apply button');
    const saved = oneEvent(el, 'izp-profile-updated');
    reapply.click();
    const { profile } = (await saved).detail;
    expect(profile).to.include({ complaints: 'Slaapt slecht.', motivation: 'Wil weer naar de moskee.', version: 3 });
  });

  it('renders script-like text as text', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId } = await mohamedPlan(adapter, false);
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    await izp.updateProfile(planId, { complaints: evil, decisions: [{ question: evil, options: [evil] }], links: [{ title: evil, url: LINK }] });
    const { root } = await mount(adapter);
    await until(() => section(root, 'complaints')?.querySelector('.text'), 'the complaints');
    expect(deepAll(root, 'img, script')).to.deep.equal([]);
    expect(text(section(root, 'complaints')!.querySelector('.text'))).to.equal(evil);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  for (const [name, make] of [
    ['memory', () => new MemoryAdapter()],
    ['IndexedDB', () => new IndexedDbAdapter({ name: `izp-modules-el-${Date.now()}-${Math.random()}` })],
  ] as const) {
    describe(`through the ${name} adapter`, () => {
      let adapter: StorageAdapter;
      beforeEach(() => (adapter = make()));
      afterEach(async () => (adapter as IndexedDbAdapter).destroy?.());

      /** What another reader of the same storage sees, and the element mounted afresh. */
      async function stored(planId: string) {
        return (await izpAt(adapter, sanne).getPlan(planId))!;
      }

      it('fills in every text section of an empty plan, validates it, and keeps it', async () => {
        const { planId } = await mohamedPlan(adapter, false);
        const { el } = await mount(adapter);
        const long = 'x'.repeat(2001);
        const cases: [string, Record<string, string>, string][] = [
          ['complaints', { complaints: 'Moe, slaapt slecht.' }, 'complaints'],
          ['inventory', { 'inventory.somatic': 'Diabetes type 2.', 'inventory.social': 'Zoon Yusuf helpt.' }, 'inventory.social'],
          ['motivation', { motivation: 'Wil weer naar de moskee.', readiness: 'preparing' }, 'motivation'],
          ['selfManagement', { selfManagement: 'Meet zelf zijn suiker.' }, 'selfManagement'],
          ['functioning', { functioning: 'Gaat weinig de deur uit.' }, 'functioning'],
          ['riskProfile', { riskProfile: 'Rookt niet.' }, 'riskProfile'],
          ['professionalNote', { professionalNote: NOTE }, 'professionalNote'],
        ];
        for (const [key, values, invalid] of cases) {
          const form = await edit(el, key);
          for (const [field, value] of Object.entries(values)) set(form, field, field === invalid ? long : value);
          const { error, message } = await failSave(el, form, invalid);
          expect(error.code, key).to.equal('validation');
          expect(message, key).to.contain('te lang');
          expect((form.elements.namedItem(invalid) as HTMLTextAreaElement).value, `${key} keeps the input`).to.equal(long);
          set(form, invalid, values[invalid]!);
          await saveProfile(el, form);
          expect(section(el.shadowRoot!, key)!.open, `${key} opens once it has content`).to.equal(true);
        }
        const profile = (await stored(planId)).profile!;
        expect(profile).to.deep.include({ complaints: 'Moe, slaapt slecht.', motivation: 'Wil weer naar de moskee.', readiness: 'preparing',
          selfManagement: 'Meet zelf zijn suiker.', functioning: 'Gaat weinig de deur uit.', riskProfile: 'Rookt niet.', professionalNote: NOTE, version: 7 });
        expect(profile.inventory).to.deep.equal({ somatic: 'Diabetes type 2.', social: 'Zoon Yusuf helpt.' });

        const again = await mount(adapter);
        expect(text(section(again.root, 'motivation'))).to.contain('Bereidt de verandering voor').and.contain('Wil weer naar de moskee.');
        expect(text(section(again.root, 'inventory'))).to.contain('Lichamelijk').and.contain('Zoon Yusuf helpt.');

        // A blank field clears its section.
        const form = await edit(again.el, 'functioning');
        set(form, 'functioning', '   ');
        await saveProfile(again.el, form);
        expect('functioning' in (await stored(planId)).profile!).to.equal(false);
        expect(section(again.root, 'functioning')!.open).to.equal(true);
        expect(text(section(again.root, 'functioning')!.querySelector('summary'))).to.contain('Nog niet ingevuld');
      });

      it('adds and changes a shared decision, naming the field that is wrong', async () => {
        const { planId } = await mohamedPlan(adapter);
        const { el, root } = await mount(adapter);
        const before = (await stored(planId)).profile!.decisions[0]!;
        const form = await edit(el, 'decisions');
        form.querySelector<HTMLButtonElement>('.actions button[type="button"]')!.click(); // add another
        await settled(el);
        set(form, 'decisions.1.options', 'Meer bewegen\nWandelgroep in de wijk');
        const { error, message } = await failSave(el, form, 'decisions.1.question');
        expect((error as unknown as { fields: string[] }).fields).to.include('decisions.1.question');
        expect(message).to.contain('verplicht');
        set(form, 'decisions.1.question', 'Hoe gaat Mohamed meer bewegen?');
        set(form, 'decisions.1.chosen', 'Wandelgroep in de wijk');
        set(form, 'decisions.1.priority', 'Belangrijk: helpt ook tegen de somberheid.');
        const profile = await saveProfile(el, form);
        expect(profile.decisions.map((d: { question: string }) => d.question)).to.deep.equal(['Hoe pakken we de somberheid aan?', 'Hoe gaat Mohamed meer bewegen?']);
        expect(profile.decisions[0]!.id).to.equal(before.id);
        expect((await stored(planId)).profile!.decisions[1]).to.deep.include({ options: ['Meer bewegen', 'Wandelgroep in de wijk'], chosen: 'Wandelgroep in de wijk' });
        expect(text(section(root, 'decisions'))).to.contain('Wandelgroep in de wijk gekozen').and.contain('helpt ook tegen de somberheid');

        // Removing the first: the second's fields still get their own messages.
        const again = await edit(el, 'decisions');
        (again.elements.namedItem('decisions.0.remove') as HTMLInputElement).checked = true;
        set(again, 'decisions.1.chosen', 'y'.repeat(201));
        const failed = await failSave(el, again, 'decisions.1.chosen');
        expect(failed.message).to.contain('te lang');
        set(again, 'decisions.1.chosen', 'Wandelgroep in de wijk');
        const after = await saveProfile(el, again);
        expect(after.decisions.map((d: { question: string }) => d.question)).to.deep.equal(['Hoe gaat Mohamed meer bewegen?']);
      });

      it('rejects a javascript: link with the field named, never renders it as a link, and stores https', async () => {
        const { planId } = await mohamedPlan(adapter, false);
        const { el, root } = await mount(adapter);
        const form = await edit(el, 'links');
        set(form, 'links.0.title', 'Klik hier');
        set(form, 'links.0.url', 'javascript:alert(1)');
        const { error, message } = await failSave(el, form, 'links.0.url');
        expect((error as unknown as { fields: string[] }).fields).to.deep.equal(['links.0.url']);
        expect(message).to.equal('Het webadres moet een veilige link zijn die begint met https://');
        expect(find(root, 'a')).to.equal(null);
        expect((await stored(planId)).profile).to.equal(null);
        set(form, 'links.0.url', 'http://example.org/wandelen');
        expect((await failSave(el, form, 'links.0.url')).message).to.contain('https://');
        set(form, 'links.0.title', 'Wandelgroepen in de wijk (sociale kaart)');
        set(form, 'links.0.url', LINK);
        await saveProfile(el, form);
        expect((await stored(planId)).profile!.links).to.deep.equal([{ title: 'Wandelgroepen in de wijk (sociale kaart)', url: LINK }]);
        const again = await mount(adapter);
        expect(section(again.root, 'links')!.querySelector('a')!.href).to.equal(LINK);
        expect((deepAll(again.root, 'a') as HTMLAnchorElement[]).every((a) => a.href.startsWith('https:'))).to.equal(true);
      });

      it('adds a measurement as the team and as the patient, validated, and charts it', async () => {
        const { planId } = await mohamedPlan(adapter, false);
        const { el, root } = await mount(adapter);
        section(root, 'measurements')!.open = true;
        find<HTMLButtonElement>(root, 'button[data-add="measurement"]')!.click();
        const form = await until(() => find<HTMLFormElement>(root, 'form#add-measurement:not([hidden])'), 'the measurement form');
        expect(form.hidden).to.equal(false);
        set(form, 'measure', 'Gewicht');
        const missing = await failSave(el, form, 'value');
        expect(missing.message).to.contain('verplicht');
        set(form, 'value', '92.5');
        set(form, 'unit', 'kg');
        set(form, 'date', addDays(TODAY, 1));
        expect((await failSave(el, form, 'date')).message).to.contain('toekomst');
        expect((form.elements.namedItem('measure') as HTMLInputElement).value).to.equal('Gewicht');
        set(form, 'date', '2025-02-01');
        const added = oneEvent(el, 'izp-measurement-added');
        form.requestSubmit();
        expect((await added).detail.measurement).to.include({ measure: 'Gewicht', value: 92.5, unit: 'kg', date: '2025-02-01' });
        await until(() => find(root, 'svg[role="img"]'), 'the chart');

        const patient = await mount(adapter, { user: mohamed, view: 'patient' });
        section(patient.root, 'measurements')!.open = true;
        find<HTMLButtonElement>(patient.root, 'button[data-add="measurement"]')!.click();
        const own = await until(() => find<HTMLFormElement>(patient.root, 'form#add-measurement:not([hidden])'), 'the measurement form');
        set(own, 'measure', 'gewicht');
        set(own, 'value', '91');
        set(own, 'unit', 'kg');
        set(own, 'date', '2025-03-01');
        const home = oneEvent(patient.el, 'izp-measurement-added');
        own.requestSubmit();
        expect((await home).detail.measurement.by.role).to.equal('patient');
        await until(() => deepAll(patient.root, 'svg circle').length === 2, 'both values in one chart');
        expect((await stored(planId)).measurements.map((m) => [m.value, m.by.name])).to.deep.equal([[92.5, 'Sanne de Wit'], [91, 'Mohamed El Amrani']]);
        const again = await mount(adapter);
        expect(deepAll(again.root, 'details[data-section="measurements"] tbody tr').length).to.equal(2);
      });

      it('lets the patient write in the diary, newest first; the team reads it and has no form', async () => {
        const { planId } = await mohamedPlan(adapter);
        const patient = await mount(adapter, { user: mohamed, view: 'patient' });
        const diary = section(patient.root, 'diary')!;
        expect(text(diary.querySelector('summary .name'))).to.equal('Mijn dagboek');
        const form = diary.querySelector<HTMLFormElement>('form')!;
        expect(text(diary)).to.contain('Uw zorgverleners kunnen lezen');
        const empty = await failSave(patient.el, form, 'text');
        expect(empty.message).to.contain('verplicht');
        set(form, 'text', 'Vandaag twintig minuten gewandeld met de wandelgroep.');
        set(form, 'date', '2025-04-10');
        const added = oneEvent(patient.el, 'izp-diary-added');
        form.requestSubmit();
        expect((await added).detail.entry).to.include({ text: 'Vandaag twintig minuten gewandeld met de wandelgroep.', date: '2025-04-10' });
        await until(() => section(patient.root, 'diary')!.querySelectorAll('ol.diary li').length === 2, 'two entries');
        expect((await stored(planId)).diary.length).to.equal(2);

        const team = await mount(adapter);
        const read = section(team.root, 'diary')!;
        expect(read.open).to.equal(true);
        expect(text(read.querySelector('summary'))).to.contain('Dagboek van de patiënt').and.contain('2 berichten, laatste op 10 april 2025');
        const items = [...read.querySelectorAll('ol.diary li')].map(text);
        expect(items[0]).to.contain('10 april 2025, Mohamed El Amrani').and.contain('twintig minuten');
        expect(items[1]).to.contain('2 maart 2025').and.contain('markt');
        expect(read.querySelector('form, textarea')).to.equal(null);
        expect(text(read)).to.contain('De patiënt schrijft het dagboek');
      });
    });
  }
});
