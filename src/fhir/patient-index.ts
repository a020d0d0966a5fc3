/**
 * The core's patient index ({ planIds, openPlanId }: the one record that makes "one open plan per
 * patient" atomic) -> a List of the patient's CarePlans. It is storage bookkeeping rather than care
 * information, so only the FHIR adapter writes it; a Bundle for exchange leaves it out.
 */
import type { PatientIndex } from '../core/model.js';
import { CodeSystems, Extensions, Identifiers } from './constants.js';
import { asArray, clean, concept, ext, extInteger, extString } from './ext.js';
import { fhirId } from './ids.js';
import { patientRef, recordRef } from './people.js';
import type { Reference, Resource } from './types.js';

export function patientIndexToFhir(index: PatientIndex): Resource {
  return clean({
    resourceType: 'List',
    id: fhirId(index.id),
    identifier: [{ system: Identifiers.patient, value: index.id }],
    extension: [
      ...ext(Extensions.recordVersion, { valueInteger: index.version }),
      ...ext(Extensions.openPlan, index.openPlanId !== null ? { valueString: index.openPlanId } : undefined),
    ],
    status: 'current',
    mode: 'working',
    title: 'Zorgplannen',
    code: concept(CodeSystems.kind, 'patient-plans'),
    subject: patientRef(index.id),
    entry: index.planIds.map((id) => ({ item: recordRef('CarePlan', Identifiers.plan, id, fhirId) })),
  });
}

export function patientIndexFromFhir(resource: Resource): PatientIndex {
  return {
    id: (resource.identifier as { value?: string }[] | undefined)?.[0]?.value as string,
    version: extInteger(resource, Extensions.recordVersion) as number,
    planIds: asArray<{ item?: Reference }>(resource.entry).map((e) => e.item?.identifier?.value as string),
    openPlanId: extString(resource, Extensions.openPlan) ?? null,
  };
}
