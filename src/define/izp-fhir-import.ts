import { IzpFhirImport } from '../elements/fhir-transfer/izp-fhir-import.js';

IzpFhirImport.define('izp-fhir-import');

declare global {
  interface HTMLElementTagNameMap {
    'izp-fhir-import': IzpFhirImport;
  }
}
