/**
 * The few HTTP interactions the adapter needs of a FHIR R4 server (read, batch, transaction, search
 * with paging), with the host's auth hook on every request and failures as the core's typed errors.
 */
import { StorageError } from '../../core/errors.js';
import type { Bundle, BundleEntry, Resource } from '../../fhir/types.js';

export interface FhirClientOptions {
  /** The server's base, e.g. `https://fhir.example.org/r4` (a trailing slash is added). */
  baseUrl: string;
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Headers for each request, e.g. `{ Authorization: 'Bearer …' }`; called per request, so a token can refresh. */
  auth?: () => Record<string, string> | Promise<Record<string, string>>;
}

export interface Answer {
  status: number;
  body: Resource | null;
}

/** Statuses with which a server reports that a version check failed. */
export const isVersionConflict = (status: number) => status === 409 || status === 412;

export class FhirClient {
  private readonly base: string;
  private readonly fetcher: typeof fetch;

  constructor(private readonly options: FhirClientOptions) {
    this.base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
    this.fetcher = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  async request(method: string, path: string, body?: unknown, signal?: AbortSignal, extra: Record<string, string> = {}): Promise<Answer> {
    signal?.throwIfAborted();
    const headers: Record<string, string> = { Accept: 'application/fhir+json', ...extra, ...(await this.options.auth?.()) };
    if (body !== undefined) headers['Content-Type'] = 'application/fhir+json';
    let response: Response;
    try {
      const url = /^https?:/.test(path) ? path : this.base + path;
      response = await this.fetcher(url, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}), ...(signal ? { signal } : {}) });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new StorageError(undefined, { cause: error });
    }
    const text = await response.text();
    let parsed: Resource | null = null;
    try {
      parsed = text ? (JSON.parse(text) as Resource) : null;
    } catch {
      // A proxy's HTML error page or a cut-off answer: no FHIR content; the status decides.
      if (response.ok) throw new StorageError({ nl: 'De FHIR-server gaf geen leesbaar antwoord', en: 'The FHIR server gave an unreadable answer' });
    }
    // Who may do what is the core's judgement; a server refusing the adapter's credentials is a storage failure.
    if (response.status === 401 || response.status === 403) {
      throw new StorageError({ nl: `De FHIR-server weigert de toegang (HTTP ${response.status}); controleer de aanmelding`, en: `The FHIR server refused access (HTTP ${response.status}); check the credentials` });
    }
    return { status: response.status, body: parsed };
  }

  /** A batch of independent requests (reads, searches); each answer on its own. */
  async batch(entries: BundleEntry['request'][], signal?: AbortSignal): Promise<BundleEntry[]> {
    if (entries.length === 0) return [];
    const answer = await this.request('POST', '', { resourceType: 'Bundle', type: 'batch', entry: entries.map((request) => ({ request })) }, signal);
    if (answer.status >= 300 || answer.body?.resourceType !== 'Bundle') throw unavailable(answer);
    return (answer.body as Bundle).entry ?? [];
  }

  /** Every match of a search, following `next` links. */
  async searchAll(query: string, signal?: AbortSignal): Promise<{ resources: Resource[]; self: string | undefined }> {
    const resources: Resource[] = [];
    let path: string | undefined = query;
    let self: string | undefined;
    while (path !== undefined) {
      const answer = await this.request('GET', path, undefined, signal);
      if (answer.status >= 300 || answer.body?.resourceType !== 'Bundle') throw unavailable(answer);
      const bundle = answer.body as Bundle;
      self ??= bundle.link?.find((l) => l.relation === 'self')?.url;
      resources.push(...(bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : [])));
      const next = bundle.link?.find((l) => l.relation === 'next')?.url;
      path = next ? (next.startsWith(this.base) ? next.slice(this.base.length) : next) : undefined;
    }
    return { resources, self };
  }
}

export function unavailable(answer: Answer): StorageError {
  const issue = (answer.body?.issue as { diagnostics?: string; details?: { text?: string } }[] | undefined)?.[0];
  const detail = issue?.details?.text ?? issue?.diagnostics ?? `HTTP ${answer.status}`;
  return new StorageError({ nl: `De FHIR-server antwoordde met een fout (${detail}); er is niets opgeslagen`, en: `The FHIR server answered with an error (${detail}); nothing was saved` });
}

/** The resource of a batch answer entry, or null when the server did not find it. */
export function found(entry: BundleEntry | undefined): Resource | null {
  const status = Number.parseInt(entry?.response?.status ?? '0', 10);
  if (status === 404 || status === 410) return null;
  if (status >= 300 || !entry?.resource) throw unavailable({ status, body: entry?.response?.outcome ?? null });
  return entry.resource;
}
