/**
 * Revalidation of the public's pages: an anonymous GET of a page the public may cache gets a weak
 * ETag over its content and its language (the page cache gives the one it computed when it
 * stored the page) and `Cache-Control: public, max-age=0, must-revalidate`; a browser that sends
 * the ETag back in If-None-Match gets 304 Not Modified and no body. A content ETag rather than the
 * data's fingerprint alone: a page also changes without new data ("upcoming" meetings as days pass,
 * a new release), and the same content gives the same ETag on every server process.
 *
 * A signed-in person's answers are theirs alone: `Cache-Control: private, no-store`, never an ETag.
 * No Last-Modified either: the ETag is the validator, and browsers send If-None-Match with it.
 */
import type { MiddlewareHandler } from 'hono';
import { signedInOf } from '../auth/context.js';
import { etagMatches, weakEtag } from './encoding.js';

export const REVALIDATE = 'public, max-age=0, must-revalidate';
const PRIVATE = 'private, no-store';

/** The ETag of a public page: its language and a digest of its HTML (as text, or its UTF-8 bytes: the same digest). */
export function pageEtag(lang: string, html: string | Uint8Array): string {
  return weakEtag(html, `${lang}-`);
}

export function revalidation({ isCacheable }: { isCacheable: (path: string) => boolean }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (signedInOf(c)) {
      res.headers.set('Cache-Control', PRIVATE);
      if (res.status === 200) res.headers.delete('ETag');
      return;
    }
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || res.status !== 200 || !isCacheable(c.req.path)) return;
    if (!res.headers.get('Content-Type')?.startsWith('text/html') || res.headers.has('Set-Cookie')) return;
    if (/private|no-store/i.test(res.headers.get('Cache-Control') ?? '')) return;
    let etag = res.headers.get('ETag');
    if (!etag) {
      // The bytes as they are: decoding them to text only to encode them again for the digest costs more.
      etag = pageEtag(String(c.get('lang') ?? ''), new Uint8Array(await res.clone().arrayBuffer()));
      res.headers.set('ETag', etag);
    }
    res.headers.set('Cache-Control', REVALIDATE);
    if (!etagMatches(c.req.header('If-None-Match'), etag)) return;
    const headers = new Headers(res.headers);
    headers.delete('Content-Length');
    await res.body?.cancel();
    c.res = undefined as unknown as Response; // replace the answer, not merge into it
    c.res = new Response(null, { status: 304, headers });
  };
}
