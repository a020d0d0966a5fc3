/**
 * What changed since the last evaluation, in plain words, from the audit trail: who, when, what, and for
 * an update which fields (with the old and new value where that is short). Every value is the user's
 * text and is rendered as text.
 */
import { html, nothing } from 'lit';
import type { AuditRecord, PlanSnapshot } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';

type Rec = Record<string, unknown>;

const DATES = ['evaluationDate', 'nextEvaluationDate', 'start', 'end'] as const;
const TEXTS = ['description', 'frequency', 'support', 'note', 'evaluationSchedule', 'title'] as const;
const OTHERS = ['performer', 'targets', 'priority', 'domain', 'caseManager', 'careTeam', 'goalId', 'access'] as const;

/** The name of the changed item: its description, the plan's title, or what an evaluation was about. */
function subject(l: Localizer, record: AuditRecord, snapshot: PlanSnapshot | null): string {
  const rec = (record.after ?? record.before ?? {}) as Rec;
  if (record.target.kind === 'evaluation') {
    const target = rec.target as { kind?: string; id?: string } | undefined;
    const item = target?.kind === 'goal' ? snapshot?.goals.find((g) => g.id === target.id)
      : target?.kind === 'agreement' ? snapshot?.agreements.find((a) => a.id === target.id) : undefined;
    const outcome = l.t.evaluationOutcomes[rec.outcome as 'adjust'] ?? '';
    return `${item?.description ?? l.t.planTitle}${outcome ? ` (${outcome})` : ''}`;
  }
  if (record.target.kind === 'measurement' && typeof rec.value === 'number') {
    return [rec.measure, l.number(rec.value), rec.unit].filter((v) => typeof v === 'string' && v).join(' ');
  }
  if (record.action === 'access.grant' || record.action === 'access.revoke') return '';
  if (record.target.kind === 'plan') return typeof rec.title === 'string' ? rec.title : l.t.planTitle;
  if (typeof rec.text === 'string') return rec.text;
  return typeof rec.description === 'string' ? rec.description : '';
}

/** What counts as a change: reads (a print, a refused look) do not. */
export function isChange(record: AuditRecord): boolean {
  return record.action !== 'plan.print' && record.action !== 'access.denied';
}

function label(l: Localizer, key: string): string {
  const { t } = l;
  const labels: Record<string, string> = {
    evaluationDate: t.evaluationDate, nextEvaluationDate: t.nextEvaluation, start: t.start, end: t.end, status: t.status,
    description: t.descriptionLabel, frequency: t.frequency, support: t.support, note: t.note, evaluationSchedule: t.evaluationSchedule,
    title: t.planTitle, performer: t.performer, targets: t.target, priority: t.priority, domain: t.domain, caseManager: t.caseManager,
    careTeam: t.careTeam, goalId: t.goal, access: t.accessLabel,
  };
  return labels[key] ?? key;
}

function statusWord(l: Localizer, kind: AuditRecord['target']['kind'], value: unknown): string {
  const { t } = l;
  const map = (kind === 'plan' ? t.planStatus : kind === 'goal' ? t.goalStatus : t.agreementStatus) as Record<string, string>;
  return typeof value === 'string' ? (map[value] ?? value) : '—';
}

/** "Hoe vaak: Elke dag → Eén keer per week", one entry per changed field. */
export function changedFields(l: Localizer, record: AuditRecord): string[] {
  if (!record.before || !record.after || !['plan', 'goal', 'agreement'].includes(record.target.kind)) return [];
  const before = record.before as Rec;
  const after = record.after as Rec;
  const differs = (key: string) => JSON.stringify(before[key]) !== JSON.stringify(after[key]);
  const text = (v: unknown) => (typeof v === 'string' && v ? `“${v}”` : '—');
  const out: string[] = [];
  if (differs('status')) out.push(`${label(l, 'status')}: ${statusWord(l, record.target.kind, before.status)} → ${statusWord(l, record.target.kind, after.status)}`);
  for (const key of DATES) if (differs(key)) out.push(`${label(l, key)}: ${l.date(before[key] as string) || '—'} → ${l.date(after[key] as string) || '—'}`);
  for (const key of TEXTS) if (differs(key)) out.push(key === 'description' ? `${label(l, key)} (${l.t.previously}: ${text(before[key])})` : `${label(l, key)}: ${text(before[key])} → ${text(after[key])}`);
  for (const key of OTHERS) if (differs(key)) out.push(label(l, key));
  return out;
}

/** One change as a list item: when, who (on whose behalf), what, which fields, and why. */
export function renderChange(l: Localizer, record: AuditRecord, snapshot: PlanSnapshot | null) {
  const { t } = l;
  const who = record.onBehalfOf ? `${record.user.name} (${t.onBehalfOf(record.onBehalfOf.name)})` : record.user.name;
  const what = subject(l, record, snapshot);
  const fields = changedFields(l, record);
  return html`<li class="change">
    <span class="when">${l.dateTime(record.at)}</span>
    <span class="what">${who} ${t.changeActions[record.action]}${what ? html`: <span class="text">${what}</span>` : nothing}</span>
    ${fields.length ? html`<span class="fields">${t.changedFieldsLabel}: ${fields.join('; ')}</span>` : nothing}
    ${record.reason ? html`<span class="fields">${t.changeReason}: <span class="text">${record.reason}</span></span>` : nothing}
  </li>`;
}
