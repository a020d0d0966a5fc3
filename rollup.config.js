// Two builds. ESM for npm users: one module per entry point, shared code in chunks, runtime
// dependencies external so the host's bundler de-duplicates Lit, zod and idb with its own copies.
// And one self-contained, minified bundle for hosts that add a script tag and nothing else.
// Both have their templates minified (scripts/minify-templates.mjs): a host's bundler leaves the inside of
// a template literal as it is, so the ESM build ships them compact too.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync } from 'node:fs';
import { groupChunks } from './scripts/bundle-chunks.mjs';
import { englishErrorsOnDemand } from './scripts/english-errors.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import pkg from './package.json' with { type: 'json' };

// The server-side entries (and izp-sdk/msw, for tests) load these when the host installs them; the
// elements, the core and the client never do.
const serverSide = ['hono', '@hono/node-server', 'pg', '@electric-sql/pglite', 'jose', 'msw'];
const external = (id) =>
  [...Object.keys(pkg.dependencies), ...serverSide].some((dep) => id === dep || id.startsWith(`${dep}/`)) || id.startsWith('node:');
const ts = () =>
  typescript({
    tsconfig: 'tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: { noEmit: false, declaration: false, outDir: 'dist', types: [], sourceMap: true },
  });

// The SDK's version comes from package.json: the placeholder in src/version.ts is replaced in both builds.
const sdkVersion = () => ({
  name: 'izp-sdk-version',
  transform(code, id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/version.ts')) return null;
    const placeholder = "'0.0.0-dev'";
    if (!code.includes(placeholder)) this.error('src/version.ts no longer holds the version placeholder');
    return { code: code.replace(placeholder, JSON.stringify(pkg.version)), map: null };
  },
});

// `izp-sdk/define/<tag>`: one entry per file in src/define/ (each registers one tag with its dependencies).
const defineEntries = Object.fromEntries(
  readdirSync('src/define').filter((f) => f.endsWith('.ts')).map((f) => [`define/${f.slice(0, -3)}`, `src/define/${f}`]),
);

// Script-tag build: the elements that always load together are one chunk each (see scripts/bundle-chunks.mjs).
// `<izp-modules>` renders its five module elements at once; the FHIR export and import share the mapping.
const bundleGroups = {
  'izp-modules': ['modules/izp-modules', 'profile/izp-profile', 'measurements/izp-measurements', 'host-data/izp-host-data',
    'diary/izp-diary', 'links/izp-links'].map((f) => `src/elements/${f}.ts`),
  'izp-fhir-transfer': ['src/elements/fhir-transfer/izp-fhir-export.ts', 'src/elements/fhir-transfer/izp-fhir-import.ts'],
};

// The first load is one file: a chunk the bundle imports statically would be fetched before the plan shows.
const firstLoadIsOneFile = () => ({
  name: 'izp-sdk-first-load-one-file',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && chunk.isEntry && chunk.imports.length) {
        this.error(`${chunk.fileName} imports ${chunk.imports.join(', ')} statically: the first load must be one file`);
      }
    }
  },
});

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      ...defineEntries,
      core: 'src/core/index.ts',
      'adapters/indexeddb': 'src/adapters/indexeddb/index.ts',
      fhir: 'src/fhir/index.ts',
      'adapters/fhir': 'src/adapters/fhir/index.ts',
      testing: 'src/testing/index.ts',
      'adapters/postgres': 'src/adapters/postgres/index.ts',
      server: 'src/server/index.ts',
      client: 'src/client/index.ts',
      msw: 'src/msw/index.ts',
    },
    external,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: [resolve(), sdkVersion(), minifyTemplates(), ts()],
  },
  {
    // What a page loads first is this one file; what loads on demand (every element but the plan, goal,
    // agreement and overview; English; the FHIR mapping) are chunks beside it, fetched relative to it by
    // the browser.
    input: { 'izp-sdk.bundle': 'src/bundle.ts' },
    // Lets the chunks import shared code from the bundle itself, instead of moving it to a third file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'bundle/[name]-[hash].js',
      manualChunks: groupChunks(bundleGroups, 'izp-sdk.bundle', 'src/bundle.ts'),
    },
    plugins: [resolve({ browser: true }), sdkVersion(), minifyTemplates(), ts(), englishErrorsOnDemand(), terser({ format: { comments: false } }), firstLoadIsOneFile()],
  },
];
