import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { diagnoses, medication, moduleFrame, type ModuleArgs } from './fixtures/modules.js';

const meta: Meta<ModuleArgs> = { title: 'Elements/izp-host-data', component: 'izp-host-data', ...moduleFrame(() => html`<izp-host-data .medication=${medication} .diagnoses=${diagnoses}></izp-host-data>`) };
export default meta;
type Story = StoryObj<ModuleArgs>;

/** Diagnoses (with ICPC codes) and medication from the practice's own system, read-only. */
export const FromTheHost: Story = {};
/** The patient's view: the diagnoses named without their codes. */
export const PatientView: Story = { args: { as: 'patient' } };
