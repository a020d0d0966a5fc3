/**
 * The sections of `<izp-modules>` that are lists of records rather than parts of the profile: the
 * measured values with a trend chart per measure and the target line, the patient's diary, and the
 * medication and diagnoses the host system supplies (shown, never retyped).
 */
import { html, nothing } from 'lit';
import type { DiaryEntry, PlanSnapshot } from '../../core/index.js';
import { heading } from '../shared/render.js';
import { field } from '../shared/fields.js';
import { renderTrendChart, targetText, valueText } from './modules-chart.js';
import { excerpt, type DiagnosisItem, type MedicationItem, type Series } from './modules-data.js';
import type { IzpModules } from './izp-modules.js';

/** "HbA1c 56 mmol/mol · Gewicht 128 kg": the latest value of each measure. */
export function measurementsHint(host: IzpModules, series: Series[]): string {
  const l = host.ctx!.l;
  const latest = series.filter((s) => s.points.length).map((s) => `${s.measure} ${valueText(l, s.points[s.points.length - 1]!.value, s.unit)}`);
  return latest.length ? excerpt(latest.join(' · '), 70) : l.t.modEmpty;
}

export function renderMeasurements(host: IzpModules, snapshot: PlanSnapshot, series: Series[]) {
  const l = host.ctx!.l;
  const { t } = l;
  return html`
    ${series.length === 0 ? html`<p class="help">${t.modNoMeasurements}</p>` : nothing}
    ${series.map((s, i) => {
      const last = s.points[s.points.length - 1];
      return html`<div class="measure" part="measure">
        ${heading(host.headingLevel + 1, `measure-${i}`, s.measure, 'measure-title', false)}
        <p>
          ${last ? t.modLatest(valueText(l, last.value, s.unit), l.date(last.date)) : t.modNoMeasurements}
          ${s.target ? html`<br />${(host.plain ? t.modTargetPlain : t.modTarget)(targetText(l, s))}` : nothing}
        </p>
        ${renderTrendChart(l, s, host.plain)}
      </div>`;
    })}
    ${host.forms.canAddMeasurement(snapshot) ? renderAddMeasurement(host) : nothing}`;
}

function renderAddMeasurement(host: IzpModules) {
  const { t } = host.ctx!.l;
  const forms = host.forms;
  const save = forms.save('measurement');
  const open = forms.adding.has('measurement');
  const err = (path: string) => forms.fieldError('measurement', path);
  const f = 'mod-measurement';
  return html`
    <button type="button" data-add="measurement" aria-expanded=${open ? 'true' : 'false'} aria-controls="add-measurement"
      @click=${() => forms.toggleAdding('measurement', !open)}>${t.modAddMeasurement}</button>
    <form id="add-measurement" part="add-measurement" class="panel" ?hidden=${!open} aria-label=${t.modAddMeasurement} novalidate
      @submit=${(e: SubmitEvent) => forms.submitMeasurement(e)}>
      ${field({ form: f, name: 'measure', label: t.modMeasure, required: true, error: err('measure') })}
      <div class="row">
        ${field({ form: f, name: 'value', label: t.modValue, type: 'number', step: 'any', required: true, error: err('value') })}
        ${field({ form: f, name: 'unit', label: t.modUnit, maxlength: 40, error: err('unit') })}
      </div>
      ${field({ form: f, name: 'date', label: t.modDate, type: 'date', help: t.modDateHelp, error: err('date') })}
      ${save.renderStatus()}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${save.saving}>${save.saving ? t.saving : t.modAddMeasurement}</button>
        <button type="button" @click=${() => forms.toggleAdding('measurement', false)}>${t.cancel}</button>
      </div>
    </form>`;
}

/** Newest first; the patient writes, the team reads. */
export function sortedDiary(snapshot: PlanSnapshot): DiaryEntry[] {
  return [...snapshot.diary].sort((a, b) => b.date.localeCompare(a.date) || b.created.at.localeCompare(a.created.at));
}

export function diaryHint(host: IzpModules, entries: DiaryEntry[]): string {
  const l = host.ctx!.l;
  return entries.length ? l.t.modDiaryCount(entries.length, l.date(entries[0]!.date)) : l.t.modEmpty;
}

export function renderDiary(host: IzpModules, snapshot: PlanSnapshot, entries: DiaryEntry[]) {
  const l = host.ctx!.l;
  const { t } = l;
  const canWrite = host.forms.canWriteDiary(snapshot);
  return html`
    <p class="help">${canWrite ? t.modDiaryShared : t.modDiaryTeam}</p>
    ${canWrite ? renderAddDiary(host) : nothing}
    ${entries.length === 0 ? html`<p>${t.modDiaryEmpty}</p>` : html`<ol class="diary" part="diary">
      ${entries.map((e) => html`<li>
        <p class="meta"><time datetime=${e.date}>${l.date(e.date)}</time>, ${e.by.name}</p>
        <p class="text">${e.text}</p>
      </li>`)}
    </ol>`}`;
}

function renderAddDiary(host: IzpModules) {
  const { t } = host.ctx!.l;
  const forms = host.forms;
  const save = forms.save('diary');
  const err = (path: string) => forms.fieldError('diary', path);
  return html`<form class="panel" part="add-diary" aria-label=${t.modDiaryAdd} novalidate
      @submit=${(e: SubmitEvent) => forms.submitDiary(e)}>
    ${field({ form: 'mod-diary', name: 'text', label: t.modDiaryText, type: 'textarea', required: true, error: err('text') })}
    ${field({ form: 'mod-diary', name: 'date', label: t.modDate, type: 'date', help: t.modDateHelp, error: err('date') })}
    ${save.renderStatus()}
    <div class="actions">
      <button type="submit" class="primary" ?disabled=${save.saving}>${save.saving ? t.saving : t.modDiaryAdd}</button>
    </div>
  </form>`;
}

/** `2026-03-01` as a date in words; anything else as the host wrote it. */
function since(host: IzpModules, value: string | undefined) {
  if (!value) return '';
  const l = host.ctx!.l;
  return `, ${l.t.modSince(/^\d{4}-\d{2}-\d{2}$/.test(value) ? l.date(value) : value)}`;
}

export function renderHostList(host: IzpModules, kind: 'medication' | 'diagnoses', items: readonly (MedicationItem | DiagnosisItem)[]) {
  const { t } = host.ctx!.l;
  return html`
    <ul class="host-list" part=${kind}>
      ${items.map((item) => {
        // The patient's own view names the diagnosis, not its ICPC code.
        const detail = kind === 'medication' ? (item as MedicationItem).dose : host.plain ? undefined : (item as DiagnosisItem).code;
        return html`<li><span class="name">${item.name}</span>${detail ? (kind === 'medication' ? ` — ${detail}` : ` (${detail})`) : ''}${since(host, item.since)}</li>`;
      })}
    </ul>
    <p class="help">${t.modHostNote}</p>`;
}
