import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PlanSection } from '../src/events/events.js';
import type { StorageAdapter, User } from '../src/core/index.js';
import { failing, hanging, seeded } from './fixtures/adapters.js';
import { patients, staff } from './fixtures/example-plans.js';

interface Args {
  patient: keyof typeof patients;
  view: 'professional' | 'patient';
  user: 'poh' | 'gp' | 'patient';
  storage: 'memory' | 'failing' | 'hanging';
  /** The professional view's section; unset, the plan opens where its entry point is (Consult when something is due). */
  section?: PlanSection;
}

const meta: Meta<Args> = {
  title: 'Elements/izp-plan',
  component: 'izp-plan',
  args: { patient: 'yildiz', view: 'professional', user: 'poh', storage: 'memory' },
  argTypes: {
    patient: { control: 'select', options: Object.keys(patients) },
    view: { control: 'inline-radio', options: ['professional', 'patient'] },
    user: { control: 'inline-radio', options: ['poh', 'gp', 'patient'] },
    storage: { control: 'inline-radio', options: ['memory', 'failing', 'hanging'] },
    section: { control: 'select', options: [undefined, 'plan', 'consult', 'modules', 'team', 'history', 'overview'] },
  },
  loaders: [async () => seeded()],
  render: (args, { loaded, globals }) => {
    const p = patients[args.patient];
    const base = loaded.adapter as StorageAdapter;
    const adapter = args.storage === 'failing' ? failing(base) : args.storage === 'hanging' ? hanging(base) : base;
    const user: User = args.user === 'patient' ? p.user : staff[args.user];
    return html`<izp-plan patient-id=${p.id} patient-name=${p.name} view=${args.view} lang=${globals.locale ?? 'nl'}
      section=${ifDefined(args.section)} .adapter=${adapter} .user=${user}></izp-plan>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** No plan yet (Jan de Groot, COPD): the practice nurse starts one. */
export const Empty: Story = { args: { patient: 'deGroot' } };
/** A concept made today (Anouk Jansen), waiting for the case manager's accord. */
export const Concept: Story = { args: { patient: 'jansen' } };
/** A current plan (Fatma Yıldız): lose 5 kg in three months, walk once a week, stop smoking later. */
export const Current: Story = {};
/**
 * The compact professional layout of the 3-goal plan (Fatma Yıldız), as a GP sees it beside the HIS in
 * a ten-minute consultation: a two-line header, the sections as tabs, each goal as a row with its
 * agreements one line each (who, what, when, status), its one primary action and one menu of actions.
 * "Details" shows the rest and the earlier versions. Fits one screen at 1366x900.
 */
export const CompactPlan: Story = { args: { section: 'plan' } };
/** The entry point of a current plan with something due: what to evaluate now, and what changed since last time. */
export const CompactConsult: Story = { args: { section: 'consult' } };
/** The whole plan at a glance (function 8), one tab away. */
export const CompactOverview: Story = { args: { section: 'overview' } };
/** Henk Bosman: a current plan with a closed goal and a closed agreement, his daughter as informal carer. */
export const WithClosedItems: Story = { args: { patient: 'bosman' } };
/** Greet Visser: the plan was closed when she moved to a nursing home. */
export const Closed: Story = { args: { patient: 'visser' } };
/** The patient's own view of the same plan, as a portal shows it. */
export const PatientView: Story = { args: { view: 'patient', user: 'patient' } };
/** A GP who is not the case manager sees the same plan. */
export const AsGp: Story = { args: { user: 'gp' } };
/** Storage is down: every save fails and says so, keeping what was typed. */
export const StorageFailure: Story = { args: { storage: 'failing', patient: 'deGroot' } };
/** Saves never finish: the form shows its progress. */
export const Saving: Story = { args: { storage: 'hanging', patient: 'deGroot' } };
/** A patient may read but not run the workflow: the core answers "forbidden". */
export const Forbidden: Story = { args: { user: 'patient', view: 'professional', patient: 'deGroot' } };
