import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { StorageAdapter, User } from '../src/core/index.js';
import { failing, hanging, seeded } from './fixtures/adapters.js';
import { patients, staff } from './fixtures/example-plans.js';
import { until } from './fixtures/play.js';

interface Args {
  patient: keyof typeof patients;
  storage: 'memory' | 'failing' | 'hanging';
  user: 'poh' | 'gp' | 'patient';
  view: 'professional' | 'patient';
}

/** One person's card in the care team, by the name in its heading. */
function card(root: HTMLElement, name: string): Promise<HTMLLIElement> {
  return until(() => {
    const shadow = root.querySelector('izp-care-team')?.shadowRoot;
    return [...(shadow?.querySelectorAll('li') ?? [])].find((li) => li.querySelector('h4')?.textContent === name);
  });
}

/** Chooses what a person may do ("Mag lezen") and saves it, as the patient would. */
async function chooseAndSave(root: HTMLElement, name: string, choice: string): Promise<void> {
  const li = await card(root, name);
  const label = [...li.querySelectorAll('label')].find((l) => l.textContent?.trim() === choice);
  label?.querySelector('input')?.click();
  li.querySelector('form')?.requestSubmit();
}

async function confirmRevoke(root: HTMLElement): Promise<void> {
  const shadow = root.querySelector('izp-care-team')!.shadowRoot!;
  const button = await until(() => shadow.querySelector<HTMLButtonElement>('dialog[open] button.danger'));
  button.click();
}

const meta: Meta<Args> = {
  title: 'Elements/izp-care-team',
  component: 'izp-care-team',
  args: { patient: 'yildiz', storage: 'memory', user: 'patient', view: 'patient' },
  argTypes: {
    patient: { control: 'select', options: Object.keys(patients) },
    storage: { control: 'inline-radio', options: ['memory', 'failing', 'hanging'] },
    user: { control: 'inline-radio', options: ['poh', 'gp', 'patient'] },
    view: { control: 'inline-radio', options: ['professional', 'patient'] },
  },
  loaders: [async () => ({ adapter: (await seeded()).adapter })],
  render: (args, { loaded, globals }) => {
    const base = loaded.adapter as StorageAdapter;
    const adapter = { memory: base, failing: failing(base), hanging: hanging(base) }[args.storage];
    const user: User = args.user === 'patient' ? patients[args.patient].user : staff[args.user];
    return html`<izp-plan patient-id=${patients[args.patient].id} view=${args.view} lang=${globals.locale ?? 'nl'} .adapter=${adapter} .user=${user}>
      <izp-care-team heading-level="3"></izp-care-team>
    </izp-plan>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Henk Bosman's team as the GP sees it: the physiotherapist, his daughter (no account), who may do what; no controls. */
export const ProfessionalView: Story = { args: { patient: 'bosman', user: 'gp', view: 'professional' } };
/** The case manager records Henk's choice for him: controls for everyone with an account but herself. */
export const CaseManager: Story = { args: { patient: 'bosman', user: 'poh', view: 'professional' } };
/** Fatma Yıldız in her own view: "U bepaalt wie uw zorgplan mag zien", a choice and a save button per person. */
export const PatientView: Story = {};
/** Fatma takes the dietitian's access away: the confirmation first, focus on "Annuleren". */
export const ConfirmRevoke: Story = {
  play: async ({ canvasElement }) => {
    await chooseAndSave(canvasElement, staff.dietitian.name, 'Geen toegang');
    await until(() => canvasElement.querySelector('izp-care-team')?.shadowRoot?.querySelector('dialog[open]'));
  },
};
/** After revoking: the dietitian has no access any more; the core refuses her from now on. */
export const AfterRevoking: Story = {
  play: async ({ canvasElement }) => {
    await chooseAndSave(canvasElement, staff.dietitian.name, 'Geen toegang');
    await confirmRevoke(canvasElement);
    await until(() => {
      const shadow = canvasElement.querySelector('izp-care-team')?.shadowRoot;
      const lotte = [...(shadow?.querySelectorAll('li') ?? [])].find((li) => li.querySelector('h4')?.textContent === staff.dietitian.name);
      return shadow && !shadow.querySelector('dialog[open]') && lotte?.querySelector('[part="access"]')?.textContent === 'Geen toegang';
    });
  },
};
/** A change is being saved. */
export const Saving: Story = {
  args: { storage: 'hanging' },
  play: async ({ canvasElement }) => {
    await chooseAndSave(canvasElement, staff.dietitian.name, 'Mag lezen');
    await until(() => canvasElement.querySelector('izp-care-team')?.shadowRoot?.querySelector('[role="status"]'));
  },
};
/** Storage is down: the choice stays selected, the error says what happened, nothing changed. */
export const StorageFailure: Story = {
  args: { storage: 'failing' },
  play: async ({ canvasElement }) => {
    await chooseAndSave(canvasElement, staff.dietitian.name, 'Mag lezen');
    await until(() => canvasElement.querySelector('izp-care-team')?.shadowRoot?.querySelector('[role="alert"]'));
  },
};
/** The patient's view in English. */
export const English: Story = { globals: { locale: 'en' } };
