/**
 * The JSON API: its OpenAPI document is valid OpenAPI 3.1 (an OpenAPI validator), every
 * endpoint's answer matches its response schema (ajv), cursors walk every page once, filters
 * filter, ETag/304, Cache-Control and CORS are there, bad parameters get a 400 that says what is
 * wrong, unknown things a 404; the documentation and the README show a working request for each
 * resource.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import type { OpenApiDocument } from '../helpers/open-data.js';
import { apiClient, type Json } from '../helpers/open-data-api.js';
import { LEAK_FIXTURE, meetingId, openPortal, type TestPortal } from '../helpers/portal.js';
import { TEST_PUBLISHER } from '../helpers/publishers.js';

const COUNCIL = 'Sundhedsråd Fjordby';

describe.each(TEST_DATABASES)('JSON API on $name', (database) => {
  let portal: TestPortal;
  let handle: DbHandle;
  let document: OpenApiDocument;
  let getJson: Awaited<ReturnType<typeof apiClient>>['getJson'];
  let walk: Awaited<ReturnType<typeof apiClient>>['walk'];

  beforeAll(async () => {
    portal = await openPortal(database);
    handle = portal.handle;
    ({ document, getJson, walk } = await apiClient(portal.app));
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('serves a valid OpenAPI 3.1 document that describes every endpoint', async () => {
    const validator = new Validator();
    const result = await validator.validate(
      structuredClone(document) as unknown as Parameters<typeof validator.validate>[0],
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths).flatMap(([p, methods]) =>
      Object.values(methods).map((op) => `${op.operationId} ${p}`),
    );
    expect(operations.sort()).toEqual(
      [
        'exportArchive /api/v1/export',
        'listChanges /api/v1/changes',
        'getAttachment /api/v1/attachments/{id}',
        'getAttachmentFile /api/v1/attachments/{id}/file',
        'getBody /api/v1/bodies/{slug}',
        'getCase /api/v1/cases/{number}',
        'getCaseOfPublisher /api/v1/cases/{publisher}/{number}',
        'getItem /api/v1/items/{id}',
        'getMeeting /api/v1/meetings/{id}',
        'getMembership /api/v1/memberships/{id}',
        'getPerson /api/v1/persons/{slug}',
        'getPublisher /api/v1/publishers/{slug}',
        'listAttachments /api/v1/attachments',
        'listBodies /api/v1/bodies',
        'listCases /api/v1/cases',
        'listItems /api/v1/items',
        'listMeetings /api/v1/meetings',
        'listMemberships /api/v1/memberships',
        'listPersons /api/v1/persons',
        'listPublishers /api/v1/publishers',
        'listFrames /api/v1/frames',
        'getFrame /api/v1/frames/{id}',
        'listProjects /api/v1/projects',
        'getProject /api/v1/projects/{id}',
        'listAgreements /api/v1/agreements',
        'getAgreement /api/v1/agreements/{id}',
        'listPlans /api/v1/plans',
        'getPlan /api/v1/plans/{id}',
        'listHearings /api/v1/hearings',
        'getHearing /api/v1/hearings/{id}',
        'listProcesses /api/v1/processes',
        'listGpCapacity /api/v1/gp-capacity',
        'getGpCapacity /api/v1/gp-capacity/{slug}',
        'getProcess /api/v1/processes/{id}',
        'listSources /api/v1/sources',
        'search /api/v1/search',
      ].sort(),
    );
    // Path parameters are required strings (the zod-openapi pitfall of coerced numbers is avoided).
    const parameters = document.paths['/api/v1/meetings/{id}'].get as unknown as {
      parameters: { name: string; required: boolean; schema: { type: string } }[];
    };
    expect(parameters.parameters[0]).toMatchObject({ name: 'id', required: true, schema: { type: 'string' } });
  });

  it('answers every endpoint with a body that matches its response schema', async () => {
    const meeting = await meetingId(handle, COUNCIL, '2026-03-16');
    const [item] = await handle.query<{ id: number }>(
      'select id from agenda_items where meeting_id = $1 and not is_closed order by position limit 1',
      [meeting],
    );
    const [attachment] = await handle.query<{ id: number }>(
      'select a.id from attachments a join agenda_items i on i.id = a.item_id where not i.is_closed limit 1',
    );
    const [membership] = await handle.query<{ id: number }>('select id from memberships limit 1');
    const checks: [string, string][] = [
      ['/api/v1/publishers', '/api/v1/publishers'],
      ['/api/v1/publishers/region-syddanmark', '/api/v1/publishers/{slug}'],
      ['/api/v1/bodies', '/api/v1/bodies'],
      ['/api/v1/bodies/region-syddanmark--sundhedsraad-fjordby', '/api/v1/bodies/{slug}'],
      ['/api/v1/persons', '/api/v1/persons'],
      ['/api/v1/persons/hanne-kjaergaard', '/api/v1/persons/{slug}'],
      ['/api/v1/memberships', '/api/v1/memberships'],
      [`/api/v1/memberships/${membership.id}`, '/api/v1/memberships/{id}'],
      ['/api/v1/meetings', '/api/v1/meetings'],
      [`/api/v1/meetings/${meeting}`, '/api/v1/meetings/{id}'],
      ['/api/v1/items', '/api/v1/items'],
      [`/api/v1/items/${item.id}`, '/api/v1/items/{id}'],
      ['/api/v1/cases', '/api/v1/cases'],
      ['/api/v1/cases/26%2F1002', '/api/v1/cases/{number}'],
      ['/api/v1/cases/region-syddanmark/26%2F1002', '/api/v1/cases/{publisher}/{number}'],
      ['/api/v1/attachments', '/api/v1/attachments'],
      [`/api/v1/attachments/${attachment.id}`, '/api/v1/attachments/{id}'],
      ['/api/v1/search?q=sundhedsplan', '/api/v1/search'],
      ['/api/v1/search?outcome=rejected', '/api/v1/search'],
    ];
    for (const [url, template] of checks) await getJson(url, template);

    const detail = await getJson(`/api/v1/meetings/${meeting}`, '/api/v1/meetings/{id}');
    expect(detail.title).toBe('Referat, Sundhedsråd Fjordby, mandag d. 16. marts 2026 kl. 16.00');
    expect(detail.startsAt).toBe('2026-03-16T16:00:00+01:00');
    const items = detail.items as Json[];
    expect(items.length).toBe(6);
    const withDecision = items.find((i) => (i.decision as Json | null)?.outcome === 'approved') as Json;
    expect((withDecision.sections as Json[]).length).toBeGreaterThan(0);
    expect(withDecision.links).toMatchObject({
      self: expect.stringMatching(/^http:\/\/localhost\/api\/v1\/items\/\d+$/),
    });

    const person = await getJson('/api/v1/persons/hanne-kjaergaard', '/api/v1/persons/{slug}');
    expect((person.memberships as Json[])[0]).toMatchObject({ role: 'chair', roleLabel: 'Formand', party: 'V' });

    const closedMeeting = await meetingId(handle, COUNCIL, '2026-09-14');
    const withClosed = await getJson(`/api/v1/meetings/${closedMeeting}`, '/api/v1/meetings/{id}');
    const closed = (withClosed.items as Json[]).find((i) => i.isClosed) as Json;
    expect(closed).toMatchObject({
      title: 'Lukket: Lejeaftale for regionsklinikken i Sønderhede',
      sections: [],
      decision: null,
      attachments: [],
      absentees: [],
      caseNumber: null,
      timeSlot: null,
    });
    expect((withClosed.links as Json).source).toBeNull();
  });

  it.each([
    ['/api/v1/publishers', '/api/v1/publishers', 'slug'],
    ['/api/v1/bodies', '/api/v1/bodies', 'slug'],
    ['/api/v1/persons', '/api/v1/persons', 'slug'],
    ['/api/v1/memberships', '/api/v1/memberships', 'id'],
    ['/api/v1/meetings', '/api/v1/meetings', 'id'],
    ['/api/v1/items', '/api/v1/items', 'id'],
    ['/api/v1/cases', '/api/v1/cases', 'number'],
    ['/api/v1/attachments', '/api/v1/attachments', 'id'],
    ['/api/v1/search?q=sundhedsr%C3%A5det', '/api/v1/search', 'itemId'],
  ])('walks every page of %s once, without duplicates or gaps', async (url, template, key) => {
    const separator = url.includes('?') ? '&' : '?';
    const all = await walk(`${url}${separator}limit=${template === '/api/v1/search' ? 50 : 200}`, template);
    const paged = await walk(`${url}${separator}limit=3`, template);
    const keys = paged.map((record) => String(record[key]));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(all.map((record) => String(record[key])));
    expect(keys.length).toBeGreaterThan(3);
  });

  it('keeps its cursor when meetings are added between two pages', async () => {
    const fresh = await openPortal(database);
    try {
      const get = async (url: string) => (await (await fresh.app.request(url)).json()) as Json;
      const before = (await get('/api/v1/items?limit=200')).data!.map((i) => i.id);
      const first = await get('/api/v1/items?limit=20');
      await importMeetings({ db: fresh.handle.db, paths: [LEAK_FIXTURE], publisher: TEST_PUBLISHER });
      const seen = first.data!.map((i) => i.id);
      let next = first.links!.next;
      while (next) {
        const page = await get(next.replace('http://localhost', ''));
        seen.push(...page.data!.map((i) => i.id));
        next = page.links!.next;
      }
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of before) expect(seen).toContain(id);
    } finally {
      await fresh.handle.close();
    }
  });

  it('filters by body, region, dates, case number, outcome, status and kind', async () => {
    const slugs = (body: Json) => body.data!.map((r) => r.slug);
    const meetings = await getJson(
      '/api/v1/meetings?body=region-syddanmark--sundhedsraad-fjordby&from=2026-03-01&to=2026-09-30&limit=200',
      '/api/v1/meetings',
    );
    expect(meetings.data!.map((m) => m.date)).toEqual(['2026-09-14', '2026-05-18', '2026-03-16']);
    const agendas = await getJson('/api/v1/meetings?status=agenda_published', '/api/v1/meetings');
    expect(agendas.data!.every((m) => m.status === 'agenda_published')).toBe(true);
    expect(agendas.data!.length).toBe(2);
    const inRegion = await getJson('/api/v1/meetings?region=region-syddanmark&limit=200', '/api/v1/meetings');
    expect(inRegion.data!.length).toBe(11);
    expect((await getJson('/api/v1/meetings?region=region-nordjylland', '/api/v1/meetings')).data).toEqual([]);

    const byCase = await getJson('/api/v1/items?case=26%2F1002&limit=200', '/api/v1/items');
    expect(byCase.data!.length).toBeGreaterThan(0);
    expect(byCase.data!.every((i) => i.caseNumber === '26/1002')).toBe(true);
    const rejected = await getJson(
      '/api/v1/items?outcome=approved&body=region-syddanmark--sundhedsraad-fjordby&limit=200',
      '/api/v1/items',
    );
    expect(rejected.data!.every((i) => (i.decision as Json).outcome === 'approved')).toBe(true);
    const inMeeting = await getJson(
      `/api/v1/items?meeting=${await meetingId(handle, COUNCIL, '2026-03-16')}`,
      '/api/v1/items',
    );
    expect(inMeeting.data!.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);

    const councils = await getJson('/api/v1/bodies?kind=health_council&limit=200', '/api/v1/bodies');
    expect(councils.data!.every((b) => b.kind === 'health_council')).toBe(true);
    expect(councils.data!.length).toBe(18);
    const syd = await getJson('/api/v1/bodies?region=region-syddanmark&limit=200', '/api/v1/bodies');
    expect(slugs(syd)).toContain('region-syddanmark--sundhedsraad-fjordby');
    const members = await getJson(
      '/api/v1/persons?body=region-syddanmark--sundhedsraad-fjordby&limit=200',
      '/api/v1/persons',
    );
    expect(slugs(members)).toContain('hanne-kjaergaard');
    const ofPerson = await getJson('/api/v1/memberships?person=hanne-kjaergaard', '/api/v1/memberships');
    expect(ofPerson.data!.every((m) => (m.person as Json).slug === 'hanne-kjaergaard')).toBe(true);
    const cases = await getJson(
      '/api/v1/cases?body=region-syddanmark--sundhedsraad-fjordby&limit=200',
      '/api/v1/cases',
    );
    expect(
      cases.data!.every((c) => (c.bodies as Json[]).some((b) => b.slug === 'region-syddanmark--sundhedsraad-fjordby')),
    ).toBe(true);
    const search = await getJson(
      '/api/v1/search?q=sundhedsplan&body=region-syddanmark--sundhedsraad-fjordby',
      '/api/v1/search',
    );
    expect(search.total).toBeGreaterThan(0);
    expect(search.data!.every((h) => (h.body as Json).slug === 'region-syddanmark--sundhedsraad-fjordby')).toBe(true);
  });

  it('sends ETag and Cache-Control, and answers 304 to a matching If-None-Match', async () => {
    const response = await portal.app.request('/api/v1/bodies/region-syddanmark--sundhedsraad-fjordby');
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const again = await portal.app.request('/api/v1/bodies/region-syddanmark--sundhedsraad-fjordby', {
      headers: { 'If-None-Match': etag! },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const other = await portal.app.request('/api/v1/bodies/region-syddanmark--sundhedsraad-fjordby', {
      headers: { 'If-None-Match': 'W/"something-else"' },
    });
    expect(other.status).toBe(200);
    // The same data gives the same ETag; HEAD gives the headers without a body.
    const head = await portal.app.request('/api/v1/bodies/region-syddanmark--sundhedsraad-fjordby', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
    expect(await head.text()).toBe('');
  });

  it('allows reading from any origin (CORS), and only reading', async () => {
    const response = await portal.app.request('/api/v1/meetings?limit=1', {
      headers: { Origin: 'https://data.example.org' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
    const preflight = await portal.app.request('/api/v1/meetings', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://data.example.org',
        'Access-Control-Request-Method': 'GET',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS');
    expect((await portal.app.request('/api/v1/meetings', { method: 'POST' })).status).toBeGreaterThanOrEqual(400);
  });

  it('answers 400 with a clear Danish/English message for bad parameters', async () => {
    const cases: [string, string, RegExp][] = [
      ['/api/v1/meetings?limit=0', '/api/v1/meetings', /limit: mindst 1 \/ at least 1/],
      ['/api/v1/meetings?limit=1000', '/api/v1/meetings', /limit: højst 200/],
      ['/api/v1/meetings?limit=abc', '/api/v1/meetings', /limit: skal være et helt tal \/ must be an integer/],
      ['/api/v1/meetings?from=2026-02-30', '/api/v1/meetings', /from: datoen findes ikke/],
      ['/api/v1/meetings?from=23-03-2026', '/api/v1/meetings', /from: skriv datoen som åååå-mm-dd/],
      ['/api/v1/meetings?from=2026-05-01&to=2026-01-01', '/api/v1/meetings', /fra-datoen skal ligge før til-datoen/],
      ['/api/v1/meetings?status=done', '/api/v1/meetings', /status: skal være en af/],
      ['/api/v1/meetings?cursor=%%%', '/api/v1/meetings', /cursor: ugyldig/],
      ['/api/v1/meetings?cursor=WzFd', '/api/v1/meetings', /cursor: ugyldig/],
      ['/api/v1/bodies?kind=council', '/api/v1/bodies', /kind: skal være en af/],
      ['/api/v1/bodies?publisher=Greve%20Kommune', '/api/v1/bodies', /publisher: ukendt værdi – skriv et slug/],
      ['/api/v1/publishers?kind=kommune', '/api/v1/publishers', /kind: skal være en af/],
      ['/api/v1/items?outcome=yes', '/api/v1/items', /outcome: skal være en af/],
      ['/api/v1/items?meeting=x', '/api/v1/items', /meeting: skal være et mødes id/],
      ['/api/v1/meetings/abc', '/api/v1/meetings/{id}', /id: skal være et tal \/ must be a number/],
      ['/api/v1/bodies/%3Cscript%3E', '/api/v1/bodies/{slug}', /slug: ukendt værdi/],
      ['/api/v1/search?q=' + 'x'.repeat(201), '/api/v1/search', /q: søgeteksten må højst være 200 tegn/],
    ];
    for (const [url, template, message] of cases) {
      const body = await getJson(url, template, 400);
      const error = body.error as { code: string; message: string; problems: { message: string }[] };
      expect(error.code).toBe('input_invalid');
      expect(error.message, url).toMatch(message);
      expect(error.problems.length).toBeGreaterThan(0);
    }
  });

  it('answers 404 in JSON for what does not exist', async () => {
    await getJson('/api/v1/bodies/findes-ikke', '/api/v1/bodies/{slug}', 404);
    await getJson('/api/v1/persons/findes-ikke', '/api/v1/persons/{slug}', 404);
    await getJson('/api/v1/meetings/999999', '/api/v1/meetings/{id}', 404);
    await getJson('/api/v1/items/999999', '/api/v1/items/{id}', 404);
    await getJson('/api/v1/memberships/999999', '/api/v1/memberships/{id}', 404);
    await getJson('/api/v1/cases/99%2F99999', '/api/v1/cases/{number}', 404);
    await getJson('/api/v1/cases/greve-kommune/26%2F1002', '/api/v1/cases/{publisher}/{number}', 404);
    await getJson('/api/v1/publishers/findes-ikke', '/api/v1/publishers/{slug}', 404);
    await getJson('/api/v1/attachments/999999', '/api/v1/attachments/{id}', 404);
    const [attachment] = await handle.query<{ id: number }>('select id from attachments limit 1');
    const file = await portal.app.request(`/api/v1/attachments/${attachment.id}/file`);
    expect(file.status).toBe(404);
    // With a stored file, the API points to the portal's copy; never for a closed item's attachment.
    await handle.query(`update attachments set file_path = 'bilag/x.pdf' where id = $1`, [attachment.id]);
    const stored = await portal.app.request(`/api/v1/attachments/${attachment.id}/file`);
    expect(stored.status).toBe(302);
    expect(stored.headers.get('location')).toBe(`http://localhost/bilag/${attachment.id}`);
    const described = await getJson(`/api/v1/attachments/${attachment.id}`, '/api/v1/attachments/{id}');
    expect(described).toMatchObject({
      hasFile: true,
      links: { file: `http://localhost/api/v1/attachments/${attachment.id}/file` },
    });
    await handle.query(`update attachments set file_path = null where id = $1`, [attachment.id]);
    for (const url of ['/api/v1/nothing', '/api/v2/bodies', '/api/v1/bodies/x/y']) {
      const response = await portal.app.request(url);
      expect(response.status).toBe(404);
      expect(((await response.json()) as Json).error).toMatchObject({ code: 'not_found' });
    }
  });

  it('documents every endpoint at /api/docs with a working example request', async () => {
    const response = await portal.app.request('/api/docs');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1>Åbne data</h1>');
    expect(html).not.toMatch(/<script/);
    for (const methods of Object.values(document.paths))
      for (const operation of Object.values(methods)) expect(html).toContain(`id="op-${operation.operationId}"`);
    const examples = [...html.matchAll(/curl (?:-s|-o \S+) &#39;http:\/\/localhost([^&]+(?:&amp;[^&]+)*)&#39;/g)].map(
      (m) => m[1].replace(/&amp;/g, '&'),
    );
    expect(examples.length).toBeGreaterThanOrEqual(20);
    for (const example of examples) {
      if (example.endsWith('/file')) continue; // the demo's attachments have no stored file
      const answer = await portal.app.request(example);
      expect(answer.status, example).toBe(200);
      await answer.arrayBuffer();
    }
  });

  it('the README shows a working example request for each resource', async () => {
    const readme = fs.readFileSync(path.resolve('README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Åbne data'));
    const urls = [...section.matchAll(/curl (?:-s|-o \S+) '?http:\/\/localhost:3000([^'\s]+)'?/g)].map((m) => m[1]);
    for (const resource of [
      'publishers',
      'bodies',
      'persons',
      'memberships',
      'meetings',
      'items',
      'cases',
      'attachments',
      'search',
      'export',
    ])
      expect(
        urls.some((url) => url.startsWith(`/api/v1/${resource}`)),
        resource,
      ).toBe(true);
    expect(urls.some((url) => url.startsWith('/oparl/v1/system'))).toBe(true);
    expect(urls.some((url) => url.endsWith('.ics'))).toBe(true);
    expect(urls.some((url) => url.includes('.atom'))).toBe(true);
    for (const url of urls) {
      const answer = await portal.app.request(url);
      expect(answer.status, url).toBe(200);
      await answer.arrayBuffer();
    }
  });
});
