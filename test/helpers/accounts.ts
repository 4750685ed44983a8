/**
 * Accounts in tests: an app over a fresh database with two health councils and one user per role
 * (the six columns of the authorization matrix), a cookie jar, and logging in through the real forms.
 */
import type { DbHandle } from '../../src/db/client.js';
import type { BodyRole } from '../../src/domain/roles.js';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { resolveSession } from '../../src/use-cases/accounts/resolve-session.js';
import { setUserRole } from '../../src/use-cases/accounts/set-user-role.js';
import { startSession } from '../../src/use-cases/accounts/start-session.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { type AppDeps, createApp } from '../../src/web/app.js';
import type { TestDatabase } from './databases.js';

export const PASSWORD = 'korrekt hest batteri hæftning';

export const ROLES = [
  'anonymous',
  'member of this body',
  'member of another body',
  'secretariat of this body',
  'secretariat of another body',
  'admin',
] as const;
export type RoleName = (typeof ROLES)[number];

/** The status each role gets from a route. */
export type Expected = Record<RoleName, number>;

/** A row of the authorization matrix (test/web/authorization-matrix.test.ts). */
export interface MatrixEntry {
  method: 'GET' | 'POST';
  /** The route as registered ("/admin/brugere/:id"). */
  route: string;
  /** A concrete path for it (the role, for resources of its own that one role's change cannot spoil). */
  path: (world: AccountsWorld, role: RoleName) => string;
  body?: (world: AccountsWorld, role: RoleName) => Record<string, string>;
  expected: Expected;
}

export const everyone = (status: number): Expected =>
  Object.fromEntries(ROLES.map((role) => [role, status])) as Expected;

/** A secretariat's page: the public must log in (401), members are refused (403), any secretariat and admins get `status`. */
export const secretariats = (status: number): Expected => ({
  anonymous: 401,
  'member of this body': 403,
  'member of another body': 403,
  'secretariat of this body': status,
  'secretariat of another body': status,
  admin: status,
});

/** A matrix row for a secretariat's route at a fixed path; a POST carries an empty form (nothing is written). */
export function secretariatEntry(method: 'GET' | 'POST', route: string, path: string, status: number): MatrixEntry {
  return {
    method,
    route,
    path: () => path,
    ...(method === 'POST' ? { body: () => ({}) } : {}),
    expected: secretariats(status),
  };
}

/** 401 for the public, 403 for every signed-in role but admin. */
export const adminOnly = (status: number): Expected => ({
  anonymous: 401,
  'member of this body': 403,
  'member of another body': 403,
  'secretariat of this body': 403,
  'secretariat of another body': 403,
  admin: status,
});

export const ROLE_EMAILS: Record<Exclude<RoleName, 'anonymous'>, string> = {
  'member of this body': 'medlem@fjordby.dk',
  'member of another body': 'medlem@andetraad.dk',
  'secretariat of this body': 'sekretariat@fjordby.dk',
  'secretariat of another body': 'sekretariat@andetraad.dk',
  admin: 'admin@protokol.dk',
};

export interface AccountsWorld {
  handle: DbHandle;
  app: ReturnType<typeof createApp>;
  thisBody: { id: number; slug: string };
  otherBody: { id: number; slug: string };
  userIds: Record<Exclude<RoleName, 'anonymous'>, number>;
}

export async function openAccountsWorld(
  database: TestDatabase,
  appOptions: Omit<AppDeps, 'handle'> = {},
): Promise<AccountsWorld> {
  const handle = await database.open({ seed: 'reference' });
  const councils = await handle.query<{ id: number; slug: string }>(
    "select id, slug from bodies where kind = 'health_council' order by slug limit 2",
  );
  const [thisBody, otherBody] = councils;
  const placement: Record<Exclude<RoleName, 'anonymous'>, [number, BodyRole] | null> = {
    'member of this body': [thisBody.id, 'member'],
    'member of another body': [otherBody.id, 'member'],
    'secretariat of this body': [thisBody.id, 'secretariat'],
    'secretariat of another body': [otherBody.id, 'secretariat'],
    admin: null,
  };
  const userIds = {} as AccountsWorld['userIds'];
  for (const [role, email] of Object.entries(ROLE_EMAILS) as [Exclude<RoleName, 'anonymous'>, string][]) {
    const created = await createUser({
      db: handle.db,
      email,
      name: role,
      password: PASSWORD,
      isAdmin: role === 'admin',
      actor: COMMAND_LINE_ACTOR,
    });
    if (!created.ok) throw new Error(`could not create ${email}: ${created.reason}`);
    userIds[role] = created.userId;
    const place = placement[role];
    if (place) {
      await setUserRole({
        db: handle.db,
        userId: created.userId,
        bodyId: place[0],
        role: place[1],
        actor: COMMAND_LINE_ACTOR,
      });
    }
  }
  const app = createApp({ handle, auth: { config: { trustProxy: true } }, ...appOptions });
  return { handle, app, thisBody, otherBody, userIds };
}

/** A browser's cookies: send them, and keep what the responses set or delete. */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      const expired = attributes.some(
        (a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && new Date(a.slice(8)).getTime() < Date.now()),
      );
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/** The hidden CSRF field's value in a page. */
export function csrfTokenIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSRF field in the page');
  return match[1];
}

type App = AccountsWorld['app'];

/** GETs a page with the jar's cookies (and keeps the ones it sets). */
export async function getPage(app: App, jar: CookieJar, path: string, headers: Record<string, string> = {}) {
  const response = await app.request(path, { headers: { cookie: jar.header(), ...headers } });
  jar.store(response);
  return { response, text: await response.text() };
}

/** POSTs a form with the jar's cookies. */
export async function postForm(
  app: App,
  jar: CookieJar,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const response = await app.request(path, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header(), ...headers },
  });
  jar.store(response);
  return { response, text: await response.text() };
}

/** Logs in through the real form; returns the response of the POST. */
export async function logIn(app: App, jar: CookieJar, email: string, password = PASSWORD, ip = '10.0.0.1') {
  const page = await getPage(app, jar, '/log-ind');
  return postForm(app, jar, '/log-ind', { _csrf: csrfTokenIn(page.text), email, password }, { 'x-forwarded-for': ip });
}

/** A session for a user without the login form (fast, for the matrix): the cookie jar and the CSRF token. */
export async function sessionFor(handle: DbHandle, userId: number): Promise<{ jar: CookieJar; csrf: string }> {
  const { token } = await startSession({ db: handle.db, userId });
  const user = await resolveSession({ db: handle.db, token });
  const jar = new CookieJar();
  jar.cookies.set('protokol_session', token);
  return { jar, csrf: user!.csrfToken };
}
