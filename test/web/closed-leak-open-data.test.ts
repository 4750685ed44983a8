/**
 * The leak test of the portal (closed-leak.test.ts), extended to open data: with the same
 * fixture — minutes whose closed item carries a unique marker in its sections, decision,
 * attachments and absentees — every JSON API endpoint (every list walked to its end, every record
 * by id, every filter (publishers' too), searches for the marker and the words around it), every
 * publisher and every case at its publisher's address, the change feed, every OParl object (every publisher's Body), every
 * calendar, every feed and the export (use case, HTTP dump and the `protokol export` command, as
 * NDJSON and CSV) is read, and the marker must appear nowhere: not in a body, not in a header.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { CSV_TABLES, EXPORT_TABLES, exportArchive } from '../../src/use-cases/open-data/export-archive.js';
import { CRAWL_DATABASES, migratedDataDir } from '../helpers/databases.js';
import { SOURCE_URL } from '../helpers/open-data-world.js';
import { LEAK_FIXTURE, LEAK_MARKER, openPortal, type TestPortal } from '../helpers/portal.js';
import { TEST_PUBLISHER } from '../helpers/publishers.js';
import { runCli } from '../helpers/run-cli.js';

const NEARBY_WORDS = [
  LEAK_MARKER,
  'Quokkazebra ApS',
  'fortrolig',
  'lejevilkårene',
  'lejekontrakt',
  'Lejeaftale',
  '1.250.000',
  'underskrives',
  'udlejer',
  'Lukket',
  'Hansen',
];

function expectNoMarker(text: string, where: string, echo?: string) {
  let checked = text.toLowerCase();
  if (echo) {
    const once = [echo, encodeURIComponent(echo), new URLSearchParams({ q: echo }).toString().slice(2)];
    for (const form of [...once, ...once.map((f) => encodeURIComponent(f))])
      checked = checked.split(form.toLowerCase()).join(' ');
  }
  expect(checked.includes(LEAK_MARKER), `marker in ${where}`).toBe(false);
}

function collector() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe.each(CRAWL_DATABASES)('closed items never leak into open data, on $name', (database) => {
  let portal: TestPortal;
  let handle: DbHandle;
  let closed: { id: number; meeting_id: number };
  const visited = new Set<string>();

  beforeAll(async () => {
    portal = await openPortal(database, [LEAK_FIXTURE]);
    handle = portal.handle;
    [closed] = await handle.query<{ id: number; meeting_id: number }>(
      `select id, meeting_id from agenda_items where is_closed and title like 'Lukket: Lejeaftale om nye lokaler'`,
    );
    // As if harvested: the meeting knows where its publisher published it.
    await handle.query('update meetings set source_url = $1 where id = $2', [SOURCE_URL, closed.meeting_id]);
  });
  afterAll(async () => {
    await handle?.close();
  });

  /** Requests a URL (absolute or a path) and asserts the marker is in neither its body nor its headers. */
  async function check(url: string, echo?: string): Promise<{ status: number; text: string }> {
    const response = await portal.app.request(url.startsWith('http') ? url : `https://protokol.example.dk${url}`);
    visited.add(url);
    expect(response.status, url).toBeLessThan(500);
    let bytes = Buffer.from(await response.arrayBuffer());
    if (response.headers.get('content-type') === 'application/gzip' && response.status === 200)
      bytes = gunzipSync(bytes);
    let text = bytes.toString('utf8');
    // iCalendar folds long lines: unfold first, or a folded marker would pass unseen.
    if (response.headers.get('content-type')?.startsWith('text/calendar')) text = text.replace(/\r\n[ \t]/g, '');
    expectNoMarker(text, url, echo);
    response.headers.forEach((value, name) => {
      expectNoMarker(value, `header ${name} of ${url}`, echo);
    });
    return { status: response.status, text };
  }

  async function json(url: string, echo?: string) {
    const { status, text } = await check(url, echo);
    return { status, body: JSON.parse(text) as Record<string, unknown> };
  }

  /** Follows links.next to the end. */
  async function walk(url: string, echo?: string): Promise<Record<string, unknown>[]> {
    const all: Record<string, unknown>[] = [];
    let next: string | undefined | null = url;
    while (next) {
      const { status, body } = await json(next, echo);
      expect(status, next).toBe(200);
      all.push(...((body.data as Record<string, unknown>[]) ?? []));
      next = (body.links as { next?: string | null }).next;
    }
    return all;
  }

  it('the fixture really stores the marker in the closed item (so the test can fail)', async () => {
    const [row] = await handle.query<{ n: number }>(
      `select count(*)::int as n from sections s join agenda_items i on i.id = s.item_id
       where i.is_closed and s.text ilike '%' || $1 || '%'`,
      [LEAK_MARKER],
    );
    expect(row.n).toBeGreaterThan(0);
  });

  it('no JSON API endpoint shows it: every list, every record, every filter', async () => {
    const lists = [
      '/api/v1/publishers',
      '/api/v1/bodies',
      '/api/v1/persons',
      '/api/v1/memberships',
      '/api/v1/meetings',
      '/api/v1/items',
      '/api/v1/cases',
      '/api/v1/attachments',
      '/api/v1/search',
    ];
    const filters = [
      '',
      'body=region-syddanmark--sundhedsraad-laekby',
      'publisher=region-syddanmark',
      'publisher=ukendt-udgiver',
      'case=26%2F99001',
      'outcome=approved',
      'from=2026-04-20&to=2026-04-20',
      `meeting=${closed.meeting_id}`,
      `item=${closed.id}`,
    ];
    for (const list of lists)
      for (const filter of filters) {
        const limit = list.endsWith('search') ? 50 : 200;
        await walk(`${list}?limit=${limit}&${filter}`.replace(/&$/, ''));
      }
    await walk('/api/v1/items?limit=1&body=region-syddanmark--sundhedsraad-laekby');
    const ids = async (sql: string) => (await handle.query<{ v: string | number }>(sql)).map((row) => String(row.v));
    const urls = [
      ...(await ids('select id as v from agenda_items')).map((id) => `/api/v1/items/${id}`),
      ...(await ids('select id as v from meetings')).map((id) => `/api/v1/meetings/${id}`),
      ...(await ids('select id as v from attachments')).map((id) => `/api/v1/attachments/${id}`),
      ...(await ids('select id as v from attachments')).map((id) => `/api/v1/attachments/${id}/file`),
      ...(await ids('select id as v from memberships')).map((id) => `/api/v1/memberships/${id}`),
      ...(await ids('select number as v from cases')).map((n) => `/api/v1/cases/${encodeURIComponent(n)}`),
      ...(
        await ids(
          `select coalesce(o.slug, 'ukendt-udgiver') || '/' || replace(c.number, '/', '%2F') as v
           from cases c left join organisations o on o.id = c.publisher_id`,
        )
      ).map((path) => `/api/v1/cases/${path}`),
      ...(await ids('select slug as v from organisations where slug is not null')).map(
        (slug) => `/api/v1/publishers/${slug}`,
      ),
      ...(await ids('select slug as v from bodies')).map((slug) => `/api/v1/bodies/${slug}`),
      ...(await ids('select slug as v from persons')).map((slug) => `/api/v1/persons/${slug}`),
      '/api/openapi.json',
      '/api/docs',
      // The change feed from the start: every object's record, the closed item's among them.
      '/api/v1/changes?limit=5000',
    ];
    for (const url of urls) await check(url);
    // The closed item itself is there, by number and title only.
    const { body } = await json(`/api/v1/items/${closed.id}`);
    expect(body).toMatchObject({
      isClosed: true,
      title: 'Lukket: Lejeaftale om nye lokaler',
      sections: [],
      sourceUrl: null,
      publisher: { slug: 'region-syddanmark' },
    });
    expect((await json(`/api/v1/meetings/${closed.meeting_id}`)).body.sourceUrl).toBe(SOURCE_URL);
    const [attachment] = await handle.query<{ id: number }>(`select a.id from attachments a where a.item_id = $1`, [
      closed.id,
    ]);
    expect((await check(`/api/v1/attachments/${attachment.id}`)).status).toBe(404);
  });

  it('searching the API for the marker and the words around it finds nothing closed', async () => {
    for (const word of NEARBY_WORDS) {
      for (const filter of [
        '',
        '&outcome=approved',
        '&section=attachments',
        '&section=absent',
        '&body=region-syddanmark--sundhedsraad-laekby',
        '&publisher=region-syddanmark',
      ]) {
        const hits = await walk(`/api/v1/search?q=${encodeURIComponent(word)}${filter}&limit=50`, word);
        expect(hits.map((hit) => hit.itemId)).not.toContain(closed.id);
      }
    }
  });

  it('no OParl object shows it', async () => {
    const seen = new Set<string>();
    const queue = ['https://protokol.example.dk/oparl/v1/system'];
    while (queue.length > 0) {
      const url = queue.shift()!;
      const { status, text } = await check(url);
      if (status !== 200) continue;
      for (const match of text.matchAll(/"(https:\/\/protokol\.example\.dk\/oparl\/v1\/[^"]+)"/g)) {
        const link = match[1];
        if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(100);
    expect(seen.has(`https://protokol.example.dk/oparl/v1/agendaItem/${closed.id}`)).toBe(true);
    for (const url of [
      `/oparl/v1/agendaItem/${closed.id}`,
      `/oparl/v1/consultation/${closed.id}`,
      `/oparl/v1/file/kilde-${closed.meeting_id}`,
      `/oparl/v1/meeting/${closed.meeting_id}`,
      `/oparl/v1/location/${closed.meeting_id}`,
      ...(await handle.query<{ id: number }>('select id from cases')).map((c) => `/oparl/v1/paper/${c.id}`),
    ])
      await check(url);
  });

  it('no calendar shows it', async () => {
    await check('/kalender.ics');
    for (const { slug } of await handle.query<{ slug: string }>('select slug from bodies'))
      await check(`/organ/${slug}/kalender.ics`);
    for (const { id } of await handle.query<{ id: number }>('select id from meetings')) await check(`/moede/${id}.ics`);
    const { text } = await check(`/moede/${closed.meeting_id}.ics`);
    expect(text).toContain('2. Lukket: Lejeaftale om nye lokaler');
  });

  it('no feed shows it: minutes, decisions and searches for the marker and the words around it', async () => {
    for (const { slug } of await handle.query<{ slug: string }>('select slug from bodies'))
      await check(`/organ/${slug}/referater.atom`);
    for (const { number } of await handle.query<{ number: string }>('select number from cases'))
      await check(`/sag/${encodeURIComponent(number)}/beslutninger.atom`);
    const { text } = await check('/sag/26%2F99001/beslutninger.atom');
    expect(text).not.toContain('Lejeaftale');
    for (const word of NEARBY_WORDS)
      for (const filter of [
        '',
        '&udfald=approved',
        '&afsnit=attachments',
        '&organ=region-syddanmark--sundhedsraad-laekby',
      ])
        await check(`/sog.atom?q=${encodeURIComponent(word)}${filter}`, word);
  });

  it('the export shows it nowhere: NDJSON, CSV and the HTTP dump', async () => {
    const ndjson = collector();
    await exportArchive({ db: handle.db, target: { format: 'ndjson', out: ndjson.stream } });
    expectNoMarker(ndjson.text(), 'the NDJSON export');
    expect(ndjson.text()).toContain('"title":"Lukket: Lejeaftale om nye lokaler","closed":true');
    for (const table of EXPORT_TABLES) {
      const csv = collector();
      await exportArchive({
        db: handle.db,
        target: { format: 'csv', tables: [table], table: () => ({ stream: csv.stream, close: async () => {} }) },
      });
      expectNoMarker(csv.text(), `the CSV export of ${table}`);
    }
    const dump = await check('/api/v1/export');
    expect(dump.text.split('\n').length).toBeGreaterThan(100);
    expect(visited.size).toBeGreaterThan(200);
  });
});

