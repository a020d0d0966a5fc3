import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { moduleFrame, type ModuleArgs } from './fixtures/modules.js';
import { deepFind, until } from './fixtures/play.js';

const meta: Meta<ModuleArgs> = { title: 'Elements/izp-diary', component: 'izp-diary', ...moduleFrame(() => html`<izp-diary></izp-diary>`) };
export default meta;
type Story = StoryObj<ModuleArgs>;

/** Fatma writes in her diary; her care team can read it. */
export const PatientWrites: Story = { args: { as: 'patient' } };
/** The team reads the diary, newest first, without a form. */
export const TeamReads: Story = {};
/** Saving fails: the text stays in the form, the error says what happened. */
export const StorageFailure: Story = {
  args: { as: 'patient', storage: 'failing' },
  play: async ({ canvasElement }) => {
    const form = await until(() => deepFind<HTMLFormElement>(canvasElement, 'form[part="add-diary"]'));
    const text = form.elements.namedItem('text') as HTMLTextAreaElement;
    text.value = 'Vandaag met de buurvrouw naar de markt gelopen.';
    form.requestSubmit();
    await until(() => form.querySelector('[part="error"]'));
  },
};
