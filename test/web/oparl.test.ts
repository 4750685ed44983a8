/**
 * The OParl 1.1 endpoint, crawled from /oparl/v1/system as an OParl client would: every object
 * (and every object embedded in another) is validated against the OParl 1.1 JSON schemas in
 * ../shared/oparl-1.1 (skipped when that folder is absent), every list is walked page by page,
 * every object's `id` answers with the same object, and the extension fields carry what OParl
 * has no field for. One Body per publisher: every region, Greve Kommune (a municipality with a
 * committee) and the Body of bodies whose publisher is not known; each Organization and Paper is
 * in its publisher's Body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { oparlValidator } from '../helpers/open-data.js';
import {
  addMergedPerson,
  addUnknownPublisher,
  GREVE,
  importGreve,
  MERGED,
  SHARED_CASE,
  UNKNOWN,
} from '../helpers/open-data-world.js';
import { LEAK_FIXTURE, meetingId, openPortal, type TestPortal } from '../helpers/portal.js';

type OparlObject = Record<string, unknown> & { id: string; type: string };
type OparlList = { data: OparlObject[]; links: { first: string; self: string; next?: string }; pagination: object };

const validator = oparlValidator();
/** A real host name: OParl's "url" format (ajv-formats) does not take localhost. */
const ORIGIN = 'https://protokol.example.dk';

/** The objects embedded in an object (OParl names them with "schema", not $ref: validated one by one). */
function embedded(object: OparlObject): OparlObject[] {
  const found: OparlObject[] = [];
  for (const value of Object.values(object)) {
    const candidates = Array.isArray(value) ? value : [value];
    for (const candidate of candidates) {
      if (candidate && typeof candidate === 'object' && typeof (candidate as OparlObject).type === 'string') {
        found.push(candidate as OparlObject, ...embedded(candidate as OparlObject));
      }
    }
  }
  return found;
}

