/**
 * CSRF protection for every unsafe request (anything but GET, HEAD, OPTIONS), on every route.
 * A signed-in user's forms carry the session's synchronizer token (stored with the session). Forms
 * for the public (login, forgotten password) carry a signed double-submit token: the HMAC, under
 * the server's key, of a random value in an HttpOnly cookie — so a token can neither be read nor
 * forged from another site, not even by one that can plant cookies. A request without a valid
 * token is refused with 403 before any route runs.
 *
 * The token travels in the form field `_csrf` (or the `X-CSRF-Token` header for scripts); the views'
 * `CsrfInput` (render/html/forms.tsx) writes the field, `csrfOf(c)` gives a signed-in user's token.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { safeEqual } from '../../use-cases/accounts/account-secrets.js';
import { signedInOf } from '../auth/context.js';
import type { RequestFacts } from '../auth/request-facts.js';

export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
export const CSRF_COOKIE = 'protokol_csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface Csrf {
  /** The token to put in a form on this response (sets the anonymous cookie when needed). */
  tokenFor(c: Context): string;
  middleware: MiddlewareHandler;
}

export function csrfProtection({
  key,
  facts,
  onRefused,
  isExempt = () => false,
}: {
  /** The server's key for the anonymous tokens. */
  key: Buffer;
  facts: RequestFacts;
  /** Unsafe requests that carry no token by design, each protected otherwise (web/auth names them). */
  isExempt?: (c: Context) => boolean;
  /** The 403 response. */
  onRefused: (c: Context) => Response | Promise<Response>;
}): Csrf {
  const sign = (value: string) => createHmac('sha256', key).update(`csrf:${value}`).digest('base64url');

  function tokenFor(c: Context): string {
    const user = signedInOf(c);
    if (user) return user.csrfToken;
    let value = getCookie(c, CSRF_COOKIE);
    if (!value || !/^[A-Za-z0-9_-]{43}$/.test(value)) {
      value = randomBytes(32).toString('base64url');
      setCookie(c, CSRF_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'Lax', secure: facts.secureCookies(c) });
    }
    c.header('Cache-Control', 'no-store');
    return sign(value);
  }

  async function submittedToken(c: Context): Promise<string | null> {
    const header = c.req.header(CSRF_HEADER);
    if (header) return header;
    const type = c.req.header('content-type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return null;
    try {
      const body = await c.req.parseBody();
      const value = body[CSRF_FIELD];
      return typeof value === 'string' ? value : null;
    } catch {
      return null;
    }
  }

  const middleware: MiddlewareHandler = async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || isExempt(c)) return next();
    const submitted = await submittedToken(c);
    const user = signedInOf(c);
    const anonymous = getCookie(c, CSRF_COOKIE);
    const valid =
      submitted !== null &&
      ((user !== null && safeEqual(submitted, user.csrfToken)) ||
        (anonymous !== undefined && safeEqual(submitted, sign(anonymous))));
    if (!valid) return onRefused(c);
    return next();
  };

  return { tokenFor, middleware };
}

/** The session's CSRF token for the forms of a signed-in user's page ('' for the public). */
export function csrfOf(c: Context): string {
  return signedInOf(c)?.csrfToken ?? '';
}
