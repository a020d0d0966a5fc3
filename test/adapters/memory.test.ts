import { MemoryAdapter } from '../../src/core/index.js';
import { describeAdapterConformance } from '../../src/testing/index.js';

describeAdapterConformance('MemoryAdapter', () => new MemoryAdapter());
