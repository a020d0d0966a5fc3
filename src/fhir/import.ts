/**
 * A FHIR Bundle back into a plan snapshot (and its history), with a report of everything that was not
 * mapped: resources outside the IZP model, elements and extensions the mapping does not read, and what
 * was filled in because a Bundle from another system lacked it. A Bundle that is not a valid plan
 * raises a `FhirBundleError` naming the entry and the field; then nothing is returned to store.
 */
import type * as z from 'zod/mini';
import { AuditRecord } from '../core/audit.js';
import { Agreement, DiaryEntry, Evaluation, Goal, MeasurementRecord, Plan, PlanProfile, type Person, type PlanSnapshot } from '../core/model.js';
import { toFieldIssues } from '../core/validate.js';
import { agreementFromFhir } from './agreement.js';
import { auditFromFhir, auditSequence } from './audit.js';
import { snapshotResources } from './bundle.js';
import { FhirBundleError, bundleIssue } from './errors.js';
import { isResource } from './ext.js';
import { fhirId } from './ids.js';
import { goalFromFhir } from './goal.js';
import { diaryFromFhir, isDiary, profileFromFhir } from './modules.js';
import { evaluationFromFhir, measurementFromFhir, observationKind } from './observations.js';
import { planFromFhir } from './plan.js';
import { type ImportNote, Reader, label } from './record.js';
import { unmappedParts } from './unmapped.js';
import type { AuditRecord as AuditType } from '../core/audit.js';
import type { Reference, Resource } from './types.js';

export interface FhirImportReport {
  /** Resources, elements and extensions the IZP model has no place for; they were left out. */
  unmapped: ImportNote[];
  /** What the Bundle lacked and the import filled in (a version, a stamp, a domain). */
  filledIn: ImportNote[];
}

export interface FromFhirOptions {
  /** Stamps missing from a Bundle of another system are set to this instant (default now) ... */
  now?: string;
  /** ... and this person (default "FHIR-import"). */
  importedBy?: Person;
}

export interface FhirImport {
  snapshot: PlanSnapshot;
  history: AuditType[];
  report: FhirImportReport;
}

const ACCEPTED = ['transaction', 'collection', 'batch', 'searchset', 'document'];

interface Located {
  resource: Resource;
  entry: number;
}

