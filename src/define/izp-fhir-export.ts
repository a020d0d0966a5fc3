import { IzpFhirExport } from '../elements/fhir-transfer/izp-fhir-export.js';

IzpFhirExport.define('izp-fhir-export');

declare global {
  interface HTMLElementTagNameMap {
    'izp-fhir-export': IzpFhirExport;
  }
}
