// The script-tag bundle as shipped (dist/izp-sdk.bundle.js): a page loads it and nothing else; the
// elements <izp-plan> renders later, the printout, the IndexedDB storage code and English are chunks in
// dist/bundle/ that the browser fetches on demand, relative to the bundle. In Chromium (scoped
// registries) and Firefox ESR (the global registry).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { browserPages, serve } from './browser.mjs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
/** The section of the plan that shows each element that loads on demand (evaluation: in a goal's row, once chosen in its menu). */
const sectionTags = { consult: 'izp-consultation', plan: 'izp-evaluation', modules: 'izp-modules', team: 'izp-care-team', history: 'izp-history', overview: 'izp-fhir-export' };
const lazyTags = Object.values(sectionTags);
/** The chunk each one comes in: the FHIR export shares one with the import and the mapping (rollup.config.js). */
const chunkOf = (tag) => (tag === 'izp-fhir-export' ? 'izp-fhir-transfer' : tag);

let server;
before(async () => {
  server = await serve();
});
after(() => server?.stop());


/** waitForFunction with one argument, in playwright (Chromium: fn, arg) and puppeteer (Firefox: fn, options, arg). */
const waitIn = (page, fn, arg) => (typeof page.context === 'function' ? page.waitForFunction(fn, arg) : page.waitForFunction(fn, {}, arg));

const chunks = () => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.startsWith('/dist/'));

