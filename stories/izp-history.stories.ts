import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createIzp, type StorageAdapter, type User } from '../src/core/index.js';
import { failing, seeded } from './fixtures/adapters.js';
import { patients, staff } from './fixtures/example-plans.js';

interface Args {
  patient: keyof typeof patients;
  /** What the filter starts on: everything, the plan itself, the first goal, or the walking agreement. */
  show: 'all' | 'plan' | 'goal' | 'walking';
  storage: 'memory' | 'failing-history';
  user: 'poh' | 'patient';
  view: 'professional' | 'patient';
}

/** Reads work, but the history cannot be loaded. */
function failingHistory(base: StorageAdapter): StorageAdapter {
  return { ...failing(base), history: async () => { throw new Error('history unavailable'); } };
}

const meta: Meta<Args> = {
  title: 'Elements/izp-history',
  component: 'izp-history',
  args: { patient: 'yildiz', show: 'all', storage: 'memory', user: 'poh', view: 'professional' },
  argTypes: {
    patient: { control: 'select', options: Object.keys(patients) },
    show: { control: 'inline-radio', options: ['all', 'plan', 'goal', 'walking'] },
    storage: { control: 'inline-radio', options: ['memory', 'failing-history'] },
  },
  loaders: [async ({ args }) => {
    const { adapter } = await seeded();
    const izp = createIzp({ adapter, user: staff.poh });
    const plan = await izp.getPlanForPatient(patients[args.patient].id);
    const snap = plan ? await izp.getPlan(plan.id) : null;
    // Fatma's walking agreement: "Elke dag wandelen", changed to once a week (two versions and more).
    const walking = snap?.agreements.find((a) => a.description.includes('wandelen'))?.id ?? '';
    const ids = { all: '', plan: 'plan', goal: snap?.goals[0]?.id ?? '', walking };
    return { adapter, targetId: ids[args.show] };
  }],
  render: (args, { loaded, globals }) => {
    const base = loaded.adapter as StorageAdapter;
    const adapter = args.storage === 'failing-history' ? failingHistory(base) : base;
    const user: User = args.user === 'patient' ? patients[args.patient].user : staff.poh;
    return html`<izp-plan patient-id=${patients[args.patient].id} view=${args.view} lang=${globals.locale ?? 'nl'} .adapter=${adapter} .user=${user}>
      <izp-history heading-level="3" target-id=${loaded.targetId as string}></izp-history>
    </izp-plan>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Fatma Yıldız's plan from its start three months ago, newest first. */
export const FatmaYildiz: Story = {};
/** Only the walking agreement: added as "Elke dag wandelen", accorded, changed to once a week with the reason. */
export const WalkingAgreement: Story = { args: { show: 'walking' } };
/** Only the plan's own records (made, accorded). */
export const PlanOnly: Story = { args: { show: 'plan' } };
/** Henk Bosman: an agreement done and a goal achieved, each closed with a note. */
export const HenkBosman: Story = { args: { patient: 'bosman' } };
/** Greet Visser's closed plan: goal not achieved, plan closed when she moved to a nursing home. */
export const ClosedPlan: Story = { args: { patient: 'visser' } };
/** The patient's own view: the same timeline in plain words. */
export const PatientView: Story = { args: { user: 'patient', view: 'patient' } };
/** The history in English. */
export const English: Story = { globals: { locale: 'en' } };
/** The history cannot be loaded: the error says so and offers to try again. */
export const LoadFailure: Story = { args: { storage: 'failing-history' } };