describe('closed items never leak from `protokol export`', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-export-'));
    // The data folder already migrated: the commands do not begin with initdb and migrations.
    fs.renameSync(await migratedDataDir('protokol-export-data-'), path.join(dir, 'data'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exports NDJSON and CSV without the marker', async () => {
    const env = { PROTOKOL_DATA: path.join(dir, 'data'), DATABASE_URL: '' };
    const imported = await runCli(['import', LEAK_FIXTURE, '--publisher', TEST_PUBLISHER], env);
    expect(imported.code, imported.stderr).toBe(0);

    const stdout = await runCli(['export', '--format', 'ndjson'], env);
    expect(stdout.code, stdout.stderr).toBe(0);
    expect(stdout.stderr).toMatch(
      /Eksport \(ndjson\): \d+ udgivere, \d+ organer, \d+ personer, \d+ medlemskaber, 1 møder, 2 sager, 3 punkter/,
    );
    const lines = stdout.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; closed?: boolean });
    expect(lines.filter((line) => line.type === 'item').length).toBe(3);
    expect(lines.some((line) => line.type === 'item' && line.closed)).toBe(true);
    expectNoMarker(stdout.stdout, 'protokol export stdout');

    const out = path.join(dir, 'ndjson');
    expect((await runCli(['export', '--format', 'ndjson', '--out', out], env)).code).toBe(0);
    expectNoMarker(fs.readFileSync(path.join(out, 'protokol.ndjson'), 'utf8'), 'protokol.ndjson');

    const csv = path.join(dir, 'csv');
    const result = await runCli(['export', '--format', 'csv', '--out', csv], env);
    expect(result.code, result.stderr).toBe(0);
    expect(fs.readdirSync(csv).sort()).toEqual(CSV_TABLES.map((table) => `${table}.csv`).sort());
    for (const file of fs.readdirSync(csv)) expectNoMarker(fs.readFileSync(path.join(csv, file), 'utf8'), file);
    expect(fs.readFileSync(path.join(csv, 'items.csv'), 'utf8')).toContain('Lukket: Lejeaftale om nye lokaler');

    const bad = await runCli(['export', '--format', 'xml'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format skal være ndjson eller csv');
  }, 120_000);
});
