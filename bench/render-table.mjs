// Prints a Markdown table of two rendering runs of bench/render-only.mjs, before and after a change:
// `node bench/render-table.mjs bench/.results/before.json bench/.results/rendering.json`.
import { readFileSync } from 'node:fs';

const [beforeFile, afterFile] = process.argv.slice(2);
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const before = read(beforeFile);
const after = read(afterFile);
const f = (x) => (x >= 100 ? x.toFixed(1) : x.toPrecision(3));
const spread = (s) => `${f(s.median)} (${f(s.p25)}–${f(s.p75)})`;
const long = (t) => (t.max ? `${f(t.max)} (${t.runsWith}/${after.runs})` : 'none');
const key = (r) => `${r.agreements} ${r.subject} ${r.scenario}`;
const old = new Map(before.rows.map((r) => [key(r), r]));

console.log('| Agreements | Scenario | Lit before, ms | Lit after, ms | Hand-written, ms | Ratio before → after | Lit long task after (runs) | Markup (Lit elements) |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: | --- | --- |');
for (const r of after.rows) {
  const b = old.get(key(r));
  const subject = r.subject === 'plan' ? '`<izp-plan>`' : '`<izp-overview>`';
  console.log(`| ${r.agreements} | ${subject} ${r.scenario} | ${b ? spread(b.lit) : '–'} | **${spread(r.lit)}** | ${f(r.vanilla.median)} | ${b ? `${b.ratio.toFixed(2)}x → ` : ''}${r.ratio.toFixed(2)}x | ${long(r.longTasks.lit)} | ${r.markup.equal ? 'same' : 'differs'} (${r.markup.elements}) |`);
}
const load = (x) => x.map((v) => v.toFixed(1)).join(', ');
console.log(`\nLoad average before: ${load(before.loadStart)} → ${load(before.loadEnd)}; after: ${load(after.loadStart)} → ${load(after.loadEnd)}. ${after.runs} runs after ${after.warmup} warm-up runs.`);
