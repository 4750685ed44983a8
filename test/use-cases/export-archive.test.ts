/**
 * The bulk export: NDJSON and CSV from the use case, every open item exactly once (closed items
 * by number and title only), publishers as records and named by every body, meeting, case and
 * item (one case number of two publishers: two case records), CSV quoting of commas, quotes and
 * newlines, backpressure on a slow output, the HTTP dump (gzip) decompressing to the same lines,
 * and the money tables: frames with their allocations, projects and investment agreements, each
 * amount in øre and in kroner; and the demo's GP capacity board (NDJSON and its three CSV tables),
 * its owners nowhere, its closed decision only as closed.
 */
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { parseCsv } from '../../src/domain/csv.js';
import { vacancyState } from '../../src/domain/gp-capacity.js';
import { copenhagenDate } from '../../src/domain/meeting.js';
import { createAgreement } from '../../src/use-cases/agreements/create-agreement.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { linkGpDecision } from '../../src/use-cases/gp-capacity/link-gp-decision.js';
import {
  CSV_TABLES,
  type CsvTable,
  EXPORT_TABLES,
  exportArchive,
} from '../../src/use-cases/open-data/export-archive.js';
import { registerProject } from '../../src/use-cases/projects/register-project.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { COUNCILS, seedFrame } from '../helpers/frames.js';
import {
  addMergedPerson,
  addUnknownPublisher,
  GREVE,
  importGreve,
  MERGED,
  SHARED_CASE,
  SOURCE_URL,
  UNKNOWN,
} from '../helpers/open-data-world.js';
import { LEAK_FIXTURE, openPortal, type TestPortal } from '../helpers/portal.js';

/** The demo's health council with a GP capacity board, and owners invented for its practices. */
const GP_COUNCIL = 'region-syddanmark--sundhedsraad-fjordby';
const GP_OWNERS = ['Quokka Ejerlæge (fiktiv)', 'Zebra Medejer (fiktiv)'];

const TRICKY_TITLE = 'Budget, "plan" og\nøkonomi; 2026';
const TRICKY_TEXT = 'Linje 1, med komma\r\nLinje 2 med "citat"\n\nAfsnit 3';

/** A Writable that keeps what it is given (optionally slowly, with a small buffer). */
function collector({ slow = false } = {}) {
  const chunks: string[] = [];
  let maxBuffered = 0;
  const stream = new Writable({
    highWaterMark: slow ? 256 : 16_384,
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      maxBuffered = Math.max(maxBuffered, stream.writableLength);
      if (slow) setTimeout(done, 1);
      else done();
    },
  });
  return { stream, text: () => chunks.join(''), maxBuffered: () => maxBuffered };
}

