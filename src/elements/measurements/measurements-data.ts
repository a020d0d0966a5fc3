/**
 * The measured values of a plan per measure, for `<izp-measurements>`: home and lab measurements plus
 * those taken at evaluations, oldest first, with the target of a goal that names the same measure.
 */
import type { PlanSnapshot } from '../../core/index.js';

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
