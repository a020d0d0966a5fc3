import { IzpLinks } from '../elements/links/izp-links.js';

IzpLinks.define('izp-links');

declare global {
  interface HTMLElementTagNameMap {
    'izp-links': IzpLinks;
  }
}
