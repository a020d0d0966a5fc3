/**
 * `izp-sdk/adapters/fhir`: keep the IZP in any FHIR R4 server.
 *
 *   import { FhirAdapter } from 'izp-sdk/adapters/fhir';
 *   const adapter = new FhirAdapter({ baseUrl: 'https://fhir.example.org/r4', auth: async () => ({ Authorization: `Bearer ${await token()}` }) });
 */
export { FhirAdapter, type FhirAdapterOptions } from './adapter.js';
export type { FhirClientOptions } from './client.js';
