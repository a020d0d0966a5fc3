// <izp-modules> is a composition of the module elements: registering it registers them, through
// `IzpModules.dependencies` (in the same registry, so a scoped `<izp-modules>` gets scoped children).
// The type-only imports bring in their tag names' types.
import type {} from './izp-profile.js';
import type {} from './izp-measurements.js';
import type {} from './izp-host-data.js';
import type {} from './izp-diary.js';
import type {} from './izp-links.js';
import { IzpModules } from '../elements/modules/izp-modules.js';

IzpModules.define('izp-modules');

declare global {
  interface HTMLElementTagNameMap {
    'izp-modules': IzpModules;
  }
}
