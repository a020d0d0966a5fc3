/**
 * Who may do what: one pure rule over the user, the plan and the host's manager roles. The core's own
 * checks call it before every change (and refuse with `ForbiddenError`), and the elements, a host's own
 * layout or a REST client ask the very same question (`izp.can(action, plan)`) to decide what to offer,
 * so what the UI offers and what the core accepts can never drift apart.
 *
 * Two questions are answered separately:
 * - `permits`: may this person do this to this plan at all (role, the patient's access grants, case
 *   manager or manager role)? A "no" is a `ForbiddenError`.
 * - `can`: `permits`, and the plan is in a state where the action is possible (open; a plan can be
 *   started only for a patient without one, which a plan alone cannot tell, so `plan.create` ignores it).
 */
import type { Plan, Role, User } from './model.js';

export const izpActions = [
  'plan.read', 'plan.create', 'plan.import', 'plan.update', 'plan.team', 'plan.accord', 'plan.close',
  'goal.add', 'goal.update', 'goal.close',
  'agreement.add', 'agreement.update', 'agreement.close',
  'evaluate', 'access.manage', 'profile.update', 'measurement.add', 'diary.add',
] as const;
/**
 * What a user can ask of the core. `plan.team` is changing the case manager or the care team;
 * `access.manage` is granting and revoking access; `plan.update` is the plan's other fields.
 */
export type IzpAction = (typeof izpActions)[number];

/** The plan fields a permission depends on: the whole plan or a plan summary from a server both fit. */
export type PlanForPermission = Pick<Plan, 'patientId' | 'caseManager' | 'access' | 'status'>;
/** What the permission questions take: a plan, or a snapshot (`{ plan, goals, … }`) as the elements hold it. */
export type PermissionTarget = PlanForPermission | { plan: PlanForPermission } | null | undefined;

const planOf = (target: PermissionTarget): PlanForPermission | null => (target ? ('plan' in target ? target.plan : target) : null);

export type Permission = 'read' | 'write';

/** The roles that may accord and close a plan besides its case manager, unless the host says otherwise. */
export const DEFAULT_MANAGER_ROLES: readonly Role[] = ['gp'];

export function isPatientOf(user: User, plan: Pick<Plan, 'patientId'>): boolean {
  return user.role === 'patient' && user.id === plan.patientId;
}

/** Patients and informal carers take part in the plan; they do not run the workflow. */
export function canManagePlan(user: Pick<User, 'role'>): boolean {
  return user.role !== 'patient' && user.role !== 'informal-carer';
}

/** True when the plan's access list lets the user read (or write); a plan without a list is open. */
export function hasAccess(user: User, plan: Pick<Plan, 'access' | 'patientId'>, permission: Permission): boolean {
  if (isPatientOf(user, plan)) return permission === 'read';
  if (!plan.access) return true;
  const grant = plan.access.find((g) => g.actor.id === user.id);
  return !!grant && (permission === 'read' || grant.permission === 'write');
}

export function isCaseManager(user: User, plan: Pick<Plan, 'caseManager'>): boolean {
  return !!plan.caseManager.id && plan.caseManager.id === user.id;
}

/** Runs the workflow (accord, close, the team, access): the case manager or a configured manager role. */
export function isManager(user: User, plan: Pick<Plan, 'caseManager'>, managerRoles: readonly Role[]): boolean {
  return canManagePlan(user) && (isCaseManager(user, plan) || managerRoles.includes(user.role));
}

/**
 * May the user do `action` to `plan` at all, whatever state the plan is in? `plan` is null only for
 * `plan.create` and `plan.import` (a plan that does not exist yet; for an import, pass the imported plan).
 */
export function permits(user: User, action: IzpAction, target: PermissionTarget, managerRoles: readonly Role[] = DEFAULT_MANAGER_ROLES): boolean {
  const plan = planOf(target);
  if (action === 'plan.create') return canManagePlan(user);
  if (!plan) return false;
  const patient = isPatientOf(user, plan);
  const write = hasAccess(user, plan, 'write');
  const manager = write && isManager(user, plan, managerRoles);
  switch (action) {
    case 'plan.read': return hasAccess(user, plan, 'read');
    case 'plan.import': return canManagePlan(user) && (managerRoles.includes(user.role) || isCaseManager(user, plan));
    case 'plan.team': case 'plan.accord': case 'plan.close': return manager;
    case 'access.manage': return patient || manager;
    case 'plan.update': case 'goal.close': case 'agreement.close': case 'evaluate': return write && canManagePlan(user);
    case 'goal.add': case 'measurement.add': return patient || write;
    case 'goal.update': case 'agreement.add': case 'agreement.update': case 'profile.update': return write;
    case 'diary.add': return patient;
  }
}

/** `permits`, and the plan is open (a closed plan is only read). */
export function can(user: User, action: IzpAction, target: PermissionTarget, managerRoles: readonly Role[] = DEFAULT_MANAGER_ROLES): boolean {
  const plan = planOf(target);
  if (!permits(user, action, plan, managerRoles)) return false;
  if (action === 'plan.read' || action === 'plan.create' || action === 'plan.import' || !plan) return true;
  return plan.status === 'draft' || plan.status === 'active';
}

/** Every action `can` allows the user on this plan now, in the order of `izpActions`. */
export function allowedActions(user: User, target: PermissionTarget, managerRoles: readonly Role[] = DEFAULT_MANAGER_ROLES): IzpAction[] {
  return izpActions.filter((action) => can(user, action, target, managerRoles));
}
