import { IzpHostData } from '../elements/host-data/izp-host-data.js';

IzpHostData.define('izp-host-data');

declare global {
  interface HTMLElementTagNameMap {
    'izp-host-data': IzpHostData;
  }
}
