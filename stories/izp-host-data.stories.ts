import type { StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { diagnoses, medication, moduleMeta, type ModuleArgs } from './fixtures/modules.js';

export default moduleMeta('izp-host-data', () => html`<izp-host-data .medication=${medication} .diagnoses=${diagnoses}></izp-host-data>`);
type Story = StoryObj<ModuleArgs>;

/** Diagnoses (with ICPC codes) and medication from the practice's own system, read-only. */
export const FromTheHost: Story = {};
/** The patient's view: the diagnoses named without their codes. */
export const PatientView: Story = { args: { as: 'patient' } };
