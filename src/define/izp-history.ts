import { IzpHistory } from '../elements/history/izp-history.js';

IzpHistory.define('izp-history');

declare global {
  interface HTMLElementTagNameMap {
    'izp-history': IzpHistory;
  }
}
