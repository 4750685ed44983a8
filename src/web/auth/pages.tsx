/**
 * The accounts pages, in Danish: log in, forgotten password, new password, the 401/403 pages, and
 * the admins' users and audit log. DKFDS markup, no inline script or style (the CSP forbids them).
 * Each page gets whitelisted view data from its route, never database rows.
 */
import type { Child } from 'hono/jsx';
import { PASSWORD_MIN_LENGTH } from '../../domain/account.js';

import type { BodyRole } from '../../domain/roles.js';
import { Pagination } from '../../render/html/components.js';

import { TextField } from '../../render/html/forms.js';

import { Layout } from '../../render/html/layout.js';
import { LABELS } from '../../render/i18n.js';
import { CsrfField } from './csrf.js';

const INSTANT = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "26. november 2026 kl. 08.24.52" (Danish time). */
export function formatInstant(at: Date): string {
  return INSTANT.format(at);
}

/** The page's problems, each linked to its field (DKFDS error summary). */
function ErrorSummary({ problems }: { problems: { field?: string; text: string }[] }) {
  if (problems.length === 0) return null;
  return (
    <div class="alert alert-error" role="alert" aria-atomic="true">
      <div class="alert-body">
        <p class="alert-heading">Der er et problem</p>
        <ul class="alert-text nobullet-list">
          {problems.map((problem) => (
            <li>{problem.field ? <a href={`#${problem.field}`}>{problem.text}</a> : problem.text}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function Notice({ kind, children }: { kind: 'success' | 'info'; children: Child }) {
  return (
    <div class={`alert alert-${kind}`} role="status">
      <div class="alert-body">
        <p class="alert-text">{children}</p>
      </div>
    </div>
  );
}

/** The account pages' fields: required unless said otherwise. */
function Field(props: Parameters<typeof TextField>[0]) {
  return <TextField required {...props} />;
}

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
      {notice ? <Notice kind="success">{notice}</Notice> : null}
      {signedInAs ? (
        <Notice kind="info">
          Du er logget ind som {signedInAs}. Logger du ind igen, bliver du logget ud af den konto.
        </Notice>
      ) : null}
      {error ? <ErrorSummary problems={[{ field: 'email', text: error }]} /> : null}
      <p>For sekretariater, medlemmer og administratorer. Alt det offentliggjorte kan læses uden at logge ind.</p>
      <form method="post" action={`/log-ind${back !== '/' ? `?tilbage=${encodeURIComponent(back)}` : ''}`} novalidate>
        <CsrfField token={csrfToken} />
        <Field id="email" label="E-mail" type="email" value={email} autocomplete="username" />
        <Field id="password" label="Kodeord" type="password" autocomplete="current-password" />
        <div class="form-group">
          <button class="button button-primary" type="submit">
            Log ind
          </button>
        </div>
      </form>
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
        <Notice kind="success">
          Hvis adressen findes, har vi sendt en e-mail med et link til at vælge et nyt kodeord. Linket virker i én time.
        </Notice>
      ) : null}
      {error ? <ErrorSummary problems={[{ field: 'email', text: error }]} /> : null}
      <p>Skriv den e-mailadresse, din konto er oprettet med. Vi sender et link til at vælge et nyt kodeord.</p>
      <form method="post" action="/glemt-kodeord" novalidate>
        <CsrfField token={csrfToken} />
        <Field id="email" label="E-mail" type="email" value={email} autocomplete="username" error={error} />
        <div class="form-group">
          <button class="button button-primary" type="submit">
            Send link
          </button>
        </div>
      </form>
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
  problems?: { field: string; text: string }[];
}) {
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.text;
  return (
    <Layout title="Vælg nyt kodeord">
      <h1>Vælg nyt kodeord</h1>
      <ErrorSummary problems={problems} />
      <p>Kontoen: {email}</p>
      <form method="post" action={`/nulstil-kodeord/${encodeURIComponent(token)}`} novalidate>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="email" value={email} autocomplete="username" />
        <Field
          id="password"
          label="Nyt kodeord"
          type="password"
          autocomplete="new-password"
          hint={`Mindst ${PASSWORD_MIN_LENGTH} tegn. En sætning, du kan huske, er et godt kodeord.`}
          error={errorOf('password')}
        />
        <Field
          id="repeat"
          label="Gentag det nye kodeord"
          type="password"
          autocomplete="new-password"
          error={errorOf('repeat')}
        />
        <div class="form-group">
          <button class="button button-primary" type="submit">
            Gem kodeord
          </button>
        </div>
      </form>
    </Layout>
  );
}

/** 401, 403, a refused form, an expired link, a failed login through the organisation. */
export function AuthProblemPage({ title, text, loginHref }: { title: string; text: string; loginHref?: string }) {
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>{loginHref ? <a href={loginHref}>Log ind</a> : <a href="/">Gå til forsiden</a>}</p>
    </Layout>
  );
}

