// `npm run bench`: sizes, rendering against a hand-written baseline, storage against raw idb,
// validation, each at 5, 50 and 500 agreements, in the system Chromium; writes the run's tables to
// bench/.results/report.md and its figures to bench/.results/latest.json. It never writes BENCHMARKS.md:
// that file is kept by hand from such reports and the focused scripts (render-only.mjs, size.mjs), with
// each round's figures beside the earlier ones and the analysis of section 6, which a generated file
// would lose.
//
// Options (environment): BENCH_RUNS (measured runs per figure, default 15, at least 15 for the record),
// BENCH_WARMUP (default 3), BENCH_SIZES (default "500,50,5"), BENCH_OUT (default bench/.results/report.md).
// Benchmarks are not tests: nothing here fails on a slow number. Size budgets are enforced by
// `npm run size` (size-limit), which `npm test` runs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBenchPage, chromiumPath } from './browser.mjs';
import { buildSizeBundles, composition, measureSizes } from './size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 15));
let warmup = Number(process.env.BENCH_WARMUP ?? 3);
const sizes = (process.env.BENCH_SIZES ?? '500,50,5').split(',').map(Number);
const outFile = resolve(root, process.env.BENCH_OUT ?? 'bench/.results/report.md');
const started = Date.now();
let loadStart = loadavg();
const log = (...a) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...a);

const pkg = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const sh = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

// BENCH_REPORT_ONLY=1 writes the report again from bench/.results/latest.json without measuring again.
const resultsFile = join(root, 'bench', '.results', 'latest.json');
let sizeRows; let limits; let parts; let coreParts; let env; let loadEnd; let when = started;
let rendering = []; let storage = []; let validation = [];
let commit = sh('git', ['rev-parse', '--short', 'HEAD']);
let dirty = sh('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src']) !== '';
if (process.env.BENCH_REPORT_ONLY) {
  ({ sizeRows, parts, coreParts, env, loadStart, loadEnd, when, rendering, storage, validation, runs, warmup, commit, dirty } = JSON.parse(readFileSync(resultsFile, 'utf8')));
} else {
  // ---- sizes ---------------------------------------------------------------------------------------
  log('sizes: bundling the ESM entries with esbuild');
  await buildSizeBundles();
  sizeRows = measureSizes();
  parts = await composition('src/bundle.ts');
  coreParts = await composition('src/core/index.ts');

  // ---- the browser ---------------------------------------------------------------------------------
  const { server, browser, page, errors } = await openBenchPage(root);
  env = await page.evaluate(() => ({ ua: navigator.userAgent, isolated: globalThis.crossOriginIsolated, gc: typeof globalThis.gc === 'function' }));
  if (!env.isolated) log('warning: the page is not cross-origin isolated; timer resolution is 100 µs');

  for (const n of sizes) {
    log(`rendering, ${n} agreements`);
    rendering.push(...await page.evaluate(async (o) => (await import('/bench/page/render.js')).runRendering(o), { agreements: n, runs, warmup }));
    log(`storage, ${n} agreements`);
    storage.push(...await page.evaluate(async (o) => (await import('/bench/page/storage.js')).runStorage(o), { agreements: n, runs, warmup, saveRuns: Math.max(60, runs) }));
    log(`validation, ${n} agreements`);
    validation.push(await page.evaluate(async (o) => (await import('/bench/page/validation.js')).runValidation(o), { agreements: n, runs: Math.max(30, runs), warmup: 5 }));
  }
  await browser.close();
  await server.stop();
  loadEnd = loadavg();
  if (errors.length) log('page errors:', errors);
  mkdirSync(join(root, 'bench', '.results'), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify({ env, sizeRows, parts, coreParts, loadStart, loadEnd, when, rendering, storage, validation, runs, warmup, commit, dirty }, null, 1));
}

