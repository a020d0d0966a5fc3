import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { StorageError, createIzp, type StorageAdapter, type User } from '../src/core/index.js';
import { seeded } from './fixtures/adapters.js';
import { patients, staff } from './fixtures/example-plans.js';
import { until } from './fixtures/play.js';

interface Args {
  patient: keyof typeof patients;
  /** `unreadable`: the plan loads, but its history (what changed) cannot be read. */
  storage: 'memory' | 'unreadable';
  /** A colleague changed the plan after its last evaluation. */
  changedSince: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/izp-consultation',
  component: 'izp-consultation',
  args: { patient: 'bosman', storage: 'memory', changedSince: false },
  argTypes: {
    patient: { control: 'select', options: Object.keys(patients) },
    storage: { control: 'inline-radio', options: ['memory', 'unreadable'] },
  },
  loaders: [async ({ args }) => {
    const { adapter, ids } = await seeded();
    if (args.changedSince && args.patient === 'yildiz') {
      // dr. Verhoeven sees Fatma between two consultations and changes the dietitian's agreement.
      const gp = createIzp({ adapter, user: staff.gp });
      const snap = (await gp.getPlan(ids.yildiz!))!;
      const dietitian = snap.agreements.find((a) => a.performer.role === 'dietitian')!;
      await gp.updateAgreement(snap.plan.id, dietitian.id, { frequency: 'Eén keer per maand', description: 'Drie gesprekken over eten en tussendoortjes.' },
        { expectedVersion: dietitian.version, reason: 'Twee gesprekken waren te weinig.' });
    }
    return { adapter };
  }],
  render: (args, { loaded, globals }) => {
    const base = loaded.adapter as StorageAdapter;
    const adapter = args.storage === 'unreadable' ? unreadable(base) : base;
    const user: User = staff.poh;
    return html`<izp-plan patient-id=${patients[args.patient].id} lang=${globals.locale ?? 'nl'} .adapter=${adapter} .user=${user}>
      <izp-consultation heading-level="3"></izp-consultation>
    </izp-plan>`;
  },
};
export default meta;

function unreadable(base: StorageAdapter): StorageAdapter {
  return {
    get: (kind, id, options) => base.get(kind, id, options),
    loadPlan: (id, options) => base.loadPlan(id, options),
    history: async () => {
      throw new StorageError();
    },
    commit: (change, options) => base.commit(change, options),
  };
}
type Story = StoryObj<Args>;

/** Henk Bosman: his physiotherapy evaluation is overdue; nothing has been evaluated yet. */
export const Overdue: Story = {};
/** Fatma Yıldız, evaluated six weeks ago: her weight target and four evaluations are due. */
export const Fatma: Story = { args: { patient: 'yildiz' } };
/** Fatma, after dr. Verhoeven changed the dietitian's agreement: what changed since the last evaluation. */
export const ChangedSince: Story = { args: { patient: 'yildiz', changedSince: true } };
/** The practice nurse opens the overdue physiotherapy evaluation from the due list. */
export const EvaluateFromDueList: Story = {
  play: async ({ canvasElement }) => {
    const consultation = await until(() => canvasElement.querySelector('izp-consultation')?.shadowRoot?.querySelector('[part="due"]'));
    const trigger = await until(() => consultation.querySelector('izp-evaluation')?.shadowRoot?.querySelector<HTMLButtonElement>('button[part="button"]'));
    trigger.click();
    await until(() => consultation.querySelector('izp-evaluation')?.shadowRoot?.querySelector('dialog[open] form'));
  },
};
/** The history cannot be read: the consultation says so and offers to try again. */
export const LoadFailure: Story = {
  args: { storage: 'unreadable' },
  play: async ({ canvasElement }) => void (await until(() => canvasElement.querySelector('izp-consultation')?.shadowRoot?.querySelector('[role="alert"]'))),
};
