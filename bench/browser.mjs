// The system Chromium driven by playwright-core, and a static server for the project root (bench pages
// are plain JavaScript that import the production bundle from dist/, and `idb` from node_modules for
// the raw IndexedDB comparison), on 127.0.0.1 and a free port.
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      // gc() between runs, so a collection left over from one run does not land in the next.
      '--js-flags=--expose-gc',
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  });
}

export async function serve(rootDir = '.') {
  const server = await startDevServer({
    config: {
      rootDir, port: 0, hostname: '127.0.0.1', nodeResolve: true, watch: false, open: false,
      // Cross-origin isolated pages get performance.now() at 5 µs instead of 100 µs resolution.
      middleware: [async (ctx, next) => {
        ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
        ctx.set('Cross-Origin-Embedder-Policy', 'require-corp');
        ctx.set('Cross-Origin-Resource-Policy', 'same-origin');
        await next();
      }],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  return { url: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}

/**
 * The bench page (bench/page/index.html) served from `rootDir` in a fresh browser, with no timeout on
 * page calls (a 500-agreement run takes minutes on a busy machine) and the page's errors collected.
 */
export async function openBenchPage(rootDir) {
  const server = await serve(rootDir);
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(0);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/bench/page/index.html`);
  return { server, browser, page, errors };
}
