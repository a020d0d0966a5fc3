/**
 * What every mapped record carries: the IZP id (identifier), the IZP version and the created/updated
 * stamps (extensions). On the way back a `Reader` collects what a Bundle from another system lacks and
 * what was filled in for it, for the import report.
 */
import type { Person, Stamp } from '../core/model.js';
import { Extensions } from './constants.js';
import { ext, extInteger } from './ext.js';
import { fhirId } from './ids.js';
import { stampExt, stampFrom } from './people.js';
import type { Extension, Identifier, Resource } from './types.js';

export interface Recorded {
  id: string;
  version: number;
  created: Stamp;
  updated: Stamp;
}

/** Who the mapped resources belong to; Goal, Task and Observation name the patient, the model does not. */
export interface MapContext {
  patientId: string;
  patientName?: string;
  /** A literal reference to the host's Patient resource, e.g. `Patient/123`; else only the identifier. */
  patientReference?: string;
}

/** QuestionnaireResponse has one identifier, the others a list. */
const SINGLE_IDENTIFIER = new Set(['QuestionnaireResponse']);

export function envelope(resourceType: string, system: string, record: Recorded): { resourceType: string; id: string; identifier: Identifier[] | Identifier; extension: Extension[] } {
  const identifier = { system, value: record.id };
  return {
    resourceType,
    id: fhirId(record.id),
    identifier: SINGLE_IDENTIFIER.has(resourceType) ? identifier : [identifier],
    extension: [
      ...ext(Extensions.recordVersion, { valueInteger: record.version }),
      ...stampExt(Extensions.created, record.created),
      ...stampExt(Extensions.updated, record.updated),
    ],
  };
}

/** Something the import left out or filled in; `field` is the FHIR element. */
export interface ImportNote {
  resource: string;
  field?: string;
  message: string;
}

export class Reader {
  readonly notes: ImportNote[] = [];

  constructor(readonly fallback: { at: string; by: Person }) {}

  note(resource: Resource, field: string | undefined, message: string): void {
    this.notes.push({ resource: label(resource), ...(field ? { field } : {}), message });
  }

  /** The IZP id: from the identifier of `system`, else the FHIR id. */
  id(resource: Resource, system: string): string {
    const list = resource.identifier === undefined ? [] : ([] as Identifier[]).concat(resource.identifier as Identifier);
    const ident = list.find((i) => i.system === system)?.value;
    if (ident !== undefined) return ident;
    if (resource.id) this.note(resource, 'identifier', 'no IZP identifier; the FHIR id is used');
    return resource.id as string;
  }

  version(resource: Resource): number {
    const v = extInteger(resource, Extensions.recordVersion);
    if (v !== undefined) return v;
    this.note(resource, 'extension', 'no IZP record version; started at 1');
    return 1;
  }

  stamp(resource: Resource, holder: { extension?: Extension[] } | undefined, url: string, name: string): Stamp {
    const s = stampFrom(holder, url);
    if (s) return s;
    this.note(resource, 'extension', `no "${name}" stamp; set to the import`);
    return { ...this.fallback, by: { ...this.fallback.by } };
  }

  recorded(resource: Resource, system: string): Recorded {
    return {
      id: this.id(resource, system),
      version: this.version(resource),
      created: this.stamp(resource, resource, Extensions.created, 'created'),
      updated: this.stamp(resource, resource, Extensions.updated, 'updated'),
    };
  }
}

export const label = (r: Resource) => `${r.resourceType}/${r.id ?? '?'}`;

/** Sets optional fields only when present, so a decoded record has no `key: undefined` to compare. */
export function defined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
