import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { addDays, createIzp, type StorageAdapter, type User } from '../src/core/index.js';
import { conflicting, failing, forbidding, hanging, seeded, today } from './fixtures/adapters.js';
import { patients, staff } from './fixtures/example-plans.js';
import { button, fieldByLabel, fill, until } from './fixtures/play.js';

interface Args {
  patient: keyof typeof patients;
  target: 'agreement' | 'goal' | 'plan';
  /** Which goal or agreement of the plan, in the order they were made. */
  index: number;
  storage: 'memory' | 'failing' | 'hanging' | 'conflicting' | 'forbidding';
  view: 'professional' | 'patient';
}

const meta: Meta<Args> = {
  title: 'Elements/izp-evaluation',
  component: 'izp-evaluation',
  args: { patient: 'yildiz', target: 'agreement', index: 0, storage: 'memory', view: 'professional' },
  argTypes: {
    patient: { control: 'select', options: Object.keys(patients) },
    target: { control: 'inline-radio', options: ['agreement', 'goal', 'plan'] },
    storage: { control: 'inline-radio', options: ['memory', 'failing', 'hanging', 'conflicting', 'forbidding'] },
    view: { control: 'inline-radio', options: ['professional', 'patient'] },
  },
  loaders: [async ({ args }) => {
    const { adapter } = await seeded();
    const izp = createIzp({ adapter, user: staff.poh });
    const plan = await izp.getPlanForPatient(patients[args.patient].id);
    const snap = plan ? await izp.getPlan(plan.id) : null;
    const byCreated = <T extends { created: { at: string } }>(list: T[]) => [...list].sort((a, b) => a.created.at.localeCompare(b.created.at));
    const index = args.index;
    const targetId = args.target === 'plan' ? snap?.plan.id
      : args.target === 'goal' ? byCreated(snap?.goals ?? [])[index]?.id : byCreated(snap?.agreements ?? [])[index]?.id;
    return { adapter, targetId: targetId ?? '' };
  }],
  render: (args, { loaded, globals }) => {
    const base = loaded.adapter as StorageAdapter;
    const adapter = { memory: base, failing: failing(base), hanging: hanging(base), conflicting: conflicting(base), forbidding: forbidding(base) }[args.storage];
    const user: User = args.view === 'patient' ? patients[args.patient].user : staff.poh;
    return html`<izp-plan patient-id=${patients[args.patient].id} view=${args.view} lang=${globals.locale ?? 'nl'} .adapter=${adapter} .user=${user}>
      <izp-evaluation target-kind=${args.target} target-id=${loaded.targetId as string} heading-level="3"></izp-evaluation>
    </izp-plan>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The dialog of the story's own izp-evaluation (not the plan header's). */
const dialogIn = (canvas: HTMLElement) => canvas.querySelector('izp-evaluation')?.shadowRoot?.querySelector('dialog') ?? undefined;

async function open(canvas: HTMLElement): Promise<HTMLDialogElement> {
  const trigger = await until(() => canvas.querySelector('izp-evaluation')?.shadowRoot?.querySelector<HTMLButtonElement>('button[part="button"]'));
  trigger.click();
  return until(() => {
    const dialog = dialogIn(canvas);
    return dialog?.open && dialog.querySelector('form') ? dialog : undefined;
  });
}

/** Checks a radio button or checkbox by its label, as a click does. */
async function pick(root: ParentNode, label: string): Promise<void> {
  (await until(() => fieldByLabel(root, label) as HTMLInputElement | undefined)).click();
}

async function save(dialog: HTMLDialogElement): Promise<void> {
  (await until(() => button(dialog, 'Evaluatie opslaan') ?? button(dialog, 'Save evaluation'))).click();
}

/** Fatma's walking agreement: the button as it stands beside the agreement. */
export const Agreement: Story = {};
/** The dialog open for the walking agreement: outcome, with the patient, note, the dates. */
export const DialogOpen: Story = { play: async ({ canvasElement }) => void (await open(canvasElement)) };
/** "Aanpassen" chosen: the agreement's description and frequency are changed in the same dialog. */
export const Adjust: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await pick(dialog, 'Aanpassen');
    await fill(dialog, 'Hoe vaak', 'Twee keer per week');
  },
};
/** "Aanpassen" and then closing the agreement as the outcome of its evaluation. */
export const AdjustByClosing: Story = {
  args: { index: 1 },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await pick(dialog, 'Aanpassen');
    await pick(dialog, 'De afspraak afsluiten');
  },
};
/** A goal: the measured weight (prefilled measure and unit from the target) and a new target. */
export const GoalWithMeasurement: Story = {
  args: { target: 'goal' },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await fill(dialog, 'Gemeten waarde', '127');
    await pick(dialog, 'Aanpassen');
    await fill(dialog, 'Waarde', '124');
  },
};
/** The whole plan, from the plan's own header or here. */
export const Plan: Story = { args: { target: 'plan' }, play: async ({ canvasElement }) => void (await open(canvasElement)) };
/** Henk Bosman's physiotherapy, whose evaluation is overdue. */
export const Overdue: Story = { args: { patient: 'bosman' }, play: async ({ canvasElement }) => void (await open(canvasElement)) };
/** The next evaluation before the evaluation itself: the message stands beside the field, nothing is stored. */
export const ValidationError: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await fill(dialog, 'Toelichting', 'Gaat goed.');
    await fill(dialog, 'Volgende evaluatie', addDays(today(), -7));
    await save(dialog);
    await until(() => dialog.querySelector('[aria-invalid="true"]'));
  },
};
/** Saving. */
export const Saving: Story = {
  args: { storage: 'hanging' },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await save(dialog);
  },
};
/** Storage down: the typed note stays in the dialog, the error says what happened. */
export const StorageFailure: Story = {
  args: { storage: 'failing' },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await pick(dialog, 'Niet bereikt');
    await fill(dialog, 'Toelichting', 'Knie deed pijn; twee weken niet gelopen.');
    await save(dialog);
    await until(() => dialog.querySelector('[role="alert"]'));
  },
};
/** A colleague changed the agreement meanwhile: their version, with reload and re-apply; the input stays. */
export const Conflict: Story = {
  args: { storage: 'conflicting' },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await pick(dialog, 'Aanpassen');
    await fill(dialog, 'Hoe vaak', 'Twee keer per week');
    await save(dialog);
    await until(() => dialog.querySelector('[part="conflict"]'));
  },
};
/** The server refuses: the patient has not given this provider write access. */
export const Forbidden: Story = {
  args: { storage: 'forbidding' },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await save(dialog);
    await until(() => dialog.querySelector('[role="alert"]'));
  },
};
/** In the patient's view the button is not there. */
export const PatientView: Story = { args: { view: 'patient' } };
