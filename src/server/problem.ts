/**
 * Every error as RFC 9457 `application/problem+json`, carrying the core's `code` and both messages, so
 * the REST client rebuilds the very error the core threw (a `ConflictError` with the current record, a
 * `ValidationError` with the same `issues[]`). Unknown errors say nothing about their cause.
 */
import type { ConflictError, ForbiddenError, Localized, NotFoundError, RuleError, ValidationError } from '../core/errors.js';
import { isIzpError } from '../core/errors.js';

export const PROBLEM_TYPE = 'application/problem+json';

/** Codes of the HTTP layer, beside the core's own (`validation`, `not-found`, `conflict`, ...). */
export type HttpProblemCode =
  | 'not-found' | 'bad-request' | 'too-large' | 'unauthenticated' | 'not-acceptable' | 'internal' | 'idempotency-in-progress' | 'idempotency-mismatch';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  messages: Localized;
  instance?: string;
  [extension: string]: unknown;
}

const TITLES: Record<string, string> = {
  validation: 'Invalid input',
  'not-found': 'Not found',
  conflict: 'Changed by someone else',
  forbidden: 'Not allowed',
  rule: 'Against a rule of the care plan',
  unavailable: 'Storage unavailable',
  'bad-request': 'Bad request',
  'too-large': 'Request body too large',
  unauthenticated: 'Not signed in',
  internal: 'Internal error',
  'idempotency-in-progress': 'The same request is still running',
  'idempotency-mismatch': 'Idempotency key reused for another request',
};

export function problemType(code: string): string {
  return `urn:izp-sdk:problem:${code}`;
}

/** A problem of the HTTP layer itself. */
export function httpProblem(status: number, code: HttpProblemCode, messages: Localized, lang = 'nl', extra: Record<string, unknown> = {}): Problem {
  return { type: problemType(code), title: TITLES[code] ?? code, status, detail: pick(messages, lang), code, messages, ...extra };
}

/**
 * The problem for an error thrown while serving a request. `conditional`: the request carried If-Match,
 * so a version conflict is a failed precondition (412) rather than a plain conflict (409).
 */
export function problemOf(error: unknown, lang: string, conditional: boolean): Problem {
  if (!isIzpError(error)) {
    return httpProblem(500, 'internal', { nl: 'Er ging iets mis op de server; er is niets opgeslagen', en: 'Something went wrong on the server; nothing was saved' }, lang);
  }
  const e = error;
  const base = { type: problemType(e.code), title: TITLES[e.code] ?? e.code, detail: e.localized(lang), code: e.code, messages: e.messages };
  switch (e.code) {
    case 'validation':
      return { ...base, status: 422, subject: (e as ValidationError).subject, issues: (e as ValidationError).issues };
    case 'not-found': {
      const n = e as NotFoundError;
      return { ...base, status: 404, kind: n.kind, id: n.id };
    }
    case 'conflict': {
      const c = e as ConflictError;
      return {
        ...base, status: conditional ? 412 : 409, kind: c.kind, id: c.id,
        expectedVersion: c.expectedVersion, actualVersion: c.actualVersion, current: c.current ?? null,
      };
    }
    case 'forbidden':
      return { ...base, status: 403, action: (e as ForbiddenError).action };
    case 'rule':
      return { ...base, status: 409, rule: (e as RuleError).rule };
    case 'unavailable':
      return { ...base, status: 503 };
    default:
      return { ...base, status: 500 };
  }
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), { status: problem.status, headers: { 'content-type': PROBLEM_TYPE, ...headers } });
}

/** Dutch unless the request asks for something else first. */
export function languageOf(request: Request): string {
  const first = request.headers.get('accept-language')?.split(',')[0]?.trim().toLowerCase();
  return first && !first.startsWith('nl') && first !== '*' ? 'en' : 'nl';
}

function pick(messages: Localized, lang: string): string {
  return lang.startsWith('nl') ? messages.nl : messages.en;
}
