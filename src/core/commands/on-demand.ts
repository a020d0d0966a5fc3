/**
 * The functions of the core that only elements loaded on demand call: evaluating (the evaluation dialog),
 * access grants (the care team), the modules' profile, measurements and diary, importing a plan (FHIR
 * import) and the printout. They are one chunk, loaded by `createIzp` the first time one of them is
 * called (see ../on-demand.ts); what each does is exactly what it did when it was loaded at once.
 */
import type { Context } from '../context.js';
import { accessCommands } from './access.js';
import { evaluationCommands } from './evaluation.js';
import { importCommands } from './import.js';
import { printCommands } from './print.js';
import { profileCommands } from './profile.js';

export function onDemandCommands(ctx: Context) {
  return {
    ...evaluationCommands(ctx),
    ...accessCommands(ctx),
    ...profileCommands(ctx),
    ...importCommands(ctx),
    ...printCommands(ctx),
  };
}

export type OnDemandCommands = ReturnType<typeof onDemandCommands>;
