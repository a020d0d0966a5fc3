// Screenshots of the 3-goal example plan (Mw. F. Yıldız) in <izp-plan> at 1366x900, with the page's
// height, for docs/layout.md. Repeatable: `node scripts/screenshot.mjs [name] [section ...]` writes
// docs/img/<name>-<section>.png (full page) and prints the measured heights as JSON. Sections:
// plan (default), consult, modules, team, history, overview, patient (the patient's view).
//
// Uses the system Chromium through playwright-core and the project's dev server on a free loopback port.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve } from '../test/e2e/browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [name = 'after', ...asked] = process.argv.slice(2);
const sections = asked.length ? asked : ['plan', 'consult'];
const out = join(root, 'docs', 'img');
mkdirSync(out, { recursive: true });

process.chdir(root); // the dev server compiles TypeScript for the project root ('.')
const server = await serve('.');
const browser = await launch();
const results = {};
try {
  for (const section of sections) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const query = section === 'patient' ? 'view=patient' : `section=${section}`;
    page.on('pageerror', (error) => console.error(`${section}: ${error.message}`));
    await page.goto(`${server.url}/test/e2e/layout-page.html?${query}`);
    await page.waitForFunction(() => window.izpLayout, null, { timeout: 30000 });
    const counts = await page.evaluate(() => window.izpLayout.ready);
    const measured = await page.evaluate(() => {
      const plan = document.querySelector('izp-plan');
      const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
      const elements = all(document);
      const visible = (el) => el.checkVisibility();
      return {
        pageHeight: document.documentElement.scrollHeight,
        planHeight: Math.round(plan.getBoundingClientRect().height),
        buttons: elements.filter((el) => el instanceof HTMLButtonElement && visible(el)).length,
        headings: elements.filter((el) => /^H[1-6]$/.test(el.tagName) && visible(el)).length,
        evaluateButtons: elements.filter((el) => el instanceof HTMLButtonElement && visible(el) && el.textContent.trim() === 'Evalueren').length,
        elements: elements.length,
      };
    });
    const file = join(out, `${name}-${section}.png`);
    await page.screenshot({ path: file, fullPage: true });
    results[section] = { ...counts, ...measured, screens: Math.round((measured.pageHeight / 900) * 10) / 10 };
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(JSON.stringify(results, null, 2));
