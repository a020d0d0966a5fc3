/**
 * The access list a plan starts with. Who may do what with it is one rule, in permissions.ts; its
 * predicates are re-exported here for code that imported them from this file.
 */
import type { AccessGrant, Person, Plan, Role, Stamp } from './model.js';

export { hasAccess, isPatientOf, type Permission } from './permissions.js';

/** The grants a new plan starts with: its case manager and its author, and the care team, may write. */
export function initialAccess(plan: Pick<Plan, 'caseManager' | 'careTeam'>, author: Person, stamp: Stamp): AccessGrant[] {
  const grants = new Map<string, AccessGrant>();
  const add = (actor: { id?: string | undefined; name: string; role?: Role | undefined }) => {
    if (actor.id && actor.role && actor.role !== 'patient') {
      grants.set(actor.id, { actor: { id: actor.id, name: actor.name, role: actor.role }, permission: 'write', granted: stamp });
    }
  };
  add(author);
  add(plan.caseManager);
  plan.careTeam.forEach(add);
  return [...grants.values()];
}

/**
 * A plan from before access lists existed was open to its whole team; the patient's first choice starts
 * from that team rather than from nobody, so one grant does not shut everyone else out.
 */
export function currentAccess(plan: Plan, stamp: Stamp): AccessGrant[] {
  return plan.access ?? initialAccess(plan, plan.created.by, stamp);
}
