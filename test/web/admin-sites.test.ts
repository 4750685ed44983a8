/**
 * The admins' publication sites (/admin/kilder) over HTTP (app.request), on both databases:
 * every known site of the reference data listed with its status (the one without an address as
 * "Adresse ukendt"); registering a site (address, publisher, committees) through registerSite, in
 * the audit log; a form with a problem comes back with what was typed; a site's own page with its
 * last harvest — when, how it went, its counts and each error with its address; correcting,
 * pausing and retiring it, in the audit log; admins only; CSRF refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../src/db/load-reference-data.js';
import { type AccountsWorld, type CookieJar, openAccountsWorld, postForm, sessionFor } from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';

describe.each(TEST_DATABASES)('admin: publication sites on $name', (database) => {
  let world: AccountsWorld;
  let admin: { jar: CookieJar; csrf: string };

  beforeAll(async () => {
    world = await openAccountsWorld(database);
    admin = await sessionFor(world.handle, world.userIds.admin);
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  const get = async (path: string, jar: CookieJar | null = admin.jar) => {
    const response = await world.app.request(path, { headers: jar ? { cookie: jar.header() } : {} });
    return { status: response.status, text: await response.text() };
  };
  const post = async (path: string, fields: Record<string, string>, who = admin) => {
    const { response, text } = await postForm(world.app, who.jar, path, { _csrf: who.csrf, ...fields });
    return { status: response.status, location: response.headers.get('location'), text };
  };

  const siteIdOf = async (url: string) => {
    const [site] = await world.handle.query<{ id: number }>('select id from harvest_sites where url = $1', [url]);
    return site.id;
  };

  it('lists the known sites with their status, and is linked from the admin menu', async () => {
    const page = await get('/admin/kilder');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Kendte sider (101)');
    expect(page.text).toContain('<a href="/admin/kilder" aria-current="page">Kilder</a>');
    const koege = page.text.indexOf('<td>Køge Kommune</td>');
    expect(page.text.slice(koege, page.text.indexOf('</tr>', koege))).toContain('<td>Aldrig hentet</td>');
    expect(page.text).toContain('<td>Adresse ukendt</td>');
  });

  it('keeps what was typed when the address or the publisher is wrong', async () => {
    const fields = {
      url: 'dagsordener.greve.dk',
      publisher: 'greve-kommune',
      committees: 'Økonomiudvalget\nSocialudvalget',
    };
    const badUrl = await post('/admin/kilder', fields);
    expect(badUrl.status).toBe(400);
    expect(badUrl.text).toContain('Skriv sidens adresse med http:// eller https://');
    expect(badUrl.text).toContain('value="dagsordener.greve.dk"');
    expect(badUrl.text).toContain('<option value="greve-kommune" selected');
    expect(badUrl.text).toContain('Økonomiudvalget\nSocialudvalget</textarea>');
    const noPublisher = await post('/admin/kilder', {
      ...fields,
      url: 'https://dagsordener.greve.dk',
      publisher: 'findes-ikke',
    });
    expect(noPublisher.status).toBe(400);
    expect(noPublisher.text).toContain('Vælg en udgiver.');
    expect(await world.handle.query('select 1 from harvest_sites where reference_key is null')).toHaveLength(0);
  });

  it('registers a site through registerSite, in the audit log', async () => {
    const registered = await post('/admin/kilder', {
      url: 'https://Dagsordener.Greve.dk/',
      publisher: 'greve-kommune',
      committees: ' Økonomiudvalget \n\nSocialudvalget',
    });
    expect(registered).toMatchObject({ status: 303, location: '/admin/kilder?registreret=1' });
    const page = await get('/admin/kilder?registreret=1');
    expect(page.text).toContain('Siden er registreret.');
    expect(page.text).toContain('<td>Socialudvalget, Økonomiudvalget</td>');
    const [site] = await world.handle.query<{ id: number }>('select id from harvest_sites where reference_key is null');
    const own = await get(`/admin/kilder/${site.id}`);
    expect(own.text).toContain('<h1>https://dagsordener.greve.dk</h1>');
    expect(own.text).toContain('<dd>Greve Kommune</dd>');
    expect(own.text).toContain('<dd>Aldrig hentet</dd>');
    expect(own.text).toContain('<dd>Tilføjet af en administrator</dd>');
    const log = await world.handle.query<{ actor_label: string; after: unknown }>(
      "select actor_label, after from audit_log where action = 'harvest_site.register'",
    );
    expect(log).toEqual([
      {
        actor_label: 'admin@protokol.dk',
        after: {
          url: 'https://dagsordener.greve.dk',
          publisher: 'Greve Kommune',
          bodies: ['Socialudvalget', 'Økonomiudvalget'],
        },
      },
    ]);
  });

  it("shows the last run of each site: when, how it went, the counts and each error's address", async () => {
    const [site] = await world.handle.query<{ id: number }>('select id from harvest_sites where reference_key is null');
    await world.handle.query(
      `insert into harvest_runs (site_id, started_at, finished_at, state, counts, errors)
       values ($1, '2026-11-19T05:00:00Z', '2026-11-19T05:01:00Z', 'ok', '{"new": 5}', '[]'),
              ($1, '2026-11-20T05:00:00Z', '2026-11-20T05:02:00Z', 'partial',
               '{"new": 2, "update": 1, "unchanged": 9, "failed": 1}',
               '[{"url": "https://dagsordener.greve.dk/api/agenda/dagsorden/7c9e", "message": "HTTP 500 efter 3 forsøg"}]')`,
      [site.id],
    );
    const page = await get(`/admin/kilder/${site.id}`);
    expect(page.text).toContain('<td>20. november 2026 kl. 06.00.00</td><td>delvis</td>');
    expect(page.text).toContain('2 nye, 1 opdateret, 9 uændrede, 1 fejlet');
    expect(page.text).toContain('Fejl ved seneste høst (1)');
    // The address may wrap after each "/" on a narrow screen.
    expect(page.text.replaceAll('<wbr/>', '')).toContain(
      '<code>https://dagsordener.greve.dk/api/agenda/dagsorden/7c9e</code>: HTTP 500 efter 3 forsøg',
    );
  });

  it('corrects, pauses and retires a known site, each in the audit log, kept when the reference data load again', async () => {
    const siteId = await siteIdOf('https://dagsordener.holbaek.dk');
    const bad = await post(`/admin/kilder/${siteId}`, { url: 'holbaek', publisher: 'holbaek-kommune', committees: '' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('value="holbaek"');
    const corrected = await post(`/admin/kilder/${siteId}`, {
      url: 'https://dagsordener.holbaek.dk/ny',
      publisher: 'holbaek-kommune',
      committees: 'Byrådet',
    });
    expect(corrected).toMatchObject({ status: 303, location: `/admin/kilder/${siteId}?rettet=1` });
    const paused = await post(`/admin/kilder/${siteId}/tilstand`, { state: 'paused', reason: 'Siden flytter' });
    expect(paused).toMatchObject({ status: 303, location: `/admin/kilder/${siteId}?tilstand=paused` });
    const page = await get(`/admin/kilder/${siteId}?tilstand=paused`);
    expect(page.text).toContain('Siden er sat på pause.');
    expect(page.text).toContain('<dd>På pause</dd>');
    expect(page.text).toContain('Referencedata, rettet af en administrator');
    await post(`/admin/kilder/${siteId}/tilstand`, { state: 'retired', reason: '' });
    const log = await world.handle.query<{ action: string; before: { url: string }; after: Record<string, unknown> }>(
      "select action, before, after from audit_log where entity = 'harvest_site' and entity_id = $1 order by id",
      [String(siteId)],
    );
    expect(log.map((entry) => entry.action)).toEqual([
      'harvest_site.correct',
      'harvest_site.pause',
      'harvest_site.retire',
    ]);
    expect(log[0]).toMatchObject({
      before: { url: 'https://dagsordener.holbaek.dk' },
      after: { url: 'https://dagsordener.holbaek.dk/ny', bodies: ['Byrådet'] },
    });
    expect(log[1].after).toMatchObject({ state: 'paused', reason: 'Siden flytter' });
    // An empty address: not known; the site stays listed.
    await post(`/admin/kilder/${siteId}`, { url: '', publisher: 'holbaek-kommune', committees: '' });
    await loadReferenceData(world.handle.db);
    const [row] = await world.handle.query<{ url: string | null; state: string }>(
      'select url, state from harvest_sites where id = $1',
      [siteId],
    );
    expect(row).toEqual({ url: null, state: 'retired' });
  });

  it('is for admins only, and refuses the form without a valid CSRF token', async () => {
    const fields = { url: 'https://dagsordener.koege.dk', publisher: 'koege-kommune', committees: '' };
    for (const role of ['member of this body', 'secretariat of this body', 'secretariat of another body'] as const) {
      const session = await sessionFor(world.handle, world.userIds[role]);
      expect((await get('/admin/kilder', session.jar)).status, role).toBe(403);
      expect((await post('/admin/kilder', fields, session)).status, role).toBe(403);
      const siteId = await siteIdOf('https://dagsordener.koege.dk');
      expect((await get(`/admin/kilder/${siteId}`, session.jar)).status, role).toBe(403);
      expect((await post(`/admin/kilder/${siteId}/tilstand`, { state: 'retired' }, session)).status, role).toBe(403);
    }
    const [koege] = await world.handle.query<{ state: string }>(
      "select state from harvest_sites where url = 'https://dagsordener.koege.dk'",
    );
    expect(koege.state).toBe('active');
    expect((await get('/admin/kilder', null)).status).toBe(401);
    for (const csrf of ['', `${admin.csrf.slice(0, -1)}x`]) {
      const { response } = await postForm(world.app, admin.jar, '/admin/kilder', { ...fields, _csrf: csrf });
      expect(response.status).toBe(403);
    }
    expect(await world.handle.query("select 1 from harvest_sites where url like '%koege%'")).toHaveLength(1);
  });

  it("shows a source's alarm and its coverage per committee: in the overview and on the site's page", async () => {
    const siteId = await siteIdOf('https://dagsordener.greve.dk');
    const [meeting] = await world.handle.query<{ id: number }>(
      "insert into meetings (body_id, held_on) select min(id), '2026-01-15' from bodies returning id",
    );
    await world.handle.query(
      `insert into harvest_runs (site_id, started_at, finished_at, state) values ($1, now() - interval '2 minutes', now() - interval '1 minute', 'ok')`,
      [siteId],
    );
    // The list names two meetings of Økonomiudvalget held; the archive holds one of them.
    for (const guid of ['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002']) {
      await world.handle.query(
        `insert into harvest_listings (site_id, meeting_guid, committee_guid, committee_name, meeting_date, listed_dato)
         values ($1, $2, 'c0000000-0000-4000-8000-000000000001', 'Økonomiudvalget', '2026-01-15', '2026-01-15T16:00:00+01:00')`,
        [siteId, guid],
      );
    }
    await world.handle.query(
      `insert into harvest_meetings (site_id, meeting_guid, committee_guid, committee_name, listed_dato, document_url, source_url, checksum, meeting_id)
       values ($1, 'a0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'Økonomiudvalget',
         '2026-01-15T16:00:00+01:00', 'https://dagsordener.greve.dk/api/agenda/dagsorden/a', 'https://dagsordener.greve.dk/vis/pdf/a', 'x', $2)`,
      [siteId, meeting.id],
    );
    const overview = await get('/admin/kilder');
    expect(overview.text).toContain('Én kilde har en alarm');
    expect(overview.text).toContain(
      'Dækning under 95 % – Økonomiudvalget: 1 af 2 møder (50 %), 1 af 2 dokumenter (50 %)',
    );
    const greve = overview.text.indexOf('<td>Greve Kommune</td>');
    expect(overview.text.slice(greve, overview.text.indexOf('</tr>', greve))).toContain(
      'Møder: 1 af 2 (50 %); dokumenter: 1 af 2 (50 %)',
    );
    const page = await get(`/admin/kilder/${siteId}`);
    expect(page.text).toContain('<h2 class="alert-heading" id="site-alarm">');
    expect(page.text).toContain('<h2>Dækning pr. udvalg</h2>');
    expect(page.text).toMatch(/<td>Økonomiudvalget<\/td>\s*<td>1 af 2 \(50 %\)<\/td>/);
    await world.handle.query('delete from harvest_listings where site_id = $1', [siteId]);
    await world.handle.query('delete from harvest_meetings where site_id = $1', [siteId]);
    expect((await get('/admin/kilder')).text).not.toContain('har en alarm');
  });

  it('takes down a meeting removed at the source: chosen with a reason, confirmed, gone, in the change log', async () => {
    const siteId = await siteIdOf('https://dagsordener.greve.dk');
    const [meeting] = await world.handle.query<{ id: number }>(
      "insert into meetings (body_id, held_on) select min(id), '2026-02-10' from bodies returning id",
    );
    const guid = 'b0000000-0000-4000-8000-000000000001';
    await world.handle.query(
      `insert into harvest_listings (site_id, meeting_guid, committee_guid, committee_name, meeting_date, listed_dato, removed_at)
       values ($1, $2, 'c0', 'Økonomiudvalget', '2026-02-10', '2026-02-10T16:00:00+01:00', '2026-12-01T09:00:00Z')`,
      [siteId, guid],
    );
    await world.handle.query(
      `insert into harvest_meetings (site_id, meeting_guid, committee_guid, committee_name, listed_dato, document_url, source_url, checksum, meeting_id)
       values ($1, $2, 'c0', 'Økonomiudvalget', '2026-02-10T16:00:00+01:00', 'https://dagsordener.greve.dk/api/x', 'https://dagsordener.greve.dk/vis/x', 'x', $3)`,
      [siteId, guid, meeting.id],
    );
    const page = await get(`/admin/kilder/${siteId}`);
    expect(page.text).toContain('<h2>Fjernet ved kilden</h2>');
    expect(page.text).toContain(`<a href="/moede/${meeting.id}">`);
    expect(page.text).toContain('fjernet fra sidens liste 1. december 2026 kl. 10.00');

    // No reason: the form comes back with the meeting still chosen.
    const noReason = await post(`/admin/kilder/${siteId}/tag-ned`, {
      takedownMeeting: String(meeting.id),
      takedownReason: ' ',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.text).toContain('Skriv, hvorfor mødet tages ned.');
    expect(noReason.text).toContain(`<option value="${meeting.id}" selected`);
    // First the question, nothing removed.
    const ask = await post(`/admin/kilder/${siteId}/tag-ned`, {
      takedownMeeting: String(meeting.id),
      takedownReason: 'Offentliggjort ved en fejl',
    });
    expect(ask.status).toBe(200);
    expect(ask.text).toContain('Er du sikker?');
    expect(ask.text).toContain('Begrundelse: Offentliggjort ved en fejl');
    expect(await world.handle.query('select 1 from meetings where id = $1', [meeting.id])).toHaveLength(1);
    // Confirmed: gone, and the change log says who and why.
    const done = await post(`/admin/kilder/${siteId}/tag-ned`, {
      takedownMeeting: String(meeting.id),
      takedownReason: 'Offentliggjort ved en fejl',
      confirm: '1',
    });
    expect(done.status).toBe(303);
    expect(done.location).toBe(`/admin/kilder/${siteId}?taget-ned=1`);
    expect(await world.handle.query('select 1 from meetings where id = $1', [meeting.id])).toHaveLength(0);
    const [entry] = await world.handle.query<{ action: string; after: { reason: string } }>(
      "select action, after from audit_log where action = 'meeting.take_down'",
    );
    expect(entry.after.reason).toBe('Offentliggjort ved en fejl');
    expect((await get(`/admin/kilder/${siteId}?taget-ned=1`)).text).toContain('Mødet er taget ned');
    await world.handle.query('delete from harvest_listings where site_id = $1', [siteId]);
  });
});
