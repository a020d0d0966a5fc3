/**
 * 9 Overzicht uitdraaien: the patient's printout as data. Every print is recorded in the plan's history
 * (NEN 7513) as a print, not as a view.
 */
import type { Izp } from '../api.js';
import { type Context, auditOnly, today } from '../context.js';
import { PrintOptions } from '../inputs.js';
import { buildPrintOverview } from '../print.js';
import { existingSnapshot } from '../queries.js';
import { parse } from '../validate.js';

export function printCommands(ctx: Context): Pick<Izp, 'getPrintOverview'> {
  return {
    async getPrintOverview(planId, options = {}) {
      const opts = parse(PrintOptions, options ?? {}, 'options');
      const { signal } = opts;
      const snap = await existingSnapshot(ctx, planId, signal, null); // the print is logged as a print
      await auditOnly(ctx, snap.plan, 'plan.print', signal);
      return buildPrintOverview(snap, { date: opts.date ?? today(ctx), includeClosed: opts.includeClosed ?? false });
    },
  };
}
