/**
 * Log in and out (mounted at /log-ind and /log-ud):
 *   GET|POST /log-ind[?tilbage=/path], POST /log-ud.
 * Each POST has passed the CSRF check before it gets here.
 */
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { LoginPage } from '../../render/html/accounts/log-in-pages.js';
import { ACCOUNT_MESSAGES } from '../../render/messages/accounts.js';
import { authenticateUser, LOGIN_LIMITS } from '../../use-cases/accounts/authenticate-user.js';
import { endSession } from '../../use-cases/accounts/end-session.js';
import { startSession } from '../../use-cases/accounts/start-session.js';
import { type AuthEnv, signedInOf } from '../auth/context.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../auth/session.js';
import { langOf, page } from '../kit/page.js';
import { type AccountsDeps, safeBackPath } from './deps.js';

const LoginForm = z.object({
  email: z.string().max(320).catch(''),
  password: z.string().max(1024).catch(''),
  /** Where to go after logging in (the page the "Log ind" link was on); checked by safeBackPath. */
  tilbage: z.string().max(2000).optional().catch(undefined),
});

type LoginStatus = 200 | 400 | 401 | 429;

export function logInRoutes(deps: AccountsDeps) {
  const { db, facts, csrf, now } = deps;
  const app = new Hono<AuthEnv>();

  const loginPage = (
    c: Context<AuthEnv>,
    props: { email?: string; error?: string; back?: string },
    status: LoginStatus = 200,
  ) => {
    const user = signedInOf(c);
    return page(
      c,
      <LoginPage
        csrfToken={csrf.tokenFor(c)}
        email={props.email ?? ''}
        back={props.back ?? safeBackPath(c.req.query('tilbage'))}
        error={props.error}
        notice={c.req.query('nulstillet') ? ACCOUNT_MESSAGES[langOf(c)].passwordSaved : undefined}
        oidcEnabled={deps.oidc !== null}
        signedInAs={user ? `${user.name} (${user.email})` : undefined}
      />,
      status,
    );
  };

  app.get('/', (c) => loginPage(c, {}));

  app.post('/', async (c) => {
    const form = LoginForm.parse(await c.req.parseBody());
    const email = form.email.trim();
    // The form's hidden field; an older form (or a link) may still carry it in the address.
    const back = safeBackPath(form.tilbage ?? c.req.query('tilbage'));
    const m = ACCOUNT_MESSAGES[langOf(c)];
    if (!email || !form.password) return loginPage(c, { email, back, error: m.emailAndPasswordMissing }, 400);
    const result = await authenticateUser({ db, email, password: form.password, ip: facts.clientIp(c), now: now() });
    if (!result.ok && result.reason === 'rate_limited') {
      c.header('Retry-After', String(LOGIN_LIMITS.windowMs / 1000));
      return loginPage(c, { email, back, error: m.tooManyAttempts }, 429);
    }
    if (!result.ok) return loginPage(c, { email, back, error: m.wrongEmailOrPassword }, 401);
    // A new session id at every login; the browser's old one (if any) ends here (no fixation).
    const session = await startSession({
      db,
      userId: result.userId,
      replacing: getCookie(c, SESSION_COOKIE) ?? null,
      now: now(),
    });
    setSessionCookie(c, facts, session.token, session.expiresAt);
    return c.redirect(back, 303);
  });

  return app;
}

export function logOutRoutes({ db, facts }: AccountsDeps) {
  const app = new Hono<AuthEnv>();
  app.post('/', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await endSession({ db, token });
    clearSessionCookie(c, facts);
    return c.redirect('/', 303);
  });
  return app;
}
