// What the Node tests of the mapping need from the TypeScript sources, in one module for esbuild.
import { MemoryAdapter } from '../../src/core/index.js';
import { seedExamplePlans } from '../../stories/fixtures/example-plans.js';
import type { AuditRecord, PlanSnapshot } from '../../src/core/index.js';

export * from '../../src/fhir/index.js';

/** Every example plan of the fictional practice, with its history, as of `today`. */
export async function examples(today: string): Promise<{ snapshots: Record<string, PlanSnapshot>; histories: Record<string, AuditRecord[]> }> {
  const adapter = new MemoryAdapter();
  const ids = await seedExamplePlans(adapter, today);
  const snapshots: Record<string, PlanSnapshot> = {};
  const histories: Record<string, AuditRecord[]> = {};
  for (const [key, id] of Object.entries(ids)) {
    snapshots[key] = (await adapter.loadPlan(id)) as PlanSnapshot;
    histories[key] = await adapter.history(id);
  }
  return { snapshots, histories };
}

/** Sorted keys, so that two equal records compare equal as JSON. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}
export { snapshotArb, historyArb, distinctIds } from './arbitraries.js';
export { Plan, Goal, Agreement, Evaluation, PlanProfile, MeasurementRecord, DiaryEntry } from '../../src/core/model.js';
export { default as fc } from 'fast-check';

import { AuditRecord as AuditSchema } from '../../src/core/audit.js';
import * as model from '../../src/core/model.js';

/** The field names of each record schema (zod's shape), to check that the arbitraries make every one. */
export function schemaKeys(): Record<string, string[]> {
  const shape = (s: unknown) => Object.keys((s as { _zod: { def: { shape: object } } })._zod.def.shape).sort();
  return {
    plan: shape(model.Plan), goal: shape(model.Goal), agreement: shape(model.Agreement), evaluation: shape(model.Evaluation),
    profile: shape(model.PlanProfile), measurement: shape(model.MeasurementRecord), diary: shape(model.DiaryEntry), audit: shape(AuditSchema),
    target: shape(model.Target), performer: shape(model.Performer), careTeam: shape(model.CareTeamMember), decision: shape(model.Decision),
  };
}
