/**
 * `createIzp`: the local core. It assembles the command modules (plan, goal, agreement) and the queries,
 * each a set of functions over one small context, with the functions only on-demand elements use
 * (evaluation, access, profile, import, printout; loaded the first time one is called, see
 * on-demand.ts), into one object that implements the `Izp` interface.
 */
import * as z from 'zod/mini';
import type { Izp } from './api.js';
import type { StorageAdapter } from './adapter.js';
import { hubFor } from './changes.js';
import { agreementCommands } from './commands/agreement.js';
import { goalCommands } from './commands/goal.js';
import { planCommands } from './commands/plan.js';
import type { Context } from './context.js';
import { ValidationError, fieldIssue } from './errors.js';
import { Person, Role, User } from './model.js';
import { onDemand } from './on-demand.js';
import { DEFAULT_MANAGER_ROLES, allowedActions, can } from './permissions.js';
import { queries } from './queries.js';
import { newId } from './helpers.js';
import { parse } from './validate.js';

export type { Izp } from './api.js';

export interface IzpConfig {
  adapter: StorageAdapter;
  /** The user as the host authenticated them; every change is audited under this name and role. */
  user: User;
  /** Who the user acts for, if not themselves (NEN 7513 "namens"). */
  onBehalfOf?: Person;
  /** Clock and id source; tests and servers may supply their own. */
  now?: () => Date;
  newId?: () => string;
  /** Roles that may accord and close a plan, and manage its team, besides its case manager; default the GP. */
  managerRoles?: Role[];
  /**
   * The name under which cores in other tabs hear of this core's changes (`subscribe`). Defaults to the
   * adapter's `name` when it has one (the IndexedDB database); `false` keeps notices within the page.
   */
  channel?: string | false;
}

/** Creates the headless IZP core over a storage adapter for one authenticated user. */
export function createIzp(config: IzpConfig): Izp {
  const adapter = config?.adapter as Partial<StorageAdapter> | undefined;
  if (!adapter || (['get', 'loadPlan', 'commit', 'history'] as const).some((m) => typeof adapter[m] !== 'function')) {
    throw new ValidationError([fieldIssue('adapter', 'not_an_adapter')], 'config');
  }
  const user = parse(User, config.user, 'config', 'user');
  const onBehalfOf = config.onBehalfOf === undefined ? undefined : parse(Person, config.onBehalfOf, 'config', 'onBehalfOf');
  const managerRoles = config.managerRoles === undefined ? DEFAULT_MANAGER_ROLES : parse(z.array(Role), config.managerRoles, 'config', 'managerRoles');
  const named = (config.adapter as { name?: unknown }).name;
  const channel = config.channel === false ? undefined : (config.channel ?? (typeof named === 'string' ? named : undefined));
  const hub = hubFor(config.adapter, channel);
  const ctx: Context = {
    adapter: config.adapter,
    user,
    ...(onBehalfOf ? { onBehalfOf } : {}),
    now: config.now ?? (() => new Date()),
    newId: config.newId ?? newId,
    managerRoles,
    changed: (planId) => hub.notify(planId, ctx),
  };
  return {
    user,
    ...planCommands(ctx),
    ...goalCommands(ctx),
    ...agreementCommands(ctx),
    ...queries(ctx),
    ...onDemand(ctx),
    can: (action, target = null) => can(user, action, target, managerRoles),
    allowedActions: (target) => allowedActions(user, target, managerRoles),
    subscribe: (planId, listener) => hub.subscribe(planId, listener, ctx),
  };
}
