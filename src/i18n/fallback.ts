/**
 * A word a dictionary lacks is read from the next one: a language's own dictionary, then its base
 * language's (`nl-x-practice` on `nl`), then Dutch, the order in which the words of on-demand elements
 * fill a dictionary too. A vendor's translation written for an earlier version lacks the words added since
 * (`tryAgain`, `evaluationUnavailable`): read from the next dictionary, an alert never shows empty and a
 * button never goes without a name. Read at every access, never copied in, so words that arrive later for
 * the language itself (on-demand chunks, the vendor registering again) take their place at once.
 */
export type Words = Record<string, unknown>;

/**
 * Whether `value` (there) can stand for a word whose next reading is `next`: of the same kind (a string for
 * a string, a function for a message that takes values, a record for a record) and not an empty string
 * where the next has words; anything, when there is no next reading.
 */
function usable(value: unknown, next: unknown): boolean {
  if (next === undefined || next === null) return true;
  return typeof value === typeof next && (value !== '' || next === '');
}

function isRecord(value: unknown): value is Words {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The word `key` of the first dictionary in `chain` that has it usable; a record is completed entry by
 * entry from the records after it. Read on every access of every word, so no allocation for the rest.
 */
export function wordFrom(chain: readonly Words[], key: string): unknown {
  const at = firstUsable(chain.length, (i) => chain[i]![key]);
  if (at < 0) return undefined;
  const value = chain[at]![key];
  if (!isRecord(value)) return value;
  const records = chain.slice(at).map((words) => words[key]).filter(isRecord);
  if (records.length < 2) return value;
  let byKey = cache.get(chain[0]!);
  if (!byKey) cache.set(chain[0]!, (byKey = new Map<string, Completed>()));
  const hit = byKey.get(key);
  if (hit && hit.from.length === records.length && hit.from.every((r, i) => r === records[i])) return hit.merged;
  const merged = completed(records);
  byKey.set(key, { from: records, merged });
  return merged;
}

/** The index of the first of `count` values (`valueAt`, best first) that is usable against the next one there. */
function firstUsable(count: number, valueAt: (i: number) => unknown): number {
  for (let i = 0; i < count; i++) {
    const value = valueAt(i);
    if (value === undefined || value === null) continue;
    let next: unknown;
    for (let j = i + 1; j < count && (next === undefined || next === null); j++) next = valueAt(j);
    if (usable(value, next)) return i;
  }
  return -1;
}

/** The first record with every entry it lacks (or has unusable) from the records after it, nested records too. */
function completed(records: Words[]): Words {
  const merged: Words = {};
  for (const entry of new Set(records.flatMap((r) => Object.keys(r)))) {
    const at = firstUsable(records.length, (i) => records[i]![entry]);
    if (at < 0) continue;
    const value = records[at]![entry];
    const nested = records.slice(at).map((r) => r[entry]).filter(isRecord);
    merged[entry] = isRecord(value) && nested.length > 1 ? completed(nested) : value;
  }
  return merged;
}

/** A completed record, kept while the records it was made of are the same objects (a render reads it often). */
type Completed = { from: Words[]; merged: Words };
const cache = new WeakMap<Words, Map<string, Completed>>();
