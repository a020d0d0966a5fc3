import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { addDays, createIzp, MemoryAdapter, type StorageAdapter, type User } from '../src/core/index.js';
import type { IzpModules } from '../src/elements/modules/izp-modules.js';
import { failing, today } from './fixtures/adapters.js';
import { patients, staff } from './fixtures/example-plans.js';
import { until } from './fixtures/play.js';

interface Args {
  plan: 'filled' | 'empty';
  storage: 'memory' | 'failing';
  user: 'poh' | 'patient';
  view: 'professional' | 'patient';
  /** Medication and diagnoses as the host system (HIS) supplies them. */
  hostData: boolean;
}

const fatma = patients.yildiz;
const jan = patients.deGroot;

const medication = [
  { name: 'Metformine 500 mg tablet', dose: '2 x per dag 1 tablet', since: '2021-04-12' },
  { name: 'Atorvastatine 20 mg tablet', dose: '1 x per dag 1 tablet, voor de nacht' },
];
const diagnoses = [
  { name: 'Diabetes mellitus type 2', code: 'T90.02', since: '2019' },
  { name: 'Obesitas', code: 'T82' },
];

/**
 * Fatma Yıldız's plan with every module filled in, written through the core as the practice would:
 * her complaints, the SFMPC inventory, her motivation (she is thinking about it), a shared decision,
 * the sociale kaart page about walking groups, a note for the team, three HbA1c values against the
 * target of 53 mmol/mol, and a diary entry of her own. Jan de Groot's plan is new and empty.
 */
async function seed(): Promise<StorageAdapter> {
  const adapter = new MemoryAdapter();
  const day = today();
  const clock = { now: new Date(`${addDays(day, -120)}T10:00:00`) };
  const sanne = createIzp({ adapter, user: staff.poh, now: () => clock.now });
  const plan = await sanne.createPlan({ patientId: fatma.id, patientName: fatma.name, conditions: fatma.conditions, caseManager: staff.poh,
    careTeam: [{ id: staff.poh.id, name: staff.poh.name, role: 'practice-nurse' }, { id: staff.gp.id, name: staff.gp.name, role: 'gp' }] });
  await sanne.addGoal(plan.id, { description: 'Mijn suiker (HbA1c) onder de 53 mmol/mol.', domain: 'somatic', priority: 'medium',
    targets: [{ measure: 'HbA1c', comparator: '<=', value: 53, unit: 'mmol/mol', due: addDays(day, 60) }] });
  await sanne.accordPlan(plan.id);
  clock.now = new Date(`${addDays(day, -7)}T10:00:00`);
  for (const [value, offset] of [[61, -270], [58, -180], [56, -90]] as const) {
    await sanne.addMeasurement(plan.id, { measure: 'HbA1c', value, unit: 'mmol/mol', date: addDays(day, offset) });
  }
  await sanne.updateProfile(plan.id, {
    complaints: 'Moe na het eten. Knieën doen pijn bij lang lopen.',
    inventory: {
      somatic: 'Diabetes type 2, overgewicht, rookt 15 sigaretten per dag.',
      social: 'Woont met haar man; de buurvrouw wandelt mee.',
      psychological: 'Soms somber over haar gewicht.',
    },
    motivation: 'Wil fit genoeg zijn om met de kleinkinderen te spelen.',
    readiness: 'considering',
    selfManagement: 'Meet zelf haar suiker als ze zich niet goed voelt.',
    decisions: [{
      question: 'Hoe gaan we afvallen?', options: ['Zelf minder tussendoortjes', 'Begeleiding door de diëtist', 'Afwachten'],
      chosen: 'Begeleiding door de diëtist', why: 'Alleen lukte het eerder niet.', priority: 'Eerst afvallen, daarna stoppen met roken.',
    }],
    links: [{ title: 'Wandelgroepen in de wijk (sociale kaart)', url: 'https://www.example.org/sociale-kaart/wandelgroepen' }],
    professionalNote: 'Voetcontrole staat gepland; bij de volgende afspraak de knieklachten navragen.',
  });
  clock.now = new Date(`${addDays(day, -3)}T19:30:00`);
  await createIzp({ adapter, user: fatma.user, now: () => clock.now })
    .addDiaryEntry(plan.id, { text: 'Met de buurvrouw gewandeld, ook al regende het. Daarna minder moe.' });
  await sanne.createPlan({ patientId: jan.id, patientName: jan.name, conditions: jan.conditions, caseManager: staff.poh });
  return adapter;
}

