import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { moduleFrame, type ModuleArgs } from './fixtures/modules.js';
import { deepFind, until } from './fixtures/play.js';

/** Opens a section's form with its edit button and fills in fields by name. */
async function edit(canvas: HTMLElement, key: string, values: Record<string, string>): Promise<HTMLFormElement> {
  const details = await until(() => deepFind<HTMLDetailsElement>(canvas, `details[data-section="${key}"]`));
  details.open = true;
  (await until(() => details.querySelector<HTMLButtonElement>(`button[data-edit="${key}"]`))).click();
  const form = await until(() => deepFind<HTMLFormElement>(canvas, `form[data-form="${key}"]`));
  for (const [name, value] of Object.entries(values)) {
    const control = form.elements.namedItem(name) as HTMLInputElement;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }
  return form;
}

const meta: Meta<ModuleArgs> = { title: 'Elements/izp-profile', component: 'izp-profile', ...moduleFrame(() => html`<izp-profile></izp-profile>`) };
export default meta;
const someSections = moduleFrame(() => html`<izp-profile sections="motivation decisions"></izp-profile>`);
type Story = StoryObj<ModuleArgs>;

/** The patient's profile as the practice nurse sees it: filled sections open, empty ones folded with "add". */
export const Filled: Story = {};
/** Fatma's own view: plain names, only what has content, no team note, nothing to edit. */
export const PatientView: Story = { args: { as: 'patient' } };
/** A new plan: every section folded, each with "add" inside for the team. */
export const EmptyPlan: Story = { args: { plan: 'empty' } };
/** Only the sections a host asks for: `sections="motivation decisions"`. */
export const SomeSections: Story = { render: someSections.render! };
/** Editing motivation and readiness: the form in place of the section's text. */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    await edit(canvasElement, 'motivation', { motivation: 'Wil fit genoeg zijn om met de kleinkinderen naar het park te gaan.' });
  },
};
/** Storage is down: the typed complaints stay in the form, the error says what happened. */
export const StorageFailure: Story = {
  args: { storage: 'failing' },
  play: async ({ canvasElement }) => {
    const form = await edit(canvasElement, 'complaints', { complaints: 'Moe na het eten. Slaapt slecht sinds twee weken.' });
    form.requestSubmit();
    await until(() => form.querySelector('[part="error"]'));
  },
};
