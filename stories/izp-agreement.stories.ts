import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createIzp, type StorageAdapter, type User } from '../src/core/index.js';
import { conflicting, failing, forbidding, hanging, seeded } from './fixtures/adapters.js';
import { patients, staff } from './fixtures/example-plans.js';
import { click, fill, submit, until } from './fixtures/play.js';

interface Args {
  patient: keyof typeof patients;
  /** Which agreement of the plan, in the order they were made. */
  agreement: number;
  storage: 'memory' | 'failing' | 'hanging' | 'conflicting' | 'forbidding';
  view: 'professional' | 'patient';
}

const meta: Meta<Args> = {
  title: 'Elements/izp-agreement',
  component: 'izp-agreement',
  args: { patient: 'yildiz', agreement: 0, storage: 'memory', view: 'professional' },
  argTypes: {
    patient: { control: 'select', options: Object.keys(patients) },
    storage: { control: 'inline-radio', options: ['memory', 'failing', 'hanging', 'conflicting', 'forbidding'] },
    view: { control: 'inline-radio', options: ['professional', 'patient'] },
  },
  loaders: [async ({ args }) => {
    const { adapter } = await seeded();
    const izp = createIzp({ adapter, user: staff.poh });
    const plan = await izp.getPlanForPatient(patients[args.patient].id);
    const snap = plan ? await izp.getPlan(plan.id) : null;
    const ordered = [...(snap?.agreements ?? [])].sort((a, b) => a.created.at.localeCompare(b.created.at));
    return { adapter, agreementId: ordered[args.agreement]?.id ?? '' };
  }],
  render: (args, { loaded, globals }) => {
    const base = loaded.adapter as StorageAdapter;
    const adapter = { memory: base, failing: failing(base), hanging: hanging(base), conflicting: conflicting(base), forbidding: forbidding(base) }[args.storage];
    const user: User = args.view === 'patient' ? patients[args.patient].user : staff.poh;
    return html`<izp-plan patient-id=${patients[args.patient].id} view=${args.view} lang=${globals.locale ?? 'nl'} .adapter=${adapter} .user=${user}>
      <izp-agreement heading-level="3" agreement-id=${loaded.agreementId as string}></izp-agreement>
    </izp-plan>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const edit = async (canvas: HTMLElement, text: string) => {
  await click(canvas, 'Afspraak aanpassen');
  await fill(canvas, 'Wat is er afgesproken?', text);
  await submit(canvas, 'Afspraak aanpassen');
};

/** Fatma's walking agreement: changed once after the first evaluation. */
export const Current: Story = {};
/** Its earlier versions opened: "Elke dag wandelen" and why it changed. */
export const EarlierVersions: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Details');
    const summary = await until(() => [...canvasElement.querySelectorAll('izp-agreement')].map((a) => a.shadowRoot?.querySelector('summary')).find(Boolean));
    summary.click();
  },
};
/** Provided by the dietitian, with the support needed. */
export const ByProvider: Story = { args: { agreement: 1 } };
/** Done by an informal carer (Henk Bosman's daughter Marieke). */
export const ByInformalCarer: Story = { args: { patient: 'bosman', agreement: 4 } };
/** A concept agreement, waiting for the accord (Anouk Jansen). */
export const Concept: Story = { args: { patient: 'jansen' } };
/** Closed as done ("inhalatietechniek is goed"). */
export const Closed: Story = { args: { patient: 'bosman', agreement: 2 } };
/** The patient's view: no controls. */
export const PatientView: Story = { args: { view: 'patient' } };
/** The edit form, open. */
export const Editing: Story = { play: async ({ canvasElement }) => click(canvasElement, 'Afspraak aanpassen') };
/** Saved with an empty description: the error stands beside the field, the form keeps the rest. */
export const ValidationErrors: Story = { play: async ({ canvasElement }) => edit(canvasElement, '') };
/** Saving. */
export const Saving: Story = { args: { storage: 'hanging' }, play: async ({ canvasElement }) => edit(canvasElement, 'Twee keer per week wandelen.') };
/** Storage down: the typed text stays. */
export const StorageFailure: Story = { args: { storage: 'failing' }, play: async ({ canvasElement }) => edit(canvasElement, 'Twee keer per week wandelen.') };
/** A colleague saved first: their version is shown, with reload and re-apply. */
export const Conflict: Story = { args: { storage: 'conflicting' }, play: async ({ canvasElement }) => edit(canvasElement, 'Twee keer per week wandelen.') };
/** The server refuses the change. */
export const Forbidden: Story = { args: { storage: 'forbidding' }, play: async ({ canvasElement }) => edit(canvasElement, 'Twee keer per week wandelen.') };
