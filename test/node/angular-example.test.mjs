// The Angular example of docs/integration.md, compiled as an Angular 20 app would compile it: the snippet
// is taken from the doc itself, put beside a bootstrap file and run through `ngc` with strict templates
// against the built package (`izp-sdk`, `izp-sdk/define`, `izp-sdk/adapters/indexeddb`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** The first ```ts block under "## Angular" in the integration guide. */
function angularSnippet() {
  const doc = readFileSync(join(root, 'docs/integration.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Angular'));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  assert.ok(match, 'docs/integration.md has an Angular example');
  return match[1];
}

describe('the Angular example of docs/integration.md', () => {
  let dir;
  before(() => {
    // Inside the package, so that `izp-sdk` resolves to this package's build and @angular to node_modules.
    dir = mkdtempSync(join(root, '.angular-example-'));
    writeFileSync(join(dir, 'care-plan.component.ts'), angularSnippet());
    writeFileSync(join(dir, 'main.ts'), [
      "import { bootstrapApplication } from '@angular/platform-browser';",
      "import { provideZonelessChangeDetection } from '@angular/core';",
      "import { CarePlanComponent } from './care-plan.component';",
      'bootstrapApplication(CarePlanComponent, { providers: [provideZonelessChangeDetection()] });',
      '',
    ].join('\n'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2023', 'DOM'], strict: true,
        experimentalDecorators: true, skipLibCheck: true, outDir: 'out', declaration: false, types: [],
      },
      angularCompilerOptions: { strictTemplates: true, strictInjectionParameters: true, compilationMode: 'full' },
      files: ['main.ts', 'care-plan.component.ts'],
    }, null, 2));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('compiles with ngc (AOT, strict templates) into a standalone component', () => {
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js'), '-p', join(dir, 'tsconfig.json')],
        { cwd: dir, stdio: 'pipe' });
    } catch (error) {
      assert.fail(`ngc failed:\n${error.stdout}${error.stderr}`);
    }
    const out = join(dir, 'out');
    const file = readdirSync(out, { recursive: true }).find((f) => String(f).endsWith('care-plan.component.js'));
    assert.ok(file, 'the component was emitted');
    const js = readFileSync(join(out, String(file)), 'utf8');
    assert.match(js, /ɵɵdefineComponent/, 'compiled ahead of time into a component definition');
    assert.match(js, /standalone: true|selectors: \[\["his-care-plan"\]\]/);
    assert.match(js, /izp-plan/, 'the template uses <izp-plan>');
    assert.match(js, /from "izp-sdk\/adapters\/indexeddb"|from 'izp-sdk\/adapters\/indexeddb'/);
  });
});
