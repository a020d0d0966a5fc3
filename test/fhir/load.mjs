// Node cannot run TypeScript here (Node 20): these tests bundle the sources they need with esbuild,
// in memory, and import the result. No build of dist/ is needed to run them.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Imports a TypeScript module (with everything it imports) from the repository; `plugins` are esbuild's,
 * e.g. one that leaves a module out as the script-tag bundle does. Each call is a copy of its own.
 */
export async function loadTs(entry, { plugins = [] } = {}) {
  const out = await build({
    entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20',
    tsconfig: 'tsconfig.json', logLevel: 'silent', plugins,
  });
  const dir = mkdtempSync(join(tmpdir(), 'izp-fhir-test-'));
  const file = join(dir, 'module.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
