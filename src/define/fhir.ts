/**
 * Registers the FHIR export and import elements. `<izp-plan>` loads this on demand (a separate chunk), so
 * the FHIR mapping is not part of what a page loads first; a host with its own layout imports it itself.
 */
import './izp-fhir-export.js';
import './izp-fhir-import.js';
