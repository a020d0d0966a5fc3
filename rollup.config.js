// ESM for npm users: one module per entry point, shared code in chunks, runtime dependencies external
// so the host's bundler de-duplicates Lit, zod and idb with its own copies.
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import pkg from './package.json' with { type: 'json' };

const external = (id) => Object.keys(pkg.dependencies).some((dep) => id === dep || id.startsWith(`${dep}/`));

export default {
  input: {
    index: 'src/index.ts',
    core: 'src/core/index.ts',
    'adapters/indexeddb': 'src/adapters/indexeddb/index.ts',
    testing: 'src/testing/index.ts',
  },
  external,
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  plugins: [
    resolve(),
    typescript({
      tsconfig: 'tsconfig.json',
      include: ['src/**/*.ts'],
      compilerOptions: { noEmit: false, declaration: false, outDir: 'dist', types: [], sourceMap: true },
      noForceEmit: false,
    }),
  ],
};
