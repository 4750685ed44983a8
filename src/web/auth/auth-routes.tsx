/**
 * Log in and out, forgotten password and new password:
 *   GET|POST /log-ind, POST /log-ud, GET|POST /glemt-kodeord, GET|POST /nulstil-kodeord/:token.
 * Each POST has passed the CSRF check before it gets here.
 */
import { type Context, Hono } from 'hono';

import { getCookie } from 'hono/cookie';

import { z } from 'zod';

import { isEmailAddress } from '../../domain/account.js';
import { LABELS } from '../../render/i18n.js';
import { authenticateUser, LOGIN_LIMITS } from '../../use-cases/accounts/authenticate-user.js';
import { endSession } from '../../use-cases/accounts/end-session.js';
import { requestPasswordReset } from '../../use-cases/accounts/request-password-reset.js';
import { checkPasswordReset, resetPassword } from '../../use-cases/accounts/reset-password.js';
import { startSession } from '../../use-cases/accounts/start-session.js';
import { type AuthEnv, signedInOf } from './context.js';
import { type AuthRouteDeps, backgroundMailer, publicBase, safeBackPath } from './deps.js';
import { AuthProblemPage, ForgotPasswordPage, LoginPage, ResetPasswordPage } from './pages.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './session.js';

const LoginForm = z.object({
  email: z.string().max(320).catch(''),
  password: z.string().max(1024).catch(''),
});

const EmailForm = z.object({ email: z.string().max(320).catch('') });

const NewPasswordForm = z.object({
  password: z.string().max(4096).catch(''),
  repeat: z.string().max(4096).catch(''),
});

/** Reset tokens are 43 base64url characters. */
const RESET_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export function authRoutes(deps: AuthRouteDeps) {
  const { db, facts, csrf, now } = deps;
  const app = new Hono<AuthEnv>();
  const mailer = backgroundMailer(deps.mailer, deps.logger);

  const loginPage = (c: Context<AuthEnv>, props: { email?: string; error?: string }) => {
    const user = signedInOf(c);
    return c.render(
      <LoginPage
        csrfToken={csrf.tokenFor(c)}
        email={props.email ?? ''}
        back={safeBackPath(c.req.query('tilbage'))}
        error={props.error}
        notice={c.req.query('nulstillet') ? 'Dit nye kodeord er gemt. Log ind med det.' : undefined}
        oidcEnabled={deps.oidc !== null}
        signedInAs={user ? `${user.name} (${user.email})` : undefined}
      />,
    );
  };

  app.get('/log-ind', (c) => loginPage(c, {}));

  app.post('/log-ind', async (c) => {
    const form = LoginForm.parse(await c.req.parseBody());
    const email = form.email.trim();
    if (!email || !form.password) {
      c.status(400);
      return loginPage(c, { email, error: 'Skriv din e-mail og dit kodeord.' });
    }
    const result = await authenticateUser({
      db,
      email,
      password: form.password,
      ip: facts.clientIp(c),
      now: now(),
    });
    if (!result.ok && result.reason === 'rate_limited') {
      c.status(429);
      c.header('Retry-After', String(LOGIN_LIMITS.windowMs / 1000));
      return loginPage(c, {
        email,
        error: 'For mange forsøg på at logge ind. Vent et kvarter, og prøv så igen – eller nulstil dit kodeord.',
      });
    }
    if (!result.ok) {
      c.status(401);
      return loginPage(c, { email, error: 'Forkert e-mail eller kodeord.' });
    }
    // A new session id at every login; the browser's old one (if any) ends here (no fixation).
    const session = await startSession({
      db,
      userId: result.userId,
      replacing: getCookie(c, SESSION_COOKIE) ?? null,
      now: now(),
    });
    setSessionCookie(c, facts, session.token, session.expiresAt);
    return c.redirect(safeBackPath(c.req.query('tilbage')), 303);
  });

  app.post('/log-ud', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await endSession({ db, token });
    clearSessionCookie(c, facts);
    return c.redirect('/', 303);
  });

  app.get('/glemt-kodeord', (c) => c.render(<ForgotPasswordPage csrfToken={csrf.tokenFor(c)} />));

  app.post('/glemt-kodeord', async (c) => {
    const email = EmailForm.parse(await c.req.parseBody()).email.trim();
    if (!isEmailAddress(email)) {
      c.status(400);
      return c.render(
        <ForgotPasswordPage
          csrfToken={csrf.tokenFor(c)}
          email={email}
          error="Skriv en e-mailadresse, fx navn@example.dk."
        />,
      );
    }
    const base = publicBase(c, deps.publicUrl);
    await requestPasswordReset({
      db,
      email,
      mailer,
      resetUrl: (token) => `${base}/nulstil-kodeord/${token}`,
      now: now(),
    });
    return c.render(<ForgotPasswordPage csrfToken={csrf.tokenFor(c)} sent />);
  });

  const invalidLink = (c: Context<AuthEnv>) => {
    c.status(404);
    return c.render(
      <AuthProblemPage
        title="Linket virker ikke"
        text="Linket til at vælge et nyt kodeord er udløbet, allerede brugt eller ikke helt kopieret. Bed om et nyt på siden Glemt kodeord."
      />,
    );
  };

  app.get('/nulstil-kodeord/:token', async (c) => {
    // The token is in the path: never let it leave in a Referer header.
    c.header('Referrer-Policy', 'no-referrer');
    const token = c.req.param('token');
    const check = RESET_TOKEN.test(token)
      ? await checkPasswordReset({ db, token, now: now() })
      : { ok: false as const };
    if (!check.ok) return invalidLink(c);
    return c.render(<ResetPasswordPage csrfToken={csrf.tokenFor(c)} token={token} email={check.email} />);
  });

  app.post('/nulstil-kodeord/:token', async (c) => {
    c.header('Referrer-Policy', 'no-referrer');
    const token = c.req.param('token');
    const check = RESET_TOKEN.test(token)
      ? await checkPasswordReset({ db, token, now: now() })
      : { ok: false as const };
    if (!check.ok) return invalidLink(c);
    const form = NewPasswordForm.parse(await c.req.parseBody());
    const problems: { field: string; text: string }[] = [];
    const again = () => {
      c.status(400);
      return c.render(
        <ResetPasswordPage csrfToken={csrf.tokenFor(c)} token={token} email={check.email} problems={problems} />,
      );
    };
    if (form.password !== form.repeat) {
      problems.push({ field: 'repeat', text: 'De to kodeord er ikke ens.' });
      return again();
    }
    const result = await resetPassword({ db, token, password: form.password, now: now() });
    if (!result.ok && result.reason === 'password_invalid') {
      problems.push({ field: 'password', text: LABELS.da.passwordProblem[result.problem] });
      return again();
    }
    if (!result.ok) return invalidLink(c);
    // Every session of the user ended with the reset, this browser's included.
    clearSessionCookie(c, facts);
    return c.redirect('/log-ind?nulstillet=1', 303);
  });

  return app;
}
