/**
 * Where each IZP record kind lives on the FHIR server, and how it is read back. Every kind has a
 * resource type and the FHIR id made from its IZP id (see izp-sdk/fhir's fhirId):
 *
 *   patient index -> List                (the patient's CarePlans and the open one)
 *   plan          -> CarePlan (+ CareTeam and Consent of the same id)
 *   goal          -> Goal                 agreement -> Task
 *   evaluation    -> Observation (category evaluation)   measurement -> Observation (category measurement)
 *   profile       -> QuestionnaireResponse (id of the plan)   diary -> Communication
 *   (commit lock) -> Basic, one per patient: see commit.ts
 */
import type { RecordKind, RecordOf } from '../../core/model.js';
import {
  Reader, agreementFromFhir, diaryFromFhir, evaluationFromFhir, fhirId, goalFromFhir, measurementFromFhir, observationKind,
  patientIndexFromFhir, planFromFhir, profileFromFhir, type Resource,
} from '../../fhir/index.js';

export const RESOURCE_TYPE: Record<RecordKind, string> = {
  patient: 'List', plan: 'CarePlan', goal: 'Goal', agreement: 'Task', evaluation: 'Observation',
  measurement: 'Observation', profile: 'QuestionnaireResponse', diary: 'Communication',
};

export const location = (kind: RecordKind, id: string) => `${RESOURCE_TYPE[kind]}/${fhirId(id)}`;

/** Our own stored resources carry every stamp; a fallback is never used, but the Reader needs one. */
const reader = () => new Reader({ at: new Date(0).toISOString(), by: { name: 'FHIR' } });

/** The record a stored resource holds, or null when the resource is of another kind (a shared type). */
export function decodeRecord<K extends RecordKind>(kind: K, resource: Resource, parts: { team?: Resource | null; consent?: Resource | null } = {}): RecordOf<K> | null {
  const read = reader();
  switch (kind) {
    case 'patient': return patientIndexFromFhir(resource) as RecordOf<K>;
    case 'plan': return planFromFhir(resource, parts.team ?? undefined, parts.consent ?? undefined, read) as RecordOf<K>;
    case 'goal': return goalFromFhir(resource, read) as RecordOf<K>;
    case 'agreement': return agreementFromFhir(resource, read) as RecordOf<K>;
    case 'evaluation': return observationKind(resource) === 'evaluation' ? (evaluationFromFhir(resource, read) as RecordOf<K>) : null;
    case 'measurement': return observationKind(resource) === 'measurement' ? (measurementFromFhir(resource, read) as RecordOf<K>) : null;
    case 'profile': return profileFromFhir(resource, read) as RecordOf<K>;
    default: return diaryFromFhir(resource, read) as RecordOf<K>;
  }
}
