// The demo beside the API (`npm run server`): demo/ as it is, its TypeScript bundled once at start with
// esbuild (a development tool: this is the demo, not how a host ships the SDK), and the example plans
// seeded into the server's database the first time, as `npm start` seeds IndexedDB.
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const bundle = (entry, platform) => build({
  entryPoints: [entry], bundle: true, format: 'esm', platform, write: false, tsconfig: 'tsconfig.json', target: 'es2022', logLevel: 'error',
}).then((result) => result.outputFiles[0].text);

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Seeds the example patients' plans once, through the core over the server's own adapter. */
async function seed(adapter) {
  const code = await bundle('stories/fixtures/example-plans.ts', 'node');
  const dir = await mkdtemp(join(tmpdir(), 'izp-demo-'));
  try {
    const file = join(dir, 'example-plans.mjs');
    await writeFile(file, code);
    const { patients, seedExamplePlans } = await import(pathToFileURL(file).href);
    if (await adapter.get('patient', patients.yildiz.id)) return false;
    await seedExamplePlans(adapter, today());
    return true;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function demoRoutes(app, adapter) {
  const [script, html, css] = await Promise.all([
    bundle('demo/main.ts', 'browser'), readFile('demo/index.html', 'utf8'), readFile('demo/host.css', 'utf8'),
  ]);
  if (await seed(adapter)) console.log('example plans seeded');
  app.get('/', (c) => c.redirect('/demo/'));
  app.get('/demo', (c) => c.redirect('/demo/'));
  app.get('/demo/', (c) => c.html(html));
  app.get('/demo/host.css', (c) => c.body(css, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.get('/demo/main.ts', (c) => c.body(script, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
}
