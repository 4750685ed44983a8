/**
 * The JSON API's publishers (udgivere): every body, meeting, case, item, attachment, membership
 * and search hit names its publisher; /api/v1/publishers lists and shows them; every list filters
 * by publisher; a case number two publishers use is two cases, each at its own address (and the
 * older /cases/{number} answers 300 with both); harvested meetings, items and attachments show
 * where their publisher published them; a merged person and a body's earlier slug answer 301.
 * Every answer is validated against the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { apiClient, type Json } from '../helpers/open-data-api.js';
import {
  ATTACHMENT_SOURCE_URL,
  addMergedPerson,
  addUnknownPublisher,
  GREVE,
  importGreve,
  MERGED,
  SHARED_CASE,
  SOURCE_URL,
  setSourceUrls,
  UNKNOWN,
} from '../helpers/open-data-world.js';
import { LEAK_FIXTURE, meetingId, openPortal, type TestPortal } from '../helpers/portal.js';

const SYD = 'region-syddanmark';
const REGION_REF = { slug: SYD, name: 'Region Syddanmark', kind: 'region' };
const GREVE_REF = { slug: GREVE.publisher, name: GREVE.name, kind: 'municipality' };

describe.each(TEST_DATABASES)('JSON API: publishers on $name', (database) => {
  let portal: TestPortal;
  let handle: DbHandle;
  let api: Awaited<ReturnType<typeof apiClient>>;
  let harvested: number;
  let withClosed: number;

  beforeAll(async () => {
    portal = await openPortal(database, [LEAK_FIXTURE]);
    handle = portal.handle;
    await importGreve(handle);
    await addUnknownPublisher(handle);
    await addMergedPerson(handle);
    harvested = await meetingId(handle, 'Sundhedsråd Fjordby', '2026-03-16');
    withClosed = await meetingId(handle, 'Sundhedsråd Lækby', '2026-04-20');
    await setSourceUrls(handle, harvested);
    await handle.query(`update meetings set source_url = $1 where id = $2`, [SOURCE_URL, withClosed]);
    api = await apiClient(portal.app);
  });
  afterAll(async () => {
    await handle?.close();
  });

  const all = (url: string, template: string) => api.walk(`${url}${url.includes('?') ? '&' : '?'}limit=200`, template);

  it('names the publisher of every body, meeting, case, item, attachment, membership and search hit', async () => {
    const lists = [
      '/api/v1/bodies',
      '/api/v1/meetings',
      '/api/v1/cases',
      '/api/v1/items',
      '/api/v1/attachments',
      '/api/v1/memberships',
    ];
    for (const list of lists) {
      const records = await all(list, list);
      expect(records.length, list).toBeGreaterThan(0);
      for (const record of records) {
        const publisher = record.publisher as Json | null;
        const bodySlug = String(record.slug ?? (record.body as Json | undefined)?.slug ?? '');
        if (bodySlug.startsWith('ukendt-udgiver--') || (list.endsWith('cases') && record.number === UNKNOWN.case)) {
          expect(publisher, `${list} ${bodySlug}`).toBeNull();
          continue;
        }
        expect(publisher, `${list} ${bodySlug || record.number}`).toMatchObject({
          slug: expect.any(String),
          name: expect.any(String),
          kind: expect.any(String),
        });
        if (bodySlug) expect(bodySlug.startsWith(`${publisher!.slug}--`), bodySlug).toBe(true);
      }
    }
    const body = await api.getJson(`/api/v1/bodies/${GREVE.body}`, '/api/v1/bodies/{slug}');
    expect(body).toMatchObject({
      publisher: GREVE_REF,
      links: { publisher: `http://localhost/api/v1/publishers/${GREVE.publisher}` },
    });
    const meeting = await api.getJson(`/api/v1/meetings/${harvested}`, '/api/v1/meetings/{id}');
    expect(meeting.publisher).toEqual(REGION_REF);
    expect((meeting.items as Json[]).every((item) => (item.publisher as Json).slug === SYD)).toBe(true);
    const search = await api.getJson('/api/v1/search?q=sundhedsomr%C3%A5det', '/api/v1/search');
    expect(search.data!.map((hit) => hit.publisher)).toContainEqual(GREVE_REF);
  });

  it('lists the publishers, by kind and region, and shows one with its counts', async () => {
    const publishers = await all('/api/v1/publishers', '/api/v1/publishers');
    const [{ n }] = await handle.query<{ n: number }>(
      'select count(*)::int as n from organisations where slug is not null',
    );
    expect(publishers.length).toBe(n);
    expect(publishers.length).toBeGreaterThan(100); // the regions, the 98 municipalities, PLO, KL, KKR …
    const slugs = (records: Json[]) => records.map((r) => r.slug);
    expect(slugs(await all('/api/v1/publishers?kind=region', '/api/v1/publishers')).sort()).toEqual([
      'region-hovedstaden',
      'region-midtjylland',
      'region-nordjylland',
      'region-oestdanmark',
      'region-sjaelland',
      'region-syddanmark',
    ]);
    const syd = slugs(await all(`/api/v1/publishers?region=${SYD}`, '/api/v1/publishers'));
    expect(syd).toEqual(expect.arrayContaining([SYD, 'kkr-syddanmark', 'aabenraa-kommune']));
    expect(syd).not.toContain(GREVE.publisher);
    // A municipality lies in its region until 2026 and in the one from 2027.
    for (const region of ['region-sjaelland', 'region-oestdanmark'])
      expect(slugs(await all(`/api/v1/publishers?region=${region}`, '/api/v1/publishers'))).toContain(GREVE.publisher);

    const greve = await api.getJson(`/api/v1/publishers/${GREVE.publisher}`, '/api/v1/publishers/{slug}');
    expect(greve).toMatchObject({
      ...GREVE_REF,
      region: { slug: 'region-oestdanmark', name: 'Region Østdanmark' },
      municipalityCode: '0253',
      bodyCount: 1,
      meetingCount: 1,
      caseCount: 2,
      url: `http://localhost/udgiver/${GREVE.publisher}`,
      links: { oparl: `http://localhost/oparl/v1/body/${GREVE.publisher}` },
    });
    const region = await api.getJson(`/api/v1/publishers/${SYD}`, '/api/v1/publishers/{slug}');
    const [counts] = await handle.query<{ bodies: number; meetings: number }>(
      `select (select count(*)::int from bodies b join organisations o on o.id = b.publisher_id where o.slug = $1) as bodies,
        (select count(*)::int from meetings m join bodies b on b.id = m.body_id
          join organisations o on o.id = b.publisher_id where o.slug = $1) as meetings`,
      [SYD],
    );
    expect(region).toMatchObject({ region: null, bodyCount: counts.bodies, meetingCount: counts.meetings });
    for (const link of [String(greve.url), ...Object.values(greve.links as Record<string, string>)])
      expect((await portal.app.request(link.replace('http://localhost', ''))).status, link).toBe(200);
  });

  it('filters every list by publisher ("ukendt-udgiver": publisher not known)', async () => {
    const bodies = await all(`/api/v1/bodies?publisher=${GREVE.publisher}`, '/api/v1/bodies');
    expect(bodies.map((b) => b.slug)).toEqual([GREVE.body]);
    const unknown = await all('/api/v1/bodies?publisher=ukendt-udgiver', '/api/v1/bodies');
    expect(unknown.map((b) => [b.slug, b.publisher])).toEqual([[UNKNOWN.body, null]]);
    const meetings = await all(`/api/v1/meetings?publisher=${GREVE.publisher}`, '/api/v1/meetings');
    expect(meetings.map((m) => m.date)).toEqual(['2026-05-04']);
    const items = await all(`/api/v1/items?publisher=${GREVE.publisher}`, '/api/v1/items');
    expect(items.map((i) => i.caseNumber)).toEqual(['26/1001', SHARED_CASE]);
    const cases = await all(`/api/v1/cases?publisher=${GREVE.publisher}`, '/api/v1/cases');
    expect(cases.map((c) => c.number)).toEqual(['26/1001', SHARED_CASE]);
    const unplaced = await all('/api/v1/cases?publisher=ukendt-udgiver', '/api/v1/cases');
    expect(unplaced.map((c) => [c.number, c.publisher])).toEqual([[UNKNOWN.case, null]]);
    const self = String((unplaced[0].links as Json).self);
    expect(self).toBe(`http://localhost/api/v1/cases/ukendt-udgiver/${encodeURIComponent(UNKNOWN.case)}`);
    await api.getJson(self.replace('http://localhost', ''), '/api/v1/cases/{publisher}/{number}');
    const persons = await all(`/api/v1/persons?publisher=${GREVE.publisher}`, '/api/v1/persons');
    expect(persons.map((p) => p.slug).sort()).toEqual(['ole-opdigt', 'pia-proeve']);
    const memberships = await all(`/api/v1/memberships?publisher=${SYD}`, '/api/v1/memberships');
    expect(memberships.length).toBeGreaterThan(0);
    expect(memberships.every((m) => (m.publisher as Json).slug === SYD)).toBe(true);
    const attachments = await all(`/api/v1/attachments?publisher=${GREVE.publisher}`, '/api/v1/attachments');
    expect(attachments).toEqual([]);
    const inGreve = await api.getJson(
      `/api/v1/search?q=sundhedsomr%C3%A5det&publisher=${GREVE.publisher}`,
      '/api/v1/search',
    );
    expect(inGreve.total).toBe(1);
    const inRegion = await api.getJson(`/api/v1/search?q=sundhedsomr%C3%A5det&publisher=${SYD}`, '/api/v1/search');
    expect(inRegion.data!.every((hit) => (hit.publisher as Json).slug === SYD)).toBe(true);
    // A region holds its municipalities' bodies (Greve: Region Sjælland until 2026, Østdanmark from 2027).
    for (const region of ['region-sjaelland', 'region-oestdanmark'])
      expect((await all(`/api/v1/bodies?region=${region}`, '/api/v1/bodies')).map((b) => b.slug)).toContain(GREVE.body);
    expect((await all(`/api/v1/meetings?region=${SYD}`, '/api/v1/meetings')).map((m) => m.id)).not.toContain(
      meetings[0].id,
    );
  });

  it('makes one case number of two publishers two cases, each at its own address', async () => {
    const choices = await api.getJson(
      `/api/v1/cases/${encodeURIComponent(SHARED_CASE)}`,
      '/api/v1/cases/{number}',
      300,
    );
    expect(choices.message).toMatch(/2 udgivere har en sag med nummeret 26\/1002/);
    const found = choices.data!;
    expect(found.map((c) => (c.publisher as Json).slug)).toEqual([GREVE.publisher, SYD]);
    const bySelf = new Map<string, Json>();
    for (const one of found) {
      const self = String((one.links as Json).self);
      expect(self).toBe(
        `http://localhost/api/v1/cases/${(one.publisher as Json).slug}/${encodeURIComponent(SHARED_CASE)}`,
      );
      const detail = await api.getJson(self.replace('http://localhost', ''), '/api/v1/cases/{publisher}/{number}');
      expect(detail.publisher).toEqual(one.publisher);
      const items = detail.items as Json[];
      expect(items.length).toBe(one.itemCount);
      for (const item of items) {
        expect((item.publisher as Json).slug).toBe((one.publisher as Json).slug);
        expect((item.links as Json).case).toBe(self);
      }
      const listed = await all(String((one.links as Json).items).replace('http://localhost', ''), '/api/v1/items');
      expect(new Set(listed.map((i) => i.id))).toEqual(new Set(items.map((i) => i.id)));
      bySelf.set(self, detail);
    }
    expect(bySelf.size).toBe(2);
    // The number one publisher has is still the case.
    const single = await api.getJson('/api/v1/cases/26%2F1001', '/api/v1/cases/{number}');
    expect(single.publisher).toEqual(GREVE_REF);
    // Paging by number keeps both cases of the number, once each.
    const paged = await api.walk('/api/v1/cases?limit=1', '/api/v1/cases');
    const shared = paged.filter((c) => c.number === SHARED_CASE).map((c) => (c.links as Json).self);
    expect(shared.sort()).toEqual([...bySelf.keys()].sort());
  });

  it('shows where the publisher published a harvested meeting, its open items and an attachment', async () => {
    const meeting = await api.getJson(`/api/v1/meetings/${harvested}`, '/api/v1/meetings/{id}');
    expect(meeting.sourceUrl).toBe(SOURCE_URL);
    for (const item of meeting.items as Json[]) expect(item.sourceUrl).toBe(item.isClosed ? null : SOURCE_URL);
    const listed = await all(`/api/v1/meetings?body=${SYD}--sundhedsraad-fjordby`, '/api/v1/meetings');
    expect(listed.map((m) => [m.id, m.sourceUrl])).toContainEqual([harvested, SOURCE_URL]);
    expect(listed.filter((m) => m.id !== harvested).every((m) => m.sourceUrl === null)).toBe(true);
    // A closed item shows its number and title only, not even its meeting's address.
    const closedMeeting = await api.getJson(`/api/v1/meetings/${withClosed}`, '/api/v1/meetings/{id}');
    expect(closedMeeting.sourceUrl).toBe(SOURCE_URL);
    const items = closedMeeting.items as Json[];
    expect(items.find((item) => item.isClosed)?.sourceUrl).toBeNull();
    expect(items.filter((item) => !item.isClosed).every((item) => item.sourceUrl === SOURCE_URL)).toBe(true);
    const attachments = await all(`/api/v1/attachments?meeting=${harvested}`, '/api/v1/attachments');
    expect(attachments.map((a) => a.sourceUrl)).toContain(ATTACHMENT_SOURCE_URL);
    expect(attachments.filter((a) => a.sourceUrl !== ATTACHMENT_SOURCE_URL).every((a) => a.sourceUrl === null)).toBe(
      true,
    );
  });

  it("sends a merged person and a body's earlier slug on with 301", async () => {
    const persons = await all('/api/v1/persons', '/api/v1/persons');
    expect(persons.map((p) => p.slug)).not.toContain(MERGED.slug);
    const merged = await portal.app.request(`/api/v1/persons/${MERGED.slug}`);
    expect(merged.status).toBe(301);
    expect(merged.headers.get('location')).toBe(`http://localhost/api/v1/persons/${MERGED.into}`);
    const fjordby = `${SYD}--sundhedsraad-fjordby`;
    const [{ id }] = await handle.query<{ id: number }>('select id from bodies where slug = $1', [fjordby]);
    await handle.query(`insert into body_slug_aliases (slug, body_id) values ('sundhedsraadet-fjordby', $1)`, [id]);
    const old = await portal.app.request('/api/v1/bodies/sundhedsraadet-fjordby');
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe(`http://localhost/api/v1/bodies/${fjordby}`);
    // The slug from before publishers, without one: the app's old-address rule finds the one body it names.
    const bare = await portal.app.request('/api/v1/bodies/sundhedsraad-fjordby');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toContain(`/api/v1/bodies/${fjordby}`);
    const byOld = await all('/api/v1/meetings?body=sundhedsraadet-fjordby', '/api/v1/meetings');
    expect(byOld.length).toBeGreaterThan(0);
    expect(byOld.every((m) => (m.body as Json).slug === fjordby)).toBe(true);
  });
});
