/**
 * Turns zod issues into field issues: a path, a stable problem code and its parameters. zod's own
 * locales would add kilobytes and speak of "strings" and "arrays"; the error dictionary speaks of the
 * form's fields, in any registered language.
 */
import type * as z from 'zod/mini';
import { ValidationError, fieldIssue, type FieldIssue } from './errors.js';
import type { IssueParams, ProblemCode, Subject } from './messages/types.js';

type Issue = z.core.$ZodIssue;

/** Custom checks in the model name their problem code as the message (`z.refine(fn, 'not_https')`). */
const CUSTOM: readonly string[] = ['required', 'not_https', 'not_finite', 'not_plain', 'unreadable_text', 'date_range', 'not_a_signal'];

function problem(issue: Issue): [ProblemCode, IssueParams?] {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return ['required'];
      return ['too_small', { min: Number(issue.minimum) }];
    case 'too_big':
      if (issue.origin === 'string') return ['too_long', { max: Number(issue.maximum) }];
      if (issue.origin === 'array') return ['too_many', { max: Number(issue.maximum) }];
      return ['too_big', { max: Number(issue.maximum) }];
    case 'invalid_type':
      return issue.input === undefined ? ['required'] : ['invalid_type', { expected: issue.expected }];
    case 'invalid_format':
      if (issue.format === 'date') return ['invalid_date'];
      if (issue.format === 'datetime') return ['invalid_datetime'];
      return ['invalid_format', { format: issue.format }];
    case 'invalid_value':
      return ['invalid_value', { values: issue.values.map(String) }];
    case 'unrecognized_keys':
      return ['unrecognized_keys', { keys: issue.keys }];
    default:
      return CUSTOM.includes(issue.message) ? [issue.message as ProblemCode] : ['invalid'];
  }
}

export function toFieldIssues(issues: readonly Issue[], prefix = ''): FieldIssue[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const [code, params] = problem(issue);
    return fieldIssue(path, code, params);
  });
}

/**
 * Where the input holds an object that is not plain data (a Set, Map, Date, Promise, class instance):
 * the schema would read it as `{}` and accept it. `signal` is the one object that is meant to be one.
 */
function nonPlain(value: unknown, path: string[], seen = new Set<object>()): string[] | null {
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  if (!Array.isArray(value)) {
    const proto = Object.getPrototypeOf(value) as object | null;
    // Plain: no prototype, or some realm's Object.prototype (an iframe's objects are plain too).
    const plain = proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]');
    if (!plain) return path;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'signal' && path.length <= 1) continue;
    const found = nonPlain(child, [...path, key], seen);
    if (found) return found;
  }
  return null;
}

/** Parses or throws a `ValidationError` naming every failing field; nothing partial ever gets through. */
export function parse<S extends z.ZodMiniType>(schema: S, input: unknown, subject: Subject, prefix = ''): z.output<S> {
  const odd = nonPlain(input, prefix ? [prefix] : []);
  if (odd) throw new ValidationError([fieldIssue(odd.join('.'), 'not_plain')], subject);
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw new ValidationError(toFieldIssues(result.error.issues, prefix), subject);
  return result.data;
}

/** A single-field validation error, for checks that need more than one field (dates in order). */
export function fieldError(path: string, code: ProblemCode, subject: Subject, params?: IssueParams): ValidationError {
  return new ValidationError([fieldIssue(path, code, params)], subject);
}
