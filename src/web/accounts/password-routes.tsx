/**
 * A forgotten password and a new one (mounted at /glemt-kodeord and /nulstil-kodeord):
 *   GET|POST /glemt-kodeord, GET|POST /nulstil-kodeord/:token.
 * Whether an address has an account never shows: the answer is the same, and as fast.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { isEmailAddress } from '../../domain/account.js';
import { ForgotPasswordPage, ResetPasswordPage } from '../../render/html/accounts/log-in-pages.js';
import { AuthProblemPage } from '../../render/html/accounts/problem-page.js';
import { LABELS } from '../../render/i18n.js';
import { ACCOUNT_MESSAGES } from '../../render/messages/accounts.js';
import { requestPasswordReset } from '../../use-cases/accounts/request-password-reset.js';
import { checkPasswordReset, resetPassword } from '../../use-cases/accounts/reset-password.js';
import type { AuthEnv } from '../auth/context.js';
import { clearSessionCookie } from '../auth/session.js';
import type { Problem } from '../kit/forms.js';
import { langOf, page } from '../kit/page.js';
import { type AccountsDeps, backgroundMailer, resetLink } from './deps.js';

const EmailForm = z.object({ email: z.string().max(320).catch('') });

const NewPasswordForm = z.object({
  password: z.string().max(4096).catch(''),
  repeat: z.string().max(4096).catch(''),
});

/** Reset tokens are 43 base64url characters. */
const RESET_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export function forgotPasswordRoutes(deps: AccountsDeps) {
  const { db, csrf, now } = deps;
  const app = new Hono<AuthEnv>();
  const mailer = backgroundMailer(deps.mailer, deps.logger);

  app.get('/', (c) => c.render(<ForgotPasswordPage csrfToken={csrf.tokenFor(c)} />));

  app.post('/', async (c) => {
    const email = EmailForm.parse(await c.req.parseBody()).email.trim();
    if (!isEmailAddress(email)) {
      const error = ACCOUNT_MESSAGES[langOf(c)].emailInvalid;
      return page(c, <ForgotPasswordPage csrfToken={csrf.tokenFor(c)} email={email} error={error} />, 400);
    }
    await requestPasswordReset({
      db,
      email,
      mailer,
      resetUrl: (token) => resetLink(c, deps.publicUrl, token),
      now: now(),
    });
    return c.render(<ForgotPasswordPage csrfToken={csrf.tokenFor(c)} sent />);
  });

  return app;
}

export function resetPasswordRoutes(deps: AccountsDeps) {
  const { db, facts, csrf, now } = deps;
  const app = new Hono<AuthEnv>();

  /** The reset's e-mail address, or null for a token that is malformed, used or expired. */
  const checked = async (c: Context<AuthEnv>) => {
    // The token is in the path: never let it leave in a Referer header.
    c.header('Referrer-Policy', 'no-referrer');
    const token = c.req.param('token') ?? '';
    const check = RESET_TOKEN.test(token) ? await checkPasswordReset({ db, token, now: now() }) : null;
    return check?.ok ? { token, email: check.email } : null;
  };

  const invalidLink = (c: Context<AuthEnv>) => {
    const m = ACCOUNT_MESSAGES[langOf(c)];
    return page(c, <AuthProblemPage title={m.linkInvalidTitle} text={m.linkInvalidText} />, 404);
  };

  const form = (c: Context<AuthEnv>, reset: { token: string; email: string }, problems: Problem[] = []) =>
    page(
      c,
      <ResetPasswordPage csrfToken={csrf.tokenFor(c)} token={reset.token} email={reset.email} problems={problems} />,
      problems.length > 0 ? 400 : 200,
    );

  app.get('/:token', async (c) => {
    const reset = await checked(c);
    return reset ? form(c, reset) : invalidLink(c);
  });

  app.post('/:token', async (c) => {
    const reset = await checked(c);
    if (!reset) return invalidLink(c);
    const input = NewPasswordForm.parse(await c.req.parseBody());
    if (input.password !== input.repeat)
      return form(c, reset, [{ field: 'repeat', text: ACCOUNT_MESSAGES[langOf(c)].passwordsDiffer }]);
    const result = await resetPassword({ db, token: reset.token, password: input.password, now: now() });
    if (!result.ok && result.reason === 'password_invalid') {
      return form(c, reset, [{ field: 'password', text: LABELS[langOf(c)].passwordProblem[result.problem] }]);
    }
    if (!result.ok) return invalidLink(c);
    // Every session of the user ended with the reset, this browser's included.
    clearSessionCookie(c, facts);
    return c.redirect('/log-ind?nulstillet=1', 303);
  });

  return app;
}
