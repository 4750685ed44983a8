/**
 * GP capacity (lægedækning) on the web, on PGlite and PostgreSQL: the secretariat loads a council's
 * board from CSV (a bad file's rows and columns named with what was pasted kept; another council's
 * refused; the file uploaded), ends the vacancy by a closed item's decision (a date before the clock
 * refused) and links an open item; the public list and board (possible against actual, the SVG
 * picture beside its table, areas, ydernumre, the vacancy's deadline and outcome, the closed item
 * only as closed, owners never shown, English), the council's page's link and the page cache
 * emptied by a change; /api/v1/gp-capacity in the envelope and paging with links.self; the demo
 * board loaded and removed with the demo set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { loadDemoData, removeDemoData } from '../../src/use-cases/imports/load-demo-data.js';
import {
  type AccountsWorld,
  type CookieJar,
  getPage,
  openAccountsWorld,
  postForm,
  sessionFor,
} from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { GP_HEADER, GP_ROWS, gpRow } from '../helpers/gp-capacity.js';
import { apiClient } from '../helpers/open-data-api.js';
import { LEAK_FIXTURE } from '../helpers/portal.js';
import { TEST_PUBLISHER } from '../helpers/publishers.js';

describe.each(TEST_DATABASES)('GP capacity on the web, on $name', (database) => {
  let world: AccountsWorld;
  let slug: string;
  let closed: { id: number; title: string };
  let open: { id: number; title: string };
  let csv: string;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await world.app.request(path, { headers });
    return { status: response.status, text: await response.text() };
  };
  /** POSTs the CSV as an uploaded file (multipart), as a browser does. */
  const upload = async (jar: CookieJar, csrf: string, text: string) => {
    const form = new FormData();
    form.set('_csrf', csrf);
    form.set('csv', '');
    form.set('fil', new File([text], 'laeger.csv', { type: 'text/csv' }));
    const response = await world.app.request('/sekretariat/laegedaekning', {
      method: 'POST',
      body: form,
      headers: { cookie: jar.header() },
    });
    return { response, text: await response.text() };
  };

  beforeAll(async () => {
    world = await openAccountsWorld(database);
    slug = world.thisBody.slug;
    csv = [GP_HEADER, ...GP_ROWS.map((row) => row.replace(/^[^;]+/, slug))].join('\r\n');
    await importMeetings({ db: world.handle.db, paths: [LEAK_FIXTURE], publisher: TEST_PUBLISHER });
    [closed] = await world.handle.query<{ id: number; title: string }>(
      'select id, title from agenda_items where is_closed limit 1',
    );
    [open] = await world.handle.query<{ id: number; title: string }>(
      `select id, title from agenda_items where not is_closed and title like 'Sundhedshus%' limit 1`,
    );
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  it('the secretariat loads the board from CSV, ends the vacancy by a decision and links another', async () => {
    const { jar, csrf } = await sessionFor(world.handle, world.userIds['secretariat of this body']);
    const form = await getPage(world.app, jar, '/sekretariat/laegedaekning');
    expect(form.response.status).toBe(200);
    expect(form.text).toContain(GP_HEADER);

    const bad = `${GP_HEADER}\n${gpRow({ council: slug, area: 'Tønder', number: '1', name: 'X & Y', gps: 'to', capacity: '1', patients: '1', open: 'ja' })}`;
    const refused = await postForm(world.app, jar, '/sekretariat/laegedaekning', { _csrf: csrf, csv: bad });
    expect(refused.response.status).toBe(400);
    expect(refused.text).toContain('Række 2, kolonnen »læger«: »to« er ikke et helt tal');
    expect(refused.text).toContain('href="#csv"');
    expect(refused.text).toContain('X &amp; Y'); // what was pasted, kept in the field
    const other = csv.replaceAll(slug, world.otherBody.slug);
    const notMine = await postForm(world.app, jar, '/sekretariat/laegedaekning', { _csrf: csrf, csv: other });
    expect(notMine.response.status).toBe(400);
    expect(notMine.text).toContain('du er ikke sekretariat for');
    expect((await world.handle.query('select 1 from gp_boards')).length).toBe(0);

    const loaded = await upload(jar, csrf, csv);
    expect(loaded.response.status).toBe(303);
    expect(loaded.response.headers.get('location')).toBe(`/laegedaekning/${slug}`);

    const manage = `/sekretariat/laegedaekning/${slug}`;
    const page = await getPage(world.app, jar, manage);
    expect(page.response.status).toBe(200);
    const vacancyId = /\/vakance\/(\d+)"/.exec(page.text)![1];
    const fields = {
      _csrf: csrf,
      outcome: 'refilled',
      decidedOn: '1.1.2026',
      decision: `/punkt/${closed.id}`,
      note: '',
    };
    const early = await postForm(world.app, jar, `${manage}/vakance/${vacancyId}`, fields);
    expect(early.response.status).toBe(400);
    expect(early.text).toContain('Afgørelsen kan ikke ligge før, ydernummeret blev vakant.');
    expect(early.text).toContain('value="1.1.2026"');
    const ended = await postForm(world.app, jar, `${manage}/vakance/${vacancyId}`, {
      ...fields,
      decidedOn: '2.3.2026',
    });
    expect(ended.response.status).toBe(303);
    const again = await postForm(world.app, jar, `${manage}/vakance/${vacancyId}`, {
      ...fields,
      decidedOn: '2.3.2026',
    });
    expect(again.response.status).toBe(400);
    expect(again.text).toContain('Vakancen er allerede afgjort.');
    const linked = await postForm(world.app, jar, `${manage}/beslutning`, {
      _csrf: csrf,
      decision: `/punkt/${open.id}`,
      note: 'Nyt ydernummer i Tønder',
    });
    expect(linked.response.status).toBe(303);

    const mine = await getPage(world.app, jar, `/laegedaekning/${slug}`);
    expect(mine.text).toContain(`href="/sekretariat/laegedaekning/${slug}"`); // "Behandl lægedækningen"
    const stranger = await sessionFor(world.handle, world.userIds['secretariat of another body']);
    expect((await getPage(world.app, stranger.jar, manage)).response.status).toBe(403);
  });

  it('shows the board to everyone: the picture beside its table, the vacancy, the decisions, no owners', async () => {
    const list = await get('/laegedaekning');
    expect(list.status).toBe(200);
    expect(list.text).toContain(`href="/laegedaekning/${slug}"`);
    expect(list.text).toMatch(/<td class="numeric">12<\/td><td class="numeric">9<\/td><td>3 læger mangler<\/td>/);
    const board = await get(`/laegedaekning/${slug}`);
    expect(board.status).toBe(200);
    expect(board.text).toContain('role="img"');
    expect(board.text).toContain('<title id="gp-chart-title">');
    expect(board.text).toContain('<th scope="row">marts 2026</th>');
    expect(board.text).toContain('Lægehuset Skærbæk');
    expect(board.text).toContain('<td class="numeric">4.800</td>');
    expect(board.text).toContain('15. juli 2026'); // the deadline: six months after 15 January
    expect(board.text).toContain('Genbesat 2. marts 2026');
    expect(board.text).toContain('(lukket punkt)');
    expect(board.text).not.toContain(closed.title);
    expect(board.text).toContain(open.title);
    expect(board.text).toContain('Nyt ydernummer i Tønder');
    expect(board.text).not.toContain('Anna Holm');
    expect(board.text).not.toContain('Behandl lægedækningen'); // the secretariat's button, not the public's
    const english = await get(`/laegedaekning/${slug}`, { cookie: 'lang=en' });
    expect(english.text).toContain('Possible and actual GPs over time');
    expect(english.text).toContain('March 2026');
    expect((await get('/laegedaekning/findes-ikke')).status).toBe(404);
    // The council's page links the board, and a change of the board empties the page cache.
    const council = `/organ/${slug}`;
    expect((await get(council)).text).toContain(`href="/laegedaekning/${slug}"`);
    expect((await get('/laegedaekning')).text).not.toContain('<td class="numeric">14</td>');
    await world.handle.query('update gp_boards set possible_gps = 14');
    await expect
      .poll(async () => (await get('/laegedaekning')).text, { timeout: 10_000 })
      .toContain('<td class="numeric">14</td>');
  });

  it('serves the boards as open data in the envelope and paging of the other lists', async () => {
    const api = await apiClient(world.app);
    const list = await api.getJson('/api/v1/gp-capacity?limit=1', '/api/v1/gp-capacity');
    const [board] = list.data ?? [];
    expect(board).toMatchObject({ possibleGps: 14, actualGps: 9, gapGps: 5, practicesOpen: 2, practicesClosed: 2 });
    expect((board.links as { self: string }).self).toBe(`http://localhost/api/v1/gp-capacity/${slug}`);
    expect(list.links?.next).toBeNull();
    const one = await api.getJson(`/api/v1/gp-capacity/${slug}`, '/api/v1/gp-capacity/{slug}');
    expect(one.vacancies).toEqual([
      expect.objectContaining({
        practiceNumber: '012346',
        deadlineOn: '2026-07-15',
        state: 'refilled',
        decision: { item: null, url: null, isClosed: true },
      }),
    ]);
    expect((one.areas as { name: string; gps: number }[]).map((a) => [a.name, a.gps])).toEqual([
      ['Tønder', 3],
      ['Aabenraa', 6],
    ]);
    // The import's month, then the month of the outcome (today's): one snapshot a month.
    const history = one.history as { month: string; vacanciesOpen: number }[];
    expect(history[0]).toMatchObject({ month: '2026-03', vacanciesOpen: 1 });
    expect(history.at(-1)?.vacanciesOpen).toBe(0);
    expect((one.decisions as { decision: { item: number } }[])[0].decision.item).toBe(open.id);
    expect(JSON.stringify(one)).not.toContain('Anna Holm');
    expect(JSON.stringify(one)).not.toContain(closed.title);
    const none = await api.getJson(`/api/v1/gp-capacity?body=${world.otherBody.slug}`, '/api/v1/gp-capacity');
    expect(none.data).toHaveLength(0);
    await api.getJson('/api/v1/gp-capacity/findes-ikke', '/api/v1/gp-capacity/{slug}', 404);
  });

  it.runIf(database.name === 'pglite')(
    'loads the fictitious demo board with the demo set and removes it with it',
    async () => {
      await loadDemoData({ db: world.handle.db });
      const demo = await get('/laegedaekning/region-syddanmark--sundhedsraad-fjordby');
      expect(demo.status).toBe(200);
      expect(demo.text).toContain('fictitious-notice');
      expect(demo.text).toContain('Ølægen (fiktiv)');
      expect(demo.text).toContain('oktober 2025');
      await removeDemoData({ db: world.handle.db });
      expect((await get('/laegedaekning/region-syddanmark--sundhedsraad-fjordby')).status).toBe(404);
      expect(await world.handle.query('select 1 from gp_boards where is_fictitious')).toEqual([]);
    },
  );
});
