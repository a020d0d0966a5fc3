/**
 * Values no person types and no field of the IZP accepts, by name, so a failing case reads as a sentence
 * ("addGoal: targets.0.measure = lone surrogate") and can be kept as a regression case by that name.
 */
import fc from 'fast-check';

class Patient {
  name = 'Fatma';
}

export const badValues: Record<string, () => unknown> = {
  'a Set': () => new Set(['id-1']),
  'a Map': () => new Map([['description', 'Afvallen']]),
  'a Date': () => new Date('2026-03-02'),
  'a Promise': () => Promise.resolve('Afvallen'),
  'a class instance': () => new Patient(),
  'a function': () => () => 'Afvallen',
  'a symbol': () => Symbol('Afvallen'),
  'a bigint': () => 10n,
  NaN: () => Number.NaN,
  Infinity: () => Number.POSITIVE_INFINITY,
  'only spaces': () => '   \t  ',
  'only zero-width spaces': () => '\u200B\u200B\u200B',
  'only a word joiner and a BOM': () => '\u2060\uFEFF',
  'a NUL character': () => 'Af\u0000vallen',
  'an ESC sequence': () => 'Afvallen\u001b[31m',
  'a lone high surrogate': () => 'Afvallen \uD800',
  'a lone low surrogate': () => '\uDC00 Afvallen',
  'a right-to-left override': () => 'Afvallen \u202Eneppots',
  'a bidi isolate': () => '\u2067Afvallen\u2069',
  'text of 5000 characters': () => 'a'.repeat(5000),
  'the year 0': () => '0000-03-02',
  'the year 9999': () => '9999-12-31',
  'a date-time': () => '2026-03-02T10:00:00Z',
  'an impossible date': () => '2026-02-30',
};

export const badValueNames = Object.keys(badValues);

/** Generated strings with one character no person types somewhere inside. */
export const badString = fc
  .tuple(fc.string({ maxLength: 20 }), fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\uD800', '\uDFFF', '\u202D', '\u202E', '\u2066'), fc.string({ maxLength: 20 }))
  .map(([a, bad, b]) => `${a}${bad}${b}`);
