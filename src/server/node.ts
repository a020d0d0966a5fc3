/**
 * Runs the server in Node on a port. @hono/node-server is loaded here only, so the app itself (app.ts)
 * stays runnable in a browser (inside msw) and other fetch-standard runtimes.
 */
import type { IzpServer } from './app.js';

export interface Listening {
  url: string;
  port: number;
  /** Stops accepting connections, ends open event streams, and closes the server's adapter. */
  close(): Promise<void>;
}

export async function listen(server: IzpServer, options: { port?: number; hostname?: string; fetch?: (request: Request) => Response | Promise<Response> } = {}): Promise<Listening> {
  const { serve } = await import('@hono/node-server');
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve) => {
    const http = serve({ fetch: options.fetch ?? server.fetch, port: options.port ?? 0, hostname }, (info) => {
      resolve({
        url: `http://${hostname}:${info.port}`,
        port: info.port,
        close: async () => {
          await new Promise<void>((done) => {
            http.close(() => done());
            // Event streams never end by themselves; closing their sockets lets close() finish.
            (http as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          });
          await server.close();
        },
      });
    });
  });
}
