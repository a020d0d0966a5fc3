import { IzpEvaluation } from '../elements/evaluation/izp-evaluation.js';

IzpEvaluation.define('izp-evaluation');

declare global {
  interface HTMLElementTagNameMap {
    'izp-evaluation': IzpEvaluation;
  }
}
