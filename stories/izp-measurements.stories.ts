import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { moduleFrame, type ModuleArgs } from './fixtures/modules.js';
import { deepFind, until } from './fixtures/play.js';

/** Unfolds the "add a measurement" form, as its button does. */
async function openForm(canvas: HTMLElement): Promise<HTMLFormElement> {
  (await until(() => deepFind<HTMLButtonElement>(canvas, 'button[data-add="measurement"]'))).click();
  return until(() => deepFind<HTMLFormElement>(canvas, 'form#add-measurement:not([hidden])'));
}

const meta: Meta<ModuleArgs> = { title: 'Elements/izp-measurements', component: 'izp-measurements', ...moduleFrame(() => html`<izp-measurements heading-level="3"></izp-measurements>`) };
export default meta;
type Story = StoryObj<ModuleArgs>;

/** Fatma's HbA1c over time against the target of at most 53 mmol/mol: the chart and its table. */
export const WithChart: Story = {};
/** Fatma's own view: plain words for the target, and she adds a home measurement. */
export const PatientAdds: Story = { args: { as: 'patient' }, play: async ({ canvasElement }) => void (await openForm(canvasElement)) };
/** No values yet: a short note and the "add" button for the team. */
export const Empty: Story = { args: { plan: 'empty' } };
/** A value left out: the message stands beside the field, the rest of the input is kept. */
export const ValidationError: Story = {
  play: async ({ canvasElement }) => {
    const form = await openForm(canvasElement);
    const measure = form.elements.namedItem('measure') as HTMLInputElement;
    measure.value = 'Gewicht';
    form.requestSubmit();
    await until(() => form.querySelector('[aria-invalid="true"]'));
  },
};
