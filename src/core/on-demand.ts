/**
 * One mechanism keeps what only on-demand elements use out of a page's first load: those functions of the
 * core are one chunk (commands/on-demand.ts), and `createIzp` puts a forwarder of the same name in each
 * one's place that loads the chunk the first time any of them is called, then calls the real function.
 * What the first render of a plan uses (reading it, the overview, the consultation, the history, the
 * plan, goal and agreement commands) stays in the first load.
 *
 * The forwarders are plain async functions, so nothing changes for a caller: every function of `Izp`
 * already returns a promise, and its validation, typed errors and audit are the chunk's own. It runs the
 * same in Node (a dynamic import of a local module). A chunk that cannot be fetched rejects the call with
 * a `StorageError` (code `unavailable`, nothing stored), and the next call tries again.
 */
import type { OnDemandCommands, onDemandCommands } from './commands/on-demand.js';
import type { Context } from './context.js';
import { storage } from './transaction.js';

/** The chunk's functions by name; typed as a record so that adding one to the chunk without naming it here fails to compile. */
const names: Record<keyof OnDemandCommands, true> = {
  evaluate: true, grantAccess: true, revokeAccess: true, updateProfile: true, addMeasurement: true, addDiaryEntry: true,
  importPlan: true, getPrintOverview: true,
};

type Fn = (...args: unknown[]) => Promise<unknown>;

/** What the chunk exports. */
type Chunk = { onDemandCommands: typeof onDemandCommands };

/**
 * Forwarders for the functions of commands/on-demand.ts over `ctx`, loading the chunk once per core.
 * `chunk` is how it is loaded; tests replace it to see a load fail.
 */
export function onDemand(ctx: Context, chunk: () => Promise<Chunk> = () => import('./commands/on-demand.js')): OnDemandCommands {
  let commands: Promise<OnDemandCommands> | undefined;
  const load = () => (commands ??= storage(chunk).then(
    (loaded) => loaded.onDemandCommands(ctx),
    (error: unknown) => {
      commands = undefined;
      throw error;
    },
  ));
  const forward = (name: keyof OnDemandCommands): Fn => async (...args) => ((await load())[name] as Fn)(...args);
  return Object.fromEntries(Object.keys(names).map((name) => [name, forward(name as keyof OnDemandCommands)])) as unknown as OnDemandCommands;
}
