/**
 * Accounts on the web (app.request), on both databases: security headers and the CSP, logging in
 * (cookies, where it leads back to, 401/403), the header's log-in and log-out, sessions that cannot
 * be fixed or reused, the login rate limit. CSRF: csrf.test.ts; password reset and OpenID Connect:
 * auth-external.test.ts; the admins' user pages: admin-users.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { LOGIN_LIMITS } from '../../src/use-cases/accounts/authenticate-user.js';
import { CONTENT_SECURITY_POLICY } from '../../src/web/auth/security-headers.js';
import {
  CookieJar,
  csrfTokenIn,
  getPage,
  logIn,
  PASSWORD,
  postForm,
  ROLE_EMAILS,
  sessionFor,
} from '../helpers/accounts.js';
import { ADMIN, useAccountsWeb } from '../helpers/accounts-web.js';
import { TEST_DATABASES } from '../helpers/databases.js';

describe.each(TEST_DATABASES)('accounts on the web, on $name', (database) => {
  const web = useAccountsWeb(database);

  describe('security headers', () => {
    it('puts a strict CSP and the other headers on portal pages, cached or not, and on the auth pages', async () => {
      for (const path of ['/', '/', '/log-ind', '/findes-ikke']) {
        const response = await web.app.request(path);
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
      expect((await web.app.request('https://localhost/')).headers.get('strict-transport-security')).toContain(
        'max-age=31536000',
      );
      const proxied = await web.app.request('/', { headers: { 'x-forwarded-proto': 'https' } });
      expect(proxied.headers.get('strict-transport-security')).toContain('max-age=');
    });

    it('pages need no inline script or style (the CSP would block them)', async () => {
      const admin = await sessionFor(web.world.handle, web.world.userIds.admin);
      for (const path of ['/', '/log-ind', '/glemt-kodeord', '/admin/brugere', '/admin/log']) {
        const { text } = await getPage(web.app, admin.jar, path);
        expect(text).not.toMatch(/<script(?![^>]*\bsrc=)/i);
        expect(text).not.toMatch(/\sstyle=/i);
        expect(text).not.toMatch(/\son[a-z]+=/i);
      }
    });
  });

  describe('login', () => {
    it('shows the form with a CSRF field and an HttpOnly CSRF cookie', async () => {
      const jar = new CookieJar();
      const { response, text } = await getPage(web.app, jar, '/log-ind');
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
        const { response, text } = await logIn(web.app, jar, email, 'forkert kodeord', '10.1.0.1');
        expect(response.status).toBe(401);
        expect(text).toContain('Forkert e-mail eller kodeord.');
        expect(text).toContain(`value="${email}"`);
        expect(jar.get('protokol_session')).toBeUndefined();
      }
    });

    it('refuses an empty form with 400', async () => {
      const jar = new CookieJar();
      const page = await getPage(web.app, jar, '/log-ind');
      const { response, text } = await postForm(web.app, jar, '/log-ind', { _csrf: csrfTokenIn(page.text) });
      expect(response.status).toBe(400);
      expect(text).toContain('Skriv din e-mail og dit kodeord.');
    });

    it('signs in with a fresh session cookie: HttpOnly, SameSite=Lax, Path=/, stored only as a hash', async () => {
      const jar = new CookieJar();
      const { response } = await logIn(web.app, jar, ADMIN.toUpperCase(), PASSWORD, '10.1.0.2');
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/');
      const cookie = response.headers.getSetCookie().find((line) => line.startsWith('protokol_session='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).not.toMatch(/Secure/);
      const token = jar.get('protokol_session')!;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await web.world.handle.query('select 1 from sessions where id_hash = $1', [token])).toHaveLength(0);
      expect((await web.sessionRows(token))[0].n).toBe(1);
      const { response: admin } = await getPage(web.app, jar, '/admin/brugere');
      expect(admin.status).toBe(200);
      expect(admin.headers.get('cache-control')).toBe('private, no-store');
    });

    it('sets Secure on https, and with COOKIE_SECURE behind a proxy', async () => {
      const jar = new CookieJar();
      const page = await web.app.request('https://localhost/log-ind');
      jar.store(page);
      const response = await web.app.request('https://localhost/log-ind', {
        method: 'POST',
        body: new URLSearchParams({ _csrf: csrfTokenIn(await page.text()), email: ADMIN, password: PASSWORD }),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
      });
      expect(response.status).toBe(303);
      expect(response.headers.getSetCookie().find((l) => l.startsWith('protokol_session='))).toMatch(/Secure/);

      const { createApp } = await import('../../src/web/app.js');
      const secured = createApp({ handle: web.world.handle, auth: { config: { cookieSecure: true } } });
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
        const page = await getPage(web.app, jar, `/log-ind?tilbage=${encodeURIComponent(back)}`);
        const { response } = await postForm(
          web.app,
          jar,
          `/log-ind?tilbage=${encodeURIComponent(back)}`,
          { _csrf: csrfTokenIn(page.text), email: ADMIN, password: PASSWORD },
          { 'x-forwarded-for': '10.1.0.3' },
        );
        expect(response.headers.get('location')).toBe(expected);
      }
    });

    it('sends the public to the login page from a page for users (401), and says no to the wrong role (403)', async () => {
      const anonymous = await web.app.request('/admin/brugere?x=1');
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).toContain('href="/log-ind?tilbage=%2Fadmin%2Fbrugere%3Fx%3D1"');
      const member = await sessionFor(web.world.handle, web.world.userIds['member of this body']);
      expect((await getPage(web.app, member.jar, '/admin/brugere')).response.status).toBe(403);
    });
  });

  describe('the header', () => {
    it('offers the public a log-in link and a signed-in user a log-out button, never mixing them up in the cache', async () => {
      const anonymousFirst = await web.app.request('/');
      const anonymousText = await anonymousFirst.text();
      expect(anonymousText).toContain('<a href="/log-ind">Log ind</a>');
      expect(anonymousText).not.toContain('Log ud');

      const admin = await sessionFor(web.world.handle, web.world.userIds.admin);
      const signedIn = await getPage(web.app, admin.jar, '/');
      expect(signedIn.response.headers.get('cache-control')).toBe('private, no-store');
      expect(signedIn.text).toContain('<form class="account-links" method="post" action="/log-ud">');
      expect(signedIn.text).toContain(`name="_csrf" value="${admin.csrf}"`);
      expect(signedIn.text).toContain('<span>admin</span>');

      const anonymousAgain = await (await web.app.request('/')).text();
      expect(anonymousAgain).not.toContain('Log ud');
      expect(anonymousAgain).not.toContain(admin.csrf);

      // The header's button logs out.
      const { response } = await postForm(web.app, admin.jar, '/log-ud', { _csrf: csrfTokenIn(signedIn.text) });
      expect(response.status).toBe(303);
      expect((await getPage(web.app, admin.jar, '/')).text).toContain('<a href="/log-ind">Log ind</a>');
    });
  });

  describe('sessions cannot be fixed or reused', () => {
    it('gives a new session id at every login and ends the one the browser had', async () => {
      const jar = new CookieJar();
      await logIn(web.app, jar, ADMIN, PASSWORD, '10.2.0.1');
      const first = jar.get('protokol_session')!;
      await logIn(web.app, jar, ADMIN, PASSWORD, '10.2.0.1');
      const second = jar.get('protokol_session')!;
      expect(second).not.toBe(first);
      expect((await web.sessionRows(first))[0].n).toBe(0);
      const replayed = new CookieJar();
      replayed.cookies.set('protokol_session', first);
      expect((await getPage(web.app, replayed, '/admin/brugere')).response.status).toBe(401);
    });

    it('ignores a session id planted before the login', async () => {
      const jar = new CookieJar();
      const planted = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
      jar.cookies.set('protokol_session', planted);
      await logIn(web.app, jar, ADMIN, PASSWORD, '10.2.0.2');
      expect(jar.get('protokol_session')).not.toBe(planted);
      expect((await web.sessionRows(planted))[0].n).toBe(0);
      const attacker = new CookieJar();
      attacker.cookies.set('protokol_session', planted);
      expect((await getPage(web.app, attacker, '/admin/brugere')).response.status).toBe(401);
    });

    it('logs out: the row is deleted, the cookie cleared, and the old token is dead', async () => {
      const jar = new CookieJar();
      await logIn(web.app, jar, ADMIN, PASSWORD, '10.2.0.3');
      const token = jar.get('protokol_session')!;
      const page = await getPage(web.app, jar, '/admin/brugere');
      const { response } = await postForm(web.app, jar, '/log-ud', { _csrf: csrfTokenIn(page.text) });
      expect(response.status).toBe(303);
      expect(response.headers.getSetCookie().find((l) => l.startsWith('protokol_session='))).toMatch(/Max-Age=0/);
      expect(jar.get('protokol_session')).toBeUndefined();
      expect((await web.sessionRows(token))[0].n).toBe(0);
      const reused = new CookieJar();
      reused.cookies.set('protokol_session', token);
      expect((await getPage(web.app, reused, '/admin/brugere')).response.status).toBe(401);
    });

    it('ends a session after its lifetime and after two idle hours', async () => {
      const { createApp } = await import('../../src/web/app.js');
      const later = (hours: number) =>
        createApp({ handle: web.world.handle, now: () => new Date(Date.now() + hours * 3_600_000) });
      const idle = await sessionFor(web.world.handle, web.world.userIds.admin);
      expect((await later(3).request('/admin/brugere', { headers: { cookie: idle.jar.header() } })).status).toBe(401);
      const old = await sessionFor(web.world.handle, web.world.userIds.admin);
      expect((await later(13).request('/admin/brugere', { headers: { cookie: old.jar.header() } })).status).toBe(401);
    });
  });

  describe('login rate limit', () => {
    it(`refuses an address with 429 after ${LOGIN_LIMITS.perEmail} failures, even with the right password`, async () => {
      const email = ROLE_EMAILS['secretariat of another body'];
      for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
        expect((await logIn(web.app, new CookieJar(), email, 'forkert', `10.3.0.${i + 1}`)).response.status).toBe(401);
      }
      const jar = new CookieJar();
      const { response, text } = await logIn(web.app, jar, email, PASSWORD, '10.3.1.1');
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe(String(LOGIN_LIMITS.windowMs / 1000));
      expect(text).toContain('For mange forsøg på at logge ind');
      expect(jar.get('protokol_session')).toBeUndefined();
      // Another address is not affected.
      expect((await logIn(web.app, new CookieJar(), ADMIN, PASSWORD, '10.3.1.2')).response.status).toBe(303);
    });

    it(`refuses a client address with 429 after ${LOGIN_LIMITS.perIp} failures`, async () => {
      const ip = '10.4.0.1';
      for (let i = 0; i < LOGIN_LIMITS.perIp; i++) {
        expect((await logIn(web.app, new CookieJar(), `ukendt${i}@example.dk`, 'forkert', ip)).response.status).toBe(
          401,
        );
      }
      expect((await logIn(web.app, new CookieJar(), ADMIN, PASSWORD, ip)).response.status).toBe(429);
      expect((await logIn(web.app, new CookieJar(), ADMIN, PASSWORD, '10.4.0.2')).response.status).toBe(303);
    });

    it('forgets the failures of an address after a successful login', async () => {
      const email = ROLE_EMAILS['member of another body'];
      for (let i = 0; i < LOGIN_LIMITS.perEmail - 1; i++)
        await logIn(web.app, new CookieJar(), email, 'forkert', '10.5.0.1');
      expect((await logIn(web.app, new CookieJar(), email, PASSWORD, '10.5.0.1')).response.status).toBe(303);
      for (let i = 0; i < LOGIN_LIMITS.perEmail - 1; i++)
        await logIn(web.app, new CookieJar(), email, 'forkert', '10.5.0.1');
      expect((await logIn(web.app, new CookieJar(), email, PASSWORD, '10.5.0.1')).response.status).toBe(303);
    });
  });
});
