/**
 * The history as plain data for `<izp-history>`: which records a filter keeps, what each record is about,
 * and which fields changed between before and after, with every value as readable text (dates written
 * out, statuses and codes in words, people by name). No DOM: every value returned is a string that the
 * element renders through Lit bindings, so user text is always text.
 */
import { fieldLabel, type AuditRecord, type Person, type PlanSnapshot, type Target } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';
import { performerText } from '../shared/render.js';
import { targetWords } from '../overview/overview-text.js';

/** The filter: everything (`''`), the plan's own records (`plan`), or one goal or agreement by id. */
export type HistoryFilter = string;

/**
 * Bookkeeping the entry itself already says (who, when, which version) or that means nothing to a
 * reader (ids). `changeReason` is shown as the entry's reason instead of as a field.
 */
const SKIPPED = new Set(['id', 'version', 'planId', 'patientId', 'created', 'updated', 'accorded', 'closed', 'changeReason']);
/** Fields for the care team only: never shown in the patient's own view. */
const PROFESSIONAL_ONLY = new Set(['professionalNote']);

/** Which kind of item a filter value names in this plan. */
export function filterKind(snapshot: PlanSnapshot, filter: HistoryFilter): 'all' | 'plan' | 'goal' | 'agreement' {
  if (!filter) return 'all';
  if (filter === 'plan' || filter === snapshot.plan.id) return 'plan';
  if (snapshot.goals.some((g) => g.id === filter)) return 'goal';
  if (snapshot.agreements.some((a) => a.id === filter)) return 'agreement';
  return 'all';
}

/**
 * The goal or agreement a record is about; an evaluation is about what it evaluated. Records of the plan
 * itself, and of anything else tied to no goal or agreement (a print, plan-wide modules), are the plan's.
 */
export function subjectOf(record: AuditRecord): { kind: 'plan' | 'goal' | 'agreement'; id: string } {
  const kind: string = record.target.kind;
  if (kind === 'plan' || kind === 'goal' || kind === 'agreement') return { kind, id: record.target.id };
  const data = record.after ?? record.before;
  const target = data?.['target'] as { kind?: unknown; id?: unknown } | undefined;
  if ((target?.kind === 'goal' || target?.kind === 'agreement' || target?.kind === 'plan') && typeof target.id === 'string') {
    return { kind: target.kind, id: target.id };
  }
  if (typeof data?.['agreementId'] === 'string') return { kind: 'agreement', id: data['agreementId'] };
  if (typeof data?.['goalId'] === 'string') return { kind: 'goal', id: data['goalId'] };
  return { kind: 'plan', id: record.planId };
}

/**
 * The records a filter keeps, in the order given. A goal keeps its own records and those of every
 * agreement that belongs (or belonged) to it, so that the goal's whole story reads in one list.
 */
export function filterRecords(records: readonly AuditRecord[], snapshot: PlanSnapshot, filter: HistoryFilter): AuditRecord[] {
  const kind = filterKind(snapshot, filter);
  if (kind === 'all') return [...records];
  if (kind === 'plan') return records.filter((r) => subjectOf(r).kind === 'plan');
  if (kind === 'agreement') return records.filter((r) => subjectOf(r).id === filter);
  const ids = new Set([filter]);
  for (const a of snapshot.agreements) if (a.goalId === filter) ids.add(a.id);
  for (const r of records) {
    if (r.target.kind !== 'agreement') continue;
    if (r.before?.['goalId'] === filter || r.after?.['goalId'] === filter) ids.add(r.target.id);
  }
  return records.filter((r) => ids.has(subjectOf(r).id));
}

/** The description of the goal or agreement a record is about, as it is now; undefined for the plan. */
export function subjectText(record: AuditRecord, snapshot: PlanSnapshot): string | undefined {
  const subject = subjectOf(record);
  if (subject.kind === 'plan') return undefined;
  const items: readonly { id: string; description: string }[] = subject.kind === 'goal' ? snapshot.goals : snapshot.agreements;
  const current = items.find((i) => i.id === subject.id)?.description;
  if (current) return current;
  // An item no longer in the plan: its description as the record knew it.
  const own = (record.after ?? record.before)?.['description'];
  return (record.target.kind === 'goal' || record.target.kind === 'agreement') && typeof own === 'string' ? own : undefined;
}

/** Why this change was made: the reason given with it, or the agreement's own reason for this version. */
export function reasonOf(record: AuditRecord): string | undefined {
  if (record.reason) return record.reason;
  const after = record.after?.['changeReason'];
  return typeof after === 'string' && after !== record.before?.['changeReason'] ? after : undefined;
}

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/**
 * The fields whose value differs between before and after, in the record's own field order, each as
 * text. For a record that was created (no before) every field that has a value, with `before` empty.
 * A field that only repeats the entry's reason (a plan's `closeReason`) is left out, and so are fields
 * for the care team only (`professionalNote`) in the patient's view.
 */
export function changedFields(record: AuditRecord, snapshot: PlanSnapshot, l: Localizer, view: 'professional' | 'patient' = 'professional'): FieldChange[] {
  const { before, after } = record;
  if (!before && !after) return [];
  const reason = reasonOf(record);
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  const out: FieldChange[] = [];
  for (const field of keys) {
    if (SKIPPED.has(field) || (view === 'patient' && PROFESSIONAL_ONLY.has(field))) continue;
    if (record.target.kind === 'evaluation' && field === 'target') continue; // the entry names it
    const was = before?.[field];
    const now = after?.[field];
    if (isEmpty(was) && isEmpty(now)) continue;
    if (before && same(was, now)) continue;
    if (reason && (now === reason) && isEmpty(was)) continue;
    out.push({
      field,
      label: fieldName(field, l, view),
      before: isEmpty(was) ? '' : valueText(field, was, record, snapshot, l),
      after: isEmpty(now) ? '' : valueText(field, now, record, snapshot, l),
    });
  }
  return out;
}

