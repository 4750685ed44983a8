/**
 * Frames on the web, on PGlite and PostgreSQL: the list and a frame's page (the SVG picture beside
 * its table, 487.500 kr. for the 19.5 % council, a closed decision item named by number only), the
 * CSV in øre and kroner, the JSON API against its OpenAPI schema, the links from a body's and a
 * publisher's page and the footer, and the secretariat's form (problems per field with what was
 * typed kept; a frame created and allocated).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { type AccountsWorld, getPage, openAccountsWorld, postForm, sessionFor } from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { COUNCILS, seedFrame } from '../helpers/frames.js';
import { apiClient } from '../helpers/open-data-api.js';
import { LEAK_FIXTURE } from '../helpers/portal.js';
import { TEST_PUBLISHER } from '../helpers/publishers.js';

describe.each(TEST_DATABASES)('frames on the web, on $name', (database) => {
  let world: AccountsWorld;
  let frameId: number;
  let versionId: number;
  let closedTitle: string;
  const get = async (path: string) => {
    const response = await world.app.request(path);
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  beforeAll(async () => {
    world = await openAccountsWorld(database);
    await importMeetings({ db: world.handle.db, paths: [LEAK_FIXTURE], publisher: TEST_PUBLISHER });
    const [closed] = await world.handle.query<{ id: number; title: string; body_id: number }>(
      `select i.id, i.title, m.body_id from agenda_items i join meetings m on m.id = i.meeting_id where i.is_closed limit 1`,
    );
    closedTitle = closed.title;
    const [{ id: region }] = await world.handle.query<{ id: number }>(
      `select id from organisations where slug = 'region-syddanmark'`,
    );
    ({ frameId, versionId } = await seedFrame(world.handle.db, {
      ownerId: region,
      decidingBodyId: closed.body_id,
      decisionItemId: closed.id,
    }));
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  it('shows a frame: the picture beside the table, exact amounts, a closed item by number only', async () => {
    const page = await get(`/ramme/${frameId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<svg');
    expect(page.text).toContain('role="img"');
    // Committed and spent in words under each bar (the picture does not rest on colour alone).
    expect(page.text).toMatch(/<text[^>]*class="allocation-figures"[^>]*>Disponeret 0 kr\. · Forbrugt 0 kr\.<\/text>/);
    expect(page.text).toMatch(
      /Sundhedsråd Sønderjylland<\/a><\/th><td class="numeric">19,5<\/td><td class="numeric">19,5 %<\/td><td class="numeric">487\.500 kr\.<\/td>/,
    );
    expect(page.text).toContain('2.500.000 kr.');
    expect(page.text).toContain('(lukket punkt)');
    expect(page.text).not.toContain(closedTitle);
    expect(page.text).toContain(`href="/ramme/${frameId}/fordeling.csv"`);
    expect(page.text).toContain('fiktiv');
    expect((await get('/ramme/999999')).status).toBe(404);
    const english = await world.app.request(`/ramme/${frameId}`, { headers: { cookie: 'lang=en' } });
    const text = await english.text();
    expect(text).toContain('The allocation per recipient');
    expect(text).toContain('Item ');
  });

  it('lists the frames and is linked from the footer, the body and the publisher', async () => {
    const list = await get('/rammer');
    expect(list.status).toBe(200);
    expect(list.text).toContain(`href="/ramme/${frameId}"`);
    expect(list.text).toContain('2,5 mio. kr.');
    expect(list.text).toContain('href="/rammer"'); // the footer
    for (const path of [`/organ/${COUNCILS[0]}`, '/udgiver/region-syddanmark']) {
      expect((await get(path)).text, path).toContain(`href="/ramme/${frameId}"`);
    }
  });

  it('downloads the allocation as CSV with øre and kroner', async () => {
    const csv = await get(`/ramme/${frameId}/fordeling.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'ramme_id;ramme;modtager;modtager_adresse;vaegt;fiktiv_vaegt;fordelt_oere;fordelt_kr;disponeret_oere;disponeret_kr;forbrugt_oere;forbrugt_kr',
    );
    expect(lines[1]).toBe(
      `${frameId};Kulturprojekter 2026;Sundhedsråd Sønderjylland;/organ/${COUNCILS[0]};19,5;nej;48750000;487500,00;0;0,00;0;0,00`,
    );
    expect(lines).toHaveLength(5);
  });

  it('serves the frames as open data in the envelope and paging of the other lists', async () => {
    const api = await apiClient(world.app);
    const list = await api.getJson('/api/v1/frames?limit=1', '/api/v1/frames');
    expect(list.data?.[0]).toMatchObject({ id: frameId, totalOre: 250_000_000, totalText: '2,5 mio. kr.' });
    expect((list.data?.[0]?.links as { self: string } | undefined)?.self).toBe(
      `http://localhost/api/v1/frames/${frameId}`,
    );
    const frame = await api.getJson(`/api/v1/frames/${frameId}`, '/api/v1/frames/{id}');
    const allocations = frame.allocations as Record<string, unknown>[];
    expect(allocations[0]).toMatchObject({
      amountOre: 48_750_000,
      amountText: '487.500 kr.',
      committedOre: 0,
      spentOre: 0,
      weight: '19.5',
    });
    expect(allocations.reduce((sum, a) => sum + (a.amountOre as number), 0)).toBe(250_000_000);
    expect(JSON.stringify(frame)).not.toContain(closedTitle);
    const filtered = await api.getJson(`/api/v1/frames?body=${COUNCILS[1]}`, '/api/v1/frames');
    expect(filtered.data).toHaveLength(1);
    const none = await api.getJson('/api/v1/frames?body=region-syddanmark--ingen', '/api/v1/frames');
    expect(none.data).toHaveLength(0);
    await api.getJson('/api/v1/frames/999999', '/api/v1/frames/{id}', 404);
  });

  it("the secretariat's form names each bad field, keeps what was typed, and creates the frame", async () => {
    const { jar } = await sessionFor(world.handle, world.userIds['secretariat of this body']);
    const form = await getPage(world.app, jar, '/sekretariat/rammer/ny');
    expect(form.response.status).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    const [{ id: owner }] = await world.handle.query<{ id: number }>(
      `select id from organisations where slug = 'region-syddanmark'`,
    );
    const fields = {
      _csrf: csrf,
      title: '',
      purpose: 'Forebyggelse.',
      conditions: '',
      owner: String(owner),
      body: String(world.thisBody.id),
      decision: '',
      total: 'to millioner',
      fromYear: '2027',
      toYear: '2026',
      key: String(versionId),
    };
    const bad = await postForm(world.app, jar, '/sekretariat/rammer', fields);
    expect(bad.response.status).toBe(400);
    expect(bad.text).toContain('Skriv beløbet som fx 2,5 mio. kr.');
    expect(bad.text).toContain('value="to millioner"');
    expect(bad.text).toContain('Forebyggelse.');
    expect(bad.text).toContain('Skriv en titel.');
    expect(bad.text).toContain('Til-året kan ikke ligge før fra-året.');
    expect(bad.text).toContain('href="#total"');
    const other = await postForm(world.app, jar, '/sekretariat/rammer', {
      ...fields,
      title: 'Forebyggelse',
      total: '1,2 mio. kr.',
      toYear: '2028',
      body: String(world.otherBody.id),
    });
    expect(other.text).toContain('Du kan kun oprette rammer for organer, du er sekretariat for.');
    const created = await postForm(world.app, jar, '/sekretariat/rammer', {
      ...fields,
      title: 'Forebyggelse',
      total: '1,2 mio. kr.',
      toYear: '2028',
    });
    expect(created.response.status).toBe(303);
    const location = created.response.headers.get('location')!;
    const page = await get(location);
    expect(page.text).toContain('1.200.000 kr.');
    expect(page.text).toContain('2027–2028');
    expect(page.text).toContain('234.000 kr.'); // 19.5 % of 1.2 M
  });
});
