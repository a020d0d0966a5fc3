/**
 * Picks the dictionary for a language tag, applies a host's label overrides, and formats dates and
 * numbers through Intl (never by hand). The dictionaries themselves, and how words arrive, are in
 * dictionaries.ts.
 */
import { dictionariesFor } from './dictionaries.js';
import { wordFrom, type Words } from './fallback.js';
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

/** How many formatted days one Localizer keeps (a few kB of text at most). */
const DATES_KEPT = 1000;

export function localize(lang: string | undefined, overrides: LabelOverrides = {}): Localizer {
  const tag = (lang || 'nl').toLowerCase();
  const chain = dictionariesFor(tag);
  const t = liveWords(chain, overrides);
  const dictionaryLang = chain[0]!.lang as string;
  const locale = dictionaryLang === 'nl' ? 'nl-NL' : tag === 'en' ? 'en-GB' : tag;
  // Making an Intl formatter costs far more than using one (about a millisecond for these three), and a
  // view may need only some of them (the Plan section shows no timestamps): each is made on first use,
  // and the tag is checked here, so an invalid one still fails when the Localizer is made.
  Intl.getCanonicalLocales(locale);
  const dateFormat = once(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }));
  const dateTimeFormat = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const numberFormat = once(() => new Intl.NumberFormat(locale));
  // A plan repeats the same few dates in its rows (evaluation dates, targets' due dates), and each is
  // formatted once per Localizer (one per language), in a map kept small by starting over when full, as
  // a plan rarely shows more than a few hundred days.
  const dates = new Map<string, string>();
  return {
    t,
    lang: dictionaryLang,
    date: (iso) => {
      if (!iso) return '';
      let text = dates.get(iso);
      if (text === undefined) {
        const [y, m, d] = iso.split('-').map(Number);
        text = dateFormat().format(new Date(y!, m! - 1, d));
        if (dates.size >= DATES_KEPT) dates.clear();
        dates.set(iso, text);
      }
      return text;
    },
    dateTime: (iso) => dateTimeFormat().format(new Date(iso)),
    number: (value) => numberFormat().format(value),
  };
}

/** `make()` on the first call, its result on every call after. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * The words a Localizer reads: the live dictionaries (the language's own first, a word it lacks from the
 * next: fallback.ts), read at every access, with the host's overrides on top. Live, because a dictionary
 * grows (the words of an element that loads on demand arrive after this Localizer was made) and changes in
 * place (a vendor registers the language again). A view, not a copy, that a host may still spread
 * (`{ ...l.t }`): its keys are the dictionaries' as they are now, plus the overrides. It writes nothing to
 * a dictionary: a host's assignment stays on this Localizer, like an override.
 */
function liveWords(chain: Words[], overrides: LabelOverrides): Translation {
  const own: Record<string | symbol, () => unknown> = {};
  const word = (key: string | symbol): unknown => (typeof key === 'string' ? wordFrom(chain, key) : undefined);
  for (const [key, value] of Object.entries(overrides)) own[key] = isRecord(value) ? mergedWith(() => word(key), value) : () => value;
  const read = (key: string | symbol): unknown => (Object.hasOwn(own, key) ? own[key]!() : word(key));
  const known = (key: string | symbol) => Object.hasOwn(own, key) || chain.some((words) => Object.hasOwn(words, key));
  return new Proxy({} as Translation, {
    get: (_, key) => read(key),
    set: (_, key, value) => ((own[key] = () => value), true),
    has: (_, key) => known(key),
    ownKeys: () => [...new Set([...chain.flatMap((words) => Reflect.ownKeys(words)), ...Reflect.ownKeys(own)])],
    getOwnPropertyDescriptor: (_, key) => known(key) ? { value: read(key), writable: true, enumerable: true, configurable: true } : undefined,
  });
}

/**
 * A nested override (`{ roles: { 'practice-nurse': 'POH' } }`) merged over the built-in record when it is
 * read, so one for the words of an on-demand element holds once they have arrived; merged once per record.
 */
function mergedWith(builtIn: () => unknown, value: Record<string, unknown>): () => unknown {
  let from: unknown;
  let merged: unknown;
  return () => {
    const current = builtIn();
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
