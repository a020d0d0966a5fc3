import { IzpConsultation } from '../elements/consultation/izp-consultation.js';

IzpConsultation.define('izp-consultation');

declare global {
  interface HTMLElementTagNameMap {
    'izp-consultation': IzpConsultation;
  }
}
