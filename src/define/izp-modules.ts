// <izp-modules> is a composition of the module elements: registering it registers them.
import './izp-profile.js';
import './izp-measurements.js';
import './izp-host-data.js';
import './izp-diary.js';
import './izp-links.js';
import { IzpModules } from '../elements/modules/izp-modules.js';

IzpModules.define('izp-modules');

declare global {
  interface HTMLElementTagNameMap {
    'izp-modules': IzpModules;
  }
}
