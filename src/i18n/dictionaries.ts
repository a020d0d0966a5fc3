/**
 * The dictionaries by language, as they grow. Dutch starts with the words of the first load; English
 * (its first-load words) is a chunk of its own, fetched the first time a page asks for it; the words of
 * an element that loads on demand arrive with that element (`registerWords`, src/i18n/words) and are
 * added in place to the live dictionary of each language, so a Localizer made before they arrived reads
 * them too. What a host or vendor registered always wins over built-in words that arrive later.
 */
import { nlCore } from './nl-core.js';
import type { ErrorMessages } from '../core/messages/types.js';
import { wordFrom, type Words } from './fallback.js';
import type { CoreTranslation, Translation } from './translation.js';
import type { WordPack } from './word-pack.js';
import { registerErrorMessages } from '../core/messages/registry.js';

/** The live dictionary of each language, by lower-case tag: what `localize` reads through. */
const dictionaries = new Map<string, Words>();
/** The built-in words of on-demand elements that have arrived, by language, for a language that arrives later. */
const arrived = new Map<string, Words>();

/** The languages that come with the SDK but load on demand: their first-load words. */
const languageLoaders: Record<string, () => Promise<CoreTranslation>> = {
  en: () => import('./en-core.js').then((m) => m.enCore),
};
const languagesLoading = new Map<string, Promise<void>>();

/** Adds to `dictionary` the words it does not have yet; what is there (a vendor's, a host's) stays. */
function fillIn(dictionary: Words, words: Words | undefined): void {
  if (!words) return;
  for (const [key, value] of Object.entries(words)) if (!(key in dictionary)) dictionary[key] = value;
}

/**
 * Adds the arrived words of on-demand elements to the dictionary of `tag`: its own language's, then its
 * base language's (a host's `nl-x-practice` built on `nlCore`), then Dutch as the last resort, so a
 * dictionary never lacks a word that has arrived.
 */
function fillFromArrived(tag: string, dictionary: Words): void {
  fillIn(dictionary, arrived.get(tag));
  fillIn(dictionary, arrived.get(tag.split('-')[0]!));
  fillIn(dictionary, arrived.get('nl'));
}

/**
 * Installs a language. Registered again, its live dictionary is updated in place, never replaced: every
 * Localizer made earlier reads through that object, and the words of on-demand elements that arrive later
 * are added to the objects in `dictionaries`, so a replaced object would miss them.
 */
function install(translation: CoreTranslation): void {
  // A copy first: the words given may be a Localizer's live view of this very dictionary, which the
  // clearing below would empty before they were read.
  const words = { ...translation };
  const lang = words.lang.toLowerCase();
  let dictionary = dictionaries.get(lang);
  if (dictionary) for (const key of Object.keys(dictionary)) delete dictionary[key];
  else dictionaries.set(lang, (dictionary = {}));
  Object.assign(dictionary, words);
  fillFromArrived(lang, dictionary);
  // The core words its errors in the same language: one dictionary for the UI and every message; a message
  // the translation lacks (one written for an earlier version) from its base language, then Dutch. Its
  // variants again too: one installed before its base language (a practice's `en-x-practice` before English
  // has loaded) had its missing messages from Dutch; now that the base is here, they come from it.
  for (const tag of dictionaries.keys()) {
    if (tag === lang || tag.split('-')[0] === lang) registerErrorMessages(tag, wordFrom(dictionariesFor(tag), 'errors') as ErrorMessages);
  }
}

install(nlCore);

/**
 * The live dictionaries a language tag reads, best first: the tag's own (else its base language's, else
 * Dutch), then its base language's, then Dutch. A word the first lacks comes from the next (fallback.ts).
 */
export function dictionariesFor(tag: string): Words[] {
  const chain = [dictionaries.get(tag), dictionaries.get(tag.split('-')[0]!), dictionaries.get('nl')!];
  return [...new Set(chain.filter((words) => words !== undefined))];
}

/** Adds or replaces a language, e.g. a vendor's Frisian or Turkish dictionary, for the UI and the core's errors. */
export function registerTranslation(translation: Translation): void {
  install(translation);
}

/**
 * Registers the built-in words of an element that loads on demand, in every language the SDK comes with.
 * Its module calls this when it runs, so the words are there before the element can render.
 */
export function registerWords(pack: WordPack<object>): void {
  for (const [lang, words] of Object.entries(pack) as [string, Words][]) arrived.set(lang, { ...arrived.get(lang), ...words });
  // Every live dictionary, a host's or vendor's variant too; all languages of the pack first, so that
  // English words reach an English variant before Dutch could fill the gap.
  for (const [tag, dictionary] of dictionaries) fillFromArrived(tag, dictionary);
}

/**
 * Null when `lang` can be rendered now (loaded, registered by the host, or unknown: then Dutch);
 * else the promise of its dictionary, registered when it arrives.
 */
export function languageLoading(lang: string | undefined): Promise<void> | null {
  const tag = (lang || 'nl').toLowerCase();
  if (dictionaries.has(tag)) return null;
  const base = tag.split('-')[0]!;
  if (dictionaries.has(base) || !languageLoaders[base]) return null;
  let pending = languagesLoading.get(base);
  if (!pending) {
    pending = languageLoaders[base]().then((translation) => {
      // A host's own registration of the same language wins over the one that arrives later.
      if (!dictionaries.has(base)) install(translation);
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
