/** Small pieces the command modules share. */
import type { Agreement, AgreementOutcome } from './model.js';
import { isAgreementOpen } from './rules.js';
import type { Transaction } from './transaction.js';

/**
 * Merges validated changes into a record: `undefined` leaves a field alone, `null` clears it. Returns a
 * new object; the stored record is never mutated in place.
 */
export function applyChanges<T extends object>(record: T, changes: { [key: string]: unknown }): T {
  const next = { ...record } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as T;
}

/** Closes every still-open agreement of a list, as part of closing its goal or plan. */
export function closeAgreements(tx: Transaction, agreements: Agreement[], status: AgreementOutcome, closedWith: 'goal' | 'plan', note?: string): void {
  const stamp = tx.stamp();
  for (const agreement of agreements.filter(isAgreementOpen)) {
    tx.replace('agreement', agreement, { status, closedWith, closed: stamp, ...(note ? { closeNote: note } : {}) }, 'agreement.close');
  }
}

/**
 * A random UUID. `crypto.randomUUID` exists only in secure contexts, and a HIS intranet page may be
 * served over plain http, so fall back to `getRandomValues`, which exists everywhere.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