describe.skipIf(!validator).each(TEST_DATABASES)('OParl 1.1 on $name', (database) => {
  let portal: TestPortal;
  let handle: DbHandle;
  const objects = new Map<string, OparlObject>();
  const types = new Set<string>();

  beforeAll(async () => {
    portal = await openPortal(database, [LEAK_FIXTURE]);
    handle = portal.handle;
    await importGreve(handle);
    await addUnknownPublisher(handle);
    await addMergedPerson(handle);
  });
  afterAll(async () => {
    await handle?.close();
  });

  async function get<T>(url: string, status = 200): Promise<T> {
    const response = await portal.app.request(url.startsWith('http') ? url : `${ORIGIN}${url}`);
    expect(response.status, url).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    return (await response.json()) as T;
  }

  function check(object: OparlObject) {
    for (const one of [object, ...embedded(object)]) {
      expect(validator!(one), one.id).toEqual([]);
      expect(one.id.startsWith(`${ORIGIN}/oparl/v1/`), one.id).toBe(true);
      types.add(one.type);
      objects.set(one.id, one);
    }
  }

  async function walk(url: string): Promise<OparlObject[]> {
    const all: OparlObject[] = [];
    let next: string | undefined = url;
    while (next) {
      const page: OparlList = await get<OparlList>(next);
      expect(page.links.self).toBe(next.includes('limit') ? next : page.links.self);
      expect(page.links.first).toBeTruthy();
      for (const object of page.data) check(object);
      all.push(...page.data);
      next = page.links.next;
    }
    const ids = all.map((o) => o.id);
    expect(new Set(ids).size, url).toBe(ids.length);
    return all;
  }

  it('crawls from the system through every body and list, every object valid against the OParl 1.1 schemas', async () => {
    const system = await get<OparlObject>('/oparl/v1/system');
    check(system);
    expect(system.oparlVersion).toBe('https://schema.oparl.org/1.1/');
    const bodies = await walk(String(system.body));
    expect(bodies.map((b) => b.id).sort()).toEqual(
      [
        'region-hovedstaden',
        'region-midtjylland',
        'region-nordjylland',
        'region-oestdanmark',
        'region-sjaelland',
        'region-syddanmark',
        GREVE.publisher,
        'ukendt-udgiver',
      ]
        .map((key) => `${ORIGIN}/oparl/v1/body/${key}`)
        .sort(),
    );
    expect(await walk(`${String(system.body)}?limit=3`)).toEqual(bodies);
    for (const body of bodies) {
      expect(await get<OparlObject>(body.id)).toEqual(body);
      for (const field of [
        'organization',
        'person',
        'meeting',
        'paper',
        'agendaItem',
        'consultation',
        'file',
        'membership',
        'locationList',
        'legislativeTermList',
      ]) {
        const url = String(body[field]);
        const withLimit = `${url}?limit=4`;
        const paged = await walk(withLimit);
        const whole = await walk(`${url}?limit=200`);
        expect(paged.map((o) => o.id)).toEqual(whole.map((o) => o.id));
      }
    }
    for (const type of [
      'System',
      'Body',
      'Organization',
      'Person',
      'Membership',
      'Meeting',
      'AgendaItem',
      'Paper',
      'Consultation',
      'File',
      'Location',
    ])
      expect(types, type).toContain(`https://schema.oparl.org/1.1/${type}`);
  });

  it('gives each publisher a Body holding its committees, meetings and papers', async () => {
    const body = (key: string) => `${ORIGIN}/oparl/v1/body/${key}`;
    const greve = await get<OparlObject>(`/oparl/v1/body/${GREVE.publisher}`);
    check(greve);
    expect(greve).toMatchObject({
      name: 'Greve Kommune',
      shortName: 'Greve',
      classification: 'Kommune',
      'protokol:kind': 'municipality',
      'protokol:region': body('region-oestdanmark'),
      'protokol:municipalityCode': '0253',
    });
    const organizations = await walk(String(greve.organization));
    expect(organizations.map((o) => o.id)).toEqual([`${ORIGIN}/oparl/v1/organization/${GREVE.body}`]);
    expect(organizations[0].body).toBe(greve.id);
    expect((await walk(String(greve.meeting))).length).toBe(1);
    const papers = await walk(String(greve.paper));
    expect(papers.map((p) => p.reference)).toEqual(['26/1001', SHARED_CASE]);
    // One number, two cases: each Paper in its own publisher's Body.
    const regionPapers = await walk(`${body('region-syddanmark')}/papers?limit=200`);
    const shared = regionPapers.find((p) => p.reference === SHARED_CASE)!;
    expect(shared.body).toBe(body('region-syddanmark'));
    expect(shared.id).not.toBe(papers[1].id);
    expect(papers.every((p) => p.body === greve.id)).toBe(true);
    const unknown = await get<OparlObject>('/oparl/v1/body/ukendt-udgiver');
    expect(unknown).toMatchObject({ name: 'Organer uden kendt udgiver', 'protokol:kind': null });
    const unplaced = await walk(String(unknown.organization));
    expect(unplaced.map((o) => o.name)).toEqual([UNKNOWN.name]);
    expect((await walk(String(unknown.paper))).map((p) => p.reference)).toEqual([UNKNOWN.case]);
    const region = await get<OparlObject>('/oparl/v1/body/region-syddanmark');
    const names = (await walk(`${String(region.organization)}?limit=200`)).map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Sundhedsråd Fjordby', 'Sundhedsråd Lækby']));
    expect(names).not.toContain('Økonomiudvalget');
  });

  it('sends an earlier id on with 301: an Organization under its old slug, a merged Person', async () => {
    const old = await portal.app.request(`${ORIGIN}/oparl/v1/organization/sundhedsraad-fjordby/meetings?limit=2`);
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toMatch(
      /\/oparl\/v1\/organization\/region-syddanmark--sundhedsraad-fjordby\/meetings\?limit=2$/,
    );
    const merged = await portal.app.request(`${ORIGIN}/oparl/v1/person/${MERGED.slug}`);
    expect(merged.status).toBe(301);
    expect(merged.headers.get('location')).toBe(`${ORIGIN}/oparl/v1/person/${MERGED.into}`);
    const persons = [...objects.values()].filter((o) => o.type.endsWith('/Person')).map((o) => o.id);
    expect(persons).not.toContain(`${ORIGIN}/oparl/v1/person/${MERGED.slug}`);
    // The Body of bodies without a region is gone: they are under their publishers now.
    await get('/oparl/v1/body/uden-region', 404);
  });

  it('answers every object at its id with the same object', async () => {
    expect(objects.size).toBeGreaterThan(100);
    for (const [id, object] of objects) {
      if (id.includes('/body/') || id.endsWith('/system')) continue;
      const fetched = await get<OparlObject>(id);
      check(fetched);
      // A list may embed less than the object itself (memberships in a person), never something else.
      for (const [key, value] of Object.entries(object)) {
        if (typeof value !== 'object' || value === null) expect(fetched[key], `${id} ${key}`).toEqual(value);
      }
    }
  });

  it('describes a meeting with times in Danish time, its agenda, its minutes file and its extension fields', async () => {
    const id = await meetingId(handle, 'Sundhedsklynge Fjordby, politisk niveau', '2025-09-09');
    const meeting = await get<OparlObject>(`/oparl/v1/meeting/${id}`);
    expect(meeting.start).toBe('2025-09-09T15:00:00+02:00');
    expect(meeting.cancelled).toBe(false);
    expect(meeting.resultsProtocol).toMatchObject({ accessUrl: `${ORIGIN}/kilde/${id}`, mimeType: 'text/plain' });
    const items = meeting.agendaItem as OparlObject[];
    const decided = items.find((item) => item['protokol:decisionOutcome']) as OparlObject;
    expect(decided).toMatchObject({ public: true, result: expect.any(String), resolutionText: expect.any(String) });
    expect((decided['protokol:sections'] as unknown[]).length).toBeGreaterThan(0);
    const paper = await get<OparlObject>(String((await get<OparlObject>(String(decided.consultation))).paper));
    expect(paper.reference).toBe(decided['protokol:caseNumber']);
  });

  it('shows a closed item by number and title only, and no file of its meeting', async () => {
    const [closed] = await handle.query<{ id: number; meeting_id: number }>(
      `select id, meeting_id from agenda_items where is_closed and title like 'Lukket: Lejeaftale om nye lokaler'`,
    );
    const item = await get<OparlObject>(`/oparl/v1/agendaItem/${closed.id}`);
    expect(Object.keys(item).sort()).toEqual(
      ['created', 'id', 'meeting', 'modified', 'name', 'number', 'order', 'public', 'type', 'web'].sort(),
    );
    expect(item.public).toBe(false);
    const meeting = await get<OparlObject>(`/oparl/v1/meeting/${closed.meeting_id}`);
    expect(meeting.resultsProtocol).toBeUndefined();
    expect(meeting.invitation).toBeUndefined();
    await get(`/oparl/v1/consultation/${closed.id}`, 404);
    await get(`/oparl/v1/file/kilde-${closed.meeting_id}`, 404);
  });

  it('answers 404 and 400 in JSON', async () => {
    for (const url of [
      '/oparl/v1/meeting/999999',
      '/oparl/v1/body/region-atlantis',
      '/oparl/v1/body/region-syddanmark/nothing',
      '/oparl/v1/organization/findes-ikke',
      '/oparl/v1/paper/999999',
      '/oparl/v1/file/999',
      '/oparl/v1/nothing',
    ])
      expect(await get<{ error: { code: string } }>(url, 404)).toMatchObject({ error: { code: 'not_found' } });
    expect(
      await get<{ error: { code: string } }>('/oparl/v1/body/region-syddanmark/meetings?limit=0', 400),
    ).toMatchObject({ error: { code: 'input_invalid' } });
    expect(
      await get<{ error: { code: string } }>('/oparl/v1/body/region-syddanmark/meetings?cursor=xyz', 400),
    ).toMatchObject({ error: { code: 'input_invalid' } });
  });
});
