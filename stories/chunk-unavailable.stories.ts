import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MemoryAdapter } from '../src/core/index.js';
import { loadedPrintout, printoutSource } from '../src/elements/overview/printout-chunk.js';
import { loadedElement, loaders } from '../src/elements/shared/lazy-elements.js';
import { seeded } from './fixtures/adapters.js';
import { patients, staff } from './fixtures/example-plans.js';
import { click, deepFind, until } from './fixtures/play.js';

/**
 * What a user sees when a part that loads on demand does not arrive (the network): the evaluation form
 * chosen from a row's menu, and the patient's printout in print mode. Each says so in an alert in the
 * plan's language with a button that asks again. These stories make the chunk's load fail through the
 * internal seams the tests use, and put the real loads back when the story is left.
 */
interface Args {
  part: 'evaluation' | 'printout';
  lang: 'nl' | 'en';
}

const writable = loaders as Record<string, (typeof loaders)[string]>;
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

const meta: Meta<Args> = {
  title: 'States/Could not be loaded',
  // Not on the docs page: there the failing loads would meet the other stories of the page.
  tags: ['!autodocs'],
  args: { part: 'evaluation', lang: 'nl' },
  argTypes: { part: { control: false }, lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  beforeEach: ({ args }) => {
    // A chunk that has arrived on this page stays (its element stays defined): a fresh page shows the failure.
    if (args.part === 'evaluation' ? loadedElement('izp-evaluation') : loadedPrintout()) {
      location.reload();
      return;
    }
    const realEvaluation = loaders['izp-evaluation']!;
    const realPrintout = printoutSource.load;
    if (args.part === 'evaluation') writable['izp-evaluation'] = offline;
    else printoutSource.load = offline;
    return () => {
      writable['izp-evaluation'] = realEvaluation;
      printoutSource.load = realPrintout;
    };
  },
  loaders: [async () => ({ adapter: (await seeded()).adapter })],
  render: (args, { loaded }) => args.part === 'evaluation'
    ? html`<izp-plan patient-id=${patients.yildiz.id} section="plan" lang=${args.lang} .adapter=${loaded.adapter as MemoryAdapter} .user=${staff.poh}></izp-plan>`
    : html`<izp-plan patient-id=${patients.elAmrani.id} view="patient" lang=${args.lang} .adapter=${loaded.adapter as MemoryAdapter}
        .user=${patients.elAmrani.user}></izp-plan>`,
  play: async ({ args, canvasElement }) => {
    if (args.part === 'evaluation') {
      // "Evalueren" in the menu of the plan's first agreement (its items exist only while it is open).
      const row = await until(() => deepFind<HTMLElement>(canvasElement, 'izp-agreement'));
      await click(row.shadowRoot!, args.lang === 'nl' ? 'Evalueren' : 'Evaluate');
    }
    await until(() => deepFind(canvasElement, `[part="${args.part}-unavailable"]`), 10000);
  },
};
export default meta;
type Story = StoryObj<Args>;

/** "Evalueren" in an agreement of Fatma Yıldız's plan while the evaluation form cannot be fetched: the row says so. */
export const EvaluationDutch: Story = {};
/** The same in English. */
export const EvaluationEnglish: Story = { args: { lang: 'en' } };
/** Mohamed El Amrani's printout (the patient's view) while it cannot be fetched: the overview says so. */
export const PrintoutDutch: Story = { args: { part: 'printout' } };
/** The same in English. */
export const PrintoutEnglish: Story = { args: { part: 'printout', lang: 'en' } };
