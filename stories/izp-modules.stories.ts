import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { StorageAdapter, User } from '../src/core/index.js';
import type { IzpModules } from '../src/elements/modules/izp-modules.js';
import { failing } from './fixtures/adapters.js';
import { staff } from './fixtures/example-plans.js';
import { diagnoses, fatma, jan, medication, seedModules } from './fixtures/modules.js';
import { deepFind, until } from './fixtures/play.js';

interface Args {
  plan: 'filled' | 'empty';
  storage: 'memory' | 'failing';
  user: 'poh' | 'patient';
  view: 'professional' | 'patient';
  /** Medication and diagnoses as the host system (HIS) supplies them. */
  hostData: boolean;
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
  // Each module is an element of its own inside <izp-modules>, with its own shadow root.
  const details = await until(() => deepFind<HTMLDetailsElement>(el.shadowRoot!, `details[data-section="${key}"]`));
  details.open = true;
  (await until(() => details.querySelector<HTMLButtonElement>(`button[data-edit="${key}"]`))).click();
  const form = await until(() => deepFind<HTMLFormElement>(el.shadowRoot!, `form[data-form="${key}"]`));
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
  loaders: [async () => ({ adapter: await seedModules() })],
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
