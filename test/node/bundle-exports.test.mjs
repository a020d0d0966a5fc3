// What the script-tag bundle (dist/izp-sdk.bundle.js, after `npm run build`) exports: the core as
// izp-sdk/core exports it, but for `buildPrintOverview`, which only chunks use (the printout and the core's
// on-demand functions) and which an entry's export would keep in the first load, and `enErrors` (English
// comes with the English chunk); and every name that the README, the docs, the examples, the demo, the
// benchmark page and the tests import from the bundle.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = join(root, 'dist', 'izp-sdk.bundle.js');
const core = join(root, 'dist', 'core.js');

/** The exported names of a minified ES module: its `export{a as B,…}` statements. */
function exportedNames(file) {
  const names = new Set();
  for (const [, list] of readFileSync(file, 'utf8').matchAll(/\bexport\s*\{([^}]*)\}(?!\s*from)/g)) {
    for (const item of list.split(',')) {
      const name = item.trim().split(/\s+as\s+/).pop();
      if (name) names.add(name);
    }
  }
  return names;
}

/** Names imported from the bundle by README.md, docs/, demo/examples/, bench/page/ and test/e2e/ (checked by hand). */
const usedByHosts = [
  'IndexedDbAdapter', 'MemoryAdapter', 'SDK_VERSION', 'createIzp', 'addDays', 'IzpElement', 'localize', 'isGoalOpen',
  'isAgreementOpen', 'isPlanOpen', 'planPhase', 'goalPhase', 'agreementPhase', 'compareGoals', 'IzpPlan', 'IzpGoal',
  'IzpAgreement', 'IzpOverview', 'Plan', 'Goal', 'Agreement', 'loadElement', 'registerTranslation', 'loadLanguage', 'nlCore',
];

describe('the exports of the script-tag bundle', { skip: !existsSync(bundle) && 'dist/ is missing: run `npm run build`' }, () => {
  const exported = exportedNames(bundle);

  it('every name hosts and tests import from it', () => {
    for (const name of usedByHosts) assert.ok(exported.has(name), `the bundle exports ${name}`);
  });

  it('every value izp-sdk/core exports, but buildPrintOverview and enErrors', async () => {
    const coreNames = Object.keys(await import(core));
    assert.ok(coreNames.length > 100, 'izp-sdk/core exports its schemas, functions and errors');
    assert.ok(coreNames.includes('buildPrintOverview'), 'izp-sdk/core still exports buildPrintOverview');
    const missing = coreNames.filter((name) => !['buildPrintOverview', 'enErrors'].includes(name) && !exported.has(name));
    assert.deepEqual(missing, []);
  });

  it('not buildPrintOverview, so the printout\'s code stays in its chunk', () => {
    assert.ok(!exported.has('buildPrintOverview'));
  });

  it('not the English error messages: they come with English (izp-sdk/core has them from the start)', async () => {
    const english = 'was changed by someone else in the meantime';
    assert.ok(!exported.has('enErrors'));
    assert.ok(!readFileSync(bundle, 'utf8').includes(english), 'no English error message in the first load');
    const { RuleError, ConflictError, ValidationError, fieldIssue } = await import(core);
    assert.equal(new RuleError('plan-closed').message, 'This care plan is closed and can no longer be changed');
    assert.match(new ConflictError('goal', 'g1', 2, 3).message, new RegExp(english));
    assert.equal(new ValidationError([fieldIssue('title', 'required')], 'plan').messages.en, 'The care plan is not valid: Title is required');
  });
});
