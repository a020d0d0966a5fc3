/**
 * `izp-sdk/fhir`: the plan as a FHIR R4 Bundle and back. No DOM; runs in browsers and in Node.
 */
export { toFhirBundle, snapshotResources, type ToFhirOptions } from './bundle.js';
export { fromFhirBundle, type FhirImport, type FhirImportReport, type FromFhirOptions } from './import.js';
export { FhirBundleError } from './errors.js';
export { IZP_FHIR_BASE, CodeSystems, Extensions, Identifiers, CASE_MANAGER } from './constants.js';
export { recordToFhir } from './records.js';
export { patientIndexToFhir, patientIndexFromFhir } from './patient-index.js';
export { auditToFhir, auditFromFhir, auditSequence, isRead } from './audit.js';
export { agreementFromFhir } from './agreement.js';
export { goalFromFhir } from './goal.js';
export { planFromFhir } from './plan.js';
export { evaluationFromFhir, measurementFromFhir, observationKind } from './observations.js';
export { profileFromFhir, diaryFromFhir } from './modules.js';
export { Reader, type ImportNote, type MapContext } from './record.js';
export { fhirId } from './ids.js';
export type { Bundle, BundleEntry, Resource, Reference, Extension, Coding, CodeableConcept } from './types.js';
export { importFhirBundle, type ImportFhirOptions } from './import-plan.js';
