import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/izp-fhir-export.js';
import type { StorageAdapter } from '../src/core/index.js';
import { seeded } from './fixtures/adapters.js';
import { patients, staff } from './fixtures/example-plans.js';

interface Args {
  patient: keyof typeof patients;
}

const meta: Meta<Args> = {
  title: 'Elements/izp-fhir-export',
  component: 'izp-fhir-export',
  args: { patient: 'yildiz' },
  argTypes: { patient: { control: 'select', options: Object.keys(patients) } },
  loaders: [async () => ({ adapter: (await seeded()).adapter })],
  render: (args, { loaded, globals }) => html`<izp-plan patient-id=${patients[args.patient].id} lang=${globals.locale ?? 'nl'} .adapter=${loaded.adapter as StorageAdapter} .user=${staff.poh}>
    <izp-fhir-export heading-level="3"></izp-fhir-export>
  </izp-plan>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Fatma Yıldız's plan: "Download als FHIR-bundel" saves the whole plan with its history as JSON. */
export const FatmaYildiz: Story = {};
/** Greet Visser's closed plan can be exported too. */
export const ClosedPlan: Story = { args: { patient: 'visser' } };
