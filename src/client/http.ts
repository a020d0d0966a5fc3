/**
 * One HTTP exchange with the server: headers (token, If-Match, change reason, idempotency key), a
 * timeout and the caller's AbortSignal, and retries with exponential backoff where a retry is safe:
 * reads, and writes because every write carries an idempotency key (the server answers a retried write
 * with its first answer). Only network errors, 503 and "still running" (409 with Retry-After) are retried.
 */
import { StorageError } from '../core/errors.js';
import { errorFromProblem, type ProblemBody } from './errors.js';

export interface HttpOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  /** Sent with every request; a function is called each time (a token that refreshes). */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Per attempt; default 15 s. */
  timeoutMs?: number;
  /** Attempts after the first; default 2. */
  retries?: number;
  /** First backoff in ms, doubled each retry; default 200. */
  backoffMs?: number;
  /** Accept-Language of problem details; default Dutch. */
  lang?: string;
}

export interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  expectedVersion?: number;
  reason?: string;
  signal?: AbortSignal;
  /** Answer null instead of NotFoundError when the server says 404. */
  nullIfNotFound?: boolean;
  /** The caller's key for this write (one per form submission); else one is made for this call. */
  idempotencyKey?: string;
}

const UNREACHABLE = { nl: 'De server is niet bereikbaar; er is niets opgeslagen', en: 'The server cannot be reached; nothing was saved' };
const TIMEOUT = { nl: 'De server antwoordde niet op tijd', en: 'The server did not answer in time' };

export class Http {
  constructor(private readonly options: HttpOptions) {}

  async send<T>(call: Call): Promise<T> {
    call.signal?.throwIfAborted();
    const retries = this.options.retries ?? 2;
    // One key for every attempt of this write: the server runs it once however often it arrives.
    const key = call.method === 'GET' ? undefined : (call.idempotencyKey ?? randomKey());
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt(call, key);
      if (outcome.kind === 'done') return outcome.value as T;
      if (attempt >= retries) throw outcome.error;
      await sleep(outcome.retryAfterMs ?? (this.options.backoffMs ?? 200) * 2 ** attempt, call.signal);
    }
  }

  private async attempt(call: Call, key: string | undefined): Promise<{ kind: 'done'; value: unknown } | { kind: 'retry'; error: Error; retryAfterMs?: number }> {
    const url = new URL(call.path.replace(/^\//, ''), this.options.baseUrl.endsWith('/') ? this.options.baseUrl : `${this.options.baseUrl}/`);
    for (const [k, v] of Object.entries(call.query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
    const headers = new Headers(typeof this.options.headers === 'function' ? await this.options.headers() : this.options.headers);
    headers.set('accept', 'application/json, application/problem+json');
    headers.set('accept-language', this.options.lang ?? 'nl');
    if (call.body !== undefined) headers.set('content-type', 'application/json');
    if (call.expectedVersion !== undefined) headers.set('if-match', `"${call.expectedVersion}"`);
    if (call.reason !== undefined) headers.set('izp-change-reason', encodeURIComponent(call.reason));
    if (key) headers.set('idempotency-key', key);

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.options.timeoutMs ?? 15_000);
    const onAbort = () => timeout.abort();
    call.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await (this.options.fetch ?? globalThis.fetch)(url, {
        method: call.method, headers, signal: timeout.signal,
        ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      });
      const text = await response.text();
      if (response.ok) return { kind: 'done', value: text ? JSON.parse(text) : null };
      const problem = parseProblem(text);
      if (response.status === 404 && call.nullIfNotFound && problem?.code === 'not-found') return { kind: 'done', value: null };
      const error = errorFromProblem(response.status, problem);
      const retryable = response.status === 503 || (response.status === 409 && problem?.code === 'idempotency-in-progress');
      if (!retryable) throw error;
      const after = Number(response.headers.get('retry-after'));
      return { kind: 'retry', error, ...(after > 0 ? { retryAfterMs: Math.min(after, 10) * 1000 } : {}) };
    } catch (error) {
      if (call.signal?.aborted) throw call.signal.reason;
      if (timeout.signal.aborted) return { kind: 'retry', error: new StorageError(TIMEOUT, { cause: error }) };
      if (error instanceof TypeError) return { kind: 'retry', error: new StorageError(UNREACHABLE, { cause: error }) };
      throw error;
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
    }
  }
}

function parseProblem(text: string): ProblemBody | null {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' ? (value) : null;
  } catch {
    return null;
  }
}

function randomKey(): string {
  return globalThis.crypto.randomUUID();
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}
