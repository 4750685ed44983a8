/**
 * The session cookie and the middleware that reads it. The cookie holds a random token (the
 * database keeps only its hash): HttpOnly, SameSite=Lax, Path=/, Secure on https or with
 * COOKIE_SECURE. Every request with the cookie gets `signedIn` set (or null); a cookie that names
 * no live session is removed. Pages for a signed-in user are never stored by browsers or proxies.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Db } from '../../db/client.js';
import { resolveSession } from '../../use-cases/accounts/resolve-session.js';
import type { RequestFacts } from './request-facts.js';

export const SESSION_COOKIE = 'protokol_session';

/** Files that need no session (and so no database query). */
const SESSIONLESS = /^\/(?:dkfds|static)\//;

export function sessionMiddleware({
  db,
  now,
  facts,
}: {
  db: Db;
  now: () => Date;
  facts: RequestFacts;
}): MiddlewareHandler {
  return async (c, next) => {
    c.set('signedIn', null);
    c.set('sessionToken', null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token && !SESSIONLESS.test(c.req.path)) {
      const user = await resolveSession({ db, token, now: now() });
      if (user) {
        c.set('signedIn', user);
        c.set('sessionToken', token);
      } else {
        clearSessionCookie(c, facts);
      }
    }
    await next();
    if (c.get('signedIn')) {
      c.res.headers.set('Cache-Control', 'no-store');
      c.res.headers.append('Vary', 'Cookie');
    }
  };
}

export function setSessionCookie(c: Context, facts: RequestFacts, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: facts.secureCookies(c),
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context, facts: RequestFacts): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: facts.secureCookies(c) });
}
