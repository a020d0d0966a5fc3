import { IzpOverview } from '../elements/overview/izp-overview.js';

IzpOverview.define('izp-overview');

declare global {
  interface HTMLElementTagNameMap {
    'izp-overview': IzpOverview;
  }
}
