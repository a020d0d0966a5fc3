/**
 * `izp-sdk/msw`: the reference server as msw request handlers. The very same Hono app runs inside the
 * handler (in a browser's service worker or in Node), over a `MemoryAdapter` unless you give it another
 * adapter, so a vendor's tests and stories talk REST to the real contract without a server:
 *
 *   const worker = setupWorker(...izpHandlers({ baseUrl: 'https://izp.test/api' }));
 *   plan.izp = createRestIzp({ baseUrl: 'https://izp.test/api', user, headers: { authorization: mockToken(user) } });
 *
 * Mocks only: `mockToken` is an unsigned token that names the user; never use it against a real server.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import type { StorageAdapter } from '../core/adapter.js';
import { MemoryAdapter } from '../core/memory-adapter.js';
import type { Person, Role, User } from '../core/model.js';
import { createIzpServer, type IzpServer } from '../server/app.js';
import type { Authenticate, Principal } from '../server/auth.js';

export interface IzpHandlersOptions {
  /** Where the mocked API lives, e.g. `https://izp.test/api`. */
  baseUrl: string;
  /** Default: a fresh MemoryAdapter. */
  adapter?: StorageAdapter;
  /** Default: `mockToken` bearer tokens. */
  authenticate?: Authenticate;
  /** Added before each answer (a slow network); a function may vary it. */
  latencyMs?: number | (() => number);
  now?: () => Date;
  managerRoles?: Role[];
}

/** `Bearer mock.<base64url(JSON)>`: the user (and on whose behalf) in plain sight, for mocks only. */
export function mockToken(user: User, onBehalfOf?: Person): string {
  const json = JSON.stringify({ user, ...(onBehalfOf ? { onBehalfOf } : {}) });
  const base64 = btoa(String.fromCharCode(...new TextEncoder().encode(json)));
  return `Bearer mock.${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

const mockAuthenticate: Authenticate = (request) => {
  const match = /^Bearer mock\.([A-Za-z0-9_-]+)$/.exec(request.headers.get('authorization') ?? '');
  if (!match) return null;
  try {
    const binary = atob(match[1]!.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))) as Principal;
  } catch {
    return null;
  }
};

/** The handlers, and the server behind them (to seed data through `server.fetch` or reach its adapter). */
export function izpHandlers(options: IzpHandlersOptions): HttpHandler[] & { server: IzpServer } {
  const base = new URL(options.baseUrl);
  const prefix = base.pathname.replace(/\/$/, '');
  const server = createIzpServer({
    adapter: options.adapter ?? new MemoryAdapter(),
    authenticate: options.authenticate ?? mockAuthenticate,
    heartbeatMs: 15_000,
    ...(options.now ? { now: options.now } : {}),
    ...(options.managerRoles ? { managerRoles: options.managerRoles } : {}),
  });
  const handler = http.all(`${base.origin}${prefix}/*`, async ({ request }) => {
    const latency = typeof options.latencyMs === 'function' ? options.latencyMs() : options.latencyMs;
    if (latency) await delay(latency);
    const url = new URL(request.url);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
    const inner = new Request(`http://izp.mock${url.pathname.slice(prefix.length)}${url.search}`, {
      method: request.method, headers: request.headers, signal: request.signal, ...(body ? { body } : {}),
    });
    return server.fetch(inner);
  });
  return Object.assign([handler], { server });
}

/** Every request to the API fails as a network error does: the server is unreachable. */
export function unreachableHandlers(baseUrl: string): HttpHandler[] {
  const base = new URL(baseUrl);
  return [http.all(`${base.origin}${base.pathname.replace(/\/$/, '')}/*`, () => HttpResponse.error())];
}
