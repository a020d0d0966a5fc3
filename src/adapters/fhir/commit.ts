/**
 * One change set -> one FHIR transaction Bundle: the moved commit lock, every written record as PUT with
 * If-Match W/"versionId" when it exists, and the audit records as Provenance / AuditEvent. Before
 * sending, the stored IZP versions are compared exactly (ConflictError naming the record); a 412 or
 * 409 from the server means someone committed in between, and the change is checked again.
 */
import type { ChangeSet, Write } from '../../core/adapter.js';
import { ConflictError } from '../../core/errors.js';
import type { RecordKind } from '../../core/model.js';
import {
  Identifiers, auditToFhir, fhirId, patientIndexToFhir, recordToFhir, type BundleEntry, type MapContext, type Reference, type Resource,
} from '../../fhir/index.js';
import { type FhirClient, found, isVersionConflict, unavailable } from './client.js';
import { type Lock, movedLock, readLock } from './lock.js';
import { decodeRecord, location } from './records.js';

interface Stored {
  resource: Resource | null;
  version: number;
  record: unknown;
}

export interface CommitSettings {
  maxAttempts: number;
  patientReference?: (patientId: string) => string | undefined;
}

export async function commitChange(client: FhirClient, change: ChangeSet, settings: CommitSettings, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  for (let attempt = 1; ; attempt++) {
    const lock = await readLock(client, change.patientId, signal);
    const stored = await readStored(client, change, signal);
    verify(change, stored);
    const answer = await client.request('POST', '', transaction(change, lock, stored, settings), signal);
    if (answer.status < 300) return;
    if (!isVersionConflict(answer.status)) throw unavailable(answer);
    if (attempt >= settings.maxAttempts) {
      const first = change.writes[0];
      throw new ConflictError(first?.kind ?? 'plan', first?.record.id ?? change.planId, first?.expectedVersion ?? 0, null);
    }
    // Someone else committed for this patient meanwhile: wait a little, at random, then check again.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
  }
}

const key = (kind: RecordKind, id: string) => `${kind}:${id}`;

/** Everything the change touches as stored now, plus the plan's CareTeam, Consent and CarePlan. */
async function readStored(client: FhirClient, change: ChangeSet, signal?: AbortSignal): Promise<Map<string, Stored | Resource | null>> {
  const wanted = new Map<string, string>();
  for (const w of change.writes) wanted.set(key(w.kind, w.record.id), location(w.kind, w.record.id));
  for (const c of change.checks) wanted.set(key(c.kind, c.id), location(c.kind, c.id));
  const planId = fhirId(change.planId);
  const extra = [`CarePlan/${planId}`, `CareTeam/${planId}`, `Consent/${planId}`];
  const urls = [...wanted.values(), ...extra];
  const answers = await client.batch(urls.map((url) => ({ method: 'GET' as const, url })), signal);
  const byUrl = new Map(urls.map((url, i) => [url, found(answers[i])]));
  const result = new Map<string, Stored | Resource | null>();
  for (const [k, url] of wanted) {
    const kind = k.slice(0, k.indexOf(':')) as RecordKind;
    const resource = byUrl.get(url) ?? null;
    const parts = kind === 'plan' ? { team: byUrl.get(url.replace('CarePlan/', 'CareTeam/')) ?? null, consent: byUrl.get(url.replace('CarePlan/', 'Consent/')) ?? null } : {};
    const record = resource ? decodeRecord(kind, resource, parts) : null;
    result.set(k, { resource: record ? resource : null, version: (record as { version?: number } | null)?.version ?? 0, record });
  }
  for (const url of extra) result.set(url, byUrl.get(url) ?? null);
  return result;
}

