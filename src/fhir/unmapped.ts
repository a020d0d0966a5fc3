/**
 * What of a resource the mapping did not read: its top-level elements and extensions that do not come
 * back when the decoded record is mapped again. Cheap, and it never goes stale as the mapping grows.
 */
import type { ImportNote } from './record.js';
import { label } from './record.js';
import type { Resource } from './types.js';

/** Elements a server or author sets that carry no care information of the plan. */
const IGNORED = new Set(['resourceType', 'id', 'meta', 'text', 'implicitRules', 'language']);

export function unmappedParts(original: Resource, again: Resource | undefined): ImportNote[] {
  if (!again) return [];
  const notes: ImportNote[] = [];
  const resource = label(original);
  for (const key of Object.keys(original)) {
    if (IGNORED.has(key) || key === 'extension') continue;
    if (!(key in again)) notes.push({ resource, field: key, message: 'element not mapped' });
  }
  const known = new Set((again.extension ?? []).map((e) => e.url));
  for (const e of original.extension ?? []) {
    if (!known.has(e.url)) notes.push({ resource, field: `extension(${e.url})`, message: 'extension not mapped' });
  }
  return notes;
}
