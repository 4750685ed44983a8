import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OIDC_CALLBACK_PATH } from '../../src/config.js';
import { LOGIN_LIMITS } from '../../src/use-cases/accounts/authenticate-user.js';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { issuePasswordReset } from '../../src/use-cases/accounts/request-password-reset.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { CONTENT_SECURITY_POLICY } from '../../src/web/auth/security-headers.js';
import {
  type AccountsWorld,
  CookieJar,
  csrfTokenIn,
  getPage,
  logIn,
  openAccountsWorld,
  PASSWORD,
  postForm,
  ROLE_EMAILS,
  sessionFor,
} from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { startTestProvider, type TestProvider } from '../helpers/oidc-provider.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';

const ADMIN = ROLE_EMAILS.admin;
const PUBLIC_URL = 'https://protokol.example.dk';
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describe.each(TEST_DATABASES)('accounts on the web, on $name', (database) => {
  let world: AccountsWorld;
  let smtp: TestSmtpServer;
  let provider: TestProvider;
  let app: AccountsWorld['app'];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    provider = await startTestProvider();
    world = await openAccountsWorld(database, {
      auth: {
        config: {
          trustProxy: true,
          publicUrl: PUBLIC_URL,
          smtp: { url: smtp.url, from: 'Protokol <protokol@example.dk>' },
          oidc: {
            issuer: provider.issuer,
            clientId: provider.clientId,
            clientSecret: provider.clientSecret,
            redirectUrl: `http://localhost${OIDC_CALLBACK_PATH}`,
          },
        },
      },
    });
    app = world.app;
  });
  afterAll(async () => {
    await world?.handle.close();
    await smtp?.close();
    await provider?.close();
  });

  const sessionRows = (token: string) =>
    world.handle.query<{ n: number }>('select count(*)::int as n from sessions where id_hash = $1', [sha256(token)]);

  describe('security headers', () => {
    it('puts a strict CSP and the other headers on portal pages, cached or not, and on the auth pages', async () => {
      for (const path of ['/', '/', '/log-ind', '/findes-ikke']) {
        const response = await app.request(path);
        expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('x-frame-options')).toBe('DENY');
        expect(response.headers.get('referrer-policy')).toBe('same-origin');
        expect(response.headers.get('permissions-policy')).toContain('camera=()');
        expect(response.headers.get('strict-transport-security')).toBeNull();
      }
      expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
      expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
      expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
      expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data:");
      expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
      expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'self'");
      expect(CONTENT_SECURITY_POLICY).toContain("form-action 'self'");
    });

    it('sends HSTS only over https (directly or through a trusted proxy)', async () => {
      expect((await app.request('https://localhost/')).headers.get('strict-transport-security')).toContain(
        'max-age=31536000',
      );
      const proxied = await app.request('/', { headers: { 'x-forwarded-proto': 'https' } });
      expect(proxied.headers.get('strict-transport-security')).toContain('max-age=');
    });

    it('pages need no inline script or style (the CSP would block them)', async () => {
      const admin = await sessionFor(world.handle, world.userIds.admin);
      for (const path of ['/', '/log-ind', '/glemt-kodeord', '/admin/brugere', '/admin/log']) {
        const { text } = await getPage(app, admin.jar, path);
        expect(text).not.toMatch(/<script(?![^>]*\bsrc=)/i);
        expect(text).not.toMatch(/\sstyle=/i);
        expect(text).not.toMatch(/\son[a-z]+=/i);
      }
    });
  });

  describe('login', () => {
    it('shows the form with a CSRF field and an HttpOnly CSRF cookie', async () => {
      const jar = new CookieJar();
      const { response, text } = await getPage(app, jar, '/log-ind');
      expect(response.status).toBe(200);
      expect(text).toContain('<h1>Log ind</h1>');
      expect(text).toMatch(/name="_csrf" value="[A-Za-z0-9_-]{43}"/);
      expect(text).toContain('Log ind med din organisations login');
      const cookie = response.headers.getSetCookie().find((line) => line.startsWith('protokol_csrf='));
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it('refuses a wrong password and an unknown address alike, keeping the e-mail typed', async () => {
      for (const email of [ADMIN, 'ingen@example.dk']) {
        const jar = new CookieJar();
        const { response, text } = await logIn(app, jar, email, 'forkert kodeord', '10.1.0.1');
        expect(response.status).toBe(401);
        expect(text).toContain('Forkert e-mail eller kodeord.');
        expect(text).toContain(`value="${email}"`);
        expect(jar.get('protokol_session')).toBeUndefined();
      }
    });

    it('refuses an empty form with 400', async () => {
      const jar = new CookieJar();
      const page = await getPage(app, jar, '/log-ind');
      const { response, text } = await postForm(app, jar, '/log-ind', { _csrf: csrfTokenIn(page.text) });
      expect(response.status).toBe(400);
      expect(text).toContain('Skriv din e-mail og dit kodeord.');
    });

    it('signs in with a fresh session cookie: HttpOnly, SameSite=Lax, Path=/, stored only as a hash', async () => {
      const jar = new CookieJar();
      const { response } = await logIn(app, jar, ADMIN.toUpperCase(), PASSWORD, '10.1.0.2');
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/');
      const cookie = response.headers.getSetCookie().find((line) => line.startsWith('protokol_session='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).not.toMatch(/Secure/);
      const token = jar.get('protokol_session')!;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await world.handle.query('select 1 from sessions where id_hash = $1', [token])).toHaveLength(0);
      expect((await sessionRows(token))[0].n).toBe(1);
      const { response: admin } = await getPage(app, jar, '/admin/brugere');
      expect(admin.status).toBe(200);
      expect(admin.headers.get('cache-control')).toBe('no-store');
    });

    it('sets Secure on https, and with COOKIE_SECURE behind a proxy', async () => {
      const jar = new CookieJar();
      const page = await app.request('https://localhost/log-ind');
      jar.store(page);
      const response = await app.request('https://localhost/log-ind', {
        method: 'POST',
        body: new URLSearchParams({ _csrf: csrfTokenIn(await page.text()), email: ADMIN, password: PASSWORD }),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
      });
      expect(response.status).toBe(303);
      expect(response.headers.getSetCookie().find((l) => l.startsWith('protokol_session='))).toMatch(/Secure/);

      const { createApp } = await import('../../src/web/app.js');
      const secured = createApp({ handle: world.handle, auth: { config: { cookieSecure: true } } });
      const form = await secured.request('/log-ind');
      expect(form.headers.getSetCookie().find((l) => l.startsWith('protokol_csrf='))).toMatch(/Secure/);
    });

    it('goes back to the page asked for, but never to another site', async () => {
      for (const [back, expected] of [
        ['/admin/log', '/admin/log'],
        ['//evil.example/x', '/'],
        ['https://evil.example/', '/'],
      ]) {
        const jar = new CookieJar();
        const page = await getPage(app, jar, `/log-ind?tilbage=${encodeURIComponent(back)}`);
        const { response } = await postForm(
          app,
          jar,
          `/log-ind?tilbage=${encodeURIComponent(back)}`,
          { _csrf: csrfTokenIn(page.text), email: ADMIN, password: PASSWORD },
          { 'x-forwarded-for': '10.1.0.3' },
        );
        expect(response.headers.get('location')).toBe(expected);
      }
    });

    it('sends the public to the login page from a page for users (401), and says no to the wrong role (403)', async () => {
      const anonymous = await app.request('/admin/brugere?x=1');
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).toContain('href="/log-ind?tilbage=%2Fadmin%2Fbrugere%3Fx%3D1"');
      const member = await sessionFor(world.handle, world.userIds['member of this body']);
      expect((await getPage(app, member.jar, '/admin/brugere')).response.status).toBe(403);
    });
  });

  describe('the header', () => {
    it('offers the public a log-in link and a signed-in user a log-out button, never mixing them up in the cache', async () => {
      const anonymousFirst = await app.request('/');
      const anonymousText = await anonymousFirst.text();
      expect(anonymousText).toContain('<a href="/log-ind">Log ind</a>');
      expect(anonymousText).not.toContain('Log ud');

      const admin = await sessionFor(world.handle, world.userIds.admin);
      const signedIn = await getPage(app, admin.jar, '/');
      expect(signedIn.response.headers.get('cache-control')).toBe('no-store');
      expect(signedIn.text).toContain('<form class="account-links" method="post" action="/log-ud">');
      expect(signedIn.text).toContain(`name="_csrf" value="${admin.csrf}"`);
      expect(signedIn.text).toContain('<span>admin</span>');

      const anonymousAgain = await (await app.request('/')).text();
      expect(anonymousAgain).not.toContain('Log ud');
      expect(anonymousAgain).not.toContain(admin.csrf);

      // The header's button logs out.
      const { response } = await postForm(app, admin.jar, '/log-ud', { _csrf: csrfTokenIn(signedIn.text) });
      expect(response.status).toBe(303);
      expect((await getPage(app, admin.jar, '/')).text).toContain('<a href="/log-ind">Log ind</a>');
    });
  });

  describe('sessions cannot be fixed or reused', () => {
    it('gives a new session id at every login and ends the one the browser had', async () => {
      const jar = new CookieJar();
      await logIn(app, jar, ADMIN, PASSWORD, '10.2.0.1');
      const first = jar.get('protokol_session')!;
      await logIn(app, jar, ADMIN, PASSWORD, '10.2.0.1');
      const second = jar.get('protokol_session')!;
      expect(second).not.toBe(first);
      expect((await sessionRows(first))[0].n).toBe(0);
      const replayed = new CookieJar();
      replayed.cookies.set('protokol_session', first);
      expect((await getPage(app, replayed, '/admin/brugere')).response.status).toBe(401);
    });

    it('ignores a session id planted before the login', async () => {
      const jar = new CookieJar();
      const planted = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
      jar.cookies.set('protokol_session', planted);
      await logIn(app, jar, ADMIN, PASSWORD, '10.2.0.2');
      expect(jar.get('protokol_session')).not.toBe(planted);
      expect((await sessionRows(planted))[0].n).toBe(0);
      const attacker = new CookieJar();
      attacker.cookies.set('protokol_session', planted);
      expect((await getPage(app, attacker, '/admin/brugere')).response.status).toBe(401);
    });

    it('logs out: the row is deleted, the cookie cleared, and the old token is dead', async () => {
      const jar = new CookieJar();
      await logIn(app, jar, ADMIN, PASSWORD, '10.2.0.3');
      const token = jar.get('protokol_session')!;
      const page = await getPage(app, jar, '/admin/brugere');
      const { response } = await postForm(app, jar, '/log-ud', { _csrf: csrfTokenIn(page.text) });
      expect(response.status).toBe(303);
      expect(response.headers.getSetCookie().find((l) => l.startsWith('protokol_session='))).toMatch(/Max-Age=0/);
      expect(jar.get('protokol_session')).toBeUndefined();
      expect((await sessionRows(token))[0].n).toBe(0);
      const reused = new CookieJar();
      reused.cookies.set('protokol_session', token);
      expect((await getPage(app, reused, '/admin/brugere')).response.status).toBe(401);
    });

    it('ends a session after its lifetime and after two idle hours', async () => {
      const { createApp } = await import('../../src/web/app.js');
      const later = (hours: number) =>
        createApp({ handle: world.handle, now: () => new Date(Date.now() + hours * 3_600_000) });
      const idle = await sessionFor(world.handle, world.userIds.admin);
      expect((await later(3).request('/admin/brugere', { headers: { cookie: idle.jar.header() } })).status).toBe(401);
      const old = await sessionFor(world.handle, world.userIds.admin);
      expect((await later(13).request('/admin/brugere', { headers: { cookie: old.jar.header() } })).status).toBe(401);
    });
  });

  describe('CSRF', () => {
    /** Every POST form: path and a body that would otherwise be accepted. */
    const forms = (): [string, Record<string, string>][] => [
      ['/log-ind', { email: ADMIN, password: PASSWORD }],
      ['/log-ud', {}],
      ['/glemt-kodeord', { email: ADMIN }],
      ['/nulstil-kodeord/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { password: 'x', repeat: 'x' }],
      ['/admin/brugere', { name: 'Ny', email: 'csrf-offer@example.dk' }],
      [
        `/admin/brugere/${world.userIds['member of this body']}/rolle`,
        { body: String(world.thisBody.id), role: 'none' },
      ],
      [`/admin/brugere/${world.userIds['member of this body']}/nulstil`, {}],
      // The secretariat's work (the CSRF check runs before the route, so the ids need not exist)
      ['/admin/organer', { name: 'CSRF-organ', kind: 'committee', publisher: '1' }],
      [`/sekretariat/organ/${world.thisBody.slug}/moeder/ny`, { heldOn: '2027-01-01', kind: 'ordinary' }],
      ['/sekretariat/moede/1', { revision: '1', heldOn: '2027-01-01', kind: 'ordinary' }],
      ...['deltagere', 'punkter', 'dagsorden', 'referat', 'rettelse', 'aflys'].map(
        (action): [string, Record<string, string>] => [`/sekretariat/moede/1/${action}`, {}],
      ),
      ['/sekretariat/punkt/1', { revision: '1', title: 'x', action: 'save' }],
      ...['beslutning', 'flyt', 'slet', 'bilag'].map((action): [string, Record<string, string>] => [
        `/sekretariat/punkt/1/${action}`,
        {},
      ]),
      ['/sekretariat/bilag/1/slet', {}],
      // Question scheme, follow-ups, meeting plan, notifications
      ['/sporgsmaal', { organ: world.thisBody.slug, title: 'CSRF', text: 'x', addressee: 'secretariat' }],
      ['/sekretariat/sporgsmaal/offentliggoerelse', { organ: world.thisBody.slug, offentliggoer: '1' }],
      ...['fordel', 'besvar', 'afvis', 'uden-for-ordningen', 'kontaktet', 'videresend'].map(
        (action): [string, Record<string, string>] => [`/sekretariat/sporgsmaal/1/${action}`, {}],
      ),
      ['/notifikationer/laest', {}],
      ['/notifikationer/1/laest', {}],
      ['/indstillinger/notifikationer', {}],
      ['/sekretariat/beslutning/1/opfoelgning', { what: 'x', responsible: 'y', dueOn: '2027-01-01' }],
      ...['udfoert', 'annuller', 'punkt'].map((action): [string, Record<string, string>] => [
        `/sekretariat/opfoelgning/1/${action}`,
        {},
      ]),
      ['/sekretariat/moedeplan', { organ: world.thisBody.slug, kind: 'ordinary', title: 'x', plannedOn: '2027-01-01' }],
      ['/sekretariat/moedeplan/1', { kind: 'ordinary', title: 'x', plannedOn: '2027-01-01' }],
      // Admin: people and memberships
      ['/admin/personer', { name: 'CSRF Person' }],
      [`/admin/organer/${world.thisBody.slug}/medlemmer`, { person: '1', role: 'member' }],
      ['/admin/medlemskaber/1/afslut', { toOn: '2030-01-01' }],
      // Admin: publishers, merging and splitting persons, publication sites
      [`/admin/organer/${world.thisBody.slug}/udgiver`, { publisher: '1' }],
      ['/admin/udgivere', { name: 'CSRF Udgiver', kind: 'other', region: '' }],
      ['/admin/personer/1/saml', { med: '2', behold: '1' }],
      ['/admin/personer/1/del', { medlemskab: '1' }],
      ['/admin/personer/aendringer/1/fortryd', {}],
      ['/admin/kilder', { url: 'https://csrf.example.dk', publisher: 'greve-kommune', committees: '' }],
    ];

    it('covers every POST route of the app', () => {
      const posts = new Set(world.app.routes.filter((r) => r.method === 'POST').map((r) => r.path));
      const covered = forms().map(([path]) =>
        path
          .replace(/\/nulstil-kodeord\/.+$/, '/nulstil-kodeord/:token')
          .replace(/\/\d+(\/|$)/, '/:id$1')
          .replace(/\/organ\/[^/]+\/moeder\//, '/organ/:slug/moeder/')
          .replace(/^\/admin\/organer\/[^/]+\/medlemmer$/, '/admin/organer/:slug/medlemmer')
          .replace(/^\/admin\/organer\/[^/]+\/udgiver$/, '/admin/organer/:slug/udgiver'),
      );
      expect([...posts].sort()).toEqual([...new Set(covered)].sort());
    });

    it('refuses every form without a token or with a wrong one, signed in or not, with 403', async () => {
      const admin = await sessionFor(world.handle, world.userIds.admin);
      const anonymous = new CookieJar();
      const anonymousToken = csrfTokenIn((await getPage(app, anonymous, '/log-ind')).text);
      for (const [path, body] of forms()) {
        for (const [jar, wrong] of [
          [admin.jar, `${admin.csrf.slice(0, -1)}x`],
          [anonymous, `${anonymousToken.slice(0, -1)}x`],
        ] as const) {
          expect((await postForm(app, jar, path, body)).response.status, `${path} without token`).toBe(403);
          expect((await postForm(app, jar, path, { ...body, _csrf: wrong })).response.status, path).toBe(403);
          expect((await postForm(app, jar, path, { ...body, _csrf: '' })).response.status, path).toBe(403);
        }
      }
      // Nothing happened: the admin is still signed in, no user was made.
      expect((await getPage(app, admin.jar, '/admin/brugere')).response.status).toBe(200);
      expect(await world.handle.query("select 1 from users where email = 'csrf-offer@example.dk'")).toHaveLength(0);
      const refused = await postForm(app, anonymous, '/log-ind', { email: ADMIN, password: PASSWORD });
      expect(refused.text).toContain('Formularen kunne ikke sendes');
      expect(refused.text.startsWith('<!DOCTYPE html>')).toBe(true);
    });

    it("binds tokens: another session's token, or an anonymous token without its cookie, is refused", async () => {
      const one = await sessionFor(world.handle, world.userIds.admin);
      const two = await sessionFor(world.handle, world.userIds.admin);
      expect(one.csrf).not.toBe(two.csrf);
      const path = `/admin/brugere/${world.userIds['member of this body']}/nulstil`;
      expect((await postForm(app, two.jar, path, { _csrf: one.csrf })).response.status).toBe(403);
      expect((await postForm(app, two.jar, path, { _csrf: two.csrf })).response.status).toBe(303);

      const visitor = new CookieJar();
      const token = csrfTokenIn((await getPage(app, visitor, '/glemt-kodeord')).text);
      const attacker = new CookieJar();
      await getPage(app, attacker, '/glemt-kodeord');
      expect((await postForm(app, attacker, '/glemt-kodeord', { _csrf: token, email: 'a@b.dk' })).response.status).toBe(
        403,
      );
      expect((await postForm(app, visitor, '/glemt-kodeord', { _csrf: token, email: 'a@b.dk' })).response.status).toBe(
        200,
      );
    });

    it('takes the token from the X-CSRF-Token header too', async () => {
      const admin = await sessionFor(world.handle, world.userIds.admin);
      const path = `/admin/brugere/${world.userIds['member of this body']}/nulstil`;
      const response = await app.request(path, {
        method: 'POST',
        headers: { cookie: admin.jar.header(), 'x-csrf-token': admin.csrf },
      });
      expect(response.status).toBe(303);
    });
  });

  describe('login rate limit', () => {
    it(`refuses an address with 429 after ${LOGIN_LIMITS.perEmail} failures, even with the right password`, async () => {
      const email = ROLE_EMAILS['secretariat of another body'];
      for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
        expect((await logIn(app, new CookieJar(), email, 'forkert', `10.3.0.${i + 1}`)).response.status).toBe(401);
      }
      const jar = new CookieJar();
      const { response, text } = await logIn(app, jar, email, PASSWORD, '10.3.1.1');
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe(String(LOGIN_LIMITS.windowMs / 1000));
      expect(text).toContain('For mange forsøg på at logge ind');
      expect(jar.get('protokol_session')).toBeUndefined();
      // Another address is not affected.
      expect((await logIn(app, new CookieJar(), ADMIN, PASSWORD, '10.3.1.2')).response.status).toBe(303);
    });

    it(`refuses a client address with 429 after ${LOGIN_LIMITS.perIp} failures`, async () => {
      const ip = '10.4.0.1';
      for (let i = 0; i < LOGIN_LIMITS.perIp; i++) {
        expect((await logIn(app, new CookieJar(), `ukendt${i}@example.dk`, 'forkert', ip)).response.status).toBe(401);
      }
      expect((await logIn(app, new CookieJar(), ADMIN, PASSWORD, ip)).response.status).toBe(429);
      expect((await logIn(app, new CookieJar(), ADMIN, PASSWORD, '10.4.0.2')).response.status).toBe(303);
    });

    it('forgets the failures of an address after a successful login', async () => {
      const email = ROLE_EMAILS['member of another body'];
      for (let i = 0; i < LOGIN_LIMITS.perEmail - 1; i++)
        await logIn(app, new CookieJar(), email, 'forkert', '10.5.0.1');
      expect((await logIn(app, new CookieJar(), email, PASSWORD, '10.5.0.1')).response.status).toBe(303);
      for (let i = 0; i < LOGIN_LIMITS.perEmail - 1; i++)
        await logIn(app, new CookieJar(), email, 'forkert', '10.5.0.1');
      expect((await logIn(app, new CookieJar(), email, PASSWORD, '10.5.0.1')).response.status).toBe(303);
    });
  });

  describe('password reset by e-mail (real SMTP server)', () => {
    it('mails a single-use link, stores only its hash, sets the new password and ends old sessions', async () => {
      const email = 'glemsom@example.dk';
      const created = await createUser({
        db: world.handle.db,
        email,
        name: 'Glemsom Bruger',
        password: PASSWORD,
        actor: COMMAND_LINE_ACTOR,
      });
      if (!created.ok) throw new Error(created.reason);
      const before = await sessionFor(world.handle, created.userId);
      const mailsBefore = smtp.received.length;

      // An unknown address and a known one get the same answer; only the known one gets mail.
      for (const address of ['findes.ikke@example.dk', email.toUpperCase()]) {
        const jar = new CookieJar();
        const page = await getPage(app, jar, '/glemt-kodeord');
        const { response, text } = await postForm(app, jar, '/glemt-kodeord', {
          _csrf: csrfTokenIn(page.text),
          email: address,
        });
        expect(response.status).toBe(200);
        expect(text).toContain('Hvis adressen findes, har vi sendt en e-mail');
      }
      const mails = await smtp.waitFor(mailsBefore + 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(smtp.received.length).toBe(mailsBefore + 1);
      const mail = mails[mailsBefore];
      expect(mail.to).toEqual([email]);
      expect(mail.subject).toBe('Nulstil dit kodeord til Protokol');
      expect(mail.raw).toMatch(/^From: Protokol <protokol@example\.dk>/m);
      expect(mail.text).toContain('Kære Glemsom Bruger');
      const link = /https:\/\/protokol\.example\.dk(\/nulstil-kodeord\/([A-Za-z0-9_-]{43}))/.exec(mail.text);
      expect(link).not.toBeNull();
      const [, path, token] = link!;
      const stored = await world.handle.query<{ token_hash: string }>(
        'select token_hash from password_resets where user_id = $1',
        [created.userId],
      );
      expect(stored.map((r) => r.token_hash)).toEqual([sha256(token)]);

      const jar = new CookieJar();
      const form = await getPage(app, jar, path);
      expect(form.response.status).toBe(200);
      expect(form.response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(form.text).toContain('Vælg nyt kodeord');
      const csrf = csrfTokenIn(form.text);
      const mismatch = await postForm(app, jar, path, {
        _csrf: csrf,
        password: 'et langt nyt kodeord',
        repeat: 'andet',
      });
      expect(mismatch.response.status).toBe(400);
      expect(mismatch.text).toContain('De to kodeord er ikke ens.');
      const short = await postForm(app, jar, path, { _csrf: csrf, password: 'kort', repeat: 'kort' });
      expect(short.response.status).toBe(400);
      expect(short.text).toContain('mindst 12 tegn');

      const newPassword = 'mit nye og lange kodeord æøå';
      const done = await postForm(app, jar, path, { _csrf: csrf, password: newPassword, repeat: newPassword });
      expect(done.response.status).toBe(303);
      expect(done.response.headers.get('location')).toBe('/log-ind?nulstillet=1');
      expect((await getPage(app, jar, '/log-ind?nulstillet=1')).text).toContain('Dit nye kodeord er gemt');

      // Single use; the old password and the sessions from before are dead; the new password works.
      expect((await getPage(app, new CookieJar(), path)).response.status).toBe(404);
      expect(
        (await postForm(app, jar, path, { _csrf: csrf, password: newPassword, repeat: newPassword })).response.status,
      ).toBe(404);
      expect((await getPage(app, before.jar, '/log-ind')).text).not.toContain('Du er logget ind');
      expect((await logIn(app, new CookieJar(), email, PASSWORD, '10.6.0.1')).response.status).toBe(401);
      expect((await logIn(app, new CookieJar(), email, newPassword, '10.6.0.1')).response.status).toBe(303);
      const audit = await world.handle.query<{ action: string; actor_label: string }>(
        "select action, actor_label from audit_log where entity = 'user' and entity_id = $1 order by id",
        [String(created.userId)],
      );
      expect(audit.map((a) => a.action)).toEqual(['user.create', 'user.password_reset']);
      expect(audit[1].actor_label).toBe(email);
    });

    it('refuses an expired link and a made-up one', async () => {
      const { token } = await issuePasswordReset({
        db: world.handle.db,
        userId: world.userIds['member of this body'],
        now: new Date(Date.now() - 61 * 60_000),
      });
      for (const path of [
        `/nulstil-kodeord/${token}`,
        '/nulstil-kodeord/opdigtet-token-som-ikke-findes',
        '/nulstil-kodeord/%3Cx%3E',
      ]) {
        const { response, text } = await getPage(app, new CookieJar(), path);
        expect(response.status).toBe(404);
        expect(text).toContain('Linket virker ikke');
      }
    });
  });

  describe('OpenID Connect (a real provider on 127.0.0.1)', () => {
    async function throughProvider(jar: CookieJar, email: string, back = '') {
      provider.nextEmail = email;
      const start = await getPage(app, jar, `/log-ind/oidc${back}`);
      expect(start.response.status).toBe(303);
      const authorize = new URL(start.response.headers.get('location')!);
      expect(authorize.origin).toBe(provider.issuer);
      expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
      expect(authorize.searchParams.get('redirect_uri')).toBe(`http://localhost${OIDC_CALLBACK_PATH}`);
      const atProvider = await fetch(authorize, { redirect: 'manual' });
      expect(atProvider.status).toBe(302);
      const callback = new URL(atProvider.headers.get('location')!);
      expect(callback.pathname).toBe(OIDC_CALLBACK_PATH);
      return getPage(app, jar, `${callback.pathname}${callback.search}`);
    }

    it('signs in an existing account by its e-mail address, with PKCE and client authentication', async () => {
      provider.tampering = 'none';
      const jar = new CookieJar();
      const { response } = await throughProvider(
        jar,
        ROLE_EMAILS['secretariat of this body'],
        '?tilbage=%2Fadmin%2Flog',
      );
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/admin/log');
      expect(jar.get('protokol_oidc')).toBeUndefined();
      const token = jar.get('protokol_session')!;
      expect((await sessionRows(token))[0].n).toBe(1);
      expect((await getPage(app, jar, '/log-ind')).text).toContain('Du er logget ind som secretariat of this body');
      const request = provider.tokenRequests.at(-1)!;
      expect(request.body.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(request.authorization).toMatch(/^Basic /);
      // The code was used once; the same callback again is refused (state cookie gone).
      expect((await getPage(app, jar, `${OIDC_CALLBACK_PATH}?code=x&state=y`)).response.status).toBe(400);
    });

    it('refuses an address without an account (no self-registration)', async () => {
      provider.tampering = 'none';
      const jar = new CookieJar();
      const { response, text } = await throughProvider(jar, 'fremmed@example.dk');
      expect(response.status).toBe(403);
      expect(text).toContain('Ingen konto i Protokol');
      expect(jar.get('protokol_session')).toBeUndefined();
    });

    it.each(['signature', 'nonce', 'audience', 'expired', 'issuer', 'unverified-email'] as const)(
      'refuses an ID token with a bad %s',
      async (tampering) => {
        provider.tampering = tampering;
        try {
          const jar = new CookieJar();
          const { response } = await throughProvider(jar, ADMIN);
          expect(response.status).toBe(400);
          expect(jar.get('protokol_session')).toBeUndefined();
        } finally {
          provider.tampering = 'none';
        }
      },
    );

    it('refuses a callback whose state is not the one this browser started', async () => {
      provider.nextEmail = ADMIN;
      const jar = new CookieJar();
      const start = await getPage(app, jar, '/log-ind/oidc');
      const atProvider = await fetch(start.response.headers.get('location')!, { redirect: 'manual' });
      const callback = new URL(atProvider.headers.get('location')!);
      callback.searchParams.set('state', 'forfalsket');
      const { response } = await getPage(app, jar, `${callback.pathname}${callback.search}`);
      expect(response.status).toBe(400);
      expect(jar.get('protokol_session')).toBeUndefined();
      // Another browser (without the state cookie) cannot finish someone else's login either.
      const other = await fetch(
        (await getPage(app, new CookieJar(), '/log-ind/oidc')).response.headers.get('location')!,
        { redirect: 'manual' },
      );
      const stolen = new URL(other.headers.get('location')!);
      const thief = new CookieJar();
      expect((await getPage(app, thief, `${stolen.pathname}${stolen.search}`)).response.status).toBe(400);
      expect(thief.get('protokol_session')).toBeUndefined();
    });
  });

  describe('admin pages and the audit log', () => {
    it('creates a user (who gets a link by mail), sets a role, and logs who did what before and after', async () => {
      const admin = await sessionFor(world.handle, world.userIds.admin);
      const mailsBefore = smtp.received.length;
      const created = await postForm(app, admin.jar, '/admin/brugere', {
        _csrf: admin.csrf,
        name: 'Ny Sekretær',
        email: 'Ny.Sekretaer@Example.dk',
      });
      expect(created.response.status).toBe(303);
      const location = created.response.headers.get('location')!;
      expect(location).toMatch(/^\/admin\/brugere\/\d+\?oprettet=1$/);
      const userId = Number(/\/(\d+)\?/.exec(location)![1]);
      const mail = (await smtp.waitFor(mailsBefore + 1))[mailsBefore];
      expect(mail.to).toEqual(['ny.sekretaer@example.dk']);
      expect(mail.text).toContain('https://protokol.example.dk/nulstil-kodeord/');

      const again = await postForm(app, admin.jar, '/admin/brugere', {
        _csrf: admin.csrf,
        name: 'Igen',
        email: 'ny.sekretaer@example.dk',
      });
      expect(again.response.status).toBe(400);
      expect(again.text).toContain('Der findes allerede en bruger med den e-mailadresse.');

      const page = await getPage(app, admin.jar, location);
      expect(page.text).toContain('Brugeren er oprettet');
      const role = await postForm(app, admin.jar, `/admin/brugere/${userId}/rolle`, {
        _csrf: admin.csrf,
        body: String(world.thisBody.id),
        role: 'secretariat',
      });
      expect(role.response.status).toBe(303);
      await postForm(app, admin.jar, `/admin/brugere/${userId}/rolle`, {
        _csrf: admin.csrf,
        body: String(world.thisBody.id),
        role: 'member',
      });
      const bad = await postForm(app, admin.jar, `/admin/brugere/${userId}/rolle`, {
        _csrf: admin.csrf,
        body: String(world.thisBody.id),
        role: 'admin',
      });
      expect(bad.response.status).toBe(400);
      expect((await getPage(app, admin.jar, '/admin/brugere/999999')).response.status).toBe(404);

      const entries = await world.handle.query<{
        action: string;
        actor_user_id: number;
        actor_label: string;
        before: unknown;
        after: unknown;
      }>(
        'select action, actor_user_id, actor_label, before, after from audit_log where entity_id in ($1, $2) order by id',
        [String(userId), `${userId}:${world.thisBody.id}`],
      );
      expect(entries.map((e) => e.action)).toEqual(['user.create', 'user_role.set', 'user_role.set']);
      for (const entry of entries) {
        expect(entry.actor_user_id).toBe(world.userIds.admin);
        expect(entry.actor_label).toBe(ADMIN);
      }
      const slug = world.thisBody.slug;
      expect(entries[1].before).toBeNull();
      expect(entries[1].after).toEqual({ user: 'ny.sekretaer@example.dk', body: slug, role: 'secretariat' });
      expect(entries[2].before).toEqual({ user: 'ny.sekretaer@example.dk', body: slug, role: 'secretariat' });
      expect(entries[2].after).toEqual({ user: 'ny.sekretaer@example.dk', body: slug, role: 'member' });

      const log = await getPage(app, admin.jar, '/admin/log');
      expect(log.response.status).toBe(200);
      expect(log.text).toContain('user_role.set');
      expect(log.text).toContain('ny.sekretaer@example.dk');
    });

    it('keeps the audit log append-only in the database', async () => {
      await expect(world.handle.query("update audit_log set action = 'x'")).rejects.toThrow(/append-only/);
      await expect(world.handle.query('delete from audit_log')).rejects.toThrow(/append-only/);
      await expect(world.handle.query('truncate audit_log')).rejects.toThrow(/append-only/);
      const [{ n }] = await world.handle.query<{ n: number }>('select count(*)::int as n from audit_log');
      expect(n).toBeGreaterThan(0);
    });
  });
});