// ---- the report ----------------------------------------------------------------------------------
// Targets from the issue; budgets as .size-limit.json enforces them now.
limits = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'));
const targets = { full: 35000, core: 12000, indexeddb: 8000 };
const parseLimit = (s) => Number(/([\d.]+)/.exec(s)[1]) * (/kB|KB/.test(s) ? 1000 : /KiB/.test(s) ? 1024 : 1);
for (const r of sizeRows) {
  const limit = limits.find((l) => l.path === r.file);
  r.budget = limit ? parseLimit(limit.limit) : null;
  r.target = r.target ?? targets[r.key] ?? null;
}
const kB = (b) => (b / 1000).toFixed(1);
const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const spread = (s) => `${ms(s.p25)}–${ms(s.p75)}`;
const x = (r) => (r === null || r === undefined ? '–' : `${r.toFixed(2)}x`);
const mark = (ok) => (ok ? 'met' : '**missed**');
const cpu = (/model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8')) ?? [])[1] ?? cpus()[0]?.model;

const group = (list) => {
  const out = {};
  for (const p of list) {
    const k = p.path.includes('node_modules/')
      ? p.path.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
      : p.path.replace(/^src\/(elements|core|i18n|styles|adapters|events)\/([^/]+).*$/, (m, a, b) => (a === 'core' || a === 'i18n' || a === 'styles' ? `src/${a}/${b}` : `src/${a}/${b}`));
    out[k] = (out[k] ?? 0) + p.bytes;
  }
  return Object.entries(out).sort((a, b) => b[1] - a[1]);
};
const compTable = (list, top) => {
  const total = list.reduce((s, p) => s + p.bytes, 0);
  return group(list).slice(0, top).map(([k, b]) => `| ${k} | ${kB(b)} | ${((b / total) * 100).toFixed(0)} % |`).join('\n');
};

const renderRows = rendering.map((r) => {
  const target = r.ratio <= 1.5;
  const lt = Math.max(r.longTasks.lit.max, 0);
  const lf = Math.max(r.longFrames.lit.max, 0);
  return `| ${r.agreements} | \`<izp-${r.subject}>\` ${r.scenario} | ${ms(r.lit.median)} (${spread(r.lit)}) | ${ms(r.vanilla.median)} (${spread(r.vanilla)}) | ${x(r.ratio)} ${target ? '' : '**over 1.5x**'} | ${lt ? `${ms(lt)} (${r.longTasks.lit.runsWith}/${r.lit.n})` : 'none'} | ${lf ? `${ms(lf)} (${r.longFrames.lit.runsWith}/${r.lit.n})` : 'none'} | ${r.longTasks.vanilla.max ? ms(r.longTasks.vanilla.max) : 'none'} / ${r.longFrames.vanilla.max ? ms(r.longFrames.vanilla.max) : 'none'} | ${r.markup?.equal ? `same (${r.markup.elements})` : '**differs**'} |`;
});
const storageRows = storage.map((r) => `| ${r.agreements} | ${r.operation} | ${ms(r.sdk.median)} (${spread(r.sdk)}) | ${ms(r.sdk.p95)} | ${r.raw ? `${ms(r.raw.median)} (${spread(r.raw)})` : '–'} | ${x(r.ratio)}${r.ratio > 1.5 ? ' **over 1.5x**' : ''} | ${r.memory ? ms(r.memory.median) : '–'} | ${r.sdk.n} |`);
const validationRows = validation.map((v) => `| ${v.agreements} | ${v.goals} | ${v.records} | ${ms(v.median)} (${spread(v)}) | ${ms(v.p95)} | ${ms(v.first)} | ${v.median <= 10 ? 'met' : '**missed**'} |`);
const saves = storage.filter((r) => r.operation.startsWith('save one'));

const md = `# Bench report

Generated by \`npm run bench\` (bench/run.mjs) on ${new Date(when).toISOString().slice(0, 16).replace('T', ' ')} UTC, at commit \`${commit}\`${dirty ? ' with uncommitted changes under src/' : ''}.
Benchmarks are not tests: nothing fails on a slow number. Only the size budgets are enforced, by
\`npm run size\` (size-limit), which \`npm test\` runs after the build.

## Machine and versions

| | |
| --- | --- |
| CPU | ${cpu}, ${cpus().length} cores (\`nproc\`: ${sh('nproc', [])}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB |
| OS | ${sh('uname', ['-sr'])} |
| Browser | ${sh(chromiumPath, ['--version']).replace(/\s+built on.*/, '') || chromiumPath}, headless, driven by playwright-core ${pkg('playwright-core')}; \`--disable-gpu\` (software rendering), \`--js-flags=--expose-gc\` |
| Load average (1, 5, 15 min) | ${loadStart.map((v) => v.toFixed(1)).join(', ')} at the start, ${loadEnd.map((v) => v.toFixed(1)).join(', ')} at the end (other work on the machine shows in the spread) |
| Node | ${process.version} |
| Packages | lit ${pkg('lit')}, @lit/reactive-element ${pkg('@lit/reactive-element')}, zod ${pkg('zod')}, idb ${pkg('idb')}, rollup ${pkg('rollup')}, esbuild ${pkg('esbuild')}, size-limit ${pkg('size-limit')} |
| Runs | ${runs} measured runs after ${warmup} warm-up runs per figure (single-change saves: ${Math.max(60, runs)}; validation: ${Math.max(30, runs)} after 5); median, and the spread as p25–p75 |
| Timer | ${env.isolated ? 'cross-origin isolated page: performance.now() at 5 µs' : 'performance.now() at 100 µs'} |

## 1. Size (min + gzip)

Measured on the rollup output in \`dist/\`. The first load is \`dist/izp-sdk.bundle.js\` as shipped (rollup +
terser, Lit included) with every chunk it imports statically; everything adds every chunk it can load
on demand (each file gzipped on its own and summed, as a browser fetches them). Each ESM entry is bundled with its dependencies (Lit, zod, idb) by esbuild
(\`--bundle --minify\`, ESM, browser) into \`bench/.size/\`; gzip is zlib level 9, as size-limit's
\`@size-limit/file\` with \`gzip: true\` computes it. 1 kB = 1000 bytes. Budgets live in \`.size-limit.json\`.

| Entry point | Holds | Tool | Minified | **Gzip** | Brotli | Target | Budget (CI) | Target |
| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |
${sizeRows.map((r) => `| ${r.name} | ${r.holds} | ${r.tool} | ${kB(r.min)} kB | **${kB(r.gzip)} kB** | ${kB(r.brotli)} kB | ${r.target ? `${kB(r.target)} kB` : '–'} | ${r.budget ? `${kB(r.budget)} kB` : 'not enforced'} | ${r.target ? mark(r.gzip <= r.target) : 'information'} |`).join('\n')}

What the full SDK is made of (minified bytes per source when esbuild bundles \`src/bundle.ts\`; before gzip):

| Part | kB minified | Share |
| --- | ---: | ---: |
${compTable(parts, 16)}

What the core is made of (\`src/core/index.ts\`):

| Part | kB minified | Share |
| --- | ---: | ---: |
${compTable(coreParts, 8)}

## 2. Rendering against hand-written DOM

A plan through the core (\`createIzp\` + \`MemoryAdapter\`; bench/page/fixture.js): N agreements under N/10
goals (one goal at 5), accorded; one agreement in ten changed once; one goal in 25 achieved; one
agreement in 20 stopped. Elements from the production bundle (\`dist/izp-sdk.bundle.js\`, Lit in
production mode). The subject is \`<izp-plan>\`'s professional view on its Plan section
(\`section="plan"\`): the header with its row menu, the tab list, and the goals as rows with one line per
agreement, each with its disclosure button, primary action and row menu (a row's \`<izp-evaluation>\`
is rendered only when "Evalueren" is chosen in its menu, which no scenario does); the other sections
are not rendered while it is shown, so no run waits for a chunk. The baseline (bench/page/vanilla.js)
is hand-written \`document.createElement\` code that builds the same markup (shadow roots with the same
adopted stylesheets, attributes, texts and listeners) and, on a new snapshot, rebuilds only the rows
whose version changed and moves list items by id. After every scenario the bench serializes both trees
(shadow roots included; comments dropped, whitespace collapsed) and checks they are the same: column
*Markup*.

A run is one task, timed from the first line of work until every element has finished updating
(Lit updates in microtasks; the bench awaits the elements that scheduled an update, collected as they
call \`requestUpdate()\`, still in the same task) and style and layout have been forced; paint follows in
the next frame and is not in the time. Data comes from an adapter that hands over a prepared snapshot
without copying (storage is in section 3). *First render*: the element is created and connected until
the whole plan is on screen, the core's reads included (the baseline reads through the same core).
Updates: the snapshot the core returns after \`updateAgreement\`, \`closeGoal\` or \`closeAgreement\` is
handed to the mounted element (as \`<izp-plan>\`'s refresh does), against the baseline's update.
Long task: the longest task over 50 ms (Long Tasks API) among the measured runs' own tasks, with how
many runs had one; long frame: the longest animation frame over 50 ms (Long Animation Frames API) that
starts with a run's task, which adds the paint of the frame. Targets (issue 11): at 50 agreements the
first render without a task over 50 ms and every update within 16 ms; at 500 every update <= 1.5x
hand-written and <= 50 ms.

| Agreements | Scenario | Lit ms, median (p25–p75) | Hand-written ms | Ratio | Lit long task (runs) | Lit long frame (runs) | Hand-written task / frame | Markup (elements) |
| ---: | --- | ---: | ---: | ---: | --- | --- | --- | --- |
${renderRows.join('\n')}

${rendering.filter((r) => r.scenario === 'first render' && r.markup?.census).map((r) => `- \`<izp-${r.subject}>\` at ${r.agreements} agreements: ${r.markup.census.elements} elements, ${r.markup.census.hosts} shadow hosts; ${r.markup.census.hidden} (${((r.markup.census.hidden / r.markup.census.elements) * 100).toFixed(0)} %) inside closed dialogs and hidden forms.`).join('\n')}

