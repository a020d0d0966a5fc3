// Where an update of <izp-plan> spends its time: a CPU profile (Chrome DevTools protocol) of `BENCH_MOVES`
// timed moves of one scenario on the Lit side (BENCH_SIDE=vanilla: the baseline) (forward timed and profiled, back untimed), summed by
// function self time and by script. Build first.
// `node bench/profile.mjs [agreements=500] ["first render"|"update one agreement"|"close one goal"|"close one agreement"]`
import { openBenchPage } from './browser.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [agreements = '500', scenario = 'update one agreement'] = process.argv.slice(2);
const moves = Number(process.env.BENCH_MOVES ?? 10);
const side = process.env.BENCH_SIDE ?? 'lit'; // or 'vanilla': the baseline, for comparison
const byFn = new Map();
const byUrl = new Map();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { server, browser, page, errors } = await openBenchPage(root);
try {
  await page.evaluate(async (o) => (await import('/bench/page/render-tools.js')).prepareMove(o), { agreements: Number(agreements), scenario, side });
  for (let i = 0; i < 3; i++) await page.evaluate(async () => { await globalThis.__move(true); await globalThis.__move(false); });
  const walk = [];
  for (let i = 0; i < 5; i++) walk.push(await page.evaluate(() => globalThis.__settledWalk()));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const times = [];
  await cdp.send('Profiler.start');
  for (let i = 0; i < moves; i++) {
    times.push(await page.evaluate(() => globalThis.__move(true)));
    await cdp.send('Profiler.stop').then(({ profile }) => collect(profile));
    await page.evaluate(() => globalThis.__move(false));
    await cdp.send('Profiler.start');
  }
  await cdp.send('Profiler.stop');
  times.sort((a, b) => a - b);
  console.log(`${side}, ${agreements} agreements, ${scenario}: ${moves} moves, median ${times[moves >> 1].toFixed(1)} ms (${times.map((t) => t.toFixed(1)).join(', ')})`);
  console.log(`the bench's wait with nothing pending: ${walk.map((t) => t.toFixed(2)).join(', ')} ms`);
  const total = [...byFn.values()].reduce((a, b) => a + b, 0);
  console.log(`profiled (self time, all moves): ${(total / 1000).toFixed(1)} ms`);
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000 / moves).toFixed(2).padStart(7)} ms/move  ${k}`).join('\n');
  console.log('--- by script\n' + top(byUrl, 10));
  console.log('--- by function\n' + top(byFn, 30));
} finally {
  await browser.close();
  await server.stop();
}
if (errors.length) console.log('page errors:', errors);

function collect(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const n = nodes.get(profile.samples[i]);
    const us = dt[i + 1] ?? 0;
    const f = n.callFrame;
    const url = f.url.replace(/^https?:\/\/[^/]+/, '') || '(native)';
    const name = `${f.functionName || '(anonymous)'} ${url}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    byFn.set(name, (byFn.get(name) ?? 0) + us);
    byUrl.set(url, (byUrl.get(url) ?? 0) + us);
  }
}
