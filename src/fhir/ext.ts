/** Reading and writing extensions and codings, so each resource mapping reads as a list of fields. */
import type { CodeableConcept, Coding, Extension, Resource } from './types.js';

type Holder = { extension?: Extension[] };
type Value = Omit<Extension, 'url' | 'extension'>;

/** An extension with one value, or nothing when the value is absent. */
export function ext(url: string, value: Value | undefined): Extension[] {
  if (!value) return [];
  const [key, v] = Object.entries(value)[0] ?? [];
  return key && v !== undefined ? [{ url, ...value }] : [];
}

export function complex(url: string, parts: Extension[]): Extension[] {
  return parts.length ? [{ url, extension: parts }] : [];
}

export function findExt(holder: Holder | undefined, url: string): Extension | undefined {
  return holder?.extension?.find((e) => e.url === url);
}

export const extString = (h: Holder | undefined, url: string) => findExt(h, url)?.valueString;
export const extDate = (h: Holder | undefined, url: string) => findExt(h, url)?.valueDate;
export const extCode = (h: Holder | undefined, url: string) => findExt(h, url)?.valueCode;
export const extInteger = (h: Holder | undefined, url: string) => findExt(h, url)?.valueInteger;

/** `T` after `clean`: a field that may be undefined becomes optional (absent, never present as undefined). */
export type Cleaned<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops empty arrays and undefined fields, so a resource carries no `"note": []` (FHIR forbids empties). */
export function clean<T extends object>(resource: T): Cleaned<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resource)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as Cleaned<T>;
}

export function concept(system: string, code: string, display?: string): CodeableConcept {
  return { coding: [display ? { system, code, display } : { system, code }] };
}

/** The code of the first coding from `system`, among a concept or a list of them. */
export function codeFrom(value: CodeableConcept | CodeableConcept[] | undefined, system: string): string | undefined {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  for (const c of list) {
    const hit = c.coding?.find((x: Coding) => x.system === system);
    if (hit?.code) return hit.code;
  }
  return undefined;
}

export function asArray<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export const isResource = (value: unknown): value is Resource =>
  typeof value === 'object' && value !== null && typeof (value as Resource).resourceType === 'string';
