import { IzpGoal } from '../elements/goal/izp-goal.js';

IzpGoal.define('izp-goal');

declare global {
  interface HTMLElementTagNameMap {
    'izp-goal': IzpGoal;
  }
}
