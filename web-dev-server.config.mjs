// `npm start`: serves the demo host page, compiling TypeScript on the fly (no build step needed).
import { esbuildPlugin } from '@web/dev-server-esbuild';

const port = Number(process.env.PORT ?? 8000);
export default {
  port,
  hostname: '127.0.0.1',
  rootDir: '.',
  nodeResolve: true,
  open: false,
  watch: false,
  // The demo lives in demo/; the site root sends the browser there.
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') return ctx.redirect('/demo/');
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
};