/** The element once its plan is loaded. */
async function modules(canvas: HTMLElement): Promise<IzpModules> {
  const el = await until(() => canvas.querySelector('izp-modules'));
  await until(() => el.shadowRoot?.querySelector('.modules'));
  return el;
}

/** Opens a section's form, as clicking its "edit" button does, and fills in fields by name. */
async function editSection(canvas: HTMLElement, key: string, values: Record<string, string>): Promise<HTMLFormElement> {
  const el = await modules(canvas);
  const details = el.shadowRoot!.querySelector<HTMLDetailsElement>(`details[data-section="${key}"]`)!;
  details.open = true;
  (await until(() => details.querySelector<HTMLButtonElement>(`button[data-edit="${key}"]`))).click();
  const form = await until(() => el.shadowRoot!.querySelector<HTMLFormElement>(`form[data-form="${key}"]`));
  for (const [name, value] of Object.entries(values)) {
    const control = form.elements.namedItem(name) as HTMLInputElement;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }
  return form;
}

const meta: Meta<Args> = {
  title: 'Elements/izp-modules',
  component: 'izp-modules',
  args: { plan: 'filled', storage: 'memory', user: 'poh', view: 'professional', hostData: true },
  argTypes: {
    plan: { control: 'inline-radio', options: ['filled', 'empty'] },
    storage: { control: 'inline-radio', options: ['memory', 'failing'] },
    user: { control: 'inline-radio', options: ['poh', 'patient'] },
    view: { control: 'inline-radio', options: ['professional', 'patient'] },
  },
  loaders: [async () => ({ adapter: await seed() })],
  render: (args, { loaded, globals }) => {
    const base = loaded.adapter as StorageAdapter;
    const adapter = args.storage === 'failing' ? failing(base) : base;
    const who = args.plan === 'empty' ? jan : fatma;
    const user: User = args.user === 'patient' ? who.user : staff.poh;
    return html`<izp-plan patient-id=${who.id} view=${args.view} lang=${globals.locale ?? 'nl'} .adapter=${adapter} .user=${user}>
      <izp-modules heading-level="2" .medication=${args.hostData ? medication : []} .diagnoses=${args.hostData ? diagnoses : []}></izp-modules>
    </izp-plan>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Every module filled in, as the practice nurse sees it: open where there is content, with a trend chart. */
export const Filled: Story = {};
/** Fatma's own view: plain names, her diary to write in, home measurements; the team's note is not there. */
export const PatientView: Story = { args: { user: 'patient', view: 'patient' } };
/** A new plan: every module folded, with "add" inside for the team; no host data. */
export const EmptyPlan: Story = { args: { plan: 'empty', hostData: false } };
/** A `javascript:` link is refused; the message stands beside the web address, and nothing becomes a link. */
export const ValidationError: Story = {
  play: async ({ canvasElement }) => {
    const form = await editSection(canvasElement, 'links', { 'links.0.title': 'Klik hier', 'links.0.url': 'javascript:alert(1)' });
    form.requestSubmit();
    await until(() => form.querySelector('[aria-invalid="true"]'));
  },
};
/** Storage is down: the typed complaints stay in the form, the error says what happened. */
export const StorageFailure: Story = {
  args: { storage: 'failing' },
  play: async ({ canvasElement }) => {
    const form = await editSection(canvasElement, 'complaints', { complaints: 'Moe na het eten. Slaapt slecht sinds twee weken.' });
    form.requestSubmit();
    await until(() => form.querySelector('[part="error"]'));
  },
};
