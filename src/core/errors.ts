/**
 * Typed errors. Every error the core or an adapter raises is an `IzpError` with a stable `code`, so a
 * host can branch on `error.code` even when two copies of the SDK make `instanceof` unreliable.
 * Messages come in Dutch (the default UI language) and English.
 */
import type { RecordKind } from './model.js';

export type ErrorCode = 'validation' | 'not-found' | 'conflict' | 'forbidden' | 'rule' | 'unavailable';

export interface Localized {
  nl: string;
  en: string;
}

export class IzpError extends Error {
  readonly code: ErrorCode;
  readonly messages: Localized;

  constructor(code: ErrorCode, messages: Localized, options?: { cause?: unknown }) {
    super(messages.en, options);
    this.name = 'IzpError';
    this.code = code;
    this.messages = messages;
  }

  /** The message in the user's language; anything but Dutch falls back to English. */
  localized(lang: string): string {
    return lang.toLowerCase().startsWith('nl') ? this.messages.nl : this.messages.en;
  }
}

/** One failing field: `path` like `targets.0.due`, so a form can put the message beside its field. */
export interface FieldIssue {
  path: string;
  code: string;
  messages: Localized;
}

export class ValidationError extends IzpError {
  readonly issues: FieldIssue[];

  constructor(issues: FieldIssue[], what: Localized) {
    const list = (lang: keyof Localized) => issues.map((i) => i.messages[lang]).join('; ');
    super('validation', {
      nl: `${what.nl} is niet geldig: ${list('nl')}`,
      en: `${what.en} is not valid: ${list('en')}`,
    });
    this.name = 'ValidationError';
    this.issues = issues;
  }

  /** The paths of the failing fields, e.g. `['description', 'targets.0.due']`. */
  get fields(): string[] {
    return [...new Set(this.issues.map((i) => i.path))];
  }
}

export class NotFoundError extends IzpError {
  readonly kind: RecordKind;
  readonly id: string;

  constructor(kind: RecordKind, id: string) {
    super('not-found', { nl: `${KIND_NL[kind]} ${id} bestaat niet`, en: `${kind} ${id} does not exist` });
    this.name = 'NotFoundError';
    this.kind = kind;
    this.id = id;
  }
}

/**
 * Someone else changed the item since the user saw it. `current` holds their version (when known) so the
 * UI can show it and let the user reload or re-apply; nothing was written.
 */
export class ConflictError extends IzpError {
  readonly kind: RecordKind;
  readonly id: string;
  readonly expectedVersion: number;
  readonly actualVersion: number | null;
  current: unknown;

  constructor(kind: RecordKind, id: string, expectedVersion: number, actualVersion: number | null, current?: unknown) {
    super('conflict', {
      nl: `${KIND_NL[kind]} is intussen door iemand anders gewijzigd; er is niets opgeslagen`,
      en: `The ${kind} was changed by someone else in the meantime; nothing was saved`,
    });
    this.name = 'ConflictError';
    this.kind = kind;
    this.id = id;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
    this.current = current;
  }
}

export class ForbiddenError extends IzpError {
  constructor(messages: Localized) {
    super('forbidden', messages);
    this.name = 'ForbiddenError';
  }
}

/** A rule of the reference model was broken (closed plan, second open plan, agreement on another plan). */
export class RuleError extends IzpError {
  readonly rule: string;

  constructor(rule: string, messages: Localized) {
    super('rule', messages);
    this.name = 'RuleError';
    this.rule = rule;
  }
}

/** Storage could not be reached or failed; the change was not stored. */
export class StorageError extends IzpError {
  constructor(messages: Localized = { nl: 'Opslag is niet bereikbaar; er is niets opgeslagen', en: 'Storage is unavailable; nothing was saved' }, options?: { cause?: unknown }) {
    super('unavailable', messages, options);
    this.name = 'StorageError';
  }
}

export function isIzpError(error: unknown): error is IzpError {
  return error instanceof IzpError || (typeof error === 'object' && error !== null && typeof (error as IzpError).code === 'string' && typeof (error as IzpError).messages === 'object');
}

export const KIND_NL: Record<RecordKind, string> = {
  patient: 'Patiënt',
  plan: 'Zorgplan',
  goal: 'Doel',
  agreement: 'Afspraak',
  evaluation: 'Evaluatie',
  profile: 'Zorgplanonderdeel',
  measurement: 'Meting',
  diary: 'Dagboekbericht',
};
