// What the Node tests of the FHIR adapter need from the TypeScript sources, in one module for esbuild.
export { FhirAdapter } from '../../src/adapters/fhir/index.js';
export { describeAdapterConformance } from '../../src/testing/index.js';
export { createIzp, MemoryAdapter } from '../../src/core/index.js';
export { toFhirBundle } from '../../src/fhir/index.js';
export { seedExamplePlans } from '../../stories/fixtures/example-plans.js';
export { canonical } from './entry-examples.js';
export { describeIzpConformance } from '../../src/testing/index.js';
