// Size of each entry point, measured on the rollup output in dist/ (run `npm run build` first).
//
// dist/izp-sdk.bundle.js is minified (rollup + terser) with Lit included; what it loads on demand are
// chunks in dist/bundle/. Two figures come from it, measured as shipped: the first load (the bundle and
// every chunk it imports statically, i.e. what a page has before `<izp-plan>` is interactive; dynamic
// `import()`s are not followed) copied into bench/.size/first-load/, and everything (the bundle and every
// chunk it can load, static or dynamic) copied into bench/.size/all/. size-limit sums the gzip size of each file, as a browser fetches them.
// The ESM entry points import shared chunks and keep Lit, zod and idb external, so each one is first
// bundled with its dependencies by esbuild (--bundle --minify, ESM, browser) into bench/.size/. Then
// size-limit (@size-limit/file, `gzip: true`, zlib level 9) checks every file against its budget in
// .size-limit.json; `npm run bench` reads the same files for the size table of its report.
//
// The floor rows (`floor` below: Lit as the elements use it, and the core without any element) are not built
// from dist/ but from src/, by bench/floor.mjs, with rollup and terser as the bundle is built; they say how
// much of the first load's target the parts the issue puts in it take before any element. `npm run bench` and
// `node bench/size.mjs --print` build them; `npm run size` (no budget of its own for them) leaves them out.
//
// CLI: `node bench/size.mjs` writes the bundles (the `size` script runs it before size-limit).
import { build } from 'esbuild';
import { buildFloor } from './floor.mjs';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = join(root, 'bench', '.size');

/** What is measured: name, what it holds, the file size-limit checks, and how that file is made. */
export const entries = [
  {
    name: 'first load (dist/izp-sdk.bundle.js and its static imports)',
    key: 'first',
    holds: 'Lit, the core with zod/mini, the memory adapter and the IndexedDB adapter\'s class, izp-plan, izp-goal, izp-agreement, izp-overview, the Dutch words these use',
    file: 'bench/.size/first-load/*.js',
    graph: 'dist/izp-sdk.bundle.js',
    tool: 'rollup + terser (as shipped)',
    target: 35000,
  },
  {
    name: 'everything (dist/izp-sdk.bundle.js + dist/bundle/*.js)',
    key: 'all',
    holds: 'the first load and every chunk loaded on demand: evaluation, consultation, modules, care team, history, FHIR transfer (each with its words in both languages), the printout, the core\'s on-demand functions, the IndexedDB storage code with idb, English',
    file: 'bench/.size/all/*.js',
    graph: 'dist/izp-sdk.bundle.js',
    dynamic: true,
    tool: 'rollup + terser (as shipped)',
    target: 60000,
  },
  {
    name: 'core (izp-sdk/core), first load',
    key: 'core',
    holds: 'what an import of izp-sdk/core loads at once: schemas (zod/mini), rules, the nine functions, audit, errors, MemoryAdapter; the functions only on-demand elements call (evaluation, access, modules, import, printout) are a chunk loaded on their first call',
    file: 'bench/.size/core/*.js',
    host: 'export * from "./dist/core.js";',
    tool: 'esbuild --bundle --splitting --minify',
  },
  {
    name: 'IndexedDB adapter (izp-sdk/adapters/indexeddb), with what it loads on first use',
    key: 'indexeddb',
    holds: 'IndexedDbAdapter, its storage code and idb (fetched on the first call), the error classes it throws',
    file: 'bench/.size/indexeddb/*.js',
    host: 'export * from "./dist/adapters/indexeddb.js";',
    dynamic: true,
    tool: 'esbuild --bundle --splitting --minify',
  },
  {
    name: 'first load through a host\'s bundler (izp-sdk/define, createIzp, IndexedDbAdapter)',
    key: 'esm-first',
    holds: 'what a host\'s bundler puts in the page\'s first chunks: the same parts as the first load above; the rest become chunks of their own',
    file: 'bench/.size/esm-first/*.js',
    host: 'import "./dist/define.js";\nexport { createIzp, MemoryAdapter } from "./dist/core.js";\nexport { IndexedDbAdapter } from "./dist/adapters/indexeddb.js";',
    tool: 'esbuild --bundle --splitting --minify',
    info: true,
  },
  {
    name: 'Lit as the elements use it',
    key: 'lit',
    holds: 'every value src/ imports from lit, lit/decorators.js, lit/directives/*, lit/static-html.js, @lit/context and @lit/task (found by reading the imports)',
    file: 'bench/.size/lit/*.js',
    floor: {},
    tool: 'rollup + terser (as the bundle)',
    info: true,
  },
  {
    name: 'the floor of the first load: Lit and the core, no element',
    key: 'floor',
    holds: 'Lit as above and the core as the script-tag bundle exports it (src/core/exports.ts: zod/mini, the schemas, the reads and the plan, goal and agreement commands, the Dutch error messages, MemoryAdapter; the English error messages left out, as the bundle leaves them out; the on-demand functions not counted). The first load holds all of this before any element or UI word',
    file: 'bench/.size/floor/*.js',
    floor: { core: true },
    tool: 'rollup + terser (as the bundle)',
    info: true,
  },
  {
    name: 'the same floor with a no-op in place of zod/mini',
    key: 'floor-no-zod',
    holds: 'the floor above with every export of zod/mini replaced by a no-op (bench/floor.mjs): what the first load would hold if zod/mini were not in it; the schemas\' own definitions are kept',
    file: 'bench/.size/floor-no-zod/*.js',
    floor: { core: true, zodStandIn: true },
    tool: 'rollup + terser (as the bundle)',
    info: true,
  },
  {
    name: 'the floor of everything: Lit and the whole core, no element',
    key: 'floor-all',
    holds: 'the floor of the first load with every chunk the core can load (its on-demand functions and the printout) and the English error messages, which everything holds in its English chunk',
    file: 'bench/.size/floor-all/*.js',
    floor: { core: true, english: true, dynamic: true },
    tool: 'rollup + terser (as the bundle)',
    info: true,
  },
  {
    name: 'elements + core, ESM (izp-sdk + izp-sdk/define + adapters/indexeddb)',
    key: 'esm-all',
    holds: 'every element (dynamic imports inlined), built from the ESM entries with Lit, zod and idb bundled in',
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

/**
 * The files a browser fetches before `entry` runs: the entry and, transitively, every module it imports
 * statically (`import … from "…"`, `export … from "…"`, `import "…"`); with `dynamic`, also every
 * `import("…")`, i.e. everything the entry can ever load (stale files in dist/ from an earlier build are
 * never counted).
 */
export function staticGraph(entry, { dynamic = false } = {}) {
  const seen = new Set();
  const imports = dynamic ? /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g : /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g;
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(imports)) visit(join(dirname(file), spec));
  };
  visit(entry);
  return [...seen];
}

