import { IzpAgreement } from '../elements/agreement/izp-agreement.js';

IzpAgreement.define('izp-agreement');

declare global {
  interface HTMLElementTagNameMap {
    'izp-agreement': IzpAgreement;
  }
}
