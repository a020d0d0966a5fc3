/**
 * Picks the dictionary for a language tag, applies a host's label overrides, and formats dates and
 * numbers through Intl (never by hand). The dictionaries themselves, and how words arrive, are in
 * dictionaries.ts.
 */
import { dictionaryFor } from './dictionaries.js';
import type { Translation } from './translation.js';

export type { Translation } from './translation.js';
export { languageLoading, loadLanguage, registerTranslation, registerWords } from './dictionaries.js';

/** Host overrides: any entry, e.g. `{ roles: { 'practice-nurse': 'POH' } }`; nested records merge. */
export type LabelOverrides = { [K in keyof Translation]?: Translation[K] extends (...args: never[]) => unknown ? Translation[K] : Translation[K] extends object ? Partial<Translation[K]> : Translation[K] };

export interface Localizer {
  t: Translation;
  lang: string;
  /** `2026-12-07` as "7 december 2026"; the date is a calendar day, so no time zone can shift it. */
  // Function-valued fields, not methods: templates destructure them (`const { t, date } = l`), so no `this`.
  date: (iso: string | undefined) => string;
  /** A timestamp with its time, in the user's time zone. */
  dateTime: (iso: string) => string;
  number: (value: number) => string;
}

export function localize(lang: string | undefined, overrides: LabelOverrides = {}): Localizer {
  const tag = (lang || 'nl').toLowerCase();
  const base = dictionaryFor(tag);
  // The words there now are its own (a host may spread them); the live dictionary is its prototype, so the
  // words of an element that loads on demand, arriving after this Localizer was made, are read through.
  // A host's overrides are its own properties and win.
  const t = Object.assign(Object.create(base) as object, base) as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    if (isRecord(value)) Object.defineProperty(t, key, { enumerable: true, get: mergedWith(base, key, value) });
    else t[key] = value;
  }
  const locale = base.lang === 'nl' ? 'nl-NL' : tag === 'en' ? 'en-GB' : tag;
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const numberFormat = new Intl.NumberFormat(locale);
  return {
    t: t as unknown as Translation,
    lang: base.lang,
    date: (iso) => {
      if (!iso) return '';
      const [y, m, d] = iso.split('-').map(Number);
      return dateFormat.format(new Date(y!, m! - 1, d));
    },
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    number: (value) => numberFormat.format(value),
  };
}

/**
 * A nested override (`{ roles: { 'practice-nurse': 'POH' } }`) merged over the built-in record when it is
 * read, so one for the words of an on-demand element holds once they have arrived; merged once per record.
 */
function mergedWith(base: Translation, key: string, value: Record<string, unknown>): () => unknown {
  let from: unknown;
  let merged: unknown;
  return () => {
    const current = (base as unknown as Record<string, unknown>)[key];
    if (merged === undefined || current !== from) {
      from = current;
      merged = isRecord(current) ? { ...current, ...value } : value;
    }
    return merged;
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