for (const [name, open] of Object.entries(browserPages)) {
  describe(`the script-tag bundle and its chunks (${name})`, { timeout: 120_000 }, () => {
    it('renders the plan from the bundle, fetches each on-demand element as a chunk, the printout and the IndexedDB code on first use, and English only when asked', async () => {
      const { page, errors, close } = await open();
      try {
        await page.goto(`${server.url}/test/e2e/bundle-page.html`);
        await page.waitForFunction(() => window.izpBundle?.plan.shadowRoot?.querySelector('header')?.textContent.includes('Individueel zorgplan'));
        assert.equal(await page.evaluate(() => window.izpBundle.version), pkg.version, 'SDK_VERSION is the package version');
        // Every element the plan renders later arrives and upgrades when its section is shown (waited for,
        // never a sleep): the sections render one at a time.
        for (const [section, tag] of Object.entries(sectionTags)) {
          await page.evaluate((s) => (window.izpBundle.plan.section = s), section);
          // A row renders its evaluate element (on demand) once "Evalueren" is chosen in its menu.
          if (section === 'plan') {
            await waitIn(page, () => {
              const { plan } = window.izpBundle;
              const rows = [plan, ...plan.shadowRoot.querySelectorAll('izp-goal')];
              const item = rows.flatMap((r) => [...(r.shadowRoot?.querySelectorAll('[role="menuitem"]') ?? [])]).find((b) => b.textContent.trim() === 'Evalueren');
              if (item) return item.click(), true;
              // A menu's items exist only while it is open: close the open one and open the next, one per
              // poll, as a user looks through the menus.
              const triggers = rows.map((r) => r.shadowRoot?.querySelector('button[aria-haspopup="menu"]')).filter(Boolean);
              const open = triggers.findIndex((b) => b.getAttribute('aria-expanded') === 'true');
              if (open >= 0) triggers[open].click();
              triggers[(open + 1) % triggers.length]?.click();
              return false;
            });
          }
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
          // The evaluation dialog that choice opened is modal: closed (Escape, as a user would) before going on.
          if (section === 'plan') {
            await waitIn(page, () => {
              const open = (root) => [...root.querySelectorAll('*')].some((el) => (el.localName === 'dialog' && el.open) || (el.shadowRoot && open(el.shadowRoot)));
              return open(document);
            });
            await page.keyboard.press('Escape');
            await waitIn(page, () => {
              const open = (root) => [...root.querySelectorAll('*')].some((el) => (el.localName === 'dialog' && el.open) || (el.shadowRoot && open(el.shadowRoot)));
              return !open(document);
            });
          }
        }
        const loaded = await page.evaluate(chunks);
        for (const tag of lazyTags) assert.ok(loaded.some((p) => p.startsWith(`/dist/bundle/${chunkOf(tag)}-`)), `${tag} came as a chunk: ${loaded.join(', ')}`);
        // <izp-modules> and its five module elements are one file, not six.
        assert.ok(!loaded.some((p) => /\/izp-(profile|measurements|host-data|diary|links)-/.test(p)), `the module elements came in the modules chunk: ${loaded.join(', ')}`);
        assert.ok(!loaded.some((p) => p.startsWith('/dist/bundle/en-')), 'a Dutch page never fetches English');
        assert.ok(!loaded.some((p) => p.startsWith('/dist/bundle/idb-store-')), 'a page that stores in memory never fetches the IndexedDB code');
        assert.ok(!loaded.some((p) => p.startsWith('/dist/bundle/overview-print-')), 'the printout waits until someone prints');

        // Printing from the keyboard (the overview section is shown): the printout arrives as a chunk.
        await page.evaluate(() => {
          const overview = window.izpBundle.plan.shadowRoot.querySelector('izp-overview');
          // The platform's print dialog is replaced: the test takes the document it would print.
          overview.printDocument = (doc) => (window.izpBundle.printed = doc.body.textContent);
          overview.shadowRoot.querySelector('[part="print-button"]').focus();
        });
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => window.izpBundle.printed?.includes('Mijn zorgplan'));
        assert.ok((await page.evaluate(chunks)).some((p) => p.startsWith('/dist/bundle/overview-print-')), 'the printout came as a chunk');

        // The IndexedDB adapter fetches its storage code on first use, and works.
        const stored = await page.evaluate(async () => {
          const { IndexedDbAdapter } = await import('/dist/izp-sdk.bundle.js');
          const adapter = new IndexedDbAdapter({ name: `izp-bundle-${Date.now()}` });
          const before = performance.getEntriesByType('resource').some((r) => r.name.includes('/idb-store-'));
          const found = await adapter.get('plan', 'plan-x');
          await adapter.destroy();
          return { before, found, after: performance.getEntriesByType('resource').some((r) => r.name.includes('/idb-store-')) };
        });
        assert.deepEqual(stored, { before: false, found: null, after: true });

        // The first load has no English error messages: until English loads, error.message is the code,
        // what it is about in stable codes and the Dutch wording (src/core/errors.ts); English after.
        const makeErrors = async () => {
          const { RuleError, ValidationError, fieldIssue } = await import('/dist/izp-sdk.bundle.js');
          const rule = new RuleError('plan-closed');
          const invalid = new ValidationError([fieldIssue('description', 'too_long', { max: 2000 }), fieldIssue('targets.0.due', 'invalid_date')], 'goal');
          return { rule: rule.message, invalid: invalid.message, nl: rule.localized('nl'), issueEn: invalid.issues[0].messages.en };
        };
        const before = await page.evaluate(makeErrors);
        assert.equal(before.rule, `[rule plan-closed] ${before.nl}`);
        assert.match(before.invalid, /^\[validation description:too_long targets\.0\.due:invalid_date\] Het doel is niet geldig: Omschrijving /);
        assert.match(before.issueEn, /^Omschrijving /, 'an issue\'s `en` is the Dutch wording until English loads');

        await page.evaluate(() => window.izpBundle.plan.setAttribute('lang', 'en'));
        await page.waitForFunction(() => window.izpBundle.plan.shadowRoot.querySelector('header')?.textContent.includes('Individual care plan'));
        const after = await page.evaluate(makeErrors);
        assert.equal(after.rule, 'This care plan is closed and can no longer be changed');
        assert.match(after.invalid, /^The goal is not valid: Description is too long \(at most 2000 characters\); Due date is not a valid date/);
        assert.match(after.issueEn, /^Description is too long/);
        assert.ok((await page.evaluate(chunks)).some((p) => p.startsWith('/dist/bundle/en-')), 'English came as a chunk');
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  });
}
