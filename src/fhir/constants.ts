/**
 * Canonical URLs of the IZP's own FHIR artefacts. Where FHIR or SNOMED has a code, the mapping uses it;
 * where none exists (the SFMPC domains, the agreement status with its NHG "concept" stage, the
 * evaluation outcome, the audit actions), a local CodeSystem under one stable base names it. These URLs
 * are part of the public API: data written with them must stay readable, so they never change.
 */
export const IZP_FHIR_BASE = 'https://izp-sdk.org/fhir';

const cs = (name: string) => `${IZP_FHIR_BASE}/CodeSystem/${name}`;
const sd = (name: string) => `${IZP_FHIR_BASE}/StructureDefinition/${name}`;
const ns = (name: string) => `${IZP_FHIR_BASE}/identifier/${name}`;

export const CodeSystems = {
  /** Somatisch, Functioneel, Maatschappelijk, Psychologisch, Communicatief. */
  sfmpc: cs('sfmpc'),
  /** The roles of people around the patient (gp, practice-nurse, informal-carer ...). */
  role: cs('role'),
  agreementStatus: cs('agreement-status'),
  goalOutcome: cs('goal-outcome'),
  evaluationOutcome: cs('evaluation-outcome'),
  readiness: cs('readiness'),
  /** What an Observation, Task input, Communication, List or Basic resource is, within the IZP. */
  kind: cs('kind'),
  auditAction: cs('audit-action'),
} as const;

export const Extensions = {
  /** The IZP record version (1, 2, ...): a server's meta.versionId is its own and cannot carry it. */
  recordVersion: sd('record-version'),
  created: sd('created'),
  updated: sd('updated'),
  closed: sd('closed'),
  accorded: sd('accorded'),
  granted: sd('granted'),
  /** A Person's role, on the Reference that names them. */
  role: sd('role'),
  contact: sd('contact'),
  nextEvaluationDate: sd('next-evaluation-date'),
  evaluationSchedule: sd('evaluation-schedule'),
  closeReason: sd('close-reason'),
  closeNote: sd('close-note'),
  closedWith: sd('closed-with'),
  changeReason: sd('change-reason'),
  plan: sd('plan'),
  targetComparator: sd('target-comparator'),
  targetDescription: sd('target-description'),
  /** Marks a unit that was given as an empty string (FHIR strings cannot be empty). */
  emptyUnit: sd('empty-unit'),
  measurementDate: sd('measurement-date'),
  evaluationDate: sd('evaluation-date'),
  openPlan: sd('open-plan'),
  patient: sd('patient'),
  onBehalfOf: sd('on-behalf-of'),
  auditTarget: sd('audit-target'),
  auditBefore: sd('audit-before'),
  auditAfter: sd('audit-after'),
  /** Commit order of audit records (adapter only): instants alone can tie. */
  auditSequence: sd('audit-sequence'),
} as const;

export const Identifiers = {
  plan: ns('plan'),
  goal: ns('goal'),
  agreement: ns('agreement'),
  evaluation: ns('evaluation'),
  measurement: ns('measurement'),
  diary: ns('diary'),
  profile: ns('profile'),
  patient: ns('patient'),
  person: ns('person'),
  audit: ns('audit'),
  decision: ns('decision'),
} as const;

/** SNOMED CT 768832004 |Case manager (occupation)|, the role the NHG model gives the fixed contact. */
export const SNOMED = 'http://snomed.info/sct';
export const CASE_MANAGER = { system: SNOMED, code: '768832004', display: 'Case manager' } as const;
