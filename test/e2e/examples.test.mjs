// The integration examples run as a vendor would run them: plain HTML with the script-tag bundle,
// React 19 built by a bundler, Vue 3 from its browser build. Each starts a plan and hears the event.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { axe, pageErrors, serveAndLaunch } from './browser.mjs';

describe('integration examples', () => {
  const env = serveAndLaunch('.', async () => {
    execFileSync(process.execPath, ['demo/examples/react/build.mjs'], { stdio: 'inherit' });
  });

  for (const [name, path] of [['plain HTML', 'demo/examples/plain.html'], ['React 19', 'demo/examples/react/'], ['Vue 3', 'demo/examples/vue/']]) {
    it(`${name}: the host sets properties, the user starts a plan, the host hears izp-plan-created`, async () => {
      const page = await env.browser.newPage();
      const errors = pageErrors(page);
      await page.goto(`${env.server.url}/${path}`);
      await page.getByText('Dhr. J. de Groot heeft nog geen zorgplan.').waitFor();
      assert.deepEqual(await axe(page), []);
      await page.getByRole('button', { name: 'Zorgplan maken' }).click();
      await page.locator('#log', { hasText: 'created draft' }).waitFor();
      await page.getByRole('heading', { name: /Individueel zorgplan/ }).waitFor();
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
