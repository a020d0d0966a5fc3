/**
 * Problem details back to the core's typed errors: the same class, code, fields and wording as the
 * local core would have thrown, so an element or host cannot tell the REST path from the local one.
 */
import {
  ConflictError, ForbiddenError, NotFoundError, RuleError, StorageError, ValidationError, type FieldIssue, type IzpError, type Localized,
} from '../core/errors.js';
import type { Subject, RuleCode } from '../core/messages/types.js';
import type { RecordKind } from '../core/model.js';
import type { IzpAction } from '../core/permissions.js';

export interface ProblemBody {
  status?: number;
  code?: string;
  messages?: Localized;
  issues?: FieldIssue[];
  subject?: Subject;
  kind?: RecordKind;
  id?: string;
  expectedVersion?: number;
  actualVersion?: number | null;
  current?: unknown;
  action?: IzpAction;
  rule?: RuleCode;
}

const UNREADABLE: Localized = {
  nl: 'De server gaf een onverwacht antwoord; er is mogelijk niets opgeslagen',
  en: 'The server gave an unexpected answer; nothing may have been saved',
};

export function errorFromProblem(status: number, problem: ProblemBody | null): IzpError {
  const p = problem ?? {};
  switch (p.code) {
    case 'validation':
      if (Array.isArray(p.issues)) return new ValidationError(p.issues, p.subject ?? 'input');
      break;
    case 'not-found':
      if (p.kind && typeof p.id === 'string') return new NotFoundError(p.kind, p.id);
      break;
    case 'conflict':
      if (p.kind && typeof p.id === 'string') return new ConflictError(p.kind, p.id, p.expectedVersion ?? 0, p.actualVersion ?? null, p.current ?? null);
      break;
    case 'forbidden':
      if (p.action) return new ForbiddenError(p.action);
      break;
    case 'rule':
      if (p.rule) return new RuleError(p.rule);
      break;
    default:
      break;
  }
  // 401 (signed out), 5xx, and answers that are not ours: storage is, for the caller, unavailable.
  return Object.assign(new StorageError(p.messages ?? UNREADABLE), { status });
}
