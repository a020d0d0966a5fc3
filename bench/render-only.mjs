// Only the rendering rows of `npm run bench` (section 2), printed as a table and written as JSON to
// bench/.results/rendering.json: for quick before/after checks while working on the elements, without
// the sizes, storage and server runs. Build first (`npm run build`, or `npx rollup -c` for the bundle).
// Options (environment): BENCH_RUNS (default 15), BENCH_WARMUP (default 3), BENCH_SIZES (default "500,50"),
// BENCH_SUBJECTS (default "plan", the only one now), BENCH_OUT (default bench/.results/rendering.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBenchPage } from './browser.mjs';

// BENCH_ROOT: serve another build as dist/ (a directory with it beside links to bench/ and node_modules/).
const root = process.env.BENCH_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 15));
const warmup = Number(process.env.BENCH_WARMUP ?? 3);
const sizes = (process.env.BENCH_SIZES ?? '500,50').split(',').map(Number);
const subjects = (process.env.BENCH_SUBJECTS ?? 'plan').split(',');
const out = resolve(root, process.env.BENCH_OUT ?? 'bench/.results/rendering.json');

const loadStart = loadavg();
const { server, browser, page, errors } = await openBenchPage(root);
const rows = [];
try {
  for (const agreements of sizes) {
    rows.push(...await page.evaluate(async (o) => (await import('/bench/page/render.js')).runRendering(o), { agreements, runs, warmup, subjects }));
  }
} finally {
  await browser.close();
  await server.stop();
}
const loadEnd = loadavg();
const f = (x) => (x >= 100 ? x.toFixed(1) : x.toPrecision(3));
for (const r of rows) {
  console.log([r.agreements, r.subject, r.scenario.padEnd(20), `lit ${f(r.lit.median)} (${f(r.lit.p25)}-${f(r.lit.p75)})`,
    `vanilla ${f(r.vanilla.median)}`, `${r.ratio.toFixed(2)}x`, `long task ${r.longTasks.lit.max ? f(r.longTasks.lit.max) : 'none'} (${r.longTasks.lit.runsWith})`,
    r.markup.equal ? `same (${r.markup.elements})` : `differs: ${JSON.stringify(r.markup.diff)}`].join(' | '));
}
console.log(`load ${loadStart.map((x) => x.toFixed(1)).join(', ')} -> ${loadEnd.map((x) => x.toFixed(1)).join(', ')}`);
if (errors.length) console.log('page errors:', errors);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ when: new Date().toISOString(), runs, warmup, loadStart, loadEnd, rows }, null, 1));
