// The compact professional layout, measured: the 3-goal example plan (Mw. F. Yıldız) in <izp-plan> at
// 1366x900 in Chromium. A layout measurement (the page's height once every goal and agreement has
// rendered), not a timing: the Plan and Consult sections each fit about two screens (at most 2.2 x 900 px),
// nothing is on screen twice, and there is no "Evalueren" button per item.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axe, pageErrors, serveAndLaunch } from './browser.mjs';

const SCREEN = { width: 1366, height: 900 };

describe('the compact professional layout at 1366x900', () => {
  const env = serveAndLaunch();

  async function open(section) {
    const page = await env.browser.newPage({ viewport: SCREEN });
    const errors = pageErrors(page);
    await page.goto(`${env.server.url}/test/e2e/layout-page.html?section=${section}`);
    await page.waitForFunction(() => window.izpLayout, null, { timeout: 60000 });
    const counts = await page.evaluate(() => window.izpLayout.ready);
    assert.deepEqual(errors, []);
    return { page, counts };
  }

  const measure = (page) => page.evaluate(() => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    const visible = all(document).filter((el) => el.checkVisibility());
    const texts = (selector) => visible.filter((el) => el.matches(selector)).map((el) => el.textContent.replace(/\s+/g, ' ').trim());
    return {
      height: document.documentElement.scrollHeight,
      evaluate: texts('button').filter((t) => t === 'Evalueren').length,
      agreementTexts: texts('#agreement-title, .text, li .what'),
    };
  });

  for (const section of ['plan', 'consult']) {
    it(`fits the ${section} section of the 3-goal plan in about two screens`, async () => {
      const { page, counts } = await open(section);
      assert.equal(counts.goals, 3);
      const { height, evaluate, agreementTexts } = await measure(page);
      assert.ok(height <= 2.2 * SCREEN.height, `${height} px tall, more than 2.2 screens`);
      if (section === 'plan') {
        assert.equal(evaluate, 0, 'evaluation is in the row menus, not a button per item');
        const walk = agreementTexts.filter((t) => t.startsWith('Eén keer per week een half uur wandelen'));
        assert.equal(walk.length, 1, `the walking agreement once on screen, not ${walk.length} times`);
      }
      assert.deepEqual(await axe(page), [], 'no axe violations');
      await page.close();
    });
  }
});