/** Copies `files` into `dir` (emptied first) under their path below dist/, so size-limit measures them with one glob. */
function copyInto(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of files) {
    const below = relative(join(root, 'dist'), file);
    copyFileSync(file, join(dir, below.startsWith('..') ? basename(file) : below.replaceAll('/', '__')));
  }
}

/**
 * Bundles every ESM entry with its dependencies into bench/.size/, and gathers the shipped chunk graphs.
 * `floor: false` leaves out the floor rows (rollup from src/, about 20 s on a busy machine): `npm run size`
 * checks only the budgets of .size-limit.json, and none of them is a floor row.
 */
export async function buildSizeBundles({ floor = true } = {}) {
  if (!existsSync(join(root, 'dist', 'izp-sdk.bundle.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(outDir, { recursive: true });
  for (const e of entries.filter((x) => x.graph)) copyInto(join(root, dirname(e.file)), staticGraph(join(root, e.graph), { dynamic: !!e.dynamic }));
  for (const e of entries.filter((x) => x.host)) {
    // A host's own entry, bundled as its bundler would: shared code and on-demand imports become chunks.
    const dir = join(root, dirname(e.file));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const entryFile = join(outDir, `${e.key}-entry.js`);
    writeFileSync(entryFile, e.host.replaceAll('"./dist/', '"../../dist/'));
    rmSync(join(outDir, `${e.key}-out`), { recursive: true, force: true });
    await build({
      entryPoints: [entryFile], bundle: true, splitting: true, minify: true, format: 'esm', platform: 'browser',
      target: 'es2022', legalComments: 'none', outdir: join(outDir, `${e.key}-out`), write: true, logLevel: 'error',
    });
    copyInto(dir, staticGraph(join(outDir, `${e.key}-out`, basename(entryFile)), { dynamic: !!e.dynamic }));
  }
  // The floor rows: from src/, built as the bundle is (bench/floor.mjs), side by side.
  if (floor) await Promise.all(entries.filter((x) => x.floor).map((e) => buildFloor(root, join(root, dirname(e.file)), e.floor)));
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

/** The files one entry's `file` names: itself, or every .js file of its folder for a `*.js` glob. */
export function filesOf(e) {
  if (!e.file.endsWith('/*.js')) return [join(root, e.file)];
  const dir = join(root, dirname(e.file));
  return readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
}

/** Raw, gzip (level 9, as @size-limit/file) and brotli sizes of every measured entry, in bytes, summed over its files. */
export function measureSizes() {
  return entries.map((e) => {
    const files = filesOf(e);
    const sum = (fn) => files.reduce((total, f) => total + fn(readFileSync(f)), 0);
    return {
      ...e,
      files: files.length,
      min: sum((buf) => buf.length),
      gzip: sum((buf) => gzipSync(buf, { level: 9 }).length),
      brotli: sum((buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
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
  // `npm run size` runs this without `--print` before size-limit; `--print` measures every row.
  await buildSizeBundles({ floor: process.argv.includes('--print') });
  if (process.argv.includes('--print')) {
    for (const r of measureSizes()) console.log(`${r.name}: ${r.files} file(s), ${(r.min / 1000).toFixed(1)} kB min, ${(r.gzip / 1000).toFixed(1)} kB gzip, ${(r.brotli / 1000).toFixed(1)} kB brotli`);
  }
}
