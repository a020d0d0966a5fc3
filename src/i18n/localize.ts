/**
 * Picks the dictionary for a language tag, applies a host's label overrides, and formats dates and
 * numbers through Intl (never by hand). Dutch is always there; English is a chunk of its own, loaded the
 * first time a page asks for it (`languageLoading`), so a Dutch page never carries it.
 */
import { nl } from './nl.js';
import type { Translation } from './translation.js';
import { registerErrorMessages } from '../core/messages/registry.js';

export type { Translation } from './translation.js';
export { nl };

const registry = new Map<string, Translation>([['nl', nl]]);

/** The languages that come with the SDK but load on demand. */
const languageLoaders: Record<string, () => Promise<Translation>> = {
  en: () => import('./en.js').then((m) => m.en),
};
const languagesLoading = new Map<string, Promise<void>>();

/**
 * Null when `lang` can be rendered now (loaded, registered by the host, or unknown: then Dutch);
 * else the promise of its dictionary, registered when it arrives.
 */
export function languageLoading(lang: string | undefined): Promise<void> | null {
  const tag = (lang || 'nl').toLowerCase();
  if (registry.has(tag)) return null;
  const base = tag.split('-')[0]!;
  if (registry.has(base) || !languageLoaders[base]) return null;
  let pending = languagesLoading.get(base);
  if (!pending) {
    pending = languageLoaders[base]().then((translation) => {
      // A host's own registration of the same language wins over the one that arrives later.
      if (!registry.has(base)) registerTranslation(translation);
    });
    languagesLoading.set(base, pending);
    // Not arrived (the network): Dutch is shown, and the next render asks again.
    pending.catch(() => languagesLoading.delete(base));
  }
  return pending;
}

/** Loads a language that comes with the SDK (e.g. before rendering outside `<izp-plan>`); resolves at once for one that is there. */
export async function loadLanguage(lang: string): Promise<void> {
  await languageLoading(lang);
}

/** Adds or replaces a language, e.g. a vendor's Frisian or Turkish dictionary, for the UI and the core's errors. */
export function registerTranslation(translation: Translation): void {
  registry.set(translation.lang.toLowerCase(), translation);
  // The core words its errors in the same language: one dictionary for the UI and every message.
  registerErrorMessages(translation.lang, translation.errors);
}

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
  const base = registry.get(tag) ?? registry.get(tag.split('-')[0]!) ?? nl;
  const t = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    const current = t[key];
    t[key] = isRecord(current) && isRecord(value) ? { ...current, ...value } : value;
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
