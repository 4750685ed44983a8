/**
 * A small in-memory cache of the public pages' HTML. The archive changes only when minutes are
 * imported, so a page is rendered once and served from memory until the data changes: the data's
 * fingerprint (dataVersion) is checked at most once per `probeIntervalMs`, and every entry also
 * expires after `maxAgeMs`. Keyed by language and URL; only successful HTML GETs are kept.
 * Everything cached is a page the public may already see: nothing else goes in. A request with
 * credentials (an Authorization header, or any cookie but the language cookie) is never served
 * from nor stored in the cache, and neither is a response that sets a cookie or is marked private,
 * so that a member's view can never reach the public. Each entry keeps its ETag (its language and a
 * digest of its HTML), so that revalidating a cached page costs no digest.
 *
 * Its size is a memory budget (`maxBytes`, the HTML's length in UTF-16 code units as a measure),
 * not a number of pages: a meeting page of a real site is 100–150 KB, a body page a few KB, and a
 * budget holds many more small pages than a count would. The least recently used go first.
 */
import type { MiddlewareHandler } from 'hono';
import { pageEtag } from './kit/revalidation.js';

export interface PageCacheOptions {
  /** Returns the data's fingerprint; a change empties the cache. */
  version: () => Promise<string>;
  probeIntervalMs?: number;
  maxAgeMs?: number;
  maxEntries?: number;
  /** The HTML kept, in all (default 64 MiB). */
  maxBytes?: number;
  /** Which paths may be cached. */
  isCacheable: (path: string) => boolean;
  /** Cookies that do not identify anyone (the interface language). */
  anonymousCookies?: readonly string[];
  clock?: () => number;
  /** Hands over the function that empties the cache, for a change announced by the database (LISTEN/NOTIFY). */
  onClear?: (clear: () => void) => void;
}

interface Entry {
  version: string;
  storedAt: number;
  status: number;
  headers: [string, string][];
  body: string;
}

export function pageCache({
  version,
  probeIntervalMs = 1000,
  maxAgeMs = 60_000,
  maxEntries = 20_000,
  maxBytes = 64 * 1024 * 1024,
  isCacheable,
  anonymousCookies = ['lang'],
  clock = Date.now,
  onClear,
}: PageCacheOptions): MiddlewareHandler<{ Variables: { lang: string } }> {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const forget = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.body.length;
    entries.delete(key);
  };
  const clearAll = () => {
    entries.clear();
    bytes = 0;
  };
  let known: { value: string; at: number } | null = null;
  let probing: Promise<string> | null = null;
  // A change announced by the database: every entry goes, and the fingerprint is probed again.
  onClear?.(() => {
    clearAll();
    known = null;
  });

  async function currentVersion(): Promise<string> {
    const now = clock();
    if (known && now - known.at < probeIntervalMs) return known.value;
    probing ??= version()
      .then((value) => {
        if (known && known.value !== value) clearAll();
        known = { value, at: clock() };
        return value;
      })
      .finally(() => {
        probing = null;
      });
    return probing;
  }

  return async (c, next) => {
    if (c.req.method !== 'GET' || !isCacheable(c.req.path) || hasCredentials(c.req.raw.headers, anonymousCookies))
      return next();
    let current: string;
    try {
      current = await currentVersion();
    } catch {
      return next(); // the route will meet the same trouble and answer with the error page
    }
    const url = new URL(c.req.url);
    const key = `${c.get('lang') ?? ''}\n${url.pathname}${url.search}`;
    const hit = entries.get(key);
    if (hit && hit.version === current && clock() - hit.storedAt < maxAgeMs) {
      entries.delete(key); // most recently used last
      entries.set(key, hit);
      return new Response(hit.body, { status: hit.status, headers: hit.headers });
    }
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    if (c.res.status !== 200 || !type.startsWith('text/html')) return;
    if (c.res.headers.has('set-cookie') || /private|no-store/i.test(c.res.headers.get('cache-control') ?? '')) return;
    const body = await c.res.clone().text();
    // Its validator, computed once (web/kit/revalidation.ts answers If-None-Match with it).
    const etag = pageEtag(c.get('lang') ?? '', body);
    c.res.headers.set('ETag', etag);
    const headers: [string, string][] = [
      ['content-type', type],
      ['etag', etag],
    ];
    if (body.length > maxBytes) return;
    forget(key);
    entries.set(key, { version: current, storedAt: clock(), status: 200, headers, body });
    bytes += body.length;
    while (entries.size > maxEntries || bytes > maxBytes) forget(entries.keys().next().value as string);
  };
}

/** An Authorization header, or a cookie other than the anonymous ones. */
export function hasCredentials(headers: Headers, anonymousCookies: readonly string[]): boolean {
  if (headers.has('authorization')) return true;
  const cookie = headers.get('cookie');
  if (!cookie) return false;
  return cookie
    .split(';')
    .map((part) => part.split('=')[0].trim())
    .some((name) => name !== '' && !anonymousCookies.includes(name));
}
