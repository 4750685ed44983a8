/**
 * What the auth layer needs to know about a request that depends on how the server is deployed:
 * whether it came over https and from which address. Behind a proxy (TRUST_PROXY) the proxy's
 * X-Forwarded-Proto and the last X-Forwarded-For entry (the one the proxy added) are believed.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export interface RequestFacts {
  isHttps(c: Context): boolean;
  clientIp(c: Context): string;
  /** Whether cookies get the Secure flag. */
  secureCookies(c: Context): boolean;
}

export function requestFacts({
  trustProxy,
  cookieSecure,
}: {
  trustProxy: boolean;
  cookieSecure: boolean;
}): RequestFacts {
  const isHttps = (c: Context) =>
    new URL(c.req.url).protocol === 'https:' ||
    (trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https');
  return {
    isHttps,
    secureCookies: (c) => cookieSecure || isHttps(c),
    clientIp(c) {
      if (trustProxy) {
        const forwarded = c.req
          .header('x-forwarded-for')
          ?.split(',')
          .map((part) => part.trim())
          .filter(Boolean);
        if (forwarded && forwarded.length > 0) return forwarded[forwarded.length - 1]!;
      }
      try {
        return getConnInfo(c).remote.address ?? 'unknown';
      } catch {
        return 'unknown'; // in-process requests (tests) have no socket
      }
    },
  };
}
