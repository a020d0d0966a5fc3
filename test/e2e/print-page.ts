/**
 * The page the PDF test prints: Mw. F. Yıldız's plan (example 1) in `<izp-overview mode="print">` inside
 * `<izp-plan>`. The browser's print dialog is replaced, so the test can take the exact document the
 * print button produces (`window.izpE2e.print()`), besides printing this host page as a whole.
 */
import { html, render } from 'lit';
import '../../src/define.js';
import type { PrintOverview } from '../../src/core/index.js';
import type { IzpOverview } from '../../src/elements/overview/izp-overview.js';
import { buildFatmaPlan, FATMA, sanne, TODAY, world } from '../core/fixtures.js';

declare global {
  interface Window {
    izpE2e: { ready: Promise<void>; print(): Promise<{ html: string; overview: PrintOverview | undefined; audited: number }> };
  }
}

const w = world();
let printedHtml = '';

async function setup(): Promise<IzpOverview> {
  await buildFatmaPlan(w.sanne, w.clock);
  render(html`<izp-plan .adapter=${w.adapter} .user=${sanne} patient-id=${FATMA}>
    <izp-overview mode="print" today=${TODAY}></izp-overview>
  </izp-plan>`, document.getElementById('app')!);
  const overview = document.querySelector('izp-overview')!;
  (overview as unknown as { printDocument(doc: Document): void }).printDocument = (doc) => {
    // The frame's stylesheet is adopted (CSSOM), so it is not in the markup: write it out for the PDF page.
    const css = doc.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    const copy = doc.documentElement.cloneNode(true) as HTMLElement;
    const style = copy.ownerDocument.createElement('style');
    style.textContent = css;
    copy.querySelector('head')!.append(style);
    printedHtml = `<!doctype html>\n${copy.outerHTML}`;
  };
  for (let i = 0; i < 200 && !overview.shadowRoot?.querySelector('.printout'); i++) await new Promise((r) => setTimeout(r, 25));
  if (!overview.shadowRoot?.querySelector('.printout')) throw new Error('the overview did not render');
  return overview;
}

const ready = setup();
window.izpE2e = {
  ready: ready.then(() => undefined),
  async print() {
    const overview = await ready;
    printedHtml = '';
    const printed = await overview.print();
    const snap = await w.sanne.getPlanForPatient(FATMA);
    const audited = (await w.sanne.history(snap!.id)).filter((r) => r.action === 'plan.print').length;
    return { html: printedHtml, overview: printed, audited };
  },
};
