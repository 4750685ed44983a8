/**
 * The accounts pages, in Danish: log in, forgotten password and new password. DKFDS markup, no
 * inline script or style (the CSP forbids them); each page gets view data, never database rows.
 */
import { PASSWORD_MIN_LENGTH } from '../../../domain/account.js';
import { errorLookup, RequiredField } from '../fields.js';
import { ErrorSummary, Notice, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';

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
  return (
    <Layout title="Log ind">
      <h1>Log ind</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      {signedInAs ? (
        <Notice kind="info">
          Du er logget ind som {signedInAs}. Logger du ind igen, bliver du logget ud af den konto.
        </Notice>
      ) : null}
      {error ? <ErrorSummary problems={[{ field: 'email', text: error }]} /> : null}
      <p>For sekretariater, medlemmer og administratorer. Alt det offentliggjorte kan læses uden at logge ind.</p>
      <PostForm action="/log-ind" csrfToken={csrfToken} hidden={back !== '/' ? { tilbage: back } : {}}>
        <RequiredField id="email" label="E-mail" type="email" value={email} autocomplete="username" />
        <RequiredField id="password" label="Kodeord" type="password" autocomplete="current-password" />
        <SubmitGroup>Log ind</SubmitGroup>
      </PostForm>
      <p>
        <a href="/glemt-kodeord">Glemt kodeord?</a>
      </p>
      {oidcEnabled ? (
        <>
          <h2>Log ind med din organisation</h2>
          <p>Har din organisation sit eget login, kan du bruge det i stedet.</p>
          <p>
            <a
              class="button button-secondary"
              href={`/log-ind/oidc${back !== '/' ? `?tilbage=${encodeURIComponent(back)}` : ''}`}
            >
              Log ind med din organisations login
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
  return (
    <Layout title="Glemt kodeord">
      <h1>Glemt kodeord</h1>
      {sent ? (
        <Notice>
          Hvis adressen findes, har vi sendt en e-mail med et link til at vælge et nyt kodeord. Linket virker i én time.
        </Notice>
      ) : null}
      {error ? <ErrorSummary problems={[{ field: 'email', text: error }]} /> : null}
      <p>Skriv den e-mailadresse, din konto er oprettet med. Vi sender et link til at vælge et nyt kodeord.</p>
      <PostForm action="/glemt-kodeord" csrfToken={csrfToken}>
        <RequiredField id="email" label="E-mail" type="email" value={email} autocomplete="username" error={error} />
        <SubmitGroup>Send link</SubmitGroup>
      </PostForm>
      <p>
        <a href="/log-ind">Tilbage til log ind</a>
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
  const errorOf = errorLookup(problems);
  return (
    <Layout title="Vælg nyt kodeord">
      <h1>Vælg nyt kodeord</h1>
      <ErrorSummary problems={problems} />
      <p>Kontoen: {email}</p>
      <PostForm action={`/nulstil-kodeord/${encodeURIComponent(token)}`} csrfToken={csrfToken}>
        <input type="hidden" name="email" value={email} autocomplete="username" />
        <RequiredField
          id="password"
          label="Nyt kodeord"
          type="password"
          autocomplete="new-password"
          hint={`Mindst ${PASSWORD_MIN_LENGTH} tegn. En sætning, du kan huske, er et godt kodeord.`}
          error={errorOf('password')}
        />
        <RequiredField
          id="repeat"
          label="Gentag det nye kodeord"
          type="password"
          autocomplete="new-password"
          error={errorOf('repeat')}
        />
        <SubmitGroup>Gem kodeord</SubmitGroup>
      </PostForm>
    </Layout>
  );
}
