/**
 * What `izp-sdk/core` exports, but for `buildPrintOverview` and the English error messages (see index.ts).
 * The script-tag bundle exports this module, not the index: `buildPrintOverview` is used only by the
 * printout and the core's on-demand functions, which are chunks, English comes with the English words,
 * and rollup keeps every export of an entry in the first load.
 */
export type { Izp, ReadOptions, HistoryOptions, PlanChange, VersionedKind } from './api.js';
export { createIzp, type IzpConfig } from './izp.js';
export {
  izpActions, can, permits, allowedActions, canManagePlan, hasAccess, isPatientOf, isCaseManager, isManager,
  DEFAULT_MANAGER_ROLES, type IzpAction, type PlanForPermission, type PermissionTarget, type Permission,
} from './permissions.js';
export { buildConsultation, type Consultation } from './consultation.js';
export { MemoryAdapter } from './memory-adapter.js';
export type { StorageAdapter, ChangeSet, Write, VersionCheck, CallOptions } from './adapter.js';
export { storedVersion } from './adapter.js';
export * from './model.js';
export * from './inputs.js';
export { AuditRecord, AuditAction, auditActions, viewActions, type AuditedKind } from './audit.js';
export {
  IzpError, ValidationError, NotFoundError, ConflictError, ForbiddenError, RuleError, StorageError, isIzpError,
  fieldIssue, fieldLabel, localizeIssue, type ErrorCode, type FieldIssue, type Localized,
} from './errors.js';
export { toFieldIssues } from './validate.js';
export {
  subjects, problemCodes, ruleCodes,
  type ErrorMessages, type Subject, type FieldName, type ProblemCode, type IssueParams, type RuleCode,
} from './messages/types.js';
export { nlErrors } from './messages/nl.js';
export { registerErrorMessages, errorMessagesFor, hasErrorMessages } from './messages/registry.js';
export {
  planPhase, goalPhase, agreementPhase, isPlanOpen, isGoalOpen, isAgreementOpen, type Phase,
} from './rules.js';
export { buildOverview, addDays, compareGoals, type Overview, type GoalView, type DueItem } from './overview.js';
export type { PrintOverview, PrintGoal, PrintAction, PrintDiscussItem } from './print.js';
/** A random UUID, also on pages served over plain http (where `crypto.randomUUID` is missing). */
export { newId } from './helpers.js';
