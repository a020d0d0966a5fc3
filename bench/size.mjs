// Size of each entry point, measured on the rollup output in dist/ (run `npm run build` first).
//
// dist/izp-sdk.bundle.js is already self-contained and minified (rollup + terser); it is measured as is.
// The ESM entry points import shared chunks and keep Lit, zod and idb external, so each one is first
// bundled with its dependencies by esbuild (--bundle --minify, ESM, browser) into bench/.size/. Then
// size-limit (@size-limit/file, `gzip: true`, zlib level 9) checks every file against its budget in
// .size-limit.json; `npm run bench` reads the same files for the table in BENCHMARKS.md.
//
// CLI: `node bench/size.mjs` writes the bundles (the `size` script runs it before size-limit).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = join(root, 'bench', '.size');

/** What is measured: name, what it holds, the file size-limit checks, and how that file is made. */
export const entries = [
  {
    name: 'full SDK (dist/izp-sdk.bundle.js)',
    key: 'full',
    holds: 'every element, the core, memory + IndexedDB adapters, validation (zod/mini), both dictionaries, Lit',
    file: 'dist/izp-sdk.bundle.js',
    tool: 'rollup + terser (as shipped)',
  },
  {
    name: 'core (izp-sdk/core)',
    key: 'core',
    holds: 'schemas (zod/mini), rules, the nine functions, audit, errors, MemoryAdapter',
    file: 'bench/.size/core.js',
    from: ['dist/core.js'],
    tool: 'esbuild --bundle --minify',
  },
  {
    name: 'IndexedDB adapter (izp-sdk/adapters/indexeddb)',
    key: 'indexeddb',
    holds: 'IndexedDbAdapter, idb, the error classes it throws',
    file: 'bench/.size/indexeddb.js',
    from: ['dist/adapters/indexeddb.js'],
    tool: 'esbuild --bundle --minify',
  },
  {
    name: 'elements + core, ESM (izp-sdk + izp-sdk/define + adapters/indexeddb)',
    key: 'esm-all',
    holds: 'the same as the full bundle, built from the ESM entries with Lit, zod and idb bundled in',
    file: 'bench/.size/esm-all.js',
    from: ['dist/index.js', 'dist/define.js', 'dist/adapters/indexeddb.js'],
    tool: 'esbuild --bundle --minify',
    info: true,
  },
  {
    name: 'conformance suite (izp-sdk/testing)',
    key: 'testing',
    holds: 'describeAdapterConformance (a dev dependency of adapter authors; not shipped to users)',
    file: 'bench/.size/testing.js',
    from: ['dist/testing.js'],
    tool: 'esbuild --bundle --minify',
    info: true,
    external: ['mocha', 'chai', '@open-wc/testing'],
  },
];

/** Bundles every ESM entry with its dependencies into bench/.size/. */
export async function buildSizeBundles() {
  if (!existsSync(join(root, 'dist', 'izp-sdk.bundle.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(outDir, { recursive: true });
  for (const e of entries.filter((x) => x.from)) {
    const contents = e.from.map((f) => `export * from ${JSON.stringify(`./${f}`)};`).join('\n')
      // define.js has no exports; it is imported for its side effect.
      .replace(/export \* from "\.\/dist\/define\.js";/, 'import "./dist/define.js";');
    await build({
      stdin: { contents, resolveDir: root, sourcefile: `${e.key}-entry.js`, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      legalComments: 'none',
      external: e.external ?? [],
      outfile: join(root, e.file),
      logLevel: 'error',
    });
  }
}

/** Raw, gzip (level 9, as @size-limit/file) and brotli sizes of every measured file, in bytes. */
export function measureSizes() {
  return entries.map((e) => {
    const buf = readFileSync(join(root, e.file));
    return {
      ...e,
      min: statSync(join(root, e.file)).size,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

/**
 * What the full SDK is made of: minified bytes per source file when esbuild bundles src/bundle.ts
 * (the same input rollup builds dist/izp-sdk.bundle.js from), from esbuild's metafile.
 */
export async function composition(entry = 'src/bundle.ts') {
  const result = await build({
    entryPoints: [join(root, entry)], tsconfig: join(root, 'tsconfig.json'),
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', legalComments: 'none',
    write: false, metafile: true, outfile: join(outDir, 'composition.js'), logLevel: 'error',
  });
  const output = Object.values(result.metafile.outputs)[0];
  return Object.entries(output.inputs).map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildSizeBundles();
}
