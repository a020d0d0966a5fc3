// Counts how many SDK elements update when <izp-plan> gets the snapshot after one change (a figure that
// does not depend on the machine's load), with the bundle in dist/. For a before/after comparison, point
// BENCH_ROOT at a directory that holds another build as dist/ beside links to this bench/ and
// node_modules/: `BENCH_ROOT=/path/to/before node bench/count-updates.mjs`.
import { openBenchPage } from './browser.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.env.BENCH_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const sizes = (process.env.BENCH_SIZES ?? '500,50').split(',').map(Number);
const { server, browser, page, errors } = await openBenchPage(root);
try {
  for (const agreements of sizes) {
    const rows = await page.evaluate(async (o) => (await import('/bench/page/render-tools.js')).countUpdates(o), { agreements });
    for (const r of rows) console.log(`${r.agreements} | ${r.scenario} | ${r.total} updates of ${r.elements} SDK elements | ${JSON.stringify(r.counts)} | run ${r.ms} ms, own update() ms ${JSON.stringify(r.spent)}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
if (errors.length) console.log('page errors:', errors);
