/**
 * Caching headers for the public, read-only resources (JSON API, OParl, calendars, feeds): a weak
 * ETag over the response body (unless the route set one), `Cache-Control: public, max-age=300`,
 * and 304 Not Modified when If-None-Match names the current ETag. Only successful GET/HEAD
 * responses are touched; a streamed response must set its own ETag (its body is never buffered).
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

export const PUBLIC_MAX_AGE = 300;

export function weakEtag(body: string | Uint8Array): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** If-None-Match (a list, or *) against an ETag, compared weakly (RFC 9110 §13.1.2). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

export function publicCaching({ maxAge = PUBLIC_MAX_AGE }: { maxAge?: number } = {}): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.res.status !== 200) return;
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', `public, max-age=${maxAge}`);
    let etag = c.res.headers.get('ETag');
    if (!etag) {
      const body = new Uint8Array(await c.res.clone().arrayBuffer());
      etag = weakEtag(body);
      c.res.headers.set('ETag', etag);
    }
    if (etagMatches(c.req.header('If-None-Match'), etag)) {
      const headers = new Headers(c.res.headers);
      headers.delete('Content-Length');
      headers.delete('Content-Type');
      c.res = undefined as unknown as Response; // replace the response, not merge into it
      c.res = new Response(null, { status: 304, headers });
    }
  };
}

/** CORS for reading the JSON API and OParl: any origin may GET, with the ETag and file name exposed. */
export const readable = () =>
  cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'OPTIONS'],
    exposeHeaders: ['ETag', 'Content-Disposition'],
    maxAge: 86_400,
  });
