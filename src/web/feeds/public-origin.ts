/**
 * The site's address in the pages' absolute links (a calendar's webcal:// and https address,
 * render/html/subscribe-links.tsx): PUBLIC_URL when it is configured, so that a page kept in the
 * page cache (keyed by path, not host) never carries the Host header of whoever asked first; else
 * the request's own origin. The views read it as the context variable PUBLIC_ORIGIN_KEY.
 */
import type { MiddlewareHandler } from 'hono';
import { PUBLIC_ORIGIN_KEY } from '../../render/html/subscribe-links.js';

export function publicOrigin(publicUrl: string | undefined): MiddlewareHandler {
  const origin = publicUrl ? new URL(publicUrl).origin : undefined;
  return async (c, next) => {
    if (origin) c.set(PUBLIC_ORIGIN_KEY as never, origin as never);
    await next();
  };
}