export interface UserRow {
  id: number;
  name: string;
  email: string;
  isAdmin: boolean;
  isDisabled: boolean;
  hasPassword: boolean;
  roles: { bodyName: string; role: BodyRole }[];
}

export interface NewUserForm {
  email: string;
  name: string;
  isAdmin: boolean;
}

export function UsersPage({
  users,
  csrfToken,
  form,
  problems = [],
}: {
  users: UserRow[];
  csrfToken: string;
  form: NewUserForm;
  problems?: { field: string; text: string }[];
}) {
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.text;
  return (
    <Layout title="Brugere">
      <AdminNav current="/admin/brugere" />
      <h1>Brugere</h1>
      <ErrorSummary problems={problems} />
      <div class="table--responsive-scroll">
        <table class="table table--compact">
          <caption class="sr-only">Alle brugere</caption>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">E-mail</th>
              <th scope="col">Roller</th>
              <th scope="col">Administrator</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr>
                <th scope="row">
                  <a href={`/admin/brugere/${user.id}`}>{user.name}</a>
                  {user.isDisabled ? ' (deaktiveret)' : ''}
                </th>
                <td>{user.email}</td>
                <td>
                  {user.roles.length === 0
                    ? '–'
                    : user.roles.map((role) => `${LABELS.da.bodyRole[role.role]}: ${role.bodyName}`).join('; ')}
                </td>
                <td>{user.isAdmin ? 'Ja' : 'Nej'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Opret bruger</h2>
      <p>Den nye bruger får en e-mail med et link til at vælge sit kodeord.</p>
      <form method="post" action="/admin/brugere" novalidate>
        <CsrfField token={csrfToken} />
        <Field id="name" label="Navn" value={form.name} autocomplete="off" error={errorOf('name')} />
        <Field id="email" label="E-mail" type="email" value={form.email} autocomplete="off" error={errorOf('email')} />
        <div class="form-group">
          <input class="form-checkbox" id="admin" name="admin" type="checkbox" value="1" checked={form.isAdmin} />
          <label for="admin">Administrator (organer, personer, medlemskaber, brugere og loggen)</label>
        </div>
        <div class="form-group">
          <button class="button button-primary" type="submit">
            Opret bruger
          </button>
        </div>
      </form>
    </Layout>
  );
}

export interface UserPageProps {
  user: UserRow & { createdAt: Date; roles: { bodyId: number; bodyName: string; role: BodyRole }[] };
  bodies: { id: number; name: string }[];
  csrfToken: string;
  notice?: string;
  problems?: { field: string; text: string }[];
}

export function UserPage({ user, bodies, csrfToken, notice, problems = [] }: UserPageProps) {
  return (
    <Layout title={user.name}>
      <AdminNav current="/admin/brugere" />
      <h1>{user.name}</h1>
      {notice ? <Notice kind="success">{notice}</Notice> : null}
      <ErrorSummary problems={problems} />
      <dl class="facts">
        <div class="facts-row">
          <dt>E-mail</dt>
          <dd>{user.email}</dd>
        </div>
        <div class="facts-row">
          <dt>Administrator</dt>
          <dd>{user.isAdmin ? 'Ja' : 'Nej'}</dd>
        </div>
        <div class="facts-row">
          <dt>Kodeord</dt>
          <dd>{user.hasPassword ? 'Valgt' : 'Ikke valgt endnu'}</dd>
        </div>
        <div class="facts-row">
          <dt>Oprettet</dt>
          <dd>{formatInstant(user.createdAt)}</dd>
        </div>
        {user.isDisabled ? (
          <div class="facts-row">
            <dt>Status</dt>
            <dd>Deaktiveret</dd>
          </div>
        ) : null}
      </dl>
      <h2>Roller</h2>
      {user.roles.length === 0 ? (
        <p>Brugeren har ingen roller i organerne.</p>
      ) : (
        <table class="table table--compact">
          <caption class="sr-only">Brugerens roller</caption>
          <thead>
            <tr>
              <th scope="col">Organ</th>
              <th scope="col">Rolle</th>
            </tr>
          </thead>
          <tbody>
            {user.roles.map((role) => (
              <tr>
                <th scope="row">{role.bodyName}</th>
                <td>{LABELS.da.bodyRole[role.role]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Giv, ændr eller fjern en rolle</h3>
      <form method="post" action={`/admin/brugere/${user.id}/rolle`} novalidate>
        <CsrfField token={csrfToken} />
        <div class="form-group">
          <label class="form-label" for="body">
            Organ
          </label>
          <select class="form-select" id="body" name="body" required>
            {bodies.map((body) => (
              <option value={String(body.id)}>{body.name}</option>
            ))}
          </select>
        </div>
        <div class="form-group">
          <label class="form-label" for="role">
            Rolle
          </label>
          <span class="form-hint" id="role-hint">
            Et medlem læser organets lukkede punkter og stiller spørgsmål. Sekretariatet redigerer og offentliggør
            organets møder og besvarer spørgsmål.
          </span>
          <select class="form-select" id="role" name="role" required aria-describedby="role-hint">
            <option value="member">{LABELS.da.bodyRole.member}</option>
            <option value="secretariat">{LABELS.da.bodyRole.secretariat}</option>
            <option value="none">Ingen rolle</option>
          </select>
        </div>
        <div class="form-group">
          <button class="button button-primary" type="submit">
            Gem rolle
          </button>
        </div>
      </form>
      <h2>Kodeord</h2>
      <form method="post" action={`/admin/brugere/${user.id}/nulstil`}>
        <CsrfField token={csrfToken} />
        <p>Send brugeren en e-mail med et link til at vælge et nyt kodeord (virker i én time).</p>
        <div class="form-group">
          <button class="button button-secondary" type="submit">
            Send link til nyt kodeord
          </button>
        </div>
      </form>
    </Layout>
  );
}

export interface AuditEntryRow {
  at: Date;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export function AuditLogPage({
  entries,
  page,
  pages,
  total,
}: {
  entries: AuditEntryRow[];
  page: number;
  pages: number;
  total: number;
}) {
  const json = (value: unknown) => (value === null || value === undefined ? '–' : JSON.stringify(value, null, 1));
  return (
    <Layout title="Ændringslog">
      <AdminNav current="/admin/log" />
      <h1>Ændringslog</h1>
      <p>
        Hvem der ændrede hvad og hvornår, med værdierne før og efter. Loggen kan kun læses; ingen kan rette eller slette
        i den. {total} {total === 1 ? 'ændring' : 'ændringer'} i alt.
      </p>
      <div class="table--responsive-scroll">
        <table class="table table--compact audit-log">
          <caption class="sr-only">Ændringer, nyeste først</caption>
          <thead>
            <tr>
              <th scope="col">Tidspunkt</th>
              <th scope="col">Hvem</th>
              <th scope="col">Handling</th>
              <th scope="col">Hvad</th>
              <th scope="col">Før</th>
              <th scope="col">Efter</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr>
                <td>{formatInstant(entry.at)}</td>
                <td>{entry.actorLabel}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>
                  {entry.entity} {entry.entityId}
                </td>
                <td>
                  <pre>{json(entry.before)}</pre>
                </td>
                <td>
                  <pre>{json(entry.after)}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pages={pages} hrefFor={(n) => `/admin/log?side=${n}`} />
    </Layout>
  );
}

export function AdminNav({ current }: { current: string }) {
  const links = [
    { href: '/admin/brugere', label: 'Brugere' },
    { href: '/admin/organer', label: 'Organer' }, // The secretariat's work: admins create bodies
    { href: '/admin/personer', label: 'Personer' }, // Admin: people and memberships
    { href: '/admin/log', label: 'Ændringslog' },
  ];
  return (
    <nav aria-label="Administration">
      <ul class="nobullet-list admin-nav">
        {links.map((link) => (
          <li>
            <a href={link.href} aria-current={link.href === current ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
