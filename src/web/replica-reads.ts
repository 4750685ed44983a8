/**
 * The public's reads go to a streaming replica (DATABASE_READ_URL, src/db/read-replicas.ts): a GET
 * or HEAD without credentials of a public page, feed, file or open-data address. Everything else —
 * every form, a signed-in user's pages (the secretariat sees its publish at once), the log-in
 * pages that write a session — reads and writes on the primary.
 */
import type { MiddlewareHandler } from 'hono';
import type { ReadRouting } from '../db/read-replicas.js';
import { hasCredentials } from './page-cache.js';

const PUBLIC_READS =
  /^\/(?:$|moede\/|punkt\/|organ\/|sag\/|person\/|udgiver(?:$|\/)|sog(?:$|\.atom$)|kalender\.ics$|api\/|oparl\/|bilag\/|kilde\/)/;

export function publicReadsOnReplica(routing: ReadRouting): MiddlewareHandler {
  return async (c, next) => {
    const { method } = c.req;
    const isPublicRead =
      (method === 'GET' || method === 'HEAD') &&
      PUBLIC_READS.test(c.req.path) &&
      !hasCredentials(c.req.raw.headers, ['lang']);
    if (!isPublicRead) return next();
    await routing.onReplica(async () => {
      await next();
      if (c.error) routing.failed(c.error); // an unreachable replica is passed over from the next request
    });
  };
}
