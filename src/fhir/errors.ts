/** The typed error of an import: which entry, which resource, which field. */
import { ValidationError, fieldIssue, type FieldIssue } from '../core/errors.js';
import type { ErrorMessages, IssueParams, ProblemCode } from '../core/messages/types.js';

export class FhirBundleError extends ValidationError {
  /** The index in Bundle.entry of the resource that failed, when one did. */
  readonly entry: number | undefined;
  /** `Goal/abc`: the resource that failed, when one did. */
  readonly resource: string | undefined;

  constructor(issues: FieldIssue[], where: { entry?: number; resource?: string } = {}) {
    super(issues, 'import');
    this.name = 'FhirBundleError';
    this.entry = where.entry;
    this.resource = where.resource;
    // Composed as the core's errors are, now that the entry and resource its wording names are set.
    this.finish(issues.map((i) => `${i.path}:${i.code}`).join(' '));
  }

  /** The core's sentence, followed by where in the Bundle: "(Bundle.entry[3], Goal/abc)". */
  override describe(m: ErrorMessages): string {
    const where = [this.entry !== undefined ? `Bundle.entry[${this.entry}]` : undefined, this.resource].filter(Boolean);
    return where.length ? `${super.describe(m)} (${where.join(', ')})` : super.describe(m);
  }
}

export function bundleIssue(path: string, code: ProblemCode, params?: IssueParams): FieldIssue {
  return fieldIssue(path, code, params);
}
