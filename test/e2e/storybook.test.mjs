// Every story of the static Storybook (built by `npm run build-storybook` before this runs) renders
// without errors and with zero axe violations.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { axe, pageErrors, serveAndLaunch } from './browser.mjs';

const index = 'storybook-static/index.json';
const stories = existsSync(index)
  ? Object.values(JSON.parse(readFileSync(index, 'utf8')).entries).filter((e) => e.type === 'story')
  : [];

describe('the static Storybook', () => {
  const env = serveAndLaunch('storybook-static');

  it('has been built, with stories for every element', () => {
    const titles = new Set(stories.map((s) => s.title));
    for (const element of ['izp-plan', 'izp-goal', 'izp-agreement', 'izp-overview', 'izp-history', 'izp-care-team', 'izp-evaluation', 'izp-consultation', 'izp-modules',
      'izp-profile', 'izp-measurements', 'izp-diary', 'izp-links', 'izp-host-data']) {
      assert.ok(titles.has(`Elements/${element}`), `stories for ${element}`);
    }
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name}: renders, accessible`, async () => {
      const page = await env.browser.newPage();
      const errors = pageErrors(page);
      await page.goto(`${env.server.url}/iframe.html?id=${story.id}&viewMode=story`);
      // A story is ready once it rendered and its play function (filling a form, saving) has finished.
      await page.waitForFunction(() => ['finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase), null, { timeout: 15000 });
      assert.equal(await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase), 'finished', 'rendered and played without error');
      assert.ok(await page.evaluate(() => [...document.querySelectorAll('#storybook-root *')].some((e) => e.localName.startsWith('izp-') && e.shadowRoot?.childElementCount)), 'an element rendered');
      if (story.tags?.includes('live')) {
        // A live story keeps a stream open to its (mocked) server: wait for the plan, not for an idle network.
        await page.waitForFunction(() => [...document.querySelectorAll('izp-plan')].every((p) => p.shadowRoot?.querySelector('header, [role="alert"]')), null, { timeout: 20000 });
      } else {
        await page.waitForLoadState('networkidle'); // late errors of a story surface before the page is idle
      }
      assert.deepEqual(errors, [], 'no page errors');
      assert.deepEqual(await axe(page), [], 'no axe violations');
      await page.close();
    });
  }
});
