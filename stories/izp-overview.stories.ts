import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MemoryAdapter } from '../src/core/index.js';
import { seeded } from './fixtures/adapters.js';
import { patients, staff } from './fixtures/example-plans.js';
import { seedLongTexts, seedManyGoals, stressPatients } from './fixtures/stress-plans.js';

interface Args {
  patient: string;
  mode: 'screen' | 'print';
  groupBy: 'goal' | 'domain';
  includeClosed: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/izp-overview',
  component: 'izp-overview',
  args: { patient: patients.yildiz.id, mode: 'screen', groupBy: 'goal', includeClosed: false },
  argTypes: {
    patient: { control: 'select', options: [...Object.values(patients).map((p) => p.id), stressPatients.many.id, stressPatients.long.id] },
    mode: { control: 'inline-radio', options: ['screen', 'print'] },
    groupBy: { control: 'inline-radio', options: ['goal', 'domain'] },
  },
  loaders: [async () => {
    const { adapter } = await seeded();
    await seedManyGoals(adapter);
    await seedLongTexts(adapter);
    return { adapter };
  }],
  render: (args, { loaded, globals }) => html`<izp-plan patient-id=${args.patient} lang=${globals.locale ?? 'nl'}
      .adapter=${loaded.adapter as MemoryAdapter} .user=${staff.poh}>
      <izp-overview mode=${args.mode} group-by=${args.groupBy} ?include-closed=${args.includeClosed}></izp-overview>
    </izp-plan>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Function 8: Fatma Yıldız's whole plan, grouped by goal, with what is due. */
export const Screen: Story = {};
/** The same plan grouped by SFMPC domain. */
export const ByDomain: Story = { args: { groupBy: 'domain' } };
/** Henk Bosman: closed goal and agreement, an overdue evaluation, an informal carer. */
export const WithClosedAndOverdue: Story = { args: { patient: patients.bosman.id } };
/** A concept plan (Anouk Jansen). */
export const Concept: Story = { args: { patient: patients.jansen.id } };
/** Greet Visser's closed plan. */
export const ClosedPlan: Story = { args: { patient: patients.visser.id, includeClosed: true } };
/** Twelve goals, twenty-four agreements. */
export const ManyGoals: Story = { args: { patient: stressPatients.many.id } };
/** Texts at the length limits. */
export const LongTexts: Story = { args: { patient: stressPatients.long.id } };
/** Function 9: the patient's printout, plain Dutch (Mohamed El Amrani reads with his son Yusuf). */
export const Print: Story = { args: { patient: patients.elAmrani.id, mode: 'print' } };
/** The printout with closed items (Henk Bosman). */
export const PrintWithClosed: Story = { args: { patient: patients.bosman.id, mode: 'print', includeClosed: true } };
/** Long texts on the printout. */
export const PrintLongTexts: Story = { args: { patient: stressPatients.long.id, mode: 'print' } };
