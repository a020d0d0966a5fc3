// Prints the markup of <izp-plan>'s Plan section as the bench compares it (bench/page/equal.js), for
// the elements and the hand-written baseline, and the first line where they differ: the tool for making
// bench/page/vanilla.js follow the elements after their templates change. Build first.
// `node bench/markup.mjs [agreements=5] [state=s0|s1|s2|s3] [lit|vanilla|diff=diff]`
import { openBenchPage } from './browser.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [agreements = '5', state = 's0', show = 'diff'] = process.argv.slice(2);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { server, browser, page, errors } = await openBenchPage(root);
try {
  const out = await page.evaluate(async (o) => (await import('/bench/page/render-tools.js')).markup(o), { agreements: Number(agreements), state });
  if (show === 'lit' || show === 'vanilla') console.log(out[show].join('\n'));
  else {
    const n = Math.max(out.lit.length, out.vanilla.length);
    const at = Array.from({ length: n }, (_, i) => i).find((i) => out.lit[i] !== out.vanilla[i]);
    if (at === undefined) console.log(`same (${out.lit.length} lines)`);
    else {
      console.log(`differs at line ${at} of ${out.lit.length}\n--- lit`);
      console.log(out.lit.slice(Math.max(0, at - 5), at + 8).join('\n'));
      console.log('--- vanilla');
      console.log(out.vanilla.slice(Math.max(0, at - 5), at + 8).join('\n'));
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
if (errors.length) console.log('page errors:', errors);
