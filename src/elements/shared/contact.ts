/**
 * Contact details as people write them. A care-team member's contact is stored as typed (`tel:+31201234567`,
 * `030-1234567`, `poh@delinde.example`); on screen and on paper a Dutch phone number reads "020 123 45 67"
 * and calls when tapped, an e-mail address reads without `mailto:`. Anything else stays the user's text.
 */
import { html, nothing } from 'lit';
import { safeHref } from './fields.js';

/** Dutch area codes of two digits after the 0 (the rest have three): 010, 020, 030, 070, … */
const SHORT_AREAS = new Set(['10', '13', '15', '20', '23', '24', '26', '30', '33', '35', '36', '38', '40', '43', '45', '46',
  '50', '53', '55', '58', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '85', '88', '91']);

/** The national number (`0201234567`) of a Dutch phone number, or null when `text` is not one. */
export function dutchNumber(text: string): string | null {
  const raw = text.replace(/^tel:/i, '').trim();
  if (!/^[+\d][\d\s().-]*$/.test(raw)) return null;
  let digits = raw.replace(/[^\d+]/g, '');
  if (digits.startsWith('+31')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0031')) digits = `0${digits.slice(4)}`;
  digits = digits.replace(/^0\(?0\)?/, '0');
  return /^0\d{9}$/.test(digits) ? digits : null;
}

/** "020 123 45 67", "06 12 34 56 78", "0513 12 34 56"; other text unchanged (without `tel:`/`mailto:`). */
export function contactText(contact: string): string {
  const national = dutchNumber(contact);
  if (!national) return contact.replace(/^(tel|mailto):/i, '');
  const pairs = (s: string) => s.match(/\d{1,2}/g)!.join(' ');
  if (national.startsWith('06')) return `06 ${pairs(national.slice(2))}`;
  const area = SHORT_AREAS.has(national.slice(1, 3)) ? 3 : 4;
  const rest = national.slice(area);
  return area === 3 ? `${national.slice(0, 3)} ${rest.slice(0, 3)} ${pairs(rest.slice(3))}` : `${national.slice(0, 4)} ${pairs(rest)}`;
}

/** Where a contact leads: a phone number calls (`tel:+31…`), https and mailto links as given; else none. */
export function contactHref(contact: string): string | undefined {
  const national = dutchNumber(contact);
  return national ? `tel:+31${national.slice(1)}` : safeHref(contact);
}

/** The contact as a link when it can be one, else as plain text. */
export function contactLink(contact: string | undefined) {
  if (!contact) return nothing;
  const href = contactHref(contact);
  return href ? html`<a href=${href}>${contactText(contact)}</a>` : contactText(contact);
}
