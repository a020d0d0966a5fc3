/**
 * Who may do what with a plan. Two questions, kept apart:
 * - access: has the patient granted this person read or write access to their plan (Consent)?
 * - management: may this person run the workflow (accord, close)? The case manager may, and so may the
 *   roles the host configures (`managerRoles`, default the GP).
 * The patient always reads their own plan (the patient user's `id` is the plan's `patientId`).
 */
import { ForbiddenError, type Localized } from './errors.js';
import type { AccessGrant, Person, Plan, Role, Stamp, User } from './model.js';

export type Permission = 'read' | 'write';

export function isPatientOf(user: User, plan: Pick<Plan, 'patientId'>): boolean {
  return user.role === 'patient' && user.id === plan.patientId;
}

/** True when the plan's access list lets the user read (or write); a plan without a list is open. */
export function hasAccess(user: User, plan: Pick<Plan, 'access' | 'patientId'>, permission: Permission): boolean {
  if (isPatientOf(user, plan)) return permission === 'read';
  if (!plan.access) return true;
  const grant = plan.access.find((g) => g.actor.id === user.id);
  return !!grant && (permission === 'read' || grant.permission === 'write');
}

/** The case manager, or a role the host lets run the workflow. */
export function canAccord(user: User, plan: Pick<Plan, 'caseManager'>, managerRoles: readonly Role[]): boolean {
  return (!!plan.caseManager.id && plan.caseManager.id === user.id) || managerRoles.includes(user.role);
}

export function forbidden(action: Localized): ForbiddenError {
  return new ForbiddenError({ nl: `U mag dit niet doen: ${action.nl}`, en: `You are not allowed to do this: ${action.en}` });
}

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
