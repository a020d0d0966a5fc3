// Prints Markdown tables of runs of bench/render-only.mjs.
// One file: the figures against the targets of issue 11
//   `node bench/render-table.mjs bench/.results/rendering.json`
// Two files: before and after a change
//   `node bench/render-table.mjs bench/.results/before.json bench/.results/rendering.json`.
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const f = (x) => (x >= 100 ? x.toFixed(1) : x.toPrecision(3));
const spread = (s) => `${f(s.median)} (${f(s.p25)}–${f(s.p75)})`;
const key = (r) => `${r.agreements} ${r.subject} ${r.scenario}`;
const load = (x) => x.map((v) => v.toFixed(1)).join(', ');
const subjectOf = (r) => (r.subject === 'plan' ? '`<izp-plan>` Plan section' : `\`<izp-${r.subject}>\``);

/**
 * Issue 11's targets: at 50 agreements the first render without a task over 50 ms and every update
 * within one frame (16 ms); at 500 every update <= 1.5x hand-written and <= 50 ms.
 */
function target(r) {
  const first = r.scenario === 'first render';
  if (r.agreements === 50 && first) {
    return r.longTasks.lit.max ? `**missed**: a task of ${f(r.longTasks.lit.max)} ms (${r.longTasks.lit.runsWith}/${r.lit.n} runs)` : 'met: no task over 50 ms';
  }
  if (r.agreements === 50) return r.lit.median <= 16 ? 'met (<= 16 ms)' : `**missed** by ${f(r.lit.median - 16)} ms`;
  if (r.agreements === 500 && !first) {
    const misses = [];
    if (r.ratio > 1.5) misses.push(`${r.ratio.toFixed(2)}x > 1.5x`);
    if (r.lit.median > 50) misses.push(`${f(r.lit.median)} > 50 ms`);
    return misses.length ? `**missed**: ${misses.join(', ')}` : 'met (<= 1.5x, <= 50 ms)';
  }
  return '–';
}

if (files.length === 1) {
  const run = read(files[0]);
  const long = (t, n) => (t.max ? `${f(t.max)} (${t.runsWith}/${n})` : 'none');
  console.log('| Agreements | Scenario | Lit ms, median (p25–p75) | Hand-written ms, median (p25–p75) | Ratio | Lit long task (runs) | Hand-written long task (runs) | Target | Markup (Lit elements) |');
  console.log('| ---: | --- | ---: | ---: | ---: | --- | --- | --- | --- |');
  for (const r of run.rows) {
    console.log(`| ${r.agreements} | ${subjectOf(r)}: ${r.scenario} | ${spread(r.lit)} | ${spread(r.vanilla)} | ${r.ratio.toFixed(2)}x | ${long(r.longTasks.lit, r.lit.n)} | ${long(r.longTasks.vanilla, r.vanilla.n)} | ${target(r)} | ${r.markup.equal ? 'same' : '**differs**'} (${r.markup.elements}) |`);
  }
  console.log(`\nLoad average at the start: ${load(run.loadStart)}; at the end: ${load(run.loadEnd)}. ${run.runs} runs after ${run.warmup} warm-up runs.`);
} else {
  const [before, after] = files.map(read);
  const long = (t) => (t.max ? `${f(t.max)} (${t.runsWith}/${after.runs})` : 'none');
  const old = new Map(before.rows.map((r) => [key(r), r]));
  console.log('| Agreements | Scenario | Lit before, ms | Lit after, ms | Hand-written, ms | Ratio before → after | Lit long task after (runs) | Markup (Lit elements) |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | --- | --- |');
  for (const r of after.rows) {
    const b = old.get(key(r));
    console.log(`| ${r.agreements} | ${subjectOf(r)} ${r.scenario} | ${b ? spread(b.lit) : '–'} | **${spread(r.lit)}** | ${f(r.vanilla.median)} | ${b ? `${b.ratio.toFixed(2)}x → ` : ''}${r.ratio.toFixed(2)}x | ${long(r.longTasks.lit)} | ${r.markup.equal ? 'same' : 'differs'} (${r.markup.elements}) |`);
  }
  console.log(`\nLoad average before: ${load(before.loadStart)} → ${load(before.loadEnd)}; after: ${load(after.loadStart)} → ${load(after.loadEnd)}. ${after.runs} runs after ${after.warmup} warm-up runs.`);
}
