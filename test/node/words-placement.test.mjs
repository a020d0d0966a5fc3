// Where the words end up in the script-tag build (dist/, after `npm run build`): the words of elements
// that load on demand (src/i18n/words) are in no file of the first load and not in the English chunk,
// but in the chunks that load with those elements. A module of the first load that imports the whole
// `nl` (or a words file) would put them back; this test says which words and where.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const bundle = join(dist, 'izp-sdk.bundle.js');

/**
 * The bundle and every file it imports statically (`import"./x.js"`, `import{a}from"./x.js"`,
 * `export{a}from"./x.js"`), and with `dynamic` also what it loads with `import("./x.js")`: dist/bundle/
 * may hold files of earlier builds, so the files are found from the bundle, not listed.
 */
function reachable(dynamic) {
  const seen = new Set();
  const imports = dynamic ? /(?:\bimport\(?|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g : /(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g;
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(imports)) visit(join(dirname(file), spec));
  };
  visit(bundle);
  return [...seen];
}

/** The source of the first load's dictionaries and error messages: a word found there may be in both. */
const firstLoadSources = ['src/i18n', 'src/core/messages'].flatMap((dir) => readdirSync(join(root, dir))
  .filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(root, dir, f), 'utf8'))).join('\n');

/** The longer quoted words of a words file (not its imports or comments), as they appear in the minified output. */
function wordsOf(file) {
  const source = readFileSync(join(root, 'src', 'i18n', 'words', file), 'utf8');
  return source.split('\n').filter((line) => !/^\s*(import|\/\/|\/\*|\*)/.test(line))
    // Every literal from left to right (a short one too, so that no text between two literals is taken for one).
    .flatMap((line) => [...line.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"|`[^`]*`/g)].map((m) => m[1] ?? m[2] ?? ''))
    .filter((word) => word.length >= 18 && !/[$`]/.test(word) && !firstLoadSources.includes(word));
}

describe('the words of on-demand elements in the script-tag build', { skip: !existsSync(bundle) && 'dist/ is missing: run `npm run build`' }, () => {
  const first = reachable(false);
  const firstText = first.map((f) => readFileSync(f, 'utf8')).join('\n');
  const onDemand = reachable(true).filter((f) => !first.includes(f));
  const english = onDemand.filter((f) => readFileSync(f, 'utf8').includes('Individual care plan'));

  it('the first load is the bundle and what it imports statically, and Dutch is in it', () => {
    assert.ok(firstText.includes('Individueel zorgplan'), 'the first load has the Dutch words of the plan');
    assert.equal(english.length, 1, 'English is one chunk of its own');
  });

  for (const file of readdirSync(join(root, 'src', 'i18n', 'words'))) {
    it(`words/${file}: only in the chunks of its elements`, () => {
      const words = wordsOf(file);
      assert.ok(words.length >= 5, `found words in words/${file}`);
      for (const word of words) {
        assert.ok(!firstText.includes(word), `"${word}" is in the first load`);
        assert.ok(!readFileSync(english[0], 'utf8').includes(word), `"${word}" is in the English chunk`);
        assert.ok(onDemand.some((f) => readFileSync(f, 'utf8').includes(word)), `"${word}" is in no chunk loaded on demand`);
      }
    });
  }
});
