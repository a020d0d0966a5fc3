// `npm run server`: the reference server with the API under /api and the demo at /demo/.
//
//   DATABASE_URL=postgres://…   a real PostgreSQL server; otherwise embedded PGlite in DATA_DIR (default .data/)
//   DB_POOL (connections to PostgreSQL, default 10), PORT (default 8080), HOST (default 127.0.0.1), CORS_ORIGINS=https://a.example,https://b.example
//   JWT_ISSUER + JWT_AUDIENCE + (JWT_JWKS_URL | JWT_PUBLIC_KEY as PEM): bearer tokens of an OpenID Connect
//   provider (claims: JWT_CLAIM_ID=sub, JWT_CLAIM_NAME=name, JWT_CLAIM_ROLE=izp_role). Without them the demo's
//   dev login signs tokens, which refuses to run with NODE_ENV=production; only then the demo is served
//   (DEMO=off leaves it out).
import { mkdir } from 'node:fs/promises';
import { importSPKI } from 'jose';
import { Hono } from 'hono';
import { openPostgresAdapter } from 'izp-sdk/adapters/postgres';
import { PostgresIdempotencyStore, createDevLogin, createIzpServer, jwtAuthenticator, listen } from 'izp-sdk/server';
import { demoRoutes } from './server-demo.mjs';

const env = process.env;
const dataDir = env.DATA_DIR ?? '.data';
if (!env.DATABASE_URL) await mkdir(dataDir, { recursive: true });
const adapter = await openPostgresAdapter(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL, poolSize: Number(env.DB_POOL ?? 10) } : { dataDir });

let authenticate;
let devLogin;
if (env.JWT_ISSUER) {
  const key = env.JWT_PUBLIC_KEY ? await importSPKI(env.JWT_PUBLIC_KEY, env.JWT_ALG ?? 'RS256') : undefined;
  authenticate = jwtAuthenticator({
    ...(key ? { key } : { jwksUrl: env.JWT_JWKS_URL }),
    issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE,
    claims: { id: env.JWT_CLAIM_ID ?? 'sub', name: env.JWT_CLAIM_NAME ?? 'name', role: env.JWT_CLAIM_ROLE ?? 'izp_role' },
  });
} else {
  devLogin = await createDevLogin();
  authenticate = devLogin.authenticate;
  console.log('dev login enabled (demo only): anyone can sign in as anyone');
}

const izp = createIzpServer({
  adapter, authenticate, devLogin,
  idempotency: new PostgresIdempotencyStore(adapter.db, adapter.schema),
  corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((o) => o.trim()) : [],
});
const app = new Hono();
app.route('/api', izp.app);
// The demo (and its example patients) comes with the dev login only: never beside real sign-in.
if (devLogin && env.DEMO !== 'off') await demoRoutes(app, adapter);

const server = await listen(izp, { port: Number(env.PORT ?? 8080), hostname: env.HOST ?? '127.0.0.1', fetch: app.fetch });
console.log(`izp-sdk server listening on ${server.url} (API at ${server.url}/api, demo at ${server.url}/demo/)`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await server.close();
    process.exit(0);
  });
}
