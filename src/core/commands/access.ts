/**
 * Access: the patient grants and revokes each person's access to their plan (FHIR Consent); the case
 * manager and the manager roles may record the patient's choice for them. The case manager keeps write
 * access whatever is chosen: they are the plan's fixed contact.
 */
import type { Izp } from '../api.js';
import { currentAccess } from '../access.js';
import { type Context, mutate, parseId } from '../context.js';
import { NotFoundError } from '../errors.js';
import { ChangeOptions, GrantAccessInput } from '../inputs.js';
import type { AccessGrant, Plan, Stamp } from '../model.js';
import * as rules from '../rules.js';
import type { Transaction } from '../transaction.js';
import { parse } from '../validate.js';

export function accessCommands(ctx: Context): Pick<Izp, 'grantAccess' | 'revokeAccess'> {
  const change = (tx: Transaction, plan: Plan, expectedVersion: number | undefined, action: 'access.grant' | 'access.revoke', next: (stamp: Stamp) => AccessGrant[]) => {
    rules.assertPlanOpen(plan);
    rules.assertVersion('plan', plan, expectedVersion);
    tx.pin('plan', plan);
    return tx.replace('plan', plan, { access: next(tx.stamp()) }, action);
  };
  return {
    async grantAccess(planId, input, options = {}) {
      const data = parse(GrantAccessInput, input, 'access');
      const opts = parse(ChangeOptions, options, 'options');
      return mutate(ctx, planId, opts, 'access.manage', (tx, plan) => {
        rules.assertCaseManagerKeepsAccess(plan, data.actor.id, data.permission);
        return change(tx, plan, opts.expectedVersion, 'access.grant', (stamp) => [
          ...currentAccess(plan, stamp).filter((g) => g.actor.id !== data.actor.id),
          { actor: data.actor, permission: data.permission, granted: stamp },
        ]);
      });
    },

    async revokeAccess(planId, actorId, options = {}) {
      const id = parseId(actorId, 'actorId');
      const opts = parse(ChangeOptions, options, 'options');
      return mutate(ctx, planId, opts, 'access.manage', (tx, plan) => change(tx, plan, opts.expectedVersion, 'access.revoke', (stamp) => {
        const access = currentAccess(plan, stamp);
        if (!access.some((g) => g.actor.id === id)) throw new NotFoundError('plan', `${plan.id}/access/${id}`);
        rules.assertCaseManagerKeepsAccess(plan, id, 'none');
        return access.filter((g) => g.actor.id !== id);
      }));
    },
  };
}
