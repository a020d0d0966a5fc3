/** The typed error of an import: which entry, which resource, which field. */
import { ValidationError, type FieldIssue } from '../core/errors.js';

export class FhirBundleError extends ValidationError {
  /** The index in Bundle.entry of the resource that failed, when one did. */
  readonly entry: number | undefined;
  /** `Goal/abc`: the resource that failed, when one did. */
  readonly resource: string | undefined;

  constructor(issues: FieldIssue[], where: { entry?: number; resource?: string } = {}) {
    const at = where.resource ? ` (${where.entry !== undefined ? `Bundle.entry[${where.entry}], ` : ''}${where.resource})` : '';
    super(issues, { nl: `De FHIR-bundel${at}`, en: `The FHIR Bundle${at}` });
    this.name = 'FhirBundleError';
    this.entry = where.entry;
    this.resource = where.resource;
  }
}

export function bundleIssue(path: string, en: string, nl: string): FieldIssue {
  return { path, code: 'fhir', messages: { nl: `${path}: ${nl}`, en: `${path}: ${en}` } };
}
