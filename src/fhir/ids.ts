/**
 * Logical ids. An IZP id is kept whole in `identifier` (lossless); the FHIR id is the same text when
 * FHIR allows it (`[A-Za-z0-9\-.]{1,64}`, as the core's UUIDs are), else a stable hash of it, so the
 * same record always lands on the same resource.
 */
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export function fhirId(id: string): string {
  return FHIR_ID.test(id) ? id : `h-${hash(id, 1)}${hash(id, 2)}`;
}

/** cyrb53: a fast, well-mixed 53-bit string hash; two seeds give 106 bits, ample for ids. */
function hash(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}
