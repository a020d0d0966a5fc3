import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createIzp, type StorageAdapter, type User } from '../src/core/index.js';
import { conflicting, failing, forbidding, hanging, seeded } from './fixtures/adapters.js';
import { patients, staff } from './fixtures/example-plans.js';
import { click, fill, submit } from './fixtures/play.js';

interface Args {
  patient: keyof typeof patients;
  goal: number;
  storage: 'memory' | 'failing' | 'hanging' | 'conflicting' | 'forbidding';
  user: 'poh' | 'patient';
  view: 'professional' | 'patient';
}

const meta: Meta<Args> = {
  title: 'Elements/izp-goal',
  component: 'izp-goal',
  args: { patient: 'yildiz', goal: 0, storage: 'memory', user: 'poh', view: 'professional' },
  argTypes: {
    patient: { control: 'select', options: Object.keys(patients) },
    storage: { control: 'inline-radio', options: ['memory', 'failing', 'hanging', 'conflicting', 'forbidding'] },
  },
  loaders: [async ({ args }) => {
    const { adapter } = await seeded();
    const izp = createIzp({ adapter, user: staff.poh });
    const plan = await izp.getPlanForPatient(patients[args.patient].id);
    const snap = plan ? await izp.getPlan(plan.id) : null;
    return { adapter, goalId: snap?.goals[args.goal]?.id ?? '' };
  }],
  render: (args, { loaded, globals }) => {
    const base = loaded.adapter as StorageAdapter;
    const adapter = { memory: base, failing: failing(base), hanging: hanging(base), conflicting: conflicting(base), forbidding: forbidding(base) }[args.storage];
    const user: User = args.user === 'patient' ? patients[args.patient].user : staff.poh;
    return html`<izp-plan patient-id=${patients[args.patient].id} view=${args.view} lang=${globals.locale ?? 'nl'} .adapter=${adapter} .user=${user}>
      <izp-goal heading-level="3" goal-id=${loaded.goalId as string}></izp-goal>
    </izp-plan>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Fatma's goal in her own words, with a target, two agreements and what changed. */
export const Current: Story = {};
/** A goal still proposed ("stoppen met roken", after the summer). */
export const Proposed: Story = { args: { goal: 2 } };
/** A concept goal in a concept plan (Anouk Jansen). */
export const Concept: Story = { args: { patient: 'jansen' } };
/** Achieved and closed (Henk Bosman's billiards club). */
export const Closed: Story = { args: { patient: 'bosman', goal: 2 } };
/** In the patient's view: no workflow controls. */
export const PatientView: Story = { args: { user: 'patient', view: 'patient' } };
/** The "add agreement" form submitted empty: the error stands beside the field. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Afspraak toevoegen');
    await submit(canvasElement, 'Afspraak toevoegen');
  },
};
/** A new agreement is being saved. */
export const Saving: Story = {
  args: { storage: 'hanging' },
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Afspraak toevoegen');
    await fill(canvasElement, 'Wat is er afgesproken?', 'Elke zondag met mijn dochter zwemmen.');
    await submit(canvasElement, 'Afspraak toevoegen');
  },
};
/** Storage is down: the typed agreement stays in the form, the error says what happened. */
export const StorageFailure: Story = {
  args: { storage: 'failing' },
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Afspraak toevoegen');
    await fill(canvasElement, 'Wat is er afgesproken?', 'Elke zondag met mijn dochter zwemmen.');
    await submit(canvasElement, 'Afspraak toevoegen');
  },
};
/** The server refuses: the patient has not given this provider write access. */
export const Forbidden: Story = {
  args: { storage: 'forbidding' },
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Afspraak toevoegen');
    await fill(canvasElement, 'Wat is er afgesproken?', 'Elke zondag met mijn dochter zwemmen.');
    await submit(canvasElement, 'Afspraak toevoegen');
  },
};
