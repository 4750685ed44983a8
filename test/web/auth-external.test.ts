/**
 * Accounts and the servers outside (app.request), on both databases: a password reset by e-mail
 * through a real SMTP server (single-use link, stored as a hash, old sessions ended) and logging in
 * through a real OpenID Connect provider on 127.0.0.1 (PKCE, state, nonce, the ID token's checks).
 */
import { describe, expect, it } from 'vitest';
import { OIDC_CALLBACK_PATH } from '../../src/config.js';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { issuePasswordReset } from '../../src/use-cases/accounts/request-password-reset.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
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
import { ADMIN, sha256, useAccountsWeb } from '../helpers/accounts-web.js';
import { TEST_DATABASES } from '../helpers/databases.js';

describe.each(TEST_DATABASES)('accounts with mail and OpenID Connect, on $name', (database) => {
  const web = useAccountsWeb(database);

  describe('password reset by e-mail (real SMTP server)', () => {
    it('mails a single-use link, stores only its hash, sets the new password and ends old sessions', async () => {
      const email = 'glemsom@example.dk';
      const created = await createUser({
        db: web.world.handle.db,
        email,
        name: 'Glemsom Bruger',
        password: PASSWORD,
        actor: COMMAND_LINE_ACTOR,
      });
      if (!created.ok) throw new Error(created.reason);
      const before = await sessionFor(web.world.handle, created.userId);
      const mailsBefore = web.smtp.received.length;

      // An unknown address and a known one get the same answer; only the known one gets mail.
      for (const address of ['findes.ikke@example.dk', email.toUpperCase()]) {
        const jar = new CookieJar();
        const page = await getPage(web.app, jar, '/glemt-kodeord');
        const { response, text } = await postForm(web.app, jar, '/glemt-kodeord', {
          _csrf: csrfTokenIn(page.text),
          email: address,
        });
        expect(response.status).toBe(200);
        expect(text).toContain('Hvis adressen findes, har vi sendt en e-mail');
      }
      const mails = await web.smtp.waitFor(mailsBefore + 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(web.smtp.received.length).toBe(mailsBefore + 1);
      const mail = mails[mailsBefore];
      expect(mail.to).toEqual([email]);
      expect(mail.subject).toBe('Nulstil dit kodeord til Protokol');
      expect(mail.raw).toMatch(/^From: Protokol <protokol@example\.dk>/m);
      expect(mail.text).toContain('Kære Glemsom Bruger');
      const link = /https:\/\/protokol\.example\.dk(\/nulstil-kodeord\/([A-Za-z0-9_-]{43}))/.exec(mail.text);
      expect(link).not.toBeNull();
      const [, path, token] = link!;
      const stored = await web.world.handle.query<{ token_hash: string }>(
        'select token_hash from password_resets where user_id = $1',
        [created.userId],
      );
      expect(stored.map((r) => r.token_hash)).toEqual([sha256(token)]);

      const jar = new CookieJar();
      const form = await getPage(web.app, jar, path);
      expect(form.response.status).toBe(200);
      expect(form.response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(form.text).toContain('Vælg nyt kodeord');
      const csrf = csrfTokenIn(form.text);
      const mismatch = await postForm(web.app, jar, path, {
        _csrf: csrf,
        password: 'et langt nyt kodeord',
        repeat: 'andet',
      });
      expect(mismatch.response.status).toBe(400);
      expect(mismatch.text).toContain('De to kodeord er ikke ens.');
      const short = await postForm(web.app, jar, path, { _csrf: csrf, password: 'kort', repeat: 'kort' });
      expect(short.response.status).toBe(400);
      expect(short.text).toContain('mindst 12 tegn');

      const newPassword = 'mit nye og lange kodeord æøå';
      const done = await postForm(web.app, jar, path, { _csrf: csrf, password: newPassword, repeat: newPassword });
      expect(done.response.status).toBe(303);
      expect(done.response.headers.get('location')).toBe('/log-ind?nulstillet=1');
      expect((await getPage(web.app, jar, '/log-ind?nulstillet=1')).text).toContain('Dit nye kodeord er gemt');

      // Single use; the old password and the sessions from before are dead; the new password works.
      expect((await getPage(web.app, new CookieJar(), path)).response.status).toBe(404);
      expect(
        (await postForm(web.app, jar, path, { _csrf: csrf, password: newPassword, repeat: newPassword })).response
          .status,
      ).toBe(404);
      expect((await getPage(web.app, before.jar, '/log-ind')).text).not.toContain('Du er logget ind');
      expect((await logIn(web.app, new CookieJar(), email, PASSWORD, '10.6.0.1')).response.status).toBe(401);
      expect((await logIn(web.app, new CookieJar(), email, newPassword, '10.6.0.1')).response.status).toBe(303);
      const audit = await web.world.handle.query<{ action: string; actor_label: string }>(
        "select action, actor_label from audit_log where entity = 'user' and entity_id = $1 order by id",
        [String(created.userId)],
      );
      expect(audit.map((a) => a.action)).toEqual(['user.create', 'user.password_reset']);
      expect(audit[1].actor_label).toBe(email);
    });

    it('refuses an expired link and a made-up one', async () => {
      const { token } = await issuePasswordReset({
        db: web.world.handle.db,
        userId: web.world.userIds['member of this body'],
        now: new Date(Date.now() - 61 * 60_000),
      });
      for (const path of [
        `/nulstil-kodeord/${token}`,
        '/nulstil-kodeord/opdigtet-token-som-ikke-findes',
        '/nulstil-kodeord/%3Cx%3E',
      ]) {
        const { response, text } = await getPage(web.app, new CookieJar(), path);
        expect(response.status).toBe(404);
        expect(text).toContain('Linket virker ikke');
      }
    });
  });

  describe('OpenID Connect (a real provider on 127.0.0.1)', () => {
    async function throughProvider(jar: CookieJar, email: string, back = '') {
      web.provider.nextEmail = email;
      const start = await getPage(web.app, jar, `/log-ind/oidc${back}`);
      expect(start.response.status).toBe(303);
      const authorize = new URL(start.response.headers.get('location')!);
      expect(authorize.origin).toBe(web.provider.issuer);
      expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
      expect(authorize.searchParams.get('redirect_uri')).toBe(`http://localhost${OIDC_CALLBACK_PATH}`);
      const atProvider = await fetch(authorize, { redirect: 'manual' });
      expect(atProvider.status).toBe(302);
      const callback = new URL(atProvider.headers.get('location')!);
      expect(callback.pathname).toBe(OIDC_CALLBACK_PATH);
      return getPage(web.app, jar, `${callback.pathname}${callback.search}`);
    }

    it('signs in an existing account by its e-mail address, with PKCE and client authentication', async () => {
      web.provider.tampering = 'none';
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
      expect((await web.sessionRows(token))[0].n).toBe(1);
      expect((await getPage(web.app, jar, '/log-ind')).text).toContain('Du er logget ind som secretariat of this body');
      const request = web.provider.tokenRequests.at(-1)!;
      expect(request.body.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(request.authorization).toMatch(/^Basic /);
      // The code was used once; the same callback again is refused (state cookie gone).
      expect((await getPage(web.app, jar, `${OIDC_CALLBACK_PATH}?code=x&state=y`)).response.status).toBe(400);
    });

    it('refuses an address without an account (no self-registration)', async () => {
      web.provider.tampering = 'none';
      const jar = new CookieJar();
      const { response, text } = await throughProvider(jar, 'fremmed@example.dk');
      expect(response.status).toBe(403);
      expect(text).toContain('Ingen konto i Protokol');
      expect(jar.get('protokol_session')).toBeUndefined();
    });

    it.each(['signature', 'nonce', 'audience', 'expired', 'issuer', 'unverified-email'] as const)(
      'refuses an ID token with a bad %s',
      async (tampering) => {
        web.provider.tampering = tampering;
        try {
          const jar = new CookieJar();
          const { response } = await throughProvider(jar, ADMIN);
          expect(response.status).toBe(400);
          expect(jar.get('protokol_session')).toBeUndefined();
        } finally {
          web.provider.tampering = 'none';
        }
      },
    );

    it('refuses a callback whose state is not the one this browser started', async () => {
      web.provider.nextEmail = ADMIN;
      const jar = new CookieJar();
      const start = await getPage(web.app, jar, '/log-ind/oidc');
      const atProvider = await fetch(start.response.headers.get('location')!, { redirect: 'manual' });
      const callback = new URL(atProvider.headers.get('location')!);
      callback.searchParams.set('state', 'forfalsket');
      const { response } = await getPage(web.app, jar, `${callback.pathname}${callback.search}`);
      expect(response.status).toBe(400);
      expect(jar.get('protokol_session')).toBeUndefined();
      // Another browser (without the state cookie) cannot finish someone else's login either.
      const other = await fetch(
        (await getPage(web.app, new CookieJar(), '/log-ind/oidc')).response.headers.get('location')!,
        { redirect: 'manual' },
      );
      const stolen = new URL(other.headers.get('location')!);
      const thief = new CookieJar();
      expect((await getPage(web.app, thief, `${stolen.pathname}${stolen.search}`)).response.status).toBe(400);
      expect(thief.get('protokol_session')).toBeUndefined();
    });
  });
});
