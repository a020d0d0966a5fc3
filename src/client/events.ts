/**
 * `subscribe` over Server-Sent Events, read with fetch (EventSource cannot send an Authorization header).
 * Reconnects with backoff while subscribed; stops for good when the server refuses (403, 404).
 */
import type { PlanChange } from '../core/api.js';
import type { HttpOptions } from './http.js';

export function subscribeToPlan(options: HttpOptions, planId: string, listener: (change: PlanChange) => void): () => void {
  const controller = new AbortController();
  const run = async () => {
    let failures = 0;
    while (!controller.signal.aborted) {
      try {
        const url = new URL(`plans/${encodeURIComponent(planId)}/events`, options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
        const headers = new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);
        headers.set('accept', 'text/event-stream');
        const response = await (options.fetch ?? globalThis.fetch)(url, { headers, signal: controller.signal });
        if (response.status === 403 || response.status === 404 || response.status === 401) {
          await response.body?.cancel();
          return;
        }
        if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
        for await (const message of messages(response.body, controller.signal)) {
          failures = 0;
          // Notices already on their way when the caller stopped are not delivered.
          if (controller.signal.aborted) return;
          if (message.event === 'change') listener({ planId, origin: 'remote' });
          if (message.event === 'error') return;
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      // The stream ended or failed: try again, waiting longer each time (at most 30 s).
      await wait(Math.min(30_000, 500 * 2 ** failures++), controller.signal);
    }
  };
  void run();
  return () => controller.abort();
}

async function* messages(body: ReadableStream<Uint8Array>, signal: AbortSignal): AsyncGenerator<{ event: string; data: string }> {
  const reader = body.getReader();
  // A fetch that is not the browser's (a test's, msw's) may not end the body on abort: end it here.
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        if (data.length > 0) yield { event, data: data.join('\n') };
      }
    }
  } finally {
    signal.removeEventListener('abort', cancel);
    reader.releaseLock();
  }
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
