/**
 * CSRF on the web (app.request), on both databases: every POST route of the app is listed here, and
 * every form without a token or with a wrong one is refused (403), signed in or not; tokens are bound
 * to their session (or anonymous cookie) and may come in the X-CSRF-Token header.
 */
import { describe, expect, it } from 'vitest';
import { CookieJar, csrfTokenIn, getPage, PASSWORD, postForm, sessionFor } from '../helpers/accounts.js';
import { ADMIN, useAccountsWeb } from '../helpers/accounts-web.js';
import { TEST_DATABASES } from '../helpers/databases.js';

describe.each(TEST_DATABASES)('CSRF on the web, on $name', (database) => {
  const web = useAccountsWeb(database);

  describe('CSRF', () => {
    /** Every POST form: path and a body that would otherwise be accepted. */
    const forms = (): [string, Record<string, string>, string?][] => [
      ['/log-ind', { email: ADMIN, password: PASSWORD }],
      ['/log-ud', {}],
      ['/glemt-kodeord', { email: ADMIN }],
      ['/nulstil-kodeord/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { password: 'x', repeat: 'x' }],
      ['/admin/brugere', { name: 'Ny', email: 'csrf-offer@example.dk' }],
      [
        `/admin/brugere/${web.world.userIds['member of this body']}/rolle`,
        { body: String(web.world.thisBody.id), role: 'none' },
      ],
      [`/admin/brugere/${web.world.userIds['member of this body']}/nulstil`, {}],
      // The secretariat's work (the CSRF check runs before the route, so the ids need not exist)
      ['/admin/organer', { name: 'CSRF-organ', kind: 'committee', publisher: '1' }],
      [`/sekretariat/organ/${web.world.thisBody.slug}/moeder/ny`, { heldOn: '2027-01-01', kind: 'ordinary' }],
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
      ['/sporgsmaal', { organ: web.world.thisBody.slug, title: 'CSRF', text: 'x', addressee: 'secretariat' }],
      ['/sekretariat/sporgsmaal/offentliggoerelse', { organ: web.world.thisBody.slug, offentliggoer: '1' }],
      ['/sekretariat/sporgsmaal/regler', { organ: web.world.thisBody.slug, deadlineKind: 'working_days', days: '5' }],
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
      [
        '/sekretariat/moedeplan',
        { organ: web.world.thisBody.slug, kind: 'ordinary', title: 'x', plannedOn: '2027-01-01' },
      ],
      ['/sekretariat/moedeplan/1', { kind: 'ordinary', title: 'x', plannedOn: '2027-01-01' }],
      // Frames and keys: a new frame
      ['/sekretariat/rammer', { title: 'x', total: '1 kr.' }],
      // Admin: people and memberships
      ['/admin/personer', { name: 'CSRF Person' }],
      [`/admin/organer/${web.world.thisBody.slug}/medlemmer`, { person: '1', role: 'member' }],
      ['/admin/medlemskaber/1/afslut', { toOn: '2030-01-01' }],
      // Admin: publishers, merging and splitting persons, publication sites
      [`/admin/organer/${web.world.thisBody.slug}/udgiver`, { publisher: '1' }],
      ['/admin/udgivere', { name: 'CSRF Udgiver', kind: 'other', region: '' }],
      ['/admin/personer/1/saml', { med: '2', behold: '1' }],
      ['/admin/personer/1/del', { medlemskab: '1' }],
      ['/admin/personer/aendringer/1/fortryd', {}],
      ['/admin/kilder', { url: 'https://csrf.example.dk', publisher: 'greve-kommune', committees: '' }],
      ['/admin/kilder/1', { url: 'https://csrf.example.dk', publisher: 'greve-kommune', reason: 'x' }],
      ['/admin/kilder/1/tilstand', { state: 'paused', reason: 'x' }],
      ['/admin/kilder/1/tag-ned', { takedownMeeting: '1', takedownReason: 'x', confirm: '1' }],
      // Following by e-mail: confirming and the subscriber's page (the token's page carries a CSRF token)
      [`/foelg/bekraeft/${'A'.repeat(43)}`, { hyppighed: 'daily' }],
      [`/foelg/mine/${'A'.repeat(43)}`, { handling: 'afmeld-alt' }],
      // Plans and hearings: the public's response form, the secretariat's plans and hearings
      ['/hoering/1', { name: 'x', text: 'x' }],
      ['/sekretariat/planer', { title: 'x' }],
      ['/sekretariat/planer/1', { title: 'x' }],
      ['/sekretariat/planer/1/punkter', {}],
      ['/sekretariat/planer/1/version', {}],
      ['/sekretariat/planer/1/version/1', {}, '/sekretariat/planer/:id/version/:number{\\d+}'],
      ['/sekretariat/hoeringer', { title: 'x' }],
      ...['notat', 'offentliggoer', 'svar', 'trin'].map((action): [string, Record<string, string>] => [
        `/sekretariat/hoeringer/1/${action}`,
        {},
      ]),
      ['/sekretariat/hoeringer/1/svar/1', {}, '/sekretariat/hoeringer/:id/svar/:response{\\d+}'],
      // Processes (forløb)
      ['/sekretariat/forloeb', { template: 'x' }],
      ['/sekretariat/forloeb/1/faser', {}, '/sekretariat/forloeb/:id{[0-9]+}/faser'],
      ['/sekretariat/forloeb/1/faser/1/slet', {}, '/sekretariat/forloeb/:id{[0-9]+}/faser/:phaseId{[0-9]+}/slet'],
      ['/sekretariat/forloeb/1/trin', {}, '/sekretariat/forloeb/:id{[0-9]+}/trin'],
      ['/sekretariat/forloeb/trin/1', {}, '/sekretariat/forloeb/trin/:stepId{[0-9]+}'],
      ...['flyt', 'gennemfoert', 'planlaeg', 'slet', 'spring-over'].map(
        (action): [string, Record<string, string>, string] => [
          `/sekretariat/forloeb/trin/1/${action}`,
          {},
          `/sekretariat/forloeb/trin/:stepId{[0-9]+}/${action}`,
        ],
      ),
      // Members' daily work: minutes for approval, item requests, notes, rules of procedure
      ['/mig/anmodninger', { title: 'x' }],
      ['/mig/noter/1', {}],
      ['/mig/referater/1', {}],
      ['/sekretariat/anmodning/1/afvis', {}],
      ['/sekretariat/anmodning/1/imoedekom', {}],
      ['/sekretariat/forretningsorden', {}],
      ['/sekretariat/moede/1/godkendelse', {}],
      // Members' reading on the go: marking a meeting as read, highlighting a passage and removing it
      ['/mig/naeste-moede/1/laest', { seen: 'x' }],
      ['/mig/fremhaev', { item: '1', quote: 'x' }],
      ['/mig/fremhaev/1/slet', {}],
      // Grants and projects
      ['/sekretariat/projekter', { name: 'x' }],
      ['/sekretariat/projekter/1/status', {}],
      ['/sekretariat/projekter/1/forbrug', {}],
      ['/sekretariat/projekter/1/rapporter/1', {}, '/sekretariat/projekter/:id/rapporter/:reportId'],
      [
        '/sekretariat/projekter/1/rapporter/1/dagsorden',
        {},
        '/sekretariat/projekter/:id/rapporter/:reportId/dagsorden',
      ],
      // Investment agreements
      ['/sekretariat/aftaler', { title: 'x' }],
      ['/sekretariat/aftaler/1/status', {}],
      ['/sekretariat/aftaler/1/godkendelse', {}],
      // GP capacity (lægedækning): the CSV, a vacancy's outcome, a decision linked
      ['/sekretariat/laegedaekning', { csv: 'x' }],
      ['/sekretariat/laegedaekning/x/vakance/1', {}, '/sekretariat/laegedaekning/:slug/vakance/:id'],
      ['/sekretariat/laegedaekning/x/beslutning', {}, '/sekretariat/laegedaekning/:slug/beslutning'],
    ];

    /**
     * Posts without a CSRF token by design (web/auth/index.tsx CSRF_EXEMPT): the "Følg" form on the
     * pages the page cache serves to everyone (rate-limited per address and client), and the RFC 8058
     * one-click unsubscribe that mail clients post (protected by the unguessable token in its path).
     */
    const EXEMPT = ['/foelg', '/foelg/afmeld/:token'];

    it('lets the exempt posts through without a token, and only those', async () => {
      const anonymous = new CookieJar();
      const form = await postForm(web.app, anonymous, '/foelg', { hvad: 'body', id: '1', email: 'x' });
      expect(form.response.status).not.toBe(403);
      const unsubscribe = await postForm(web.app, anonymous, `/foelg/afmeld/${'A'.repeat(43)}`, {});
      expect(unsubscribe.response.status).toBe(404); // no such token: answered, not refused
      const other = await postForm(web.app, anonymous, `/foelg/afmeld/${'A'.repeat(43)}/x`, {});
      expect(other.response.status).toBe(403);
    });

    it('covers every POST route of the app', () => {
      const posts = new Set(web.world.app.routes.filter((r) => r.method === 'POST').map((r) => r.path));
      const covered = forms().map(
        ([path, , pattern]) =>
          pattern ??
          path
            .replace(/\/nulstil-kodeord\/.+$/, '/nulstil-kodeord/:token')
            .replace(/^\/foelg\/(bekraeft|mine)\/.+$/, '/foelg/$1/:token')
            .replace(/\/\d+(\/|$)/, '/:id$1')
            .replace(/\/organ\/[^/]+\/moeder\//, '/organ/:slug/moeder/')
            .replace(/^\/admin\/organer\/[^/]+\/medlemmer$/, '/admin/organer/:slug/medlemmer')
            .replace(/^\/admin\/organer\/[^/]+\/udgiver$/, '/admin/organer/:slug/udgiver'),
      );
      expect([...posts].sort()).toEqual([...new Set([...covered, ...EXEMPT])].sort());
    });

    it('refuses every form without a token or with a wrong one, signed in or not, with 403', async () => {
      const admin = await sessionFor(web.world.handle, web.world.userIds.admin);
      const anonymous = new CookieJar();
      const anonymousToken = csrfTokenIn((await getPage(web.app, anonymous, '/log-ind')).text);
      for (const [path, body] of forms()) {
        for (const [jar, wrong] of [
          [admin.jar, `${admin.csrf.slice(0, -1)}x`],
          [anonymous, `${anonymousToken.slice(0, -1)}x`],
        ] as const) {
          expect((await postForm(web.app, jar, path, body)).response.status, `${path} without token`).toBe(403);
          expect((await postForm(web.app, jar, path, { ...body, _csrf: wrong })).response.status, path).toBe(403);
          expect((await postForm(web.app, jar, path, { ...body, _csrf: '' })).response.status, path).toBe(403);
        }
      }
      // Nothing happened: the admin is still signed in, no user was made.
      expect((await getPage(web.app, admin.jar, '/admin/brugere')).response.status).toBe(200);
      expect(await web.world.handle.query("select 1 from users where email = 'csrf-offer@example.dk'")).toHaveLength(0);
      const refused = await postForm(web.app, anonymous, '/log-ind', { email: ADMIN, password: PASSWORD });
      expect(refused.text).toContain('Formularen kunne ikke sendes');
      expect(refused.text.startsWith('<!DOCTYPE html>')).toBe(true);
    });

    it("binds tokens: another session's token, or an anonymous token without its cookie, is refused", async () => {
      const one = await sessionFor(web.world.handle, web.world.userIds.admin);
      const two = await sessionFor(web.world.handle, web.world.userIds.admin);
      expect(one.csrf).not.toBe(two.csrf);
      const path = `/admin/brugere/${web.world.userIds['member of this body']}/nulstil`;
      expect((await postForm(web.app, two.jar, path, { _csrf: one.csrf })).response.status).toBe(403);
      expect((await postForm(web.app, two.jar, path, { _csrf: two.csrf })).response.status).toBe(303);

      const visitor = new CookieJar();
      const token = csrfTokenIn((await getPage(web.app, visitor, '/glemt-kodeord')).text);
      const attacker = new CookieJar();
      await getPage(web.app, attacker, '/glemt-kodeord');
      expect(
        (await postForm(web.app, attacker, '/glemt-kodeord', { _csrf: token, email: 'a@b.dk' })).response.status,
      ).toBe(403);
      expect(
        (await postForm(web.app, visitor, '/glemt-kodeord', { _csrf: token, email: 'a@b.dk' })).response.status,
      ).toBe(200);
    });

    it('takes the token from the X-CSRF-Token header too', async () => {
      const admin = await sessionFor(web.world.handle, web.world.userIds.admin);
      const path = `/admin/brugere/${web.world.userIds['member of this body']}/nulstil`;
      const response = await web.app.request(path, {
        method: 'POST',
        headers: { cookie: admin.jar.header(), 'x-csrf-token': admin.csrf },
      });
      expect(response.status).toBe(303);
    });
  });
});
