/**
 * Turns zod issues into field-level messages in Dutch and English. zod's own locales would add several
 * kilobytes to the bundle and speak of "strings" and "arrays"; these speak of the form's fields.
 */
import * as z from 'zod/mini';
import { ValidationError, type FieldIssue, type Localized } from './errors.js';

type Issue = z.core.$ZodIssue;

const FIELD_LABELS: Record<string, Localized> = {
  patientId: { nl: 'patiëntnummer', en: 'patient id' },
  patientName: { nl: 'naam patiënt', en: 'patient name' },
  title: { nl: 'titel', en: 'title' },
  conditions: { nl: 'aandoeningen', en: 'conditions' },
  caseManager: { nl: 'casemanager', en: 'case manager' },
  careTeam: { nl: 'zorgteam', en: 'care team' },
  start: { nl: 'startdatum', en: 'start date' },
  end: { nl: 'einddatum', en: 'end date' },
  nextEvaluationDate: { nl: 'volgende evaluatie', en: 'next evaluation' },
  evaluationSchedule: { nl: 'evaluatiemoment', en: 'evaluation schedule' },
  reason: { nl: 'reden', en: 'reason' },
  status: { nl: 'status', en: 'status' },
  description: { nl: 'omschrijving', en: 'description' },
  domain: { nl: 'domein', en: 'domain' },
  targets: { nl: 'streefwaarden', en: 'targets' },
  measure: { nl: 'meetwaarde', en: 'measure' },
  comparator: { nl: 'vergelijking', en: 'comparison' },
  value: { nl: 'waarde', en: 'value' },
  unit: { nl: 'eenheid', en: 'unit' },
  due: { nl: 'streefdatum', en: 'due date' },
  priority: { nl: 'prioriteit', en: 'priority' },
  expressedBy: { nl: 'ingebracht door', en: 'expressed by' },
  note: { nl: 'toelichting', en: 'note' },
  outcome: { nl: 'uitkomst', en: 'outcome' },
  performer: { nl: 'wie doet het', en: 'performed by' },
  kind: { nl: 'soort', en: 'kind' },
  support: { nl: 'benodigde ondersteuning', en: 'support needed' },
  frequency: { nl: 'hoe vaak', en: 'frequency' },
  evaluationDate: { nl: 'evaluatiedatum', en: 'evaluation date' },
  goalId: { nl: 'doel', en: 'goal' },
  expectedVersion: { nl: 'versie', en: 'version' },
  name: { nl: 'naam', en: 'name' },
  role: { nl: 'rol', en: 'role' },
  id: { nl: 'id', en: 'id' },
  contact: { nl: 'contactgegevens', en: 'contact' },
  date: { nl: 'datum', en: 'date' },
  user: { nl: 'gebruiker', en: 'user' },
  withPatient: { nl: 'samen met de patiënt', en: 'with the patient' },
  measurements: { nl: 'meetwaarden', en: 'measured values' },
  target: { nl: 'onderwerp', en: 'subject' },
  complaints: { nl: 'klachten en problemen', en: 'complaints and problems' },
  inventory: { nl: 'inventarisatie', en: 'inventory' },
  somatic: { nl: 'lichamelijk', en: 'physical' },
  functional: { nl: 'functioneren', en: 'functioning' },
  social: { nl: 'maatschappelijk', en: 'social' },
  psychological: { nl: 'psychisch', en: 'psychological' },
  communicative: { nl: 'communicatie', en: 'communication' },
  motivation: { nl: 'motivatie', en: 'motivation' },
  readiness: { nl: 'bereidheid tot verandering', en: 'readiness for change' },
  selfManagement: { nl: 'zelfmanagement', en: 'self-management' },
  functioning: { nl: 'functioneren en participatie', en: 'functioning and participation' },
  riskProfile: { nl: 'risicoprofiel', en: 'risk profile' },
  decisions: { nl: 'keuzes', en: 'decisions' },
  question: { nl: 'vraag', en: 'question' },
  options: { nl: 'mogelijkheden', en: 'options' },
  chosen: { nl: 'gekozen', en: 'chosen' },
  why: { nl: 'waarom', en: 'why' },
  links: { nl: 'links', en: 'links' },
  url: { nl: 'webadres', en: 'web address' },
  professionalNote: { nl: 'notitie voor het zorgteam', en: 'note for the care team' },
  text: { nl: 'tekst', en: 'text' },
  actor: { nl: 'persoon', en: 'person' },
  permission: { nl: 'toegang', en: 'access' },
};

export function fieldLabel(path: string): Localized {
  const last = path.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? '';
  return FIELD_LABELS[last] ?? { nl: last || 'invoer', en: last || 'input' };
}

function describe(issue: Issue): Localized {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { nl: 'is verplicht', en: 'is required' };
      return { nl: `is te klein (minimaal ${issue.minimum})`, en: `is too small (at least ${issue.minimum})` };
    case 'too_big':
      if (issue.origin === 'string') return { nl: `is te lang (maximaal ${issue.maximum} tekens)`, en: `is too long (at most ${issue.maximum} characters)` };
      if (issue.origin === 'array') return { nl: `heeft te veel items (maximaal ${issue.maximum})`, en: `has too many items (at most ${issue.maximum})` };
      return { nl: `is te groot (maximaal ${issue.maximum})`, en: `is too large (at most ${issue.maximum})` };
    case 'invalid_type':
      if (issue.input === undefined) return { nl: 'is verplicht', en: 'is required' };
      return { nl: 'heeft een ongeldig type', en: `must be of type ${issue.expected}` };
    case 'invalid_format':
      if (issue.format === 'date') return { nl: 'is geen geldige datum (JJJJ-MM-DD)', en: 'is not a valid date (YYYY-MM-DD)' };
      if (issue.format === 'datetime') return { nl: 'is geen geldig tijdstip', en: 'is not a valid timestamp' };
      return { nl: 'heeft een ongeldig formaat', en: `is not a valid ${issue.format}` };
    case 'invalid_value':
      return { nl: `moet een van deze zijn: ${issue.values.join(', ')}`, en: `must be one of: ${issue.values.join(', ')}` };
    case 'unrecognized_keys':
      return { nl: `onbekend veld: ${issue.keys.join(', ')}`, en: `unknown field: ${issue.keys.join(', ')}` };
    default:
      if (issue.message === 'not an https link') return { nl: 'moet een veilige link zijn die begint met https://', en: 'must be a secure link starting with https://' };
      return { nl: 'is ongeldig', en: issue.message ? `is invalid (${issue.message})` : 'is invalid' };
  }
}

export function toFieldIssues(issues: readonly Issue[], prefix = ''): FieldIssue[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const label = fieldLabel(path);
    const what = describe(issue);
    return {
      path,
      code: issue.code,
      messages: { nl: `${capitalize(label.nl)} ${what.nl}`, en: `${capitalize(label.en)} ${what.en}` },
    };
  });
}

/** Parses or throws a `ValidationError` naming every failing field; nothing partial ever gets through. */
export function parse<S extends z.ZodMiniType>(schema: S, input: unknown, what: Localized, prefix = ''): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw new ValidationError(toFieldIssues(result.error.issues, prefix), what);
  return result.data;
}

/** Builds a single-field validation error for checks that need more than one field (dates in order). */
export function fieldError(path: string, messages: Localized, what: Localized): ValidationError {
  const label = fieldLabel(path);
  return new ValidationError(
    [{ path, code: 'custom', messages: { nl: `${capitalize(label.nl)} ${messages.nl}`, en: `${capitalize(label.en)} ${messages.en}` } }],
    what,
  );
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
