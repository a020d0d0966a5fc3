import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/izp-fhir-import.js';
import { createIzp, MemoryAdapter } from '../src/core/index.js';
import type { IzpFhirImport } from '../src/elements/fhir-transfer/izp-fhir-import.js';
import { toFhirBundle } from '../src/fhir/index.js';
import { seeded } from './fixtures/adapters.js';
import { staff } from './fixtures/example-plans.js';
import { foreignBundle } from './fixtures/foreign-bundle.js';

type Content = 'none' | 'from-other-system' | 'from-izp-sdk' | 'invalid';
interface Args {
  content: Content;
}

/** What the story "chooses" as the file, as a user would. */
async function fileFor(content: Content): Promise<unknown> {
  if (content === 'from-other-system') return foreignBundle();
  if (content === 'invalid') return { ...foreignBundle(), type: 'message' };
  const { adapter, ids } = await seeded();
  return toFhirBundle((await adapter.loadPlan(ids.elAmrani as string))!, { type: 'collection' });
}

const meta: Meta<Args> = {
  title: 'Elements/izp-fhir-import',
  component: 'izp-fhir-import',
  args: { content: 'none' },
  argTypes: { content: { control: 'inline-radio', options: ['none', 'from-other-system', 'from-izp-sdk', 'invalid'] } },
  render: (_args, { globals }) => html`<izp-fhir-import heading-level="2" patient-id="pat-degroot" patient-name="Dhr. J. de Groot"
    lang=${globals.locale ?? 'nl'} .izp=${createIzp({ adapter: new MemoryAdapter(), user: staff.poh })}></izp-fhir-import>`,
  play: async ({ args, canvasElement }) => {
    if (args.content === 'none') return;
    const el = canvasElement.querySelector('izp-fhir-import') as IzpFhirImport;
    await el.updateComplete;
    await el.import(await fileFor(args.content));
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Jan de Groot has no plan yet: the host offers to import one. */
export const NoPlanYet: Story = {};
/** A Bundle from another system: imported, with what was not taken over and what was filled in. */
export const FromAnotherSystem: Story = { args: { content: 'from-other-system' } };
/** A Bundle exported by izp-sdk (Mohamed El Amrani's plan): everything taken over. */
export const FromIzpSdk: Story = { args: { content: 'from-izp-sdk' } };
/** Not a plan: nothing stored, and why. */
export const Invalid: Story = { args: { content: 'invalid' } };
