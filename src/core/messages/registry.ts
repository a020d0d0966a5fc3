/**
 * Which error dictionary speaks which language. Dutch is here from the start; English is registered
 * with the errors (./english.ts), and in the script-tag bundle when a page loads English (its
 * first load leaves it out). The UI's `registerTranslation` adds a vendor's language here too, so an error
 * thrown by the core is worded in it without the core knowing anything of the UI.
 */
import { nlErrors } from './nl.js';
import type { ErrorMessages } from './types.js';

const dictionaries = new Map<string, ErrorMessages>([['nl', nlErrors]]);

export function registerErrorMessages(lang: string, messages: ErrorMessages): void {
  dictionaries.set(lang.toLowerCase(), messages);
}

/** Whether a language's dictionary is registered (its tag as given, lower-cased). */
export function hasErrorMessages(lang: string): boolean {
  // Anything but a language tag names no registered language: a plain answer, not a TypeError.
  return typeof lang === 'string' && dictionaries.has(lang.toLowerCase());
}

/**
 * The dictionary for a language tag (`fy-NL` falls back to `fy`), else English, else (English not loaded
 * yet) Dutch as registered: a vendor's Dutch registered again wins here as it does everywhere.
 */
export function errorMessagesFor(lang: string | undefined): ErrorMessages {
  const tag = (lang || 'en').toLowerCase();
  return dictionaries.get(tag) ?? dictionaries.get(tag.split('-')[0]!) ?? dictionaries.get('en') ?? dictionaries.get('nl') ?? nlErrors;
}
