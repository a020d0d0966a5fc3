/**
 * The building blocks of the model: text, dates, ids, people and stamps. Text is what a person types:
 * normalised (NFC, trimmed) and refused when it holds what nobody types.
 */
import * as z from 'zod/mini';

const MAX_TEXT = 2000;
const MAX_SHORT = 200;

/**
 * Characters no person types, which would hide or disguise text: control characters (a line break and a
 * tab are typed in longer text), unpaired surrogates (broken text), and the bidirectional overrides,
 * embeddings and isolates that make a name read backwards.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE = /[\t\n\r]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
/** Characters that take no space: text of only these (and spaces) is as empty as no text. */
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;

const readable = (lines: boolean) => (s: string) => !CONTROL.test(s) && !(!lines && LINE.test(s)) && !BIDI.test(s);
/** Checked before normalising: some engines' `normalize` turns a lone surrogate into U+FFFD silently. */
const wellFormed = (s: string) => !LONE_SURROGATE.test(s);
const visible = (s: string) => s.replace(INVISIBLE, '').length > 0;

/**
 * Free text written by people: NFC-normalised (one "é", not "e" plus an accent), trimmed, visible,
 * readable, and bounded so one field cannot swamp a printout. Short text (names, titles) is one line.
 */
export const text = (max = MAX_TEXT, lines = max > MAX_SHORT) => z.string().check(
  z.refine(wellFormed, 'unreadable_text'), z.normalize('NFC'), z.trim(), z.refine(visible, 'required'),
  z.refine(readable(lines), 'unreadable_text'), z.maxLength(max),
);
export const shortText = () => text(MAX_SHORT, false);
/** A unit ("kg", "mmol/mol"): short, one line, readable; left out rather than empty. */
export const unitText = () => text(40, false);
/** Years a care plan's dates can fall in: no plan ran in year 0, none is planned for 9999. */
const inRange = (v: string) => v >= '1900-01-01' && v <= '2200-12-31';
/** A calendar date, `YYYY-MM-DD` (due dates and evaluation dates have no time of day). */
export const isoDate = () => z.iso.date().check(z.refine(inRange, 'date_range'));
/** An instant with its offset, as produced by `Date.prototype.toISOString()`. */
export const isoDateTime = () => z.iso.datetime({ offset: true });
/** An id: one line of visible, readable characters (ids end up in logs and URLs, so no control characters). */
export const id = () => z.string().check(
  z.trim(), z.minLength(1), z.refine(visible, 'required'), z.maxLength(128), z.refine((v) => wellFormed(v) && readable(false)(v), 'unreadable_text'),
);
export const version = () => z.number().check(z.int(), z.gte(1));

/** Roles of people around the patient; `case manager` is a designation on the plan, not a role. */
export const roles = [
  'patient',
  'informal-carer',
  'gp',
  'practice-nurse',
  'mental-health-nurse',
  'dietitian',
  'physiotherapist',
  'specialist',
  'other',
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** A person referred to in the plan (author, case manager, care-team member, performer). */
export const Person = z.strictObject({
  id: z.optional(id()),
  name: shortText(),
  role: z.optional(Role),
});
export type Person = z.infer<typeof Person>;

/** The user acting through the SDK, as the host system authenticated them. */
export const User = z.strictObject({ id: id(), name: shortText(), role: Role });
export type User = z.infer<typeof User>;

export const CareTeamMember = z.strictObject({
  id: z.optional(id()),
  name: shortText(),
  role: Role,
  /** How to reach them: phone, e-mail or a web address; rendered as text or as a safe link only. */
  contact: z.optional(shortText()),
});
export type CareTeamMember = z.infer<typeof CareTeamMember>;

/** Who did what, when; kept on every record besides the audit trail, for display without a history load. */
export const Stamp = z.strictObject({ at: isoDateTime(), by: Person });
export type Stamp = z.infer<typeof Stamp>;

/**
 * Access the patient granted one person (FHIR Consent provision): read, or read and write. A plan with
 * an `access` list is closed to everyone not on it, except the patient.
 */
export const AccessGrant = z.strictObject({
  actor: z.strictObject({ id: id(), name: shortText(), role: Role }),
  permission: z.enum(['read', 'write']),
  granted: Stamp,
});
export type AccessGrant = z.infer<typeof AccessGrant>;

