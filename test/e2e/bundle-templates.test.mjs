// The templates in dist/ are minified at build time (rollup.config.js): the indentation between elements
// goes, but the spaces a reader sees must stay. These read the rendered text (innerText, which applies
// the CSS whitespace rules) of the script-tag bundle's parts where a space sits between inline parts, at
// a template's edge (html` <span>…`, html`…</strong> `) or between a date and a nested template, and check
// that SVG elements written as `<line />` stay closed. In Chromium and Firefox ESR.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserPages, serve } from './browser.mjs';

let server;
before(async () => {
  server = await serve();
});
after(() => server?.stop());

// What runs in the page is written as expressions (strings): playwright (Chromium) and puppeteer (Firefox)
// both evaluate and wait for those the same way.
/** The element at `path`: selectors, each one inside the shadow root of the one before, from the plan. */
const at = (path) => `${JSON.stringify(path)}.reduce((el, s) => el?.shadowRoot?.querySelector(s) ?? null, window.izpBundle.plan)`;
/** Every element `selector` matches in the shadow root of the element at `path`. */
const all = (path, selector) => `[...(${at(path)})?.shadowRoot?.querySelectorAll(${JSON.stringify(selector)}) ?? []]`;

/** The rendered text of each element `selector` matches there, whitespace runs as one space; waits for one. */
async function textsOf(page, path, selector) {
  await page.waitForFunction(`${all(path, selector)}.length > 0`);
  return page.evaluate(`${all(path, selector)}.map((e) => e.innerText.replace(/\\s+/g, ' ').trim())`);
}

for (const [name, open] of Object.entries(browserPages)) {
  describe(`the minified templates of the script-tag bundle (${name})`, { timeout: 120_000 }, () => {
    it('keep the spaces between inline parts and at a template\'s edges, and close SVG elements', async () => {
      const { page, errors, close } = await open();
      try {
        await page.goto(`${server.url}/test/e2e/bundle-page.html`);
        await page.waitForFunction(() => window.izpBundle?.plan.shadowRoot?.querySelector('header h2')?.textContent.includes('Individueel zorgplan'));
        // The patient's name is a nested template that starts with a space: html` <span class="patient">· …`.
        assert.deepEqual(await textsOf(page, [], 'header h2'), ['Individueel zorgplan · Mw. F. Yıldız']);

        await page.evaluate(() => (window.izpBundle.plan.section = 'overview'));
        // `</time>${overdue ? html` <strong>(te laat)</strong>` : nothing}`: a date, a space, the word.
        const due = await textsOf(page, ['izp-overview'], 'li[data-kind]');
        assert.ok(due.includes('3 maart 2026 (te laat) Doel (streefdatum): In drie maanden vijf kilo afvallen.'), due.join('\n'));
        // html`<strong>${who}:</strong> `, the description, then html` <span class="help">(${frequency})</span>`.
        const who = await textsOf(page, ['izp-overview'], 'ul.who-list li');
        assert.ok(who.includes('Lotte Kramer, Diëtist: Twee gesprekken over eten en tussendoortjes.'), who.join('\n'));
        assert.ok(who.includes('Eén keer per week een half uur wandelen met de buurvrouw, ook als het regent met paraplu. (Eén keer per week)'), who.join('\n'));

        // The measurements chart: `<line … />` inside <svg> must stay closed, or the axis labels after it
        // are drawn inside the line, i.e. not at all.
        await page.evaluate(() => (window.izpBundle.plan.section = 'modules'));
        const chart = ['izp-modules', 'izp-measurements'];
        await page.waitForFunction(`${all(chart, 'svg .axis line')}.length > 0`);
        const svg = await page.evaluate(`({
          linesWithChildren: ${all(chart, 'svg line')}.filter((l) => l.childElementCount).length,
          axisTexts: ${all(chart, 'svg .axis > text')}.map((t) => t.textContent),
        })`);
        assert.equal(svg.linesWithChildren, 0, 'no element is drawn inside a <line>');
        assert.ok(svg.axisTexts.includes('kg') && svg.axisTexts.includes('mmol/mol'), `the axis labels are the svg's own: ${svg.axisTexts.join(', ')}`);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  });
}
