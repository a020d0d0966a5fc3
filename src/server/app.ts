/**
 * The reference server as a Hono app: fetch-standard Request and Response, so the very same app runs in
 * Node (`serve`, via @hono/node-server) and inside an msw handler in the browser. Per request it creates
 * the core for the authenticated user over the shared storage adapter; the core judges and audits.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { StorageAdapter } from '../core/adapter.js';
import { createIzp } from '../core/izp.js';
import type { Role, User } from '../core/model.js';
import type { Authenticate, DevLogin } from './auth.js';
import { changeFeedFor, type ChangeFeed } from './feed.js';
import { handler, type HandlerContext } from './handle.js';
import { MemoryIdempotencyStore, type IdempotencyStore } from './idempotency.js';
import { openApiDocument } from './openapi.js';
import { httpProblem, languageOf, problemResponse } from './problem.js';
import { honoPath, routes } from './routes.js';
import { eventsHandler } from './sse.js';

export interface IzpServerOptions {
  adapter: StorageAdapter;
  /** Who is asking; null answers 401. Never trust a user named in a body. */
  authenticate: Authenticate;
  /** Origins allowed to call the API from a browser (exact, e.g. `https://his.example`); none by default. */
  corsOrigins?: string[];
  /** Largest request body in bytes; default 256 KiB. */
  bodyLimit?: number;
  /** Where retried writes find their first answer; default in this process's memory. */
  idempotency?: IdempotencyStore;
  /** News of commits for `/events`; default from the adapter (LISTEN/NOTIFY on PostgreSQL). */
  feed?: ChangeFeed;
  /** Mounts `POST /dev/login` (the demo only). */
  devLogin?: DevLogin;
  /** Passed to the core (tests; a server normally uses the real clock and random ids). */
  now?: () => Date;
  newId?: () => string;
  managerRoles?: Role[];
  /** Idle time after which an event stream sends a keep-alive comment; default 15 s. */
  heartbeatMs?: number;
}

export interface IzpServer {
  app: Hono;
  fetch: (request: Request) => Promise<Response>;
  /** Stops listening for changes and closes the adapter. */
  close(): Promise<void>;
}

export function createIzpServer(options: IzpServerOptions): IzpServer {
  const { adapter, feed } = options.feed ? { adapter: options.adapter, feed: options.feed } : changeFeedFor(options.adapter);
  const ctx: HandlerContext = {
    authenticate: options.authenticate,
    izpFor: ({ user, onBehalfOf }) => createIzp({
      adapter, user,
      ...(onBehalfOf ? { onBehalfOf } : {}),
      // No BroadcastChannel on the server: the change feed below carries the news.
      channel: false,
      ...(options.now ? { now: options.now } : {}),
      ...(options.newId ? { newId: options.newId } : {}),
      ...(options.managerRoles ? { managerRoles: options.managerRoles } : {}),
    }),
    idempotency: options.idempotency ?? new MemoryIdempotencyStore(),
  };
  const app = new Hono();
  const origins = new Set(options.corsOrigins ?? []);
  if (origins.size > 0) {
    app.use('*', cors({
      origin: (origin) => (origins.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'Izp-Change-Reason', 'Accept-Language'],
      exposeHeaders: ['ETag', 'Location', 'Idempotent-Replayed', 'Retry-After'],
      maxAge: 600,
    }));
  }
  app.use('*', bodyLimit({
    maxSize: options.bodyLimit ?? 256 * 1024,
    onError: (c) => problemResponse(httpProblem(413, 'too-large', { nl: 'Het verzoek is te groot', en: 'The request is too large' }, languageOf(c.req.raw))),
  }));

  let document: Record<string, unknown> | undefined;
  app.get('/openapi.json', (c) => c.json((document ??= openApiDocument())));
  if (options.devLogin) {
    const login = options.devLogin;
    app.post('/dev/login', async (c) => {
      const body = await c.req.json().catch(() => null) as { user?: User } | null;
      try {
        return c.json({ token: await login.issue(body?.user as User) });
      } catch {
        return problemResponse(httpProblem(400, 'bad-request', { nl: 'Geen geldige gebruiker', en: 'Not a valid user' }, languageOf(c.req.raw)));
      }
    });
  }
  app.get('/plans/:planId/events', eventsHandler(ctx, feed, options.heartbeatMs ?? 15_000));
  for (const route of routes) app.on(route.method, honoPath(route.path), handler(ctx, route));

  app.notFound((c) => problemResponse(httpProblem(404, 'not-found', { nl: 'Deze URL bestaat niet', en: 'No such URL' }, languageOf(c.req.raw))));
  app.onError((_error, c) => problemResponse(httpProblem(500, 'internal', { nl: 'Er ging iets mis op de server', en: 'Something went wrong on the server' }, languageOf(c.req.raw))));

  return {
    app,
    fetch: async (request) => app.fetch(request),
    async close() {
      await feed.close?.();
      await adapter.close?.();
    },
  };
}