function verify(change: ChangeSet, stored: Map<string, Stored | Resource | null>): void {
  const expected = [...change.checks.map((c) => ({ kind: c.kind, id: c.id, version: c.version })),
    ...change.writes.map((w) => ({ kind: w.kind, id: w.record.id, version: w.expectedVersion }))];
  for (const e of expected) {
    const s = stored.get(key(e.kind, e.id)) as Stored;
    if (s.version !== e.version) throw new ConflictError(e.kind, e.id, e.version, s.record ? s.version : null, s.record);
  }
}

function transaction(change: ChangeSet, lock: Lock, stored: Map<string, Stored | Resource | null>, settings: CommitSettings) {
  const patientReference = settings.patientReference?.(change.patientId);
  const ctx: MapContext = { patientId: change.patientId, ...(patientReference ? { patientReference } : {}) };
  const entries: BundleEntry[] = [put(movedLock(lock, change.audit.length), lock.versionId)];
  const carePlanUrl = `CarePlan/${fhirId(change.planId)}`;
  const storedPlan = stored.get(carePlanUrl) as Resource | null;
  // CarePlan.goal and CarePlan.activity list every goal and agreement; new ones are added here.
  const links = {
    goalIds: [...refIds(storedPlan?.goal as Reference[] | undefined), ...created(change, 'goal')],
    agreementIds: [...refIds((storedPlan?.activity as { reference?: Reference }[] | undefined)?.map((a) => a.reference)), ...created(change, 'agreement')],
  };
  let planWritten = false;
  for (const w of change.writes) {
    const s = stored.get(key(w.kind, w.record.id)) as Stored;
    if (w.kind === 'patient') {
      entries.push(put(patientIndexToFhir(w.record), s.resource?.meta?.versionId));
      continue;
    }
    const resources = recordToFhir(w.kind, w.record as never, ctx, links);
    for (const r of resources) {
      const current = w.kind === 'plan' && r.resourceType !== 'CarePlan' ? (stored.get(`${r.resourceType}/${r.id}`) as Resource | null) : s.resource;
      entries.push(put(r, current?.meta?.versionId));
    }
    if (w.kind === 'plan' && w.record.id === change.planId) planWritten = true;
    if (w.kind === 'plan' && !resources.some((r) => r.resourceType === 'Consent') && stored.get(`Consent/${fhirId(w.record.id)}`)) {
      entries.push({ request: { method: 'DELETE', url: `Consent/${fhirId(w.record.id)}` } });
    }
  }
  if (!planWritten && storedPlan && (created(change, 'goal').length || created(change, 'agreement').length)) {
    const { meta: _meta, ...rest } = storedPlan;
    entries.push(put({
      ...rest,
      goal: links.goalIds.map((id) => ({ reference: `Goal/${fhirId(id)}`, type: 'Goal', identifier: { system: Identifiers.goal, value: id } })),
      activity: links.agreementIds.map((id) => ({ reference: { reference: `Task/${fhirId(id)}`, type: 'Task', identifier: { system: Identifiers.agreement, value: id } } })),
    }, storedPlan.meta?.versionId));
  }
  change.audit.forEach((record, i) => entries.push(put(auditToFhir(record, lock.sequence + i + 1))));
  return { resourceType: 'Bundle', type: 'transaction', entry: entries };
}

function put(resource: Resource, versionId?: string): BundleEntry {
  const url = `${resource.resourceType}/${resource.id}`;
  return { resource, request: { method: 'PUT', url, ...(versionId ? { ifMatch: `W/"${versionId}"` } : {}) } };
}

const refIds = (refs: (Reference | undefined)[] | undefined) => (refs ?? []).flatMap((r) => (r?.identifier?.value !== undefined ? [r.identifier.value] : []));

/** Ids of the goals or agreements the change creates for its own plan. */
function created(change: ChangeSet, kind: 'goal' | 'agreement'): string[] {
  return change.writes.filter((w): w is Extract<Write, { kind: typeof kind }> => w.kind === kind && w.expectedVersion === 0 && w.record.planId === change.planId).map((w) => w.record.id);
}
