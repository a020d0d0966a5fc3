/**
 * `izp-sdk/core`: the headless IZP core. No DOM and no Lit: it runs in browsers and in Node.
 */
export { createIzp, Izp } from './izp.js';
export { IzpFunctions } from './service.js';
export { IzpBase, type IzpConfig } from './service-base.js';
export { buildConsultation, type Consultation } from './consultation.js';
export { MemoryAdapter } from './memory-adapter.js';
export type { StorageAdapter, ChangeSet, Write, VersionCheck, CallOptions } from './adapter.js';
export { storedVersion } from './adapter.js';
export * from './model.js';
export * from './inputs.js';
export { AuditRecord, AuditAction, auditActions, type AuditedKind } from './audit.js';
export {
  IzpError, ValidationError, NotFoundError, ConflictError, ForbiddenError, RuleError, StorageError, isIzpError,
  type ErrorCode, type FieldIssue, type Localized,
} from './errors.js';
export { fieldLabel, toFieldIssues } from './validate.js';
export {
  planPhase, goalPhase, agreementPhase, isPlanOpen, isGoalOpen, isAgreementOpen, canManagePlan, type Phase,
} from './rules.js';
export { buildOverview, addDays, type Overview, type GoalView, type DueItem } from './overview.js';
export { buildPrintOverview, type PrintOverview, type PrintGoal, type PrintAction } from './print.js';
