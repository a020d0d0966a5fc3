/**
 * The evaluation form's values as the core's `EvaluateInput`: what the user left untouched is left out
 * (a prefilled measurement row without a value, an adjustment that changes nothing), so that the core
 * stores what happened and names only the fields the user has to look at.
 */
import type { Agreement, Goal, Plan, Target } from '../../core/index.js';

export type TargetKind = 'plan' | 'goal' | 'agreement';
export type EvaluationTarget =
  | { kind: 'plan'; record: Plan }
  | { kind: 'goal'; record: Goal }
  | { kind: 'agreement'; record: Agreement };

/** One row of measured values; `measure` and `unit` are what the row was prefilled with. */
export interface MeasurementRow {
  key: number;
  measure?: string | undefined;
  unit?: string | undefined;
}

export interface ReadEvaluation {
  /** The input for the core's `EvaluateInput` schema, which types and checks it. */
  input: Record<string, unknown>;
  /** For each measurement sent, the row it came from: the core's `measurements.1.value` is row `sentRows[1]`. */
  sentRows: number[];
}

const AGREEMENT_FIELDS = ['description', 'frequency', 'end'] as const;

/**
 * Reads the form's values (as `readForm` gives them). `withPatient` is a checkbox, which `readForm` leaves
 * out when unchecked, so it is read here as the boolean it is; the adjustment's own choice (change or
 * close) is not part of the input.
 */
export function readEvaluation(values: Record<string, unknown>, target: EvaluationTarget, rows: MeasurementRow[]): ReadEvaluation {
  const data = values as Record<string, unknown> & {
    measurements?: (Record<string, unknown> | undefined)[];
    changeAgreement?: Record<string, unknown>;
    closeAgreement?: Record<string, unknown>;
    changeGoal?: { targets?: Record<string, unknown>[] };
  };
  const withPatient = data['withPatient'] !== undefined;
  const input: Record<string, unknown> = { target: { kind: target.kind, id: target.record.id }, withPatient, outcome: data.outcome };
  for (const key of ['date', 'note', 'nextEvaluationDate'] as const) if (data[key] !== undefined) input[key] = data[key];

  const sentRows: number[] = [];
  const measurements: Record<string, unknown>[] = [];
  rows.forEach((row, i) => {
    const m = data.measurements?.[i];
    if (!m) return;
    const untouched = m.value === undefined && (m.measure === undefined || m.measure === row.measure) && (m.unit === undefined || m.unit === row.unit);
    if (untouched) return;
    sentRows.push(i);
    measurements.push({ ...m, ...(typeof data.date === 'string' ? { date: data.date } : {}) });
  });
  if (measurements.length) input.measurements = measurements;

  if (data.outcome === 'adjust') {
    if (target.kind === 'agreement' && data.closeAgreement) {
      input.closeAgreement = { ...data.closeAgreement, ...(typeof data.note === 'string' ? { note: data.note } : {}) };
    } else if (target.kind === 'agreement' && data['adjust-kind'] === 'change') {
      const changes = agreementChanges(data.changeAgreement ?? {}, target.record);
      if (changes) input.changeAgreement = changes;
    } else if (target.kind === 'goal') {
      const targets = goalTargets(data.changeGoal?.targets?.[0] ?? {}, target.record);
      if (targets) input.changeGoal = { targets };
    }
  }
  return { input, sentRows };
}

/**
 * The agreement's changed fields; an emptied optional field is cleared (`null`), an emptied description
 * sent as '' so that the core names it as required. Undefined when nothing changed.
 */
function agreementChanges(form: Record<string, unknown>, base: Agreement): Record<string, unknown> | undefined {
  const changes: Record<string, unknown> = {};
  for (const key of AGREEMENT_FIELDS) {
    const value = form[key];
    if (value === (base[key] ?? undefined)) continue;
    changes[key] = value ?? (key === 'description' ? '' : null);
  }
  return Object.keys(changes).length ? changes : undefined;
}

/** The goal's targets with the first one replaced by the form's; undefined when it is the same target. */
function goalTargets(form: Record<string, unknown>, goal: Goal): Target[] | undefined {
  const [first, ...rest] = goal.targets;
  const next = { ...(first?.description ? { description: first.description } : {}), ...form } as Target;
  const same = (a: Partial<Target> | undefined, b: Partial<Target>) =>
    (['measure', 'comparator', 'value', 'unit', 'due'] as const).every((k) => (a?.[k] ?? undefined) === (b[k] ?? undefined));
  if (same(first, next)) return undefined;
  if (Object.keys(form).length === 0) return rest; // every field emptied: the target is dropped
  return [next, ...rest];
}
