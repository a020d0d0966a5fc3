// Shared by the end-to-end tests: the system Chromium driven by playwright-core, the project's dev
// server on a free loopback port, and an axe scan that reports violations as readable text.
import { after, before } from 'node:test';
import { createRequire } from 'node:module';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * Serves the project root (TypeScript compiled on the fly) on 127.0.0.1 and a free port; `middleware`
 * (Koa style) lets a test set response headers, such as a Content-Security-Policy.
 */
export async function serve(rootDir = '.', middleware = []) {
  const server = await startDevServer({
    config: {
      rootDir, port: 0, hostname: '127.0.0.1', nodeResolve: rootDir === '.', watch: false, open: false, middleware,
      plugins: rootDir === '.' ? [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })] : [],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  return { url: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}

/** Runs axe on the page (shadow roots included) and returns its violations as one line each. */
export async function axe(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Registers the hooks most end-to-end files need: before the tests, the dev server on `rootDir` (after
 * `setup`, e.g. a build) and Chromium; after them, both stopped. Read `browser` and `server` in the tests.
 */
export function serveAndLaunch(rootDir = '.', setup = async () => {}) {
  const env = { browser: undefined, server: undefined };
  before(async () => {
    await setup();
    env.server = await serve(rootDir);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

/** Collects a page's uncaught errors as text (playwright and puppeteer pages alike). */
export function pageErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  return errors;
}

/**
 * The two browsers the cross-browser tests run in, each launched afresh with one page: Chromium (playwright)
 * and Firefox ESR (puppeteer, WebDriver BiDi). `errors` holds the page's uncaught errors.
 */
export const browserPages = {
  chromium: async () => {
    const browser = await launch();
    const page = await browser.newPage();
    return { page, errors: pageErrors(page), close: () => browser.close() };
  },
  firefox: async () => {
    const browser = await puppeteer.launch({
      browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true,
    });
    const page = await browser.newPage();
    return { page, errors: pageErrors(page), close: () => browser.close() };
  },
};