/** The patient reads their own words for the plan's professional fields. */
const PLAIN_FIELDS = { caseManager: 'contactPerson', conditions: 'planAbout', careTeam: 'careTeamPlain' } as const;

/** A field's label in the user's language: the dictionary's, else the core's validation label. */
export function fieldName(field: string, l: Localizer, view: 'professional' | 'patient' = 'professional'): string {
  const plain = view === 'patient' ? PLAIN_FIELDS[field as keyof typeof PLAIN_FIELDS] : undefined;
  const own = plain ? l.t[plain] : l.t.historyFields[field];
  if (own) return own;
  const label = fieldLabel(field, l.t.errors);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** "Sanne de Wit, Praktijkondersteuner (POH)"; a person without a role is just their name. */
export function personText(person: Partial<Person> | undefined, l: Localizer): string {
  if (!person?.name) return '';
  const role = person.role ? l.t.roles[person.role] : undefined;
  return role ? l.t.personWithRole(person.name, role) : person.name;
}

/** One value as readable text; JSON only for a shape nothing here knows. */
export function valueText(field: string, value: unknown, record: AuditRecord, snapshot: PlanSnapshot, l: Localizer): string {
  const { t } = l;
  const kind = record.target.kind;
  const word = (dict: Record<string, string>, key: unknown) => (typeof key === 'string' && dict[key]) || String(key);
  switch (field) {
    case 'start': case 'end': case 'evaluationDate': case 'nextEvaluationDate': case 'date': case 'due':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? l.date(value) : String(value);
    case 'status':
      return word(kind === 'plan' ? t.planStatus : kind === 'goal' ? t.goalStatus : t.agreementStatus, value);
    case 'domain': return word(t.domains, value);
    case 'priority': return word(t.priorities, value);
    case 'expressedBy': return word(t.expressedByOptions, value);
    case 'achievement': return word(t.historyAchievement, value);
    case 'outcome': return word(kind === 'evaluation' ? t.historyEvaluationOutcomes : t.goalOutcomes, value);
    case 'closedWith': return word(t.historyClosedWith, value);
    case 'performer': return isObject(value) && typeof value['kind'] === 'string' ? performerText(l, value as never) : fallback(value, l);
    case 'caseManager': case 'by': return isObject(value) ? personText(value, l) : fallback(value, l);
    case 'careTeam':
      return Array.isArray(value) ? value.map((m) => (isObject(m) ? personText(m as Partial<Person>, l) : fallback(m, l))).join('; ') : fallback(value, l);
    case 'targets':
      return Array.isArray(value) ? value.map((v) => (isObject(v) && typeof v['measure'] === 'string' ? targetWords(v as Target, l) : fallback(v, l))).join('; ') : fallback(value, l);
    case 'measurements':
      return Array.isArray(value) ? value.map((m) => measurementText(m, l)).join('; ') : fallback(value, l);
    case 'goalId': {
      const goal = snapshot.goals.find((g) => g.id === value);
      return goal ? goal.description : String(value);
    }
    case 'target': {
      if (!isObject(value)) return fallback(value, l);
      const item = [...snapshot.goals, ...snapshot.agreements].find((i) => i.id === value['id']);
      return item ? item.description : value['kind'] === 'plan' ? t.historyThePlan : fallback(value, l);
    }
    case 'access':
      return Array.isArray(value) ? value.map((g) => accessText(g, l)).join('; ') : fallback(value, l);
    default:
      return fallback(value, l);
  }
}

function measurementText(m: unknown, l: Localizer): string {
  if (!isObject(m) || typeof m['measure'] !== 'string' || typeof m['value'] !== 'number') return fallback(m, l);
  const date = typeof m['date'] === 'string' ? ` (${l.date(m['date'])})` : '';
  return `${m['measure']} ${l.number(m['value'])}${typeof m['unit'] === 'string' && m['unit'] ? ` ${m['unit']}` : ''}${date}`;
}

function accessText(grant: unknown, l: Localizer): string {
  if (!isObject(grant) || !isObject(grant['actor'])) return fallback(grant, l);
  const who = personText(grant['actor'], l);
  const permission = typeof grant['permission'] === 'string' ? l.t.historyPermissions[grant['permission']] ?? grant['permission'] : '';
  return permission ? `${who}: ${permission}` : who;
}

/**
 * Plain values as they are; a list item by item; an object as "label: value" pairs; JSON only as the
 * last resort (still rendered as text).
 */
function fallback(value: unknown, l: Localizer): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return l.number(value);
  if (typeof value === 'boolean') return value ? l.t.historyYes : l.t.historyNo;
  if (Array.isArray(value)) {
    const plain = value.every((v) => typeof v === 'string' || typeof v === 'number');
    return value.map((v) => fallback(v, l)).join(plain ? ', ' : '; ');
  }
  if (isObject(value)) {
    if (typeof value['name'] === 'string') return personText(value, l);
    return Object.entries(value)
      .filter(([k, v]) => !SKIPPED.has(k) && !isEmpty(v))
      .map(([k, v]) => `${fieldName(k, l)}: ${fallback(v, l)}`)
      .join(', ');
  }
  return JSON.stringify(value) ?? String(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Deep equality of JSON-like values, key order ignored. */
function same(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b);
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stable(value[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}
