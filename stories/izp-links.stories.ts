import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { moduleFrame, type ModuleArgs } from './fixtures/modules.js';
import { deepFind, until } from './fixtures/play.js';

const meta: Meta<ModuleArgs> = { title: 'Elements/izp-links', component: 'izp-links', ...moduleFrame(() => html`<izp-links open></izp-links>`) };
export default meta;
type Story = StoryObj<ModuleArgs>;

/** The sociale kaart page about walking groups: https only, in the same tab. */
export const Links: Story = {};
/** The patient's view: the links to read. */
export const PatientView: Story = { args: { as: 'patient' } };
/** A `javascript:` link is refused; the message stands beside the web address, and nothing becomes a link. */
export const UnsafeLinkRefused: Story = {
  args: { plan: 'empty' },
  play: async ({ canvasElement }) => {
    (await until(() => deepFind<HTMLButtonElement>(canvasElement, 'button[data-edit="links"]'))).click();
    const form = await until(() => deepFind<HTMLFormElement>(canvasElement, 'form[data-form="links"]'));
    for (const [name, value] of [['links.0.title', 'Klik hier'], ['links.0.url', 'javascript:alert(1)']] as const) {
      (form.elements.namedItem(name) as HTMLInputElement).value = value;
    }
    form.requestSubmit();
    await until(() => form.querySelector('[aria-invalid="true"]'));
  },
};
