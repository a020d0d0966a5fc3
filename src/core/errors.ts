/**
 * Typed errors. Every error the core or an adapter raises is an `IzpError` with a stable `code`, so a
 * host can branch on `error.code` even when two copies of the SDK make `instanceof` unreliable.
 * An error carries codes and parameters only (a rule's name, a field's path and problem, an action);
 * the error dictionary (`messages/`, part of the UI's `Translation`) words it in any registered language.
 * `error.message` is the English wording, for logs. English is always there in Node and with a bundler
 * (./messages/english.ts); the script-tag bundle's first load leaves it out, and until a page loads
 * English `error.message` is the code, what it is about (each failing field's path and problem code, the
 * rule, the action, the record) and the Dutch wording, e.g. `[validation description:too_long] Het doel
 * is niet geldig: …`; `messages.en` and `localized('en')` are the Dutch wording then.
 */
import type { RecordKind } from './model.js';
import './messages/english.js';
import { errorMessagesFor, hasErrorMessages } from './messages/registry.js';
import type { ErrorMessages, FieldName, IssueParams, ProblemCode, RuleCode, Subject } from './messages/types.js';
import type { IzpAction } from './permissions.js';

export type ErrorCode = 'validation' | 'not-found' | 'conflict' | 'forbidden' | 'rule' | 'unavailable';

export interface Localized {
  nl: string;
  en: string;
}

export class IzpError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, options?: { cause?: unknown }) {
    super('', options);
    this.name = 'IzpError';
    this.code = code;
  }

  /** Words the error with a dictionary; each kind of error says its own sentence. */
  describe(_messages: ErrorMessages): string {
    return this.code;
  }

  /** The message in a language registered with `registerTranslation` (Dutch and English built in). */
  localized(lang: string): string {
    return this.describe(errorMessagesFor(lang));
  }

  /**
   * Sets `message` (for logs) once a subclass has the fields its wording needs: English, or, before English
   * is loaded (script-tag bundle only), `[code details] Dutch wording` with `details` in stable codes. A
   * subclass outside the core (the FHIR import's error) composes its message here too.
   */
  protected finish(details: string): void {
    this.message = hasErrorMessages('en') ? this.localized('en') : `[${this.code} ${details}] ${this.localized('nl')}`;
  }

  /** Dutch and English at once, as earlier versions exposed them. */
  get messages(): Localized {
    return { nl: this.localized('nl'), en: this.localized('en') };
  }
}


/** One failing field: `path` like `targets.0.due`, a stable `code` and its parameters (`{ max: 2000 }`). */
export interface FieldIssue {
  path: string;
  code: ProblemCode;
  params?: IssueParams;
  /** Dutch and English, ready made; `localizeIssue` words it in any registered language. */
  messages: Localized;
}

/** The label of a path's last named segment (`targets.0.due` is the due date). */
export function fieldLabel(path: string, messages: ErrorMessages = errorMessagesFor('en')): string {
  const last = path.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? '';
  return messages.fields[last as FieldName] ?? (last || messages.fields.value);
}

function wordIssue(m: ErrorMessages, path: string, code: ProblemCode, params: IssueParams = {}): string {
  return m.issue(fieldLabel(path, m), m.problems[code](params, m.fields));
}

export function fieldIssue(path: string, code: ProblemCode, params?: IssueParams): FieldIssue {
  return {
    path, code, ...(params ? { params } : {}),
    messages: { nl: wordIssue(errorMessagesFor('nl'), path, code, params), en: wordIssue(errorMessagesFor('en'), path, code, params) },
  };
}

/** One field's message in the user's language, e.g. beside the field in a form. */
export function localizeIssue(issue: Pick<FieldIssue, 'path' | 'code' | 'params'>, lang: string): string {
  return wordIssue(errorMessagesFor(lang), issue.path, issue.code, issue.params);
}

export class ValidationError extends IzpError {
  readonly issues: FieldIssue[];
  readonly subject: Subject;

  constructor(issues: FieldIssue[], subject: Subject = 'input') {
    super('validation');
    this.name = 'ValidationError';
    this.issues = issues;
    this.subject = subject;
    this.finish(issues.map((i) => `${i.path}:${i.code}`).join(' '));
  }

  override describe(m: ErrorMessages): string {
    return m.invalid(m.subjects[this.subject], this.issues.map((i) => wordIssue(m, i.path, i.code, i.params)));
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
    super('not-found');
    this.name = 'NotFoundError';
    this.kind = kind;
    this.id = id;
    this.finish(`${kind} ${id}`);
  }

  override describe(m: ErrorMessages): string {
    return m.notFound(m.kinds[this.kind], this.id);
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
    super('conflict');
    this.name = 'ConflictError';
    this.kind = kind;
    this.id = id;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
    this.current = current;
    this.finish(`${kind} ${id} ${expectedVersion}`);
  }

  override describe(m: ErrorMessages): string {
    return m.conflict(m.kinds[this.kind]);
  }
}

/** The user may not do this; `action` names what they tried (the actions of `izp.can`). */
export class ForbiddenError extends IzpError {
  readonly action: IzpAction;

  constructor(action: IzpAction) {
    super('forbidden');
    this.name = 'ForbiddenError';
    this.action = action;
    this.finish(action);
  }

  override describe(m: ErrorMessages): string {
    return m.forbidden(m.actions[this.action]);
  }
}

/** A rule of the reference model was broken (closed plan, second open plan, agreement on another plan). */
export class RuleError extends IzpError {
  readonly rule: RuleCode;

  constructor(rule: RuleCode) {
    super('rule');
    this.name = 'RuleError';
    this.rule = rule;
    this.finish(rule);
  }

  override describe(m: ErrorMessages): string {
    return m.rules[this.rule];
  }
}

/** Storage could not be reached or failed; the change was not stored. An adapter may word it itself. */
export class StorageError extends IzpError {
  private readonly own: Localized | undefined;

  constructor(messages?: Localized, options?: { cause?: unknown }) {
    super('unavailable', options);
    this.name = 'StorageError';
    this.own = messages;
    this.finish('storage');
  }

  override describe(m: ErrorMessages): string {
    if (!this.own) return m.unavailable;
    return m === errorMessagesFor('nl') ? this.own.nl : this.own.en;
  }
}

export function isIzpError(error: unknown): error is IzpError {
  return error instanceof IzpError || (typeof error === 'object' && error !== null && typeof (error as IzpError).code === 'string' && typeof (error as IzpError).messages === 'object');
}