export function fromFhirBundle(bundle: unknown, options: FromFhirOptions = {}): FhirImport {
  if (!isResource(bundle) || bundle.resourceType !== 'Bundle') {
    throw new FhirBundleError([bundleIssue('resourceType', 'invalid_value', { values: ['Bundle'] })]);
  }
  if (!ACCEPTED.includes(bundle.type as string)) {
    throw new FhirBundleError([bundleIssue('Bundle.type', 'invalid_value', { values: ACCEPTED })]);
  }
  const entries = Array.isArray(bundle.entry) ? (bundle.entry as unknown[]) : [];
  const located: Located[] = entries.map((e, entry) => {
    const resource = (e as { resource?: unknown } | null)?.resource;
    if (!isResource(resource)) throw new FhirBundleError([bundleIssue(`Bundle.entry[${entry}].resource`, 'required')], { entry });
    return { resource, entry };
  });
  const plans = located.filter((l) => l.resource.resourceType === 'CarePlan');
  if (plans.length !== 1) {
    throw new FhirBundleError([plans.length ? bundleIssue('Bundle.entry.CarePlan', 'too_many', { max: 1 }) : bundleIssue('Bundle.entry.CarePlan', 'required')]);
  }
  const read = new Reader({ at: options.now ?? new Date().toISOString(), by: options.importedBy ?? { name: 'FHIR-import' } });
  const unmapped: ImportNote[] = [];
  const carePlan = plans[0] as Located;
  const refersToPlan = (ref: Reference | undefined) => ref?.reference === `CarePlan/${carePlan.resource.id}`;
  const team = located.find((l) => l.resource.resourceType === 'CareTeam' && (l.resource.id === carePlan.resource.id
    || ((carePlan.resource.careTeam as Reference[] | undefined) ?? []).some((r) => r.reference === `CareTeam/${l.resource.id}`)));
  const consent = located.find((l) => l.resource.resourceType === 'Consent'
    && ((l.resource.provision as { data?: { reference?: Reference }[] } | undefined)?.data ?? []).some((d) => refersToPlan(d.reference)));

  const plan = decode(carePlan, Plan, () => planFromFhir(carePlan.resource, team?.resource, consent?.resource, read));
  const planId = plan.id;
  const mine = <T extends { planId?: string }>(l: Located, record: T): T | undefined => {
    if (record.planId === undefined) {
      read.note(l.resource, 'basedOn', 'no link to the plan; taken as part of it');
      return { ...record, planId };
    }
    if (record.planId === planId) return record;
    unmapped.push({ resource: label(l.resource), message: 'belongs to another plan' });
    return undefined;
  };
  const goals: Goal[] = [];
  const agreements: Agreement[] = [];
  const evaluations: Evaluation[] = [];
  const measurements: MeasurementRecord[] = [];
  const diary: DiaryEntry[] = [];
  const audit: { record: AuditType; order: number }[] = [];
  let profile: PlanProfile | null = null;

  for (const l of located) {
    const r = l.resource;
    if (l === carePlan || l === team || l === consent) continue;
    switch (r.resourceType) {
      case 'Goal': push(goals, l, Goal, () => mine(l, goalFromFhir(r, read))); break;
      case 'Task': push(agreements, l, Agreement, () => mine(l, agreementFromFhir(r, read))); break;
      case 'Observation': {
        const kind = observationKind(r);
        if (kind === 'evaluation') push(evaluations, l, Evaluation, () => mine(l, evaluationFromFhir(r, read)));
        else if (kind === 'measurement') push(measurements, l, MeasurementRecord, () => mine(l, measurementFromFhir(r, read)));
        else unmapped.push({ resource: label(r), message: 'an Observation that is neither an IZP evaluation nor a measured value' });
        break;
      }
      case 'QuestionnaireResponse': {
        const found: PlanProfile[] = [];
        push(found, l, PlanProfile, () => mine(l, profileFromFhir(r, read)));
        if (found[0]) profile = found[0];
        break;
      }
      case 'Communication':
        if (isDiary(r)) push(diary, l, DiaryEntry, () => mine(l, diaryFromFhir(r, read)));
        else unmapped.push({ resource: label(r), message: 'a Communication that is not a diary entry' });
        break;
      case 'Provenance':
      case 'AuditEvent': {
        const list: AuditType[] = [];
        push(list, l, AuditRecord, () => auditFromFhir(r));
        if (list[0]) audit.push({ record: list[0], order: auditSequence(r) ?? l.entry });
        break;
      }
      default:
        unmapped.push({ resource: label(r), message: 'not part of the IZP model' });
    }
  }

  // An agreement belongs to a goal and an evaluation to something of this plan; others cannot be shown.
  const goalIds = new Set(goals.map((g) => g.id));
  const keptAgreements = agreements.filter((a) => {
    if (goalIds.has(a.goalId)) return true;
    unmapped.push({ resource: `Task/${fhirId(a.id)}`, field: 'reasonReference', message: 'its goal is not in the Bundle' });
    return false;
  });
  const ids = { plan: new Set([planId]), goal: goalIds, agreement: new Set(keptAgreements.map((a) => a.id)) };
  const keptEvaluations = evaluations.filter((e) => {
    if (ids[e.target.kind].has(e.target.id)) return true;
    unmapped.push({ resource: `Observation/${fhirId(e.id)}`, field: 'focus', message: 'evaluates something not in the Bundle' });
    return false;
  });

  const snapshot: PlanSnapshot = { plan, goals, agreements: keptAgreements, evaluations: keptEvaluations, profile, measurements, diary };
  const history = audit.sort((a, b) => a.order - b.order).map((a) => a.record).filter((r) => r.planId === planId);
  // What the mapping writes back for each resource shows what it did not read of the original.
  const again = new Map(snapshotResources(snapshot, { history }).map((r) => [label(r), r]));
  for (const l of located) unmapped.push(...unmappedParts(l.resource, again.get(label(l.resource))));
  return { snapshot, history, report: { unmapped, filledIn: read.notes } };

  function push<T>(list: T[], l: Located, schema: z.ZodMiniType<T>, make: () => unknown): void {
    const record = decode(l, schema, make);
    if (record !== undefined) list.push(record);
  }
}

/** Decodes one resource and validates the record; any failure names the entry, resource and field. */
function decode<T>(l: Located, schema: z.ZodMiniType<T>, make: () => unknown): T {
  const where = { entry: l.entry, resource: label(l.resource) };
  let raw: unknown;
  try {
    raw = make();
  } catch {
    throw new FhirBundleError([bundleIssue(`Bundle.entry[${l.entry}].resource`, 'invalid')], where);
  }
  if (raw === undefined) return undefined as T;
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) throw new FhirBundleError(toFieldIssues(result.error.issues, `Bundle.entry[${l.entry}](${where.resource})`), where);
  return result.data;
}

