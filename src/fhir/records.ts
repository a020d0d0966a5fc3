/** One dispatch from an IZP record kind to its FHIR resources, shared by the Bundle and the adapter. */
import type { AuditedKind } from '../core/audit.js';
import type { RecordOf } from '../core/model.js';
import { agreementToFhir } from './agreement.js';
import { goalToFhir } from './goal.js';
import { evaluationToFhir, measurementToFhir } from './observations.js';
import { diaryToFhir, profileToFhir } from './modules.js';
import { type PlanLinks, planToFhir } from './plan.js';
import type { MapContext } from './record.js';
import type { Resource } from './types.js';

/** The resources of one record: the plan gives CarePlan, CareTeam and maybe Consent; others one each. */
export function recordToFhir<K extends AuditedKind>(kind: K, record: RecordOf<K>, ctx: MapContext, links: PlanLinks = { goalIds: [], agreementIds: [] }): Resource[] {
  const r = record as never;
  switch (kind) {
    case 'plan': return planToFhir(r, ctx, links);
    case 'goal': return [goalToFhir(r, ctx)];
    case 'agreement': return [agreementToFhir(r, ctx)];
    case 'evaluation': return [evaluationToFhir(r, ctx)];
    case 'measurement': return [measurementToFhir(r, ctx)];
    case 'profile': return [profileToFhir(r, ctx)];
    default: return [diaryToFhir(r, ctx)];
  }
}
