// The script-tag bundle as shipped (dist/izp-sdk.bundle.js): a page loads it and nothing else; the
// elements <izp-plan> renders later and English are chunks in dist/bundle/ that the browser fetches on
// demand, relative to the bundle. In Chromium (scoped registries) and Firefox ESR (the global registry).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { launch, serve } from './browser.mjs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
/** The section of the plan that shows each element that loads on demand (evaluation: in the goals' rows). */
const sectionTags = { consult: 'izp-consultation', plan: 'izp-evaluation', modules: 'izp-modules', team: 'izp-care-team', history: 'izp-history', overview: 'izp-fhir-export' };
const lazyTags = Object.values(sectionTags);
/** The chunk each one comes in: the FHIR export shares one with the import and the mapping (rollup.config.js). */
const chunkOf = (tag) => (tag === 'izp-fhir-export' ? 'izp-fhir-transfer' : tag);

let server;
before(async () => {
  server = await serve();
});
after(() => server?.stop());

const browsers = {
  chromium: async () => {
    const browser = await launch();
    const page = await browser.newPage();
    return { page, close: () => browser.close() };
  },
  firefox: async () => {
    const browser = await puppeteer.launch({
      browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true,
    });
    return { page: await browser.newPage(), close: () => browser.close() };
  },
};

/** waitForFunction with one argument, in playwright (Chromium: fn, arg) and puppeteer (Firefox: fn, options, arg). */
const waitIn = (page, fn, arg) => (typeof page.context === 'function' ? page.waitForFunction(fn, arg) : page.waitForFunction(fn, {}, arg));

const chunks = () => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.startsWith('/dist/'));

for (const [name, open] of Object.entries(browsers)) {
  describe(`the script-tag bundle and its chunks (${name})`, { timeout: 120_000 }, () => {
    it('renders the plan from the bundle, fetches each on-demand element as a chunk, and English only when asked', async () => {
      const { page, close } = await open();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      try {
        await page.goto(`${server.url}/test/e2e/bundle-page.html`);
        await page.waitForFunction(() => window.izpBundle?.plan.shadowRoot?.querySelector('header')?.textContent.includes('Individueel zorgplan'));
        assert.equal(await page.evaluate(() => window.izpBundle.version), pkg.version, 'SDK_VERSION is the package version');
        // Every element the plan renders later arrives and upgrades when its section is shown (waited for,
        // never a sleep): the sections render one at a time.
        for (const [section, tag] of Object.entries(sectionTags)) {
          await page.evaluate((s) => (window.izpBundle.plan.section = s), section);
          await waitIn(page, (wanted) => {
            // Runs in the page, so it holds everything it needs.
            let found = false;
            const walk = (root) => {
              for (const el of root.querySelectorAll('*')) {
                if (el.localName === wanted) found ||= !!el.shadowRoot && el.matches(':defined');
                if (el.shadowRoot) walk(el.shadowRoot);
              }
            };
            walk(document);
            return found;
          }, tag);
        }
        const loaded = await page.evaluate(chunks);
        for (const tag of lazyTags) assert.ok(loaded.some((p) => p.startsWith(`/dist/bundle/${chunkOf(tag)}-`)), `${tag} came as a chunk: ${loaded.join(', ')}`);
        // <izp-modules> and its five module elements are one file, not six.
        assert.ok(!loaded.some((p) => /\/izp-(profile|measurements|host-data|diary|links)-/.test(p)), `the module elements came in the modules chunk: ${loaded.join(', ')}`);
        assert.ok(!loaded.some((p) => p.startsWith('/dist/bundle/en-')), 'a Dutch page never fetches English');

        await page.evaluate(() => window.izpBundle.plan.setAttribute('lang', 'en'));
        await page.waitForFunction(() => window.izpBundle.plan.shadowRoot.querySelector('header')?.textContent.includes('Individual care plan'));
        assert.ok((await page.evaluate(chunks)).some((p) => p.startsWith('/dist/bundle/en-')), 'English came as a chunk');
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  });
}
