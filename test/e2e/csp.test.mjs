// The SDK under the strictest CSP a hospital would set, Trusted Types included, in Chromium and Firefox ESR:
// the whole <izp-plan> renders and function 9 prints, styled, with zero CSP violations and zero page errors.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserPages, serve } from './browser.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
// The strictest form: the only Trusted Types policy a page may create is Lit's own, `lit-html`.
const CSP_NAMED = `${CSP}; trusted-types lit-html`;

let server;
before(async () => {
  server = await serve('.', [async (ctx, next) => {
    await next();
    if (ctx.path === '/test/e2e/csp-page.html') ctx.set('Content-Security-Policy', ctx.query.policies === 'lit' ? CSP_NAMED : CSP);
  }]);
});
after(() => server?.stop());


for (const [name, open] of Object.entries(browserPages)) {
  for (const [policy, query, header] of [['any policy name', '', CSP], ['only the lit-html policy', '?policies=lit', CSP_NAMED]]) {
    describe(`a strict CSP with Trusted Types, ${policy} (${name})`, { timeout: 120_000 }, () => {
      it('renders the whole plan and prints the patient\'s overview, styled, with no violation', async () => {
        const { page, errors, close } = await open();
        try {
          const response = await page.goto(`${server.url}/test/e2e/csp-page.html${query}`);
          assert.equal(response.headers()['content-security-policy'], header, 'the page is served under the policy');
          await page.evaluate(() => window.izpCsp.ready);
          const result = await page.evaluate(() => window.izpCsp.print());
          assert.deepEqual(result.errors, [], 'printing reported no error');
          assert.equal(result.printed, true);
          assert.equal(result.heading, 'Mijn zorgplan');
          assert.equal(result.styled, true, 'the printout has its stylesheet');
          // 13pt from the printout's own stylesheet, not the browser's default 16px.
          assert.ok(Math.abs(parseFloat(result.fontSize) - (13 * 96) / 72) < 0.5, `font size ${result.fontSize}`);
          assert.deepEqual(await page.evaluate(() => window.izpCsp.violations), []);
          assert.deepEqual(errors, []);
          // The watch works: a string written as HTML is refused and reported, as the old print frame's was.
          const refused = await page.evaluate(() => {
            try {
              document.createElement('iframe').srcdoc = '<p>x</p>';
              return false;
            } catch {
              return true;
            }
          });
          assert.equal(refused, true, 'Trusted Types are enforced on this page');
          await page.waitForFunction(() => window.izpCsp.violations.length > 0);
        } finally {
          await close();
        }
      });
    });
  }
}
