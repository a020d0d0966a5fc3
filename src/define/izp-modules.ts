import { IzpModules } from '../elements/modules/izp-modules.js';

IzpModules.define('izp-modules');

declare global {
  interface HTMLElementTagNameMap {
    'izp-modules': IzpModules;
  }
}
