/**
 * Log in through the organisation's identity provider (OpenID Connect), when configured (mounted
 * at OIDC_START_PATH, /log-ind/oidc):
 *   GET /log-ind/oidc          → the provider's login page (state, nonce and PKCE verifier are kept
 *                                in a signed, HttpOnly cookie for ten minutes)
 *   GET /log-ind/oidc/retur    ← the provider sends the browser back with a code (OIDC_CALLBACK_PATH)
 * The validated ID token's e-mail address must belong to an existing, active account: there is no
 * self-registration. Then a new session, exactly as after a password login.
 */
import { createHmac } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { OIDC_CALLBACK_PATH } from '../../config.js';
import { AuthProblemPage } from '../../render/html/accounts/problem-page.js';
import { ACCOUNT_MESSAGES } from '../../render/messages/accounts.js';
import { safeEqual } from '../../use-cases/accounts/account-secrets.js';
import { authenticateOidcUser } from '../../use-cases/accounts/authenticate-oidc-user.js';
import { startSession } from '../../use-cases/accounts/start-session.js';
import type { AuthEnv } from '../auth/context.js';
import { SESSION_COOKIE, setSessionCookie } from '../auth/session.js';
import { langOf, page } from '../kit/page.js';
import { type AccountsDeps, safeBackPath } from './deps.js';
import { type OidcClient, OidcError, randomValue } from './oidc.js';

export const OIDC_START_PATH = '/log-ind/oidc';
/** The callback's path inside this app (the configured redirect URL ends on OIDC_CALLBACK_PATH). */
const CALLBACK = OIDC_CALLBACK_PATH.slice(OIDC_START_PATH.length);

const OIDC_COOKIE = 'protokol_oidc';
const ATTEMPT_TTL_MS = 10 * 60_000;

const Attempt = z.object({
  state: z.string(),
  nonce: z.string(),
  verifier: z.string(),
  back: z.string(),
  expiresAt: z.number(),
});
type Attempt = z.infer<typeof Attempt>;

const CallbackQuery = z.object({
  code: z.string().min(1).max(2000).optional(),
  state: z.string().min(1).max(200).optional(),
  error: z.string().max(200).optional(),
});

type OidcDeps = AccountsDeps & { oidc: OidcClient };

/** The attempt travels in a signed, HttpOnly cookie, readable only on the OpenID Connect paths. */
function attemptCookie({ key, facts, now }: OidcDeps) {
  const sign = (payload: string) => createHmac('sha256', key).update(`oidc:${payload}`).digest('base64url');
  const options = (c: Context) =>
    ({ path: OIDC_START_PATH, httpOnly: true, sameSite: 'Lax', secure: facts.secureCookies(c) }) as const;
  return {
    write(c: Context, attempt: Attempt) {
      const payload = Buffer.from(JSON.stringify(attempt)).toString('base64url');
      setCookie(c, OIDC_COOKIE, `${payload}.${sign(payload)}`, { ...options(c), maxAge: ATTEMPT_TTL_MS / 1000 });
    },
    /** The attempt (once: the cookie is removed), or null when missing, forged or expired. */
    take(c: Context): Attempt | null {
      const cookie = getCookie(c, OIDC_COOKIE);
      deleteCookie(c, OIDC_COOKIE, options(c));
      if (!cookie) return null;
      const [payload, signature] = cookie.split('.');
      if (!payload || !signature || !safeEqual(signature, sign(payload))) return null;
      try {
        const attempt = Attempt.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
        return attempt.expiresAt > now().getTime() ? attempt : null;
      } catch {
        return null;
      }
    },
  };
}

/** A failed log-in; its link to try again keeps the way back (`tilbage`) when there is one. */
const problem = (c: Context, status: 400 | 403 | 502, title: string, text: string, back = '/') => {
  c.header('Cache-Control', 'no-store');
  const loginHref = back === '/' ? '/log-ind' : `/log-ind?tilbage=${encodeURIComponent(back)}`;
  return page(c, <AuthProblemPage title={title} text={text} loginHref={loginHref} />, status);
};

export function oidcRoutes(deps: OidcDeps) {
  const app = new Hono<AuthEnv>();
  const cookie = attemptCookie(deps);
  app.get('/', (c) => startLogin(c, deps, cookie));
  app.get(CALLBACK, (c) => finishLogin(c, deps, cookie));
  return app;
}

/** To the provider, with a new attempt (state, nonce, PKCE verifier) in the cookie. */
async function startLogin(c: Context, deps: OidcDeps, cookie: ReturnType<typeof attemptCookie>) {
  const attempt: Attempt = {
    state: randomValue(),
    nonce: randomValue(),
    verifier: randomValue(),
    back: safeBackPath(c.req.query('tilbage')),
    expiresAt: deps.now().getTime() + ATTEMPT_TTL_MS,
  };
  let target: string;
  try {
    target = await deps.oidc.authorizationUrl({
      state: attempt.state,
      nonce: attempt.nonce,
      codeVerifier: attempt.verifier,
    });
  } catch (error) {
    deps.logger.error('OpenID Connect: udbyderen kan ikke nås', { error });
    const m = ACCOUNT_MESSAGES[langOf(c)];
    return problem(c, 502, m.oidcUnreachableTitle, m.oidcUnreachableText, attempt.back);
  }
  cookie.write(c, attempt);
  c.header('Cache-Control', 'no-store');
  return c.redirect(target, 303);
}

/** Back from the provider: check the attempt, the code and the ID token, then a new session. */
async function finishLogin(c: Context, deps: OidcDeps, cookie: ReturnType<typeof attemptCookie>) {
  const attempt = cookie.take(c);
  const query = CallbackQuery.safeParse(c.req.query());
  const m = ACCOUNT_MESSAGES[langOf(c)];
  const failed = (text: string) => problem(c, 400, m.oidcFailedTitle, text, attempt?.back);
  if (!query.success) return failed(m.oidcUnreadable);
  const { code, state, error } = query.data;
  if (!attempt || !state || !safeEqual(state, attempt.state)) {
    return failed(m.oidcExpired);
  }
  if (error || !code) return failed(m.oidcCancelled);
  let email: string;
  try {
    const claims = await deps.oidc.completeLogin({ code, codeVerifier: attempt.verifier, nonce: attempt.nonce });
    if (typeof claims.email !== 'string' || claims.email_verified === false) {
      throw new OidcError('ID-token uden bekræftet e-mailadresse');
    }
    email = claims.email;
  } catch (caught) {
    deps.logger.warn('OpenID Connect: login afvist', { error: caught });
    return failed(m.oidcRejected);
  }
  const user = await authenticateOidcUser({ db: deps.db, email });
  if (!user.ok) {
    return problem(c, 403, m.oidcNoAccountTitle, m.oidcNoAccountText(email), attempt.back);
  }
  const session = await startSession({
    db: deps.db,
    userId: user.userId,
    replacing: getCookie(c, SESSION_COOKIE) ?? null,
    now: deps.now(),
  });
  setSessionCookie(c, deps.facts, session.token, session.expiresAt);
  return c.redirect(safeBackPath(attempt.back), 303);
}
