/** Starts the HTTP server on a port; resolves once it listens. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

/** Anything with Hono's fetch: the app from createApp(). */
export interface FetchApp {
  // biome-ignore lint/suspicious/noExplicitAny: the node adapter passes its bindings through
  fetch: (request: Request, ...rest: any[]) => Response | Promise<Response>;
}

export function startServer(app: FetchApp, port: number, hostname = '0.0.0.0'): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      resolve({
        port: info.port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
