import { IzpDiary } from '../elements/diary/izp-diary.js';

IzpDiary.define('izp-diary');

declare global {
  interface HTMLElementTagNameMap {
    'izp-diary': IzpDiary;
  }
}
