import { IzpMeasurements } from '../elements/measurements/izp-measurements.js';

IzpMeasurements.define('izp-measurements');

declare global {
  interface HTMLElementTagNameMap {
    'izp-measurements': IzpMeasurements;
  }
}
