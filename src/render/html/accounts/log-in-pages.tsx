/**
 * The accounts pages, in Danish and English (messages/accounts.ts): log in, forgotten password and new password. DKFDS markup, no
 * inline script or style (the CSP forbids them); each page gets view data, never database rows.
 */
import { PASSWORD_MIN_LENGTH } from '../../../domain/account.js';
import { ACCOUNT_MESSAGES } from '../../messages/accounts.js';
import { errorLookup, RequiredField } from '../fields.js';
import { ErrorSummary, Notice, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';

export interface LoginPageProps {
  csrfToken: string;
  email: string;
  back: string;
  error?: string;
  notice?: string;
  oidcEnabled: boolean;
  signedInAs?: string;
}

export function LoginPage({ csrfToken, email, back, error, notice, oidcEnabled, signedInAs }: LoginPageProps) {
  const m = ACCOUNT_MESSAGES[usePage().lang];
  return (
    <Layout title={m.logIn}>
      <h1>{m.logIn}</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      {signedInAs ? <Notice kind="info">{m.signedInAs(signedInAs)}</Notice> : null}
      {error ? <ErrorSummary problems={[{ field: 'email', text: error }]} /> : null}
      <p>{m.loginLead}</p>
      <PostForm action="/log-ind" csrfToken={csrfToken} hidden={back !== '/' ? { tilbage: back } : {}}>
        <RequiredField id="email" label={m.email} type="email" value={email} autocomplete="username" />
        <RequiredField id="password" label={m.password} type="password" autocomplete="current-password" />
        <SubmitGroup>{m.logIn}</SubmitGroup>
      </PostForm>
      <p>
        <a href="/glemt-kodeord">{m.forgotPasswordLink}</a>
      </p>
      {oidcEnabled ? (
        <>
          <h2>{m.organisationHeading}</h2>
          <p>{m.organisationLead}</p>
          <p>
            <a
              class="button button-secondary"
              href={`/log-ind/oidc${back !== '/' ? `?tilbage=${encodeURIComponent(back)}` : ''}`}
            >
              {m.organisationButton}
            </a>
          </p>
        </>
      ) : null}
    </Layout>
  );
}

export function ForgotPasswordPage({
  csrfToken,
  email = '',
  sent = false,
  error,
}: {
  csrfToken: string;
  email?: string;
  sent?: boolean;
  error?: string;
}) {
  const m = ACCOUNT_MESSAGES[usePage().lang];
  return (
    <Layout title={m.forgotTitle}>
      <h1>{m.forgotTitle}</h1>
      {sent ? <Notice>{m.forgotSent}</Notice> : null}
      {error ? <ErrorSummary problems={[{ field: 'email', text: error }]} /> : null}
      <p>{m.forgotLead}</p>
      <PostForm action="/glemt-kodeord" csrfToken={csrfToken}>
        <RequiredField id="email" label={m.email} type="email" value={email} autocomplete="username" error={error} />
        <SubmitGroup>{m.sendLink}</SubmitGroup>
      </PostForm>
      <p>
        <a href="/log-ind">{m.backToLogIn}</a>
      </p>
    </Layout>
  );
}

export function ResetPasswordPage({
  csrfToken,
  token,
  email,
  problems = [],
}: {
  csrfToken: string;
  token: string;
  email: string;
  problems?: Problem[];
}) {
  const m = ACCOUNT_MESSAGES[usePage().lang];
  const errorOf = errorLookup(problems);
  return (
    <Layout title={m.resetTitle}>
      <h1>{m.resetTitle}</h1>
      <ErrorSummary problems={problems} />
      <p>{m.account(email)}</p>
      <PostForm action={`/nulstil-kodeord/${encodeURIComponent(token)}`} csrfToken={csrfToken}>
        <input type="hidden" name="email" value={email} autocomplete="username" />
        <RequiredField
          id="password"
          label={m.newPassword}
          type="password"
          autocomplete="new-password"
          hint={m.newPasswordHint(PASSWORD_MIN_LENGTH)}
          error={errorOf('password')}
        />
        <RequiredField
          id="repeat"
          label={m.repeatPassword}
          type="password"
          autocomplete="new-password"
          error={errorOf('repeat')}
        />
        <SubmitGroup>{m.savePassword}</SubmitGroup>
      </PostForm>
    </Layout>
  );
}
