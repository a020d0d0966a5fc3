/**
 * The printout (function 9: its template, the printed A4 document, the core's builder) is a chunk, fetched
 * the first time an overview renders in print mode (the patient's view) or prints, or when the print
 * button is pointed at or focused; the professional overview needs none of it. Fetched once; a fetch that
 * failed is tried again the next time.
 */
import { LoadOnce } from '../shared/load-once.js';
import type * as Printout from './overview-print.js';

export type PrintoutChunk = typeof Printout;

/**
 * Where the chunk comes from. Internal (no entry point exports it): a test replaces `load` to make the
 * fetch fail as the network would.
 */
export const printoutSource = { load: (): Promise<PrintoutChunk> => import('./overview-print.js') };

const printout = new LoadOnce(() => printoutSource.load());

/** The chunk once it has arrived; undefined before. */
export function loadedPrintout(): PrintoutChunk | undefined {
  return printout.value;
}

export function loadPrintout(): Promise<PrintoutChunk> {
  return printout.load();
}
