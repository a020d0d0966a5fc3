/**
 * Which error dictionary speaks which language. Dutch and English come with the core; the UI's
 * `registerTranslation` adds a vendor's language here too, so an error thrown by the core is worded in
 * it without the core knowing anything of the UI.
 */
import { enErrors } from './en.js';
import { nlErrors } from './nl.js';
import type { ErrorMessages } from './types.js';

const dictionaries = new Map<string, ErrorMessages>([['nl', nlErrors], ['en', enErrors]]);

export function registerErrorMessages(lang: string, messages: ErrorMessages): void {
  dictionaries.set(lang.toLowerCase(), messages);
}

/** The dictionary for a language tag (`fy-NL` falls back to `fy`), else English. */
export function errorMessagesFor(lang: string | undefined): ErrorMessages {
  const tag = (lang || 'en').toLowerCase();
  return dictionaries.get(tag) ?? dictionaries.get(tag.split('-')[0]!) ?? enErrors;
}