## 3. Storage

\`IndexedDbAdapter\` against raw \`idb\` ${pkg('idb')} calls doing the same reads and writes in the same
transactions (bench/page/storage.js), and the \`MemoryAdapter\` for reference. The plan of section 2 is
copied into a fresh database with one commit. Targets: <= 1.5x raw; a single-change save at p95 <= 10 ms.

| Agreements | Operation | SDK ms, median (p25–p75) | SDK p95 | Raw idb ms | Ratio | Memory ms | Runs |
| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${storageRows.join('\n')}

Single-change save at p95: ${saves.map((r) => `${ms(r.sdk.p95)} ms (${r.agreements} agreements, ${r.operation.includes('core') ? 'core' : 'adapter'})`).join('; ')}: target 10 ms ${saves.every((r) => r.sdk.p95 <= 10) ? 'met' : '**missed**'}.

## 4. Validation

\`Plan.parse\`, \`Goal.parse\` for every goal and \`Agreement.parse\` for every agreement (the core's zod/mini
schemas from src/core/model.ts, as exported by the bundle) over the stored plan. Target: <= 10 ms at 500.

| Agreements | Goals | Records | ms, median (p25–p75) | p95 | First parse in the page | Target |
| ---: | ---: | ---: | ---: | ---: | ---: | --- |
${validationRows.join('\n')}

## 5. Scaling

Every table above has rows at ${[...new Set(rendering.map((r) => r.agreements))].join(', ')} agreements. How cost grows:
${(() => {
  const all = [...new Set(rendering.map((r) => r.agreements))];
  const big = Math.max(...all);
  const small = Math.min(...all.filter((s) => s > 5)) || big;
  const pick = (list, pred) => list.find(pred);
  const lines = [];
  for (const subject of ['plan']) {
    const a = pick(rendering, (r) => r.agreements === big && r.subject === subject && r.scenario === 'first render');
    const b = pick(rendering, (r) => r.agreements === small && r.subject === subject && r.scenario === 'first render');
    if (a && b) lines.push(`- \`<izp-${subject}>\` first render: ${ms(b.lit.median)} ms at ${small}, ${ms(a.lit.median)} ms at ${big} (${(a.lit.median / b.lit.median).toFixed(1)}x for ${big / small}x the agreements); hand-written ${ms(b.vanilla.median)} -> ${ms(a.vanilla.median)} ms.`);
    const u = pick(rendering, (r) => r.agreements === big && r.subject === subject && r.scenario === 'update one agreement');
    const v = pick(rendering, (r) => r.agreements === small && r.subject === subject && r.scenario === 'update one agreement');
    if (u && v) lines.push(`- \`<izp-${subject}>\` update of one agreement: ${ms(v.lit.median)} ms at ${small}, ${ms(u.lit.median)} ms at ${big}; hand-written ${ms(v.vanilla.median)} -> ${ms(u.vanilla.median)} ms.`);
  }
  const l1 = pick(storage, (r) => r.agreements === big && r.operation.startsWith('load'));
  const l2 = pick(storage, (r) => r.agreements === small && r.operation.startsWith('load'));
  if (l1 && l2) lines.push(`- Loading the plan from IndexedDB: ${ms(l2.sdk.median)} ms at ${small}, ${ms(l1.sdk.median)} ms at ${big}.`);
  const v1 = pick(validation, (r) => r.agreements === big);
  const v2 = pick(validation, (r) => r.agreements === small);
  if (v1 && v2) lines.push(`- Validation: ${ms(v2.median)} ms at ${small}, ${ms(v1.median)} ms at ${big}.`);
  return lines.join('\n');
})()}

## 6. Where the targets are missed

What these figures mean, round by round, is written by hand in BENCHMARKS.md (section 6).
`;

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, md);
log(`wrote ${outFile}`);
