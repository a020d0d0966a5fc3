/**
 * Serves one route of the table: authenticate, read If-Match, the change reason and the JSON body, run
 * the core for the authenticated user (with the idempotency key, for writes), and answer with the result
 * and its ETag, or with a problem.
 */
import type { Context } from 'hono';
import type { Izp } from '../core/api.js';
import { Person, User as UserSchema } from '../core/model.js';
import type { Authenticate, Principal } from './auth.js';
import type { IdempotencyStore, StoredResponse } from './idempotency.js';
import { httpProblem, languageOf, problemOf, problemResponse } from './problem.js';
import type { ChangeOpts, Route } from './routes.js';
import { versionOf } from './routes.js';

export interface HandlerContext {
  authenticate: Authenticate;
  izpFor(principal: Principal): Izp;
  idempotency: IdempotencyStore;
}

const NO_STORE = { 'cache-control': 'no-store' };

/** The authenticated principal, or the 401 to answer with. */
export async function userOf(ctx: HandlerContext, request: Request): Promise<Principal | Response> {
  let principal: Principal | null = null;
  try {
    const found = await ctx.authenticate(request);
    const candidate = found && 'user' in found ? found : found ? { user: found } : null;
    // What authentication returns is checked like input: a malformed user is no user.
    if (candidate && UserSchema.safeParse(candidate.user).success && (candidate.onBehalfOf === undefined || Person.safeParse(candidate.onBehalfOf).success)) {
      principal = candidate;
    }
  } catch {
    principal = null;
  }
  if (principal) return principal;
  return problemResponse(
    httpProblem(401, 'unauthenticated', { nl: 'Log eerst in', en: 'Sign in first' }, languageOf(request)),
    { 'www-authenticate': 'Bearer', ...NO_STORE },
  );
}

export function handler(ctx: HandlerContext, route: Route) {
  return async (c: Context): Promise<Response> => {
    const request = c.req.raw;
    const lang = languageOf(request);
    const principal = await userOf(ctx, request);
    if (principal instanceof Response) return principal;
    const user = principal.user;

    const ifMatch = parseIfMatch(request.headers.get('if-match'));
    if (ifMatch === 'invalid') return problemResponse(httpProblem(400, 'bad-request', { nl: 'If-Match is geen versie', en: 'If-Match is not a version' }, lang));
    const reason = decodeReason(request.headers.get('izp-change-reason'));
    if (reason === null) return problemResponse(httpProblem(400, 'bad-request', { nl: 'Izp-Change-Reason is niet goed gecodeerd', en: 'Izp-Change-Reason is not percent-encoded text' }, lang));

    let text = '';
    let body: unknown;
    if (route.body) {
      text = await request.text();
      if (text.trim() === '' && route.optionalBody) body = undefined;
      else {
        if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers.get('content-type') ?? '')) {
          return problemResponse(httpProblem(400, 'bad-request', { nl: 'Stuur JSON (Content-Type: application/json)', en: 'Send JSON (Content-Type: application/json)' }, lang));
        }
        try {
          body = JSON.parse(text);
        } catch {
          return problemResponse(httpProblem(400, 'bad-request', { nl: 'De inhoud is geen geldige JSON', en: 'The body is not valid JSON' }, lang));
        }
      }
    }

    const signal = request.signal;
    const opts: ChangeOpts = {
      ...(ifMatch !== undefined ? { expectedVersion: ifMatch } : {}),
      ...(reason ? { reason } : {}),
      signal,
    };
    const run = async (): Promise<StoredResponse> => {
      try {
        const result = await route.call({ izp: ctx.izpFor(principal), signal, params: c.req.param(), query: new URL(request.url).searchParams, body, opts });
        if (result === null) {
          return stored(404, { 'content-type': 'application/problem+json' }, httpProblem(404, 'not-found', { nl: 'Niet gevonden', en: 'Not found' }, lang));
        }
        const version = versionOf(result);
        return stored(route.created ? 201 : 200, {
          'content-type': 'application/json',
          ...(version !== undefined ? { etag: `"${version}"` } : {}),
          ...(route.operation === 'createPlan' ? { location: `/plans/${(result as { id: string }).id}` } : {}),
        }, result);
      } catch (error) {
        const problem = problemOf(error, lang, ifMatch !== undefined);
        return stored(problem.status, { 'content-type': 'application/problem+json' }, problem);
      }
    };

    const key = route.method === 'GET' ? null : request.headers.get('idempotency-key');
    if (!key) return respond(await run());
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) return problemResponse(httpProblem(400, 'bad-request', { nl: 'Idempotency-Key is ongeldig', en: 'Idempotency-Key is invalid' }, lang));
    const fingerprint = await sha256(`${route.method} ${new URL(request.url).pathname}\n${ifMatch ?? ''}\n${reason ?? ''}\n${text}`);
    const begun = await ctx.idempotency.begin(user.id, key, fingerprint);
    if (begun.state === 'done') return respond(begun.response, { 'idempotent-replayed': 'true' });
    if (begun.state === 'pending') {
      return problemResponse(httpProblem(409, 'idempotency-in-progress', { nl: 'Dit verzoek wordt nog uitgevoerd', en: 'This request is still running' }, lang), { 'retry-after': '1' });
    }
    if (begun.state === 'mismatch') {
      return problemResponse(httpProblem(422, 'idempotency-mismatch', { nl: 'Deze Idempotency-Key hoort bij een ander verzoek', en: 'This Idempotency-Key belongs to another request' }, lang));
    }
    const response = await run();
    if (response.status >= 500) await ctx.idempotency.abandon(user.id, key);
    else await ctx.idempotency.finish(user.id, key, response);
    return respond(response);
  };
}

function stored(status: number, headers: Record<string, string>, value: unknown): StoredResponse {
  return { status, headers, body: JSON.stringify(value) };
}

function respond(response: StoredResponse, extra: Record<string, string> = {}): Response {
  return new Response(response.body, { status: response.status, headers: { ...response.headers, ...NO_STORE, ...extra } });
}

/** `"3"`, `W/"3"` or `3` → 3; absent or `*` → undefined. */
export function parseIfMatch(header: string | null): number | undefined | 'invalid' {
  if (header === null || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  return match ? Number(match[1]) : 'invalid';
}

/** The decoded reason, or `null` when it is not percent-encoded text (a marker string could be a real reason). */
function decodeReason(header: string | null): string | undefined | null {
  if (header === null) return undefined;
  try {
    return decodeURIComponent(header);
  } catch {
    return null;
  }
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
