// Script injection: 100+ known payloads, each in every text field of a plan, shown in every element of
// <izp-plan> (professional and patient view) and in the printout. Without a CSP, nothing may run and no
// payload may become an element or attribute; under the strict CSP with Trusted Types, likewise, and not
// one CSP violation. Chromium with and without the CSP, Firefox ESR under it. Prints its figures.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserPages, serve } from './browser.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

let server;
before(async () => {
  server = await serve('.', [async (ctx, next) => {
    await next();
    if (ctx.path === '/test/e2e/injection-page.html' && ctx.query.csp === '1') ctx.set('Content-Security-Policy', CSP);
  }]);
});
after(() => server?.stop());


const runs = [
  ['Chromium, no CSP', browserPages.chromium, false],
  ['Chromium, strict CSP and Trusted Types', browserPages.chromium, true],
  ['Firefox ESR, strict CSP and Trusted Types', browserPages.firefox, true],
];

for (const [name, open, csp] of runs) {
  describe(`script injection in every text field (${name})`, { timeout: 900_000 }, () => {
    it('runs nothing, parses nothing, shows every payload as text', async () => {
      const { page, errors, close } = await open();
      try {
        await page.goto(`${server.url}/test/e2e/injection-page.html${csp ? '?csp=1' : ''}`);
        const total = await page.evaluate(() => window.izpXss.ready);
        const { stored, refused } = await page.evaluate(() => ({ stored: window.izpXss.stored, refused: window.izpXss.refused }));
        assert.ok(total >= 100, `${total} payloads`);
        assert.ok(stored >= 100, `${stored} payloads stored (refused at input: ${refused.length})`);
        let views = 0;
        let asText = 0;
        let printed = 0;
        const hits = [];
        for (let i = 0; i < total; i++) {
          for (const view of ['professional', 'patient']) {
            const r = await page.evaluate(([n, v]) => window.izpXss.run(n, v), [i, view]);
            if (!r.loaded) continue;
            views++;
            asText += r.asText;
            if (r.printed) printed++;
            if (r.asText === 0) hits.push(`payload ${i} (${view}) was not shown as text`);
            hits.push(...r.hits.map((h) => `payload ${i} (${view}): ${h}`));
          }
        }
        const { violations, executed: ran } = await page.evaluate(() => ({ violations: window.izpXss.violations, executed: window.izpXss.executed }));
        console.log(`# injection (${name}): ${total} payloads, ${stored} stored, ${refused.length} refused at input, `
          + `${views} views rendered, ${printed} printouts, ${asText} text nodes showing a payload, ${ran} executions, `
          + `${violations.length} CSP violations, ${hits.length} parsed elements or attributes`);
        assert.deepEqual(hits.slice(0, 20), []);
        assert.equal(ran, 0, 'no payload ran');
        assert.equal(printed, views, 'every view printed');
        assert.deepEqual(violations, []);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  });
}
