// What test/fhir/errors.test.mjs loads: the FHIR import's error beside the core's own, in one copy.
export { FhirBundleError, bundleIssue } from '../../src/fhir/errors.js';
export { ValidationError } from '../../src/core/errors.js';
