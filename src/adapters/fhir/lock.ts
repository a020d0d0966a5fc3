/**
 * The commit lock: one Basic resource per patient that every commit for that patient updates with
 * If-Match. FHIR transactions are atomic and compare versions only of what they write; a change set
 * also depends on records it does not write (a goal's version when an agreement is added) and on
 * records not existing yet (expected version 0, which a PUT cannot assert). Because every commit of a
 * patient's records moves the lock, a commit whose lock version is stale is refused by the server
 * (412), re-reads and re-checks: version checks stay exact and atomic on any R4 server. The lock also
 * numbers the audit records, so the history keeps commit order where instants tie.
 *
 * It is created once by a conditional create (If-None-Exist), so two first commits cannot make two.
 */
import { StorageError } from '../../core/errors.js';
import { CodeSystems, Extensions, Identifiers, type Resource } from '../../fhir/index.js';
import { type FhirClient, unavailable } from './client.js';

export interface Lock {
  resource: Resource;
  versionId: string;
  /** The number of the last audit record written under this lock. */
  sequence: number;
}

const SYSTEM = `${Identifiers.patient}-lock`;
/** FHIR search escapes `\`, `,`, `$` and `|` in a token value with a backslash. */
const escape = (value: string) => value.replace(/[\\,$|]/g, (c) => `\\${c}`);
const query = (patientId: string) => `identifier=${encodeURIComponent(`${SYSTEM}|${escape(patientId)}`)}`;

export async function readLock(client: FhirClient, patientId: string, signal?: AbortSignal): Promise<Lock> {
  const { resources } = await client.searchAll(`Basic?${query(patientId)}`, signal);
  let resource = resources.find((r) => r.resourceType === 'Basic');
  if (!resource) {
    const fresh: Resource = {
      resourceType: 'Basic',
      identifier: [{ system: SYSTEM, value: patientId }],
      code: { coding: [{ system: CodeSystems.kind, code: 'commit-lock' }] },
      subject: { type: 'Patient', identifier: { system: Identifiers.patient, value: patientId } },
      extension: [{ url: Extensions.auditSequence, valueInteger: 0 }],
    };
    const created = await client.request('POST', 'Basic', fresh, signal, { 'If-None-Exist': query(patientId) });
    if (created.status >= 300) throw unavailable(created);
    resource = created.body?.resourceType === 'Basic' ? created.body : (await client.searchAll(`Basic?${query(patientId)}`, signal)).resources[0];
  }
  const versionId = resource?.meta?.versionId;
  if (!resource?.id || !versionId) throw new StorageError({ nl: 'De FHIR-server gaf geen versie van de vergrendeling', en: 'The FHIR server gave no version of the commit lock' });
  const sequence = resource.extension?.find((e) => e.url === Extensions.auditSequence)?.valueInteger ?? 0;
  return { resource, versionId, sequence };
}

/** The lock as the next commit leaves it: moved on by the audit records it numbers. */
export function movedLock(lock: Lock, auditCount: number): Resource {
  const { meta: _meta, ...rest } = lock.resource;
  return {
    ...rest,
    extension: [...(rest.extension ?? []).filter((e) => e.url !== Extensions.auditSequence), { url: Extensions.auditSequence, valueInteger: lock.sequence + auditCount }],
  };
}