describe.each(TEST_DATABASES)('export on $name', (database) => {
  let portal: TestPortal;
  let handle: DbHandle;

  beforeAll(async () => {
    portal = await openPortal(database, [LEAK_FIXTURE]);
    handle = portal.handle;
    await importGreve(handle);
    await addUnknownPublisher(handle);
    await addMergedPerson(handle);
    await handle.query(`update meetings set source_url = $1 where held_on = '2026-05-04'`, [SOURCE_URL]);
    // An item whose title and section need CSV quoting.
    const [item] = await handle.query<{ id: number }>(
      `insert into agenda_items (meeting_id, position, number, title)
       values ((select min(id) from meetings), 99, 99, $1) returning id`,
      [TRICKY_TITLE],
    );
    await handle.query(
      `insert into sections (item_id, position, heading, kind, text) values ($1, 1, 'Resumé', 'summary', $2)`,
      [item.id, TRICKY_TEXT],
    );
  });
  afterAll(async () => {
    await handle?.close();
  });

  async function ndjson(batchSize?: number) {
    const out = collector();
    const counts = await exportArchive({ db: handle.db, target: { format: 'ndjson', out: out.stream }, batchSize });
    return { counts, text: out.text() };
  }

  it('writes every record once as NDJSON: every open item with its content, closed items as number and title', async () => {
    const { counts, text } = await ndjson(7);
    const lines = text.trimEnd().split('\n');
    const records = lines.map((line) => JSON.parse(line) as { type: string; [key: string]: unknown });
    const byType = (type: string) => records.filter((r) => r.type === type);
    expect(counts.items).toBe(byType('item').length);
    expect(lines.length).toBe(Object.values(counts).reduce((a, b) => a + b, 0));

    const [db] = await handle.query<{ bodies: number; persons: number; memberships: number; meetings: number }>(
      `select (select count(*)::int from bodies) as bodies,
              (select count(*)::int from persons where merged_into_id is null) as persons,
              (select count(*)::int from memberships) as memberships, (select count(*)::int from meetings) as meetings`,
    );
    expect(counts).toMatchObject(db);
    const open = (await handle.query<{ id: number }>('select id from agenda_items where not is_closed')).map(
      (r) => r.id,
    );
    const closed = (await handle.query<{ id: number }>('select id from agenda_items where is_closed')).map((r) => r.id);
    const items = byType('item');
    const ids = items.map((item) => item.id as number);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !closed.includes(id)).sort((a, b) => a - b)).toEqual(open.sort((a, b) => a - b));
    for (const item of items.filter((i) => i.closed)) {
      expect(item).toMatchObject({
        sections: [],
        decision: null,
        attachments: [],
        absent: [],
        caseNumber: null,
        timeSlot: null,
      });
      expect(String(item.title)).toMatch(/^Lukket/);
    }
    const decided = items.find((item) => (item.decision as { outcome?: string } | null)?.outcome === 'approved')!;
    expect((decided.sections as unknown[]).length).toBeGreaterThan(0);
    // The same export with another batch size writes the same lines.
    expect((await ndjson(1000)).text).toBe(text);
  });

  it('writes the publishers and names them on every body, meeting, case and item', async () => {
    const { text } = await ndjson(7);
    const records = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; [key: string]: unknown });
    const byType = (type: string) => records.filter((r) => r.type === type);
    const [{ n }] = await handle.query<{ n: number }>(
      'select count(*)::int as n from organisations where slug is not null',
    );
    const publishers = byType('publisher');
    expect(publishers.length).toBe(n);
    expect(publishers.find((p) => p.slug === GREVE.publisher)).toEqual({
      type: 'publisher',
      slug: GREVE.publisher,
      name: GREVE.name,
      kind: 'municipality',
      region: 'region-oestdanmark',
      municipalityCode: '0253',
      isFictitious: false,
    });
    const slugs = new Set(publishers.map((p) => p.slug));
    for (const type of ['body', 'meeting', 'item']) {
      for (const record of byType(type)) {
        const body = String(type === 'body' ? record.slug : record.body);
        if (body === UNKNOWN.body) expect(record.publisher, body).toBeNull();
        else expect(body.startsWith(`${record.publisher}--`), `${type} ${body}`).toBe(true);
        if (record.publisher !== null) expect(slugs.has(String(record.publisher))).toBe(true);
      }
    }
    expect(byType('meeting').find((m) => m.body === GREVE.body)).toMatchObject({
      publisher: GREVE.publisher,
      sourceUrl: SOURCE_URL,
    });
    const cases = byType('case');
    expect(
      cases
        .filter((c) => c.number === SHARED_CASE)
        .map((c) => c.publisher)
        .sort(),
    ).toEqual([GREVE.publisher, 'region-syddanmark']);
    expect(cases.find((c) => c.number === UNKNOWN.case)).toMatchObject({ publisher: null, bodies: [UNKNOWN.body] });
    expect(cases.find((c) => c.number === '26/99001')).toMatchObject({ publisher: 'region-syddanmark', itemCount: 1 });
    const shared = byType('item').filter((i) => i.caseNumber === SHARED_CASE);
    expect(new Set(shared.map((i) => i.casePublisher))).toEqual(new Set([GREVE.publisher, 'region-syddanmark']));
    expect(byType('person').map((p) => p.slug)).not.toContain(MERGED.slug);
  });

  it('writes one CSV table per record type, quoting commas, quotes and newlines', async () => {
    const tables = new Map<CsvTable, ReturnType<typeof collector>>();
    const counts = await exportArchive({
      db: handle.db,
      batchSize: 5,
      target: {
        format: 'csv',
        table: (name) => {
          const out = collector();
          tables.set(name, out);
          return { stream: out.stream, close: async () => {} };
        },
      },
    });
    expect([...tables.keys()]).toEqual(CSV_TABLES);
    const items = tables.get('items')!.text();
    expect(items.startsWith('id,meeting_id,body,date,number,title,closed,')).toBe(true);
    expect(items.split(/\r?\n/)[0].endsWith(',publisher,case_publisher')).toBe(true);
    expect(tables.get('bodies')!.text().split(/\r?\n/)[0].endsWith(',publisher')).toBe(true);
    expect(tables.get('meetings')!.text().split(/\r?\n/)[0].endsWith(',publisher,source_url')).toBe(true);
    const cases = parseCsv(tables.get('cases')!.text());
    expect(
      cases
        .filter((row) => row.number === SHARED_CASE)
        .map((row) => row.publisher)
        .sort(),
    ).toEqual([GREVE.publisher, 'region-syddanmark']);
    const greve = parseCsv(tables.get('publishers')!.text()).find((row) => row.slug === GREVE.publisher);
    expect(greve).toMatchObject({ kind: 'municipality', region: 'region-oestdanmark', municipality_code: '0253' });
    expect(items).toContain('"Budget, ""plan"" og\nøkonomi; 2026"');
    expect(items).toContain('"## Resumé\n\nLinje 1, med komma\r\nLinje 2 med ""citat""\n\nAfsnit 3"');
    const rows = parseCsv(items);
    expect(rows.length).toBe(counts.items);
    const tricky = rows.find((row) => row.number === '99')!;
    expect(tricky.title).toBe(TRICKY_TITLE);
    expect(tricky.sections).toBe(`## Resumé\n\n${TRICKY_TEXT}`);
    const ids = rows.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const table of EXPORT_TABLES.filter((one) => one !== 'gp-capacity'))
      expect(parseCsv(tables.get(table)!.text()).length, table).toBe(counts[table]);
  });

  it('waits for a slow output instead of buffering the archive', async () => {
    const slow = collector({ slow: true });
    const fast = await ndjson(5);
    await exportArchive({ db: handle.db, target: { format: 'ndjson', out: slow.stream }, batchSize: 5 });
    expect(slow.text()).toBe(fast.text);
    // At most about one batch is ever waiting in the stream's buffer.
    expect(slow.maxBuffered()).toBeLessThan(fast.text.length / 4);
  });

  it('serves the same lines, gzip-compressed, at /api/v1/export, with ETag and 304', async () => {
    const response = await portal.app.request('/api/v1/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gzip');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="protokol-2026-11-26.ndjson.gz"');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8');
    expect(body).toBe((await ndjson()).text);
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"export-/);
    const again = await portal.app.request('/api/v1/export', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('writes frames with their allocations, projects and investment agreements, in øre and in kroner', async () => {
    const [{ id: region }] = await handle.query<{ id: number }>(
      `select id from organisations where slug = 'region-syddanmark'`,
    );
    const [{ id: council }] = await handle.query<{ id: number }>('select id from bodies where slug = $1', [
      COUNCILS[0],
    ]);
    const { frameId } = await seedFrame(handle.db, { ownerId: region, decidingBodyId: council });
    const actors = { actor: null, auditActor: COMMAND_LINE_ACTOR };
    const project = await registerProject({
      db: handle.db,
      name: 'Fællessang',
      purpose: 'Mindre ensomhed.',
      source: { kind: 'frame', frameId, position: 0 },
      bodyIds: [council],
      appliedOn: '2026-02-16',
      appliedOre: 30_000_050n,
      ownFundingOre: 0n,
      startsOn: null,
      endsOn: null,
      ...actors,
    });
    const agreement = await createAgreement({
      db: handle.db,
      title: 'Akutteams',
      purpose: 'Varig kapacitet.',
      councilBodyId: council,
      kind: 'lasting_capacity',
      municipalityCodes: ['0580', '0550'],
      years: [
        { year: 2027, amountOre: 1_000_000_000n },
        { year: 2028, amountOre: 48_750_050n },
      ],
      proposedOn: '2026-09-14',
      ...actors,
    });
    if (!project.ok || !agreement.ok) throw new Error('not seeded');
    const { counts, text } = await ndjson(2);
    const [db] = await handle.query<{ frames: number; projects: number; agreements: number }>(
      `select (select count(*)::int from frames) as frames, (select count(*)::int from projects) as projects,
              (select count(*)::int from agreements) as agreements`,
    );
    expect(counts).toMatchObject(db);
    const records = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; [key: string]: unknown });
    const frame = records.find((r) => r.type === 'frame' && r.id === frameId)!;
    expect(frame).toMatchObject({
      id: frameId,
      totalOre: 250_000_000,
      totalKroner: 2_500_000,
      owner: 'region-syddanmark',
    });
    expect((frame.allocations as unknown[])[0]).toEqual({
      recipient: COUNCILS[0],
      recipientKind: 'body',
      amountOre: 48_750_000,
      amountKroner: 487_500,
      committedOre: 0,
      committedKroner: 0,
      spentOre: 0,
      spentKroner: 0,
    });
    expect(records.find((r) => r.type === 'project' && r.id === project.projectId)).toMatchObject({
      id: project.projectId,
      status: 'applied',
      frame: frameId,
      recipient: COUNCILS[0],
      appliedOre: 30_000_050,
      appliedKroner: 300_000.5,
      grantedOre: null,
      grantedKroner: null,
    });
    expect(records.find((r) => r.type === 'agreement' && r.id === agreement.agreementId)).toMatchObject({
      id: agreement.agreementId,
      council: COUNCILS[0],
      kind: 'lasting_capacity',
      status: 'proposal',
      parties: [
        { publisher: 'aabenraa-kommune', approvedOn: null },
        { publisher: 'toender-kommune', approvedOn: null },
      ],
      years: [
        { year: 2027, amountOre: 1_000_000_000, amountKroner: 10_000_000 },
        { year: 2028, amountOre: 48_750_050, amountKroner: 487_500.5 },
      ],
      totalOre: 1_048_750_050,
      totalKroner: 10_487_500.5,
    });
    const tables = new Map<CsvTable, ReturnType<typeof collector>>();
    await exportArchive({
      db: handle.db,
      target: {
        format: 'csv',
        tables: ['frames', 'projects', 'agreements'],
        table: (name) => {
          const out = collector();
          tables.set(name, out);
          return { stream: out.stream, close: async () => {} };
        },
      },
    });
    const frameRow = parseCsv(tables.get('frames')!.text()).find((row) => row.id === String(frameId))!;
    expect(frameRow).toMatchObject({ total_ore: '250000000', total_kroner: '2500000.00' });
    expect(frameRow.allocations.split('\n')[0]).toBe(`${COUNCILS[0]} | 48750000 | 487500.00 | 0 | 0`);
    expect(parseCsv(tables.get('projects')!.text()).find((row) => row.id === String(project.projectId))).toMatchObject({
      status: 'applied',
      applied_ore: '30000050',
      applied_kroner: '300000.50',
      granted_ore: '',
    });
    const agreementRow = parseCsv(tables.get('agreements')!.text()).find(
      (row) => row.id === String(agreement.agreementId),
    )!;
    expect(agreementRow).toMatchObject({ status: 'proposal', total_ore: '1048750050', total_kroner: '10487500.50' });
    expect(agreementRow.years).toBe('2027 | 1000000000 | 10000000.00\n2028 | 48750050 | 487500.50');
    expect(agreementRow.parties).toBe('aabenraa-kommune\ntoender-kommune');
  });

  it('writes the demo GP capacity board: NDJSON and three CSV tables, no owner, a closed decision only as closed', async () => {
    const [{ id: bodyId }] = await handle.query<{ id: number }>('select id from bodies where slug = $1', [GP_COUNCIL]);
    // The demo's practices have no owners: give them invented ones, which must appear nowhere.
    const owned = await handle.query(
      `update gp_practices set owners = $1 where board_id = (select id from gp_boards where body_id = $2) returning id`,
      [GP_OWNERS, bodyId],
    );
    expect(owned.length).toBe(7);
    const [closed] = await handle.query<{ id: number; title: string }>(
      'select id, title from agenda_items where is_closed order by id limit 1',
    );
    const [open] = await handle.query<{ id: number }>(
      'select id from agenda_items where not is_closed order by id limit 1',
    );
    const link = { db: handle.db, bodyId, actor: null, auditActor: COMMAND_LINE_ACTOR };
    expect(await linkGpDecision({ ...link, itemId: closed.id, note: null })).toEqual({ ok: true });
    expect(await linkGpDecision({ ...link, itemId: open.id, note: 'Nyt ydernummer' })).toEqual({ ok: true });

    const { counts, text } = await ndjson(1);
    const records = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; [key: string]: unknown });
    const boards = records.filter((r) => r.type === 'gp-capacity');
    expect(counts['gp-capacity']).toBe(boards.length);
    const board = boards.find((r) => r.body === GP_COUNCIL)!;
    expect(board).toMatchObject({
      bodyName: 'Sundhedsråd Fjordby',
      possibleGps: 19,
      dataOn: '2026-03-01',
      actualGps: 16,
      gapGps: 3,
      isFictitious: true,
      areas: [{ name: 'Fjordby Nord', practices: 3, gps: 8 }, { name: 'Fjordby Syd' }, { name: 'Øerne' }],
    });
    expect(board.possibleSource).toContain('Fiktivt');
    expect((board.practices as unknown[])[0]).toEqual({
      number: '990101',
      name: 'Lægerne ved Havnen (fiktiv)',
      area: 'Fjordby Nord',
      gps: 4,
      capacity: 6_400,
      patients: 6_350,
      isOpen: false,
    });
    const today = copenhagenDate(new Date());
    expect(board.vacancies).toEqual([
      {
        practiceNumber: '990301',
        practiceName: 'Ølægen (fiktiv)',
        area: 'Øerne',
        clockStartsOn: '2026-01-15',
        deadlineOn: '2026-07-15',
        state: vacancyState({ deadlineOn: '2026-07-15', outcome: null }, today),
        outcome: null,
        endedOn: null,
        note: null,
        decision: null,
      },
    ]);
    expect(board.decisions).toEqual(
      expect.arrayContaining([
        { note: null, decision: { item: null, isClosed: true } },
        { note: 'Nyt ydernummer', decision: { item: open.id, isClosed: false } },
      ]),
    );
    const months = board.history as { month: string }[];
    expect(months.map((m) => m.month).slice(0, 6)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(JSON.stringify(boards)).not.toContain(closed.title);
    expect(JSON.stringify(boards)).not.toMatch(/owner/i);

    const tables = new Map<CsvTable, ReturnType<typeof collector>>();
    const csvCounts = await exportArchive({
      db: handle.db,
      target: {
        format: 'csv',
        tables: ['gp-capacity'],
        table: (name) => {
          const out = collector();
          tables.set(name, out);
          return { stream: out.stream, close: async () => {} };
        },
      },
    });
    expect([...tables.keys()]).toEqual(['gp-practices', 'gp-vacancies', 'gp-history']);
    expect(csvCounts['gp-capacity']).toBe(boards.length);
    const header = (name: CsvTable) => tables.get(name)!.text().split(/\r?\n/)[0];
    expect(header('gp-practices')).toBe('body,number,name,area,gps,capacity,patients,is_open,data_on,is_fictitious');
    expect(header('gp-vacancies')).toBe(
      'body,practice_number,practice_name,area,clock_starts_on,deadline_on,state,outcome,ended_on,note,decision_item,decision_closed,is_fictitious',
    );
    expect(header('gp-history')).toBe(
      'body,month,possible_gps,actual_gps,gap_gps,practices_open,practices_closed,vacancies_open,is_fictitious',
    );
    const practices = parseCsv(tables.get('gp-practices')!.text()).filter((row) => row.body === GP_COUNCIL);
    expect(practices.map((row) => row.number)).toEqual([
      '990101',
      '990102',
      '990103',
      '990201',
      '990202',
      '990301',
      '990302',
    ]);
    expect(practices[1]).toMatchObject({ name: 'Lægehuset Bakken (fiktiv)', gps: '3', is_open: 'true' });
    const vacancies = parseCsv(tables.get('gp-vacancies')!.text());
    expect(vacancies).toEqual([
      expect.objectContaining({
        body: GP_COUNCIL,
        practice_number: '990301',
        deadline_on: '2026-07-15',
        outcome: '',
        decision_item: '',
      }),
    ]);
    const history = parseCsv(tables.get('gp-history')!.text()).filter((row) => row.body === GP_COUNCIL);
    expect(history.length).toBe(months.length);
    expect(history[3]).toMatchObject({
      month: '2026-01',
      possible_gps: '19',
      actual_gps: '16',
      gap_gps: '3',
      practices_open: '2',
      practices_closed: '5',
      vacancies_open: '1',
    });
    const everything = [text, ...[...tables.values()].map((out) => out.text())].join('\n');
    for (const owner of GP_OWNERS) expect(everything).not.toContain(owner);
  });
});
