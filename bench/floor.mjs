// The floor of the size targets: what the script-tag first load holds before any element or UI word (Lit
// as the elements use it, and the core as src/bundle.ts exports it), built the way rollup.config.js builds
// dist/izp-sdk.bundle.js (rollup, node-resolve for the browser, terser with the same options, the English
// error messages left out as the bundle leaves them out), so that it compares with the first load as shipped.
// bench/size.mjs lists the rows (`floor` in its entries) and measures the files this writes.
//
// Two differences from the shipped build, both without effect on the size: TypeScript is transpiled by
// esbuild with the project's emit options instead of @rollup/plugin-typescript (which would type-check the
// whole program for each row), and the elements' templates are not minified (the floor has none).
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { englishErrorsOnDemand } from '../scripts/english-errors.mjs';
import * as zodMini from 'zod/mini';

/**
 * Every value the SDK's source imports from Lit's packages (`lit`, `lit/…`, `@lit/…`), as export lines
 * of one module: Lit as the elements use it, whatever they import next. Type-only imports are left out.
 * A name is exported under an alias of its own, as two modules both have an `html`.
 */
export function litImports(srcDir) {
  const byModule = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) {
        const code = readFileSync(path, 'utf8');
        for (const [, names, spec] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'((?:lit|@lit\/[\w-]+)(?:\/[^']*)?)'/g)) {
          const values = names.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type '));
          for (const value of values) (byModule.get(spec) ?? byModule.set(spec, new Set()).get(spec)).add(value.split(/\s+as\s+/)[0]);
        }
      }
    }
  };
  walk(srcDir);
  let n = 0;
  return [...byModule].map(([spec, names]) => `export { ${[...names].map((name) => `${name} as lit${n++}`).join(', ')} } from '${spec}';`).join('\n');
}

/** A module that stands in for zod/mini: every export of it, each a no-op that returns itself. */
function zodStandIn() {
  const names = Object.keys(zodMini).filter((name) => name !== 'default');
  const reserved = new Set(['enum', 'null', 'undefined', 'void', 'instanceof', 'catch', 'function', 'default']);
  return [
    'const noop = new Proxy(function () {}, { get: () => noop, apply: () => noop, construct: () => noop });',
    `export { ${names.map((name) => (reserved.has(name) ? `noop as ${name}` : name)).join(', ')} };`,
    ...names.filter((name) => !reserved.has(name)).map((name) => `const ${name} = noop;`),
  ].join('\n');
}

/**
 * Builds one floor row into `dir` (emptied first): `core` adds src/core/exports.ts to Lit; `english` keeps
 * the English error messages (everything holds them, in the English chunk); `zodStandIn` replaces zod/mini
 * by the stand-in above; `dynamic` keeps the chunks the entry can load (the core's on-demand functions and
 * printout), else only the entry file is written.
 */
export async function buildFloor(root, dir, { core = false, english = false, zodStandIn: standIn = false, dynamic = false } = {}) {
  const contents = `${litImports(join(root, 'src'))}\n${core ? "export * from './src/core/exports.ts';" : ''}`;
  const plugins = [
    {
      name: 'floor-entry',
      resolveId: (id) => (id === 'floor-entry' || (standIn && id === 'zod/mini') ? `\0${id}` : null),
      load: (id) => (id === '\0floor-entry' ? contents : id === '\0zod/mini' ? zodStandIn() : null),
    },
    resolve({ browser: true, extensions: ['.ts', '.js'], rootDir: root }),
    {
      name: 'floor-typescript',
      async transform(code, id) {
        if (!id.endsWith('.ts')) return null;
        const out = await transform(code, {
          loader: 'ts', format: 'esm', target: 'es2022', sourcefile: id,
          tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true } },
        });
        return { code: out.code, map: null };
      },
    },
    ...(english ? [] : [englishErrorsOnDemand()]),
  ];
  const bundle = await rollup({ input: 'floor-entry', plugins, preserveEntrySignatures: 'allow-extension', onwarn: () => undefined });
  try {
    const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false } })] });
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // The entry and what it imports statically (rollup keeps that in the entry here, but a change of the
    // core could split it); with `dynamic`, also every chunk it can load.
    const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
    const keep = new Set();
    const visit = (chunk) => {
      if (!chunk || keep.has(chunk)) return;
      keep.add(chunk);
      for (const name of [...chunk.imports, ...(dynamic ? chunk.dynamicImports : [])]) visit(chunks.get(name));
    };
    visit([...chunks.values()].find((c) => c.isEntry));
    for (const chunk of keep) writeFileSync(join(dir, chunk.fileName.replaceAll('/', '__')), chunk.code);
  } finally {
    await bundle.close();
  }
}
