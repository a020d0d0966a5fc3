import { IzpProfile } from '../elements/profile/izp-profile.js';

IzpProfile.define('izp-profile');

declare global {
  interface HTMLElementTagNameMap {
    'izp-profile': IzpProfile;
  }
}
