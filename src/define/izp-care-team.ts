import { IzpCareTeam } from '../elements/care-team/izp-care-team.js';

IzpCareTeam.define('izp-care-team');

declare global {
  interface HTMLElementTagNameMap {
    'izp-care-team': IzpCareTeam;
  }
}
