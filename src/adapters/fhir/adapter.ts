/**
 * `FhirAdapter`: the storage adapter over any FHIR R4 server. The plan and everything of it live there
 * as ordinary resources (see records.ts and izp-sdk/fhir), so the host's other FHIR applications read
 * the same CarePlan, Goals and Tasks; the audit trail is Provenance (changes) and AuditEvent (reads),
 * written in the same transaction as the change it records.
 */
import type { CallOptions, ChangeSet, StorageAdapter } from '../../core/adapter.js';
import type { AuditRecord } from '../../core/audit.js';
import type { DiaryEntry, Evaluation, MeasurementRecord, PlanSnapshot, RecordKind, RecordOf } from '../../core/model.js';
import { auditFromFhir, auditSequence, fhirId, observationKind, type Reference, type Resource } from '../../fhir/index.js';
import { FhirClient, type FhirClientOptions, found } from './client.js';
import { commitChange } from './commit.js';
import { decodeRecord, location } from './records.js';

export interface FhirAdapterOptions extends FhirClientOptions {
  /** A literal reference to the host's Patient for a patient id (e.g. `Patient/123`); else by identifier only. */
  patientReference?: (patientId: string) => string | undefined;
  /** How often a commit that lost a race for the same patient is checked and tried again (default 50). */
  maxAttempts?: number;
}

const INCLUDES = [
  '_include=CarePlan:goal', '_include=CarePlan:activity-reference', '_include=CarePlan:care-team', '_revinclude=Consent:data',
  '_revinclude=Task:based-on', '_revinclude=Observation:based-on', '_revinclude=QuestionnaireResponse:based-on', '_revinclude=Communication:based-on',
];

export class FhirAdapter implements StorageAdapter {
  private readonly client: FhirClient;

  constructor(private readonly options: FhirAdapterOptions) {
    this.client = new FhirClient(options);
  }

  async get<K extends RecordKind>(kind: K, id: string, options?: CallOptions): Promise<RecordOf<K> | null> {
    const url = location(kind, id);
    if (kind !== 'plan') {
      const [entry] = await this.client.batch([{ method: 'GET', url }], options?.signal);
      const resource = found(entry);
      return resource ? decodeRecord(kind, resource) : null;
    }
    const fid = fhirId(id);
    const [plan, team, consent] = await this.client.batch(['CarePlan', 'CareTeam', 'Consent'].map((t) => ({ method: 'GET' as const, url: `${t}/${fid}` })), options?.signal);
    const carePlan = found(plan);
    return carePlan ? decodeRecord(kind, carePlan, { team: found(team), consent: found(consent) }) : null;
  }

  /** One search with _include/_revinclude; on a server that ignores them, the same by plain searches. */
  async loadPlan(planId: string, options?: CallOptions): Promise<PlanSnapshot | null> {
    const signal = options?.signal;
    const fid = fhirId(planId);
    const { resources, self } = await this.client.searchAll(`CarePlan?_id=${fid}&${INCLUDES.join('&')}&_count=1000`, signal);
    const carePlan = resources.find((r) => r.resourceType === 'CarePlan' && r.id === fid);
    if (!carePlan) return null;
    const honoured = self !== undefined && INCLUDES.every((p) => decodeURIComponent(self).includes(p));
    const all = honoured ? resources : [carePlan, ...(await this.searchParts(carePlan, signal))];
    const of = (type: string) => all.filter((r) => r.resourceType === type);
    const byId = (type: string) => new Map(of(type).map((r) => [r.id, r]));
    const goals = byId('Goal');
    const tasks = byId('Task');
    const inPlanOrder = (refs: (Reference | undefined)[], table: Map<string | undefined, Resource>) =>
      refs.flatMap((ref) => {
        const r = table.get(ref?.reference?.split('/')[1]);
        return r ? [r] : [];
      });
    const observations = of('Observation');
    const oldestFirst = <T extends { created: { at: string } }>(list: T[]) => list.sort((a, b) => a.created.at.localeCompare(b.created.at));
    const decode = <K extends RecordKind>(kind: K, list: Resource[]) => list.flatMap<RecordOf<K>>((r) => decodeRecord(kind, r) ?? []);
    const profile = of('QuestionnaireResponse').find((r) => r.id === fid);
    return {
      plan: decodeRecord('plan', carePlan, { team: of('CareTeam').find((r) => r.id === fid) ?? null, consent: of('Consent').find((r) => r.id === fid) ?? null })!,
      goals: decode('goal', inPlanOrder((carePlan.goal as Reference[] | undefined) ?? [], goals)),
      agreements: decode('agreement', inPlanOrder(((carePlan.activity as { reference?: Reference }[] | undefined) ?? []).map((a) => a.reference), tasks)),
      evaluations: oldestFirst<Evaluation>(decode('evaluation', observations.filter((o) => observationKind(o) === 'evaluation'))),
      profile: profile ? decodeRecord('profile', profile) : null,
      measurements: oldestFirst<MeasurementRecord>(decode('measurement', observations.filter((o) => observationKind(o) === 'measurement'))),
      diary: oldestFirst<DiaryEntry>(decode('diary', of('Communication'))),
    };
  }

  private async searchParts(carePlan: Resource, signal?: AbortSignal): Promise<Resource[]> {
    const plan = `CarePlan/${carePlan.id}`;
    const goalIds = ((carePlan.goal as Reference[] | undefined) ?? []).flatMap((g) => g.reference?.split('/')[1] ?? []);
    const searches = [
      ...(goalIds.length ? [`Goal?_id=${goalIds.join(',')}&_count=1000`] : []),
      ...['Task', 'Observation', 'QuestionnaireResponse', 'Communication'].map((t) => `${t}?based-on=${plan}&_count=1000`),
    ];
    const [parts, answers] = await Promise.all([
      Promise.all(searches.map((q) => this.client.searchAll(q, signal))),
      this.client.batch([`CareTeam/${carePlan.id}`, `Consent/${carePlan.id}`].map((url) => ({ method: 'GET' as const, url })), signal),
    ]);
    return [...parts.flatMap((p) => p.resources), ...answers.flatMap((a) => found(a) ?? [])];
  }

  async commit(change: ChangeSet, options?: CallOptions): Promise<void> {
    await commitChange(this.client, change, {
      maxAttempts: this.options.maxAttempts ?? 50,
      ...(this.options.patientReference ? { patientReference: this.options.patientReference } : {}),
    }, options?.signal);
  }

  /** The plan's Provenance and AuditEvent resources, in the order the lock numbered them. */
  async history(planId: string, options?: CallOptions): Promise<AuditRecord[]> {
    const plan = `CarePlan/${fhirId(planId)}`;
    const [changes, reads] = await Promise.all([
      this.client.searchAll(`Provenance?target=${plan}&_count=1000`, options?.signal),
      this.client.searchAll(`AuditEvent?entity=${plan}&_count=1000`, options?.signal),
    ]);
    return [...changes.resources, ...reads.resources]
      .filter((r) => r.resourceType === 'Provenance' || r.resourceType === 'AuditEvent')
      .sort((a, b) => (auditSequence(a) ?? 0) - (auditSequence(b) ?? 0))
      .map(auditFromFhir)
      .filter((r) => r.planId === planId);
  }
}
