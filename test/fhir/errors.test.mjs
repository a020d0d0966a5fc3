// FhirBundleError's message is composed as the core's errors are (src/core/errors.ts): English where the
// English messages are loaded (Node, a bundler), else, as in the script-tag bundle's first load, the code
// with the failing fields' paths and problem codes, then the Dutch wording: `[validation path:code] …`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadTs } from './load.mjs';

/** The script-tag bundle leaves the English error messages out of its first load (rollup.config.js). */
const withoutEnglish = {
  name: 'without-english-errors',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]messages[\\/]english\.ts$/ }, () => ({ contents: 'export {};', loader: 'ts' }));
  },
};

const where = { entry: 3, resource: 'Goal/g-wandelen' };
const path = 'Bundle.entry[3](Goal/g-wandelen).description';

function invalidGoal(m) {
  return new m.FhirBundleError([m.bundleIssue(path, 'required'), m.bundleIssue(`Bundle.entry[3](Goal/g-wandelen).status`, 'invalid_value', { values: ['active'] })], where);
}

describe('FhirBundleError.message', () => {
  it('is the English wording, with where in the Bundle, when English is loaded', async () => {
    const m = await loadTs('test/fhir/entry-errors.ts');
    const error = invalidGoal(m);
    assert.equal(error.message, error.localized('en'));
    assert.match(error.message, /\(Bundle\.entry\[3\], Goal\/g-wandelen\)$/);
    assert.equal(error.code, 'validation');
    assert.equal(error.name, 'FhirBundleError');
  });

  it("is `[code details] Dutch wording` before English is loaded, like the core's errors", async () => {
    const m = await loadTs('test/fhir/entry-errors.ts', { plugins: [withoutEnglish] });
    const error = invalidGoal(m);
    const details = `${path}:required Bundle.entry[3](Goal/g-wandelen).status:invalid_value`;
    assert.equal(error.message, `[validation ${details}] ${error.localized('nl')}`);
    assert.match(error.message, /Bundle\.entry\[3\], Goal\/g-wandelen\)$/, 'the Dutch wording names where in the Bundle');
    // The core's own ValidationError in the same copy: the same shape.
    const core = new m.ValidationError([m.bundleIssue(path, 'required')], 'import');
    assert.equal(core.message, `[validation ${path}:required] ${core.localized('nl')}`);
  });
});
