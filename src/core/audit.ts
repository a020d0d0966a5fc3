/**
 * The audit trail (NEN 7513: who, when, what, for which patient, on whose behalf). Each change appends
 * one record per item it touched, with the full record before and after, in the same storage
 * transaction as the change: an audit record never exists without its change, nor a change without it.
 */
import * as z from 'zod/mini';
import { Person, User, id, isoDateTime, type RecordKind } from './model.js';

export const auditActions = [
  'plan.create', 'plan.update', 'plan.accord', 'plan.close',
  'goal.add', 'goal.update', 'goal.accord', 'goal.close',
  'agreement.add', 'agreement.update', 'agreement.accord', 'agreement.close',
  'evaluation.add', 'profile.update', 'measurement.add', 'diary.add',
  'access.grant', 'access.revoke', 'access.denied',
  'plan.print', 'plan.view', 'plan.import',
] as const;
/** Records of a read (who looked at the plan), which `history()` leaves out unless asked for `views`. */
export const viewActions: readonly AuditAction[] = ['plan.view'];
export const AuditAction = z.enum(auditActions);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditRecord = z.strictObject({
  id: id(),
  at: isoDateTime(),
  user: User,
  /** The person the user acts for, e.g. a GP for whom an assistant enters the plan. */
  onBehalfOf: z.optional(Person),
  patientId: id(),
  planId: id(),
  action: AuditAction,
  target: z.strictObject({ kind: z.enum(['plan', 'goal', 'agreement', 'evaluation', 'profile', 'measurement', 'diary']), id: id(), version: z.optional(z.number()) }),
  /** The record as it was (null when created) and as it became (null for a read such as a print). */
  before: z.nullable(z.record(z.string(), z.unknown())),
  after: z.nullable(z.record(z.string(), z.unknown())),
  reason: z.optional(z.string()),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

export type AuditedKind = Exclude<RecordKind, 'patient'>;
