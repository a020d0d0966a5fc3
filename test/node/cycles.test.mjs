// scripts/cycles.mjs, the import-cycle check of `npm test`: on small module graphs written to a temp folder.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/cycles.mjs', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'izp-cycles-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Writes the files of one graph and runs the check over it. */
function check(name, files) {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(process.execPath, [script, name], { cwd: root, encoding: 'utf8' });
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('import cycles', () => {
  it('passes a graph without cycles, dynamic imports and packages included', () => {
    const { code, out } = check('acyclic', {
      'a.ts': "import { b } from './b.js';\nimport { html } from 'lit';\nexport const a = () => [b, html, import('./c.js')];\n",
      'b.ts': "export const b = 1;\n",
      'c.ts': "import { a } from './a.js';\nexport const c = a;\n", // back to a, but a only loads c on demand
    });
    assert.equal(code, 0, out);
    assert.match(out, /none among 3 modules/);
  });

  it('fails on a cycle of value imports and prints it', () => {
    const { code, out } = check('values', {
      'element.ts': "import { helper } from './helper.js';\nexport class El { run() { return helper(this); } }\n",
      'helper.ts': "import { El } from './element.js';\nexport const helper = (e: unknown) => e instanceof El;\n",
      'other.ts': "export const other = 1;\n",
    });
    assert.equal(code, 1);
    assert.match(out, /1 group\(s\)/);
    assert.match(out, /values\/element\.ts\n\s+-> values\/helper\.ts\n\s+-> values\/element\.ts/);
    assert.doesNotMatch(out, /other\.ts/);
  });

  it('counts type-only imports, re-exports and folder indexes too, and marks them', () => {
    const { code, out } = check('types', {
      'el/index.ts': "export { El } from './el.js';\n",
      'el/el.ts': "import { render } from '../parts.js';\nexport class El { html() { return render(this); } }\n",
      'parts.ts': "import type { El } from './el';\nexport const render = (e: El) => String(e);\n",
    });
    assert.equal(code, 1);
    assert.doesNotMatch(out, /through type-only imports/); // el -> parts imports a value
    assert.match(out, /parts\.ts\n\s+-> types\/el\/index\.ts {2}\(type\)\n\s+-> types\/el\/el\.ts/);
  });

  it('says when a cycle is made of type-only imports (an element and a helper that names its type)', () => {
    const { code, out } = check('typeonly', {
      'el.ts': "import type { Parts } from './parts.js';\nexport interface El { parts: Parts }\n",
      'parts.ts': "import { type El } from './el.js';\nexport interface Parts { host: El }\n",
    });
    assert.equal(code, 1);
    assert.match(out, /2 module\(s\), through type-only imports/);
  });

  it('fails when a relative import does not resolve', () => {
    const { code, out } = check('missing', { 'a.ts': "import { x } from './gone.js';\nexport const a = x;\n" });
    assert.equal(code, 1);
    assert.match(out, /do not resolve.*\n.*a\.ts: \.\/gone\.js/);
  });
});
