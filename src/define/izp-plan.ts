import { IzpPlan } from '../elements/plan/izp-plan.js';

IzpPlan.define('izp-plan');

declare global {
  interface HTMLElementTagNameMap {
    'izp-plan': IzpPlan;
  }
}
