/**
 * What `<izp-modules>` shows, derived from the plan: which sections have content, the measured values
 * per measure (home and lab measurements plus those taken at evaluations) with the goal's target line,
 * and the short hints in each section's summary.
 */
import type { Domain, PlanProfile, PlanSnapshot } from '../../core/index.js';
import type { ModuleSection } from '../../i18n/translation.js';

export type { ModuleSection };

/** The sections kept in the plan's profile record, edited with `updateProfile`. */
export const profileSections = [
  'complaints', 'inventory', 'motivation', 'selfManagement', 'functioning', 'riskProfile', 'decisions', 'links', 'professionalNote',
] as const satisfies readonly ModuleSection[];
export type ProfileSection = (typeof profileSections)[number];

/** The order on screen: the patient's story first, then values and choices, then what the host supplies. */
export const sectionOrder: readonly ModuleSection[] = [
  'complaints', 'inventory', 'motivation', 'selfManagement', 'functioning', 'riskProfile', 'measurements',
  'decisions', 'diagnoses', 'medication', 'diary', 'links', 'professionalNote',
];

/** A prescription as the host system (HIS) holds it; shown, never retyped. */
export interface MedicationItem {
  name: string;
  dose?: string;
  since?: string;
}

/** A diagnosis or problem as the host system holds it (an ICPC code, for example). */
export interface DiagnosisItem {
  name: string;
  code?: string;
  since?: string;
}

export const inventoryDomains: readonly Domain[] = ['somatic', 'functional', 'social', 'psychological', 'communicative'];

/** Whether a profile section has anything in it. */
export function profileHasContent(profile: PlanProfile | null | undefined, section: ProfileSection): boolean {
  if (!profile) return false;
  switch (section) {
    case 'inventory': return inventoryDomains.some((d) => !!profile.inventory?.[d]);
    case 'motivation': return !!profile.motivation || !!profile.readiness;
    case 'decisions': return profile.decisions.length > 0;
    case 'links': return profile.links.length > 0;
    default: return !!profile[section];
  }
}

export interface Point {
  date: string;
  value: number;
  /** Who measured it, or that it was taken at an evaluation. */
  by: string;
  atEvaluation: boolean;
}

export interface Series {
  measure: string;
  unit: string;
  /** Oldest first. */
  points: Point[];
  target?: { comparator: '<' | '<=' | '=' | '>=' | '>' | undefined; value: number; unit: string };
}

const key = (measure: string) => measure.trim().toLocaleLowerCase();

/**
 * Every measure with its values over time and the target of a goal that names the same measure (open
 * goals first). A value recorded twice (the same day and value, once as a measurement and once at an
 * evaluation) counts once.
 */
export function buildSeries(snapshot: PlanSnapshot): Series[] {
  const series = new Map<string, Series>();
  const get = (measure: string, unit: string | undefined) => {
    const k = key(measure);
    let s = series.get(k);
    if (!s) series.set(k, (s = { measure: measure.trim(), unit: unit ?? '', points: [] }));
    if (!s.unit && unit) s.unit = unit;
    return s;
  };
  const seen = new Set<string>();
  const add = (s: Series, point: Point) => {
    const id = `${key(s.measure)}|${point.date}|${point.value}`;
    if (seen.has(id)) return;
    seen.add(id);
    s.points.push(point);
  };
  for (const m of snapshot.measurements) add(get(m.measure, m.unit), { date: m.date, value: m.value, by: m.by.name, atEvaluation: false });
  for (const e of snapshot.evaluations) {
    for (const m of e.measurements) add(get(m.measure, m.unit), { date: m.date ?? e.date, value: m.value, by: e.by.name, atEvaluation: true });
  }
  const open = (status: string) => Number(status === 'completed' || status === 'cancelled');
  const goals = [...snapshot.goals].sort((a, b) => open(a.status) - open(b.status));
  for (const goal of goals) {
    for (const target of goal.targets) {
      if (typeof target.value !== 'number') continue;
      const s = get(target.measure, target.unit);
      s.target ??= { comparator: target.comparator, value: target.value, unit: target.unit ?? s.unit };
    }
  }
  for (const s of series.values()) s.points.sort((a, b) => a.date.localeCompare(b.date));
  return [...series.values()].sort((a, b) => a.measure.localeCompare(b.measure));
}

/** `text` cut at a word near `max` characters, for a summary's hint. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : max).trimEnd()}…`;
}

/** Only https links become clickable: a plan is read by patients, and `javascript:` or plain http never is. */
export function httpsHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A text or null: blank fields clear the section (`null`), so emptying a field really empties it. */
export function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}
