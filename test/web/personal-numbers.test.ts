/**
 * Personal numbers never exposed (PGlite and PostgreSQL). Two documents reach the archive through
 * the one import path: minutes imported from a file (test/fixtures/portal/personal-numbers.txt:
 * CPR-shaped numbers next to "CPR-nr.", "personnummer" and "cpr" in a section and the decision),
 * and a harvested First Agenda site whose item carries one next to "CPR-nr." and one attachment
 * whose PDF text carries another. Every number is synthetic: "born" in 2043–2055, so no person
 * has it (see test/domain/cpr.test.ts).
 *
 * Then no number is on the meeting and item pages, in search (pages, snippets, attachment hits),
 * the JSON API, OParl (every object), the Atom feeds, the exports (NDJSON, CSV), the served files
 * (the source document and the attachment are withheld), the attachment files on disk or any
 * column of any table; the admin sees where each was found; and the look-alikes (a case number,
 * a date, a phone number, a document number, a dashed number without a word that fails modulus
 * 11) are shown as they are. `protokol import` and `protokol export` are checked the same way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { CPR_MASK } from '../../src/domain/cpr.js';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { harvestPublicationSite, siteForHarvest } from '../../src/use-cases/harvest/harvest-publication-site.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { EXPORT_TABLES, exportArchive } from '../../src/use-cases/open-data/export-archive.js';
import { createApp } from '../../src/web/app.js';
import { sessionFor } from '../helpers/accounts.js';
import { CRAWL_DATABASES, migratedDataDir } from '../helpers/databases.js';
import { type FakeAttachment, FakeSite } from '../helpers/firstagenda-site.js';
import { TODAY, visibleText } from '../helpers/portal.js';
import { publisherNamed, TEST_PUBLISHER } from '../helpers/publishers.js';
import { FAST_CLIENT, type ReplayServer, startReplayServer } from '../helpers/replay-server.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = path.resolve('test/fixtures/portal/personal-numbers.txt');

/** The synthetic numbers, by where they stand. */
const NUMBERS = {
  section: '150643-5001', // "CPR-nr.", passes modulus 11
  spouse: '120347-5001', // "personnummer", fails modulus 11
  decision: '290248-5018', // "cpr", in the decision
  harvested: '080552-5002', // "CPR-nr." in a harvested item
  attachment: '311255-5004', // "CPR-nr." in an attachment's PDF text
};
/** Each number in every way it can be written: with a dash or a space, or without one. */
const NUMBER_PATTERNS = Object.values(NUMBERS).map((n) => new RegExp(`${n.slice(0, 6)}\\D?${n.slice(7)}`));
/** Look-alikes in the fixture that must stay as they are. */
const LOOKALIKES = ['24-004678', '2206435006', '220643-5000', '15-03-2026', '33 12 34 56'];

function expectNoNumber(text: string, where: string, echo?: string) {
  let checked = text;
  if (echo) {
    const once = [echo, encodeURIComponent(echo), new URLSearchParams({ q: echo }).toString().slice(2)];
    for (const form of [...once, ...once.map((f) => encodeURIComponent(f))]) checked = checked.split(form).join(' ');
  }
  for (const pattern of NUMBER_PATTERNS) expect(pattern.test(checked), `${pattern} in ${where}`).toBe(false);
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

/** A fictitious site whose first item carries a number in its text and one attachment one in its PDF. */
class SiteWithNumbers extends FakeSite {
  marked: FakeAttachment | undefined;

  override documentJson(meetingGuid: string, baseUrl: string): string | undefined {
    const json = super.documentJson(meetingGuid, baseUrl);
    if (json === undefined) return json;
    const document = JSON.parse(json) as { Dagsordenpunkter: Array<{ Felter: Array<{ Html: string }> }> };
    const field = document.Dagsordenpunkter[0].Felter[0];
    field.Html = field.Html.replace(
      '<h4>Økonomi</h4>',
      `<h4>Økonomi</h4>\n<p>Ansøgerens CPR-nr. ${NUMBERS.harvested} fremgår af ansøgningen.</p>\n`,
    );
    return JSON.stringify(document);
  }

  override attachment(attachmentGuid: string): FakeAttachment | undefined {
    const found = super.attachment(attachmentGuid);
    if (!found || found.guid !== this.marked?.guid) return found;
    return { ...found, title: `${found.title}. Modtagerens CPR-nr. ${NUMBERS.attachment}` };
  }
}

describe.each(CRAWL_DATABASES)('personal numbers are never exposed, on $name', (database) => {
  let handle: DbHandle;
  let app: ReturnType<typeof createApp>;
  let server: ReplayServer;
  let site: SiteWithNumbers;
  let dataDir: string;
  let imported: number;
  let harvested: number;
  let marked: { id: number; sha256: string };
  let other: { id: number } | undefined;
  const rows = <T>(sql: string, params: unknown[] = []) => handle.query<T>(sql, params);

  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-cpr-'));

    const summary = await importMeetings({ db: handle.db, paths: [FIXTURE], publisher: TEST_PUBLISHER });
    expect(summary.results[0]).toMatchObject({ state: 'new', personalNumbers: 4 });
    imported = summary.results[0].meetingId!;

    site = new SiteWithNumbers({
      seed: 18,
      committees: 1,
      meetingsPerCommittee: 1,
      from: '2026-03-01',
      to: '2026-03-31',
      today: '2026-11-20',
    });
    site.marked = site.attachments().find((a) => !a.isClosed && a.hasTextLayer);
    expect(site.marked).toBeDefined();
    server = await startReplayServer(site);
    const registered = await siteForHarvest(handle.db, {
      url: server.url,
      publisher: await publisherNamed(handle.db, 'Greve Kommune'),
    });
    const result = await harvestPublicationSite({
      db: handle.db,
      site: registered,
      dataDir,
      attachments: true,
      now: new Date('2026-11-20T12:00:00Z'),
      client: FAST_CLIENT,
    });
    if (!result.ok) throw new Error('site busy');
    expect(result.report.counts.new).toBe(1);
    [{ meeting_id: harvested }] = await rows<{ meeting_id: number }>('select meeting_id from harvest_meetings');
    [marked] = await rows<{ id: number; sha256: string }>(
      `select a.id, a.sha256 from attachments a join agenda_items i on i.id = a.item_id
       where i.meeting_id = $1 and a.document_id = $2`,
      [harvested, site.marked!.guid],
    );
    [other] = await rows<{ id: number }>(
      `select a.id from attachments a join agenda_items i on i.id = a.item_id
       where i.meeting_id = $1 and a.file_path is not null and a.document_id <> $2 limit 1`,
      [harvested, site.marked!.guid],
    );
    app = createApp({ handle, now: () => TODAY, dataDir });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await handle?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Requests a URL and asserts no number is in its body or headers. */
  async function check(url: string, echo?: string): Promise<{ status: number; text: string }> {
    const response = await app.request(url.startsWith('http') ? url : `https://protokol.example.dk${url}`);
    expect(response.status, url).toBeLessThan(500);
    let bytes = Buffer.from(await response.arrayBuffer());
    if (response.headers.get('content-type') === 'application/gzip' && response.status === 200)
      bytes = gunzipSync(bytes);
    const text = bytes.toString('utf8');
    expectNoNumber(text, url, echo);
    response.headers.forEach((value, name) => {
      expectNoNumber(value, `header ${name} of ${url}`, echo);
    });
    return { status: response.status, text };
  }

  const itemsOf = (meetingId: number) =>
    rows<{ id: number; number: number }>('select id, number from agenda_items where meeting_id = $1 order by number', [
      meetingId,
    ]);

  it('the fixture and the site really carry the numbers (so this test can fail)', async () => {
    const fixture = fs.readFileSync(FIXTURE, 'utf8');
    for (const key of ['section', 'spouse', 'decision'] as const) expect(fixture).toContain(NUMBERS[key]);
    expect(site.documentJson(site.meetings()[0].guid, server.url)).toContain(NUMBERS.harvested);
    expect(site.attachment(site.marked!.guid)!.title).toContain(NUMBERS.attachment);
  });

  it('stores the masked text, never the number: no column of any table holds it', async () => {
    const [section] = await rows<{ text: string }>(
      `select s.text from sections s join agenda_items i on i.id = s.item_id
       where i.meeting_id = $1 and s.heading = 'Sagsfremstilling'`,
      [imported],
    );
    expect(section.text).toContain(`Klageren, CPR-nr. ${CPR_MASK}, har sendt klagen`);
    expect(section.text).toContain(`Ægtefællens personnummer er ${CPR_MASK}, oplyser`);
    for (const lookalike of LOOKALIKES) expect(section.text).toContain(lookalike);
    const [decision] = await rows<{ text: string }>(
      `select d.text from decisions d join agenda_items i on i.id = d.item_id where i.meeting_id = $1 and i.number = 2`,
      [imported],
    );
    expect(decision.text).toContain(`noteret cpr ${CPR_MASK} i journalen`);
    const pages = await rows<{ text: string }>('select text from attachment_text_pages where sha256 = $1', [
      marked.sha256,
    ]);
    expect(pages.map((p) => p.text).join('\n')).toContain(`Modtagerens CPR-nr. ${CPR_MASK}`);

    const columns = await rows<{ table_name: string; column_name: string; data_type: string }>(
      `select table_name, column_name, data_type from information_schema.columns
       where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'tsvector', 'ARRAY', 'bytea')`,
    );
    expect(columns.length).toBeGreaterThan(50);
    for (const { table_name, column_name, data_type } of columns) {
      for (const n of Object.values(NUMBERS)) {
        const condition =
          data_type === 'bytea'
            ? `position(convert_to($1, 'UTF8') in "${column_name}") > 0 or position(convert_to($2, 'UTF8') in "${column_name}") > 0`
            : `"${column_name}"::text ~ ($1 || '.?' || $2)`;
        const params = data_type === 'bytea' ? [n, n.replace('-', '')] : [n.slice(0, 6), n.slice(7)];
        const [found] = await rows<{ n: number }>(
          `select count(*)::int as n from "${table_name}" where ${condition}`,
          params,
        );
        expect(found.n, `${n} in ${table_name}.${column_name}`).toBe(0);
      }
    }
    // The published files held the numbers: neither is kept as a source document.
    const sources = await rows<{ content: Uint8Array | null }>(
      'select f.content from meetings m join source_files f on f.id = m.source_file_id where m.id = any($1::int[])',
      [[imported, harvested]],
    );
    expect(sources).toEqual([{ content: null }, { content: null }]);
  });

  it('withholds the attachment whose text held a number: not written to disk, not served; the others are', async () => {
    for (const file of fs.readdirSync(path.join(dataDir, 'attachments'))) {
      expectNoNumber(fs.readFileSync(path.join(dataDir, 'attachments', file), 'latin1'), `attachments/${file}`);
    }
    expect(fs.existsSync(path.join(dataDir, 'attachments', marked.sha256))).toBe(false);
    expect((await check(`/bilag/${marked.id}`)).status).toBe(404);
    expect((await check(`/api/v1/attachments/${marked.id}/file`)).status).toBe(404);
    expect(other).toBeDefined();
    expect((await check(`/bilag/${other!.id}`)).status).toBe(200);
    for (const meeting of [imported, harvested]) expect((await check(`/kilde/${meeting}`)).status).toBe(404);
  });

  it('shows the mask on the meeting and item pages, and the look-alikes as they are', async () => {
    for (const meeting of [imported, harvested]) {
      expect((await check(`/moede/${meeting}`)).status).toBe(200);
      for (const item of await itemsOf(meeting)) await check(`/punkt/${item.id}`);
    }
    const [, complaint] = await itemsOf(imported);
    const page = visibleText((await check(`/punkt/${complaint.id}`)).text);
    expect(page).toContain(`Klageren, CPR-nr. ${CPR_MASK}, har sendt klagen`);
    for (const lookalike of LOOKALIKES) expect(page).toContain(lookalike);
    const [first] = await itemsOf(harvested);
    expect(visibleText((await check(`/punkt/${first.id}`)).text)).toContain(`Ansøgerens CPR-nr. ${CPR_MASK}`);
  });

  it('search finds the items and the attachment by the words around a number, never the number', async () => {
    const words = ['Klageren', 'Ægtefællens', 'journalen', 'Ansøgerens', 'Modtagerens', 'rollator'];
    for (const word of words) {
      await check(`/sog?q=${encodeURIComponent(word)}`, word);
      await check(`/sog.atom?q=${encodeURIComponent(word)}`, word);
      await check(`/api/v1/search?q=${encodeURIComponent(word)}&limit=50`, word);
      await check(`/sog.csv?q=${encodeURIComponent(word)}`, word);
    }
    const hits = JSON.parse((await check('/api/v1/search?q=Klageren&limit=50', 'Klageren')).text) as {
      data: unknown[];
    };
    expect(hits.data.length).toBeGreaterThan(0);
    // The snippets show the words around the number, and the mask.
    for (const word of ['Klageren', 'Modtagerens']) {
      expect(visibleText((await check(`/sog?q=${word}`, word)).text), word).toContain(CPR_MASK);
    }
    for (const n of Object.values(NUMBERS)) {
      for (const form of [n, n.replace('-', ''), n.slice(0, 6)]) {
        const { text } = await check(`/sog?q=${encodeURIComponent(form)}`, form);
        expect(visibleText(text)).not.toContain('Klageren');
        const api = JSON.parse((await check(`/api/v1/search?q=${encodeURIComponent(form)}`, form)).text) as {
          data: unknown[];
        };
        expect(api.data, form).toEqual([]);
      }
    }
  });

  it('the JSON API shows no number: meetings, items, attachments, the export dump', async () => {
    const lists = ['/api/v1/meetings', '/api/v1/items', '/api/v1/attachments', '/api/v1/cases', '/api/v1/persons'];
    for (const list of lists) {
      let next: string | null | undefined = `${list}?limit=200`;
      while (next) {
        const body = JSON.parse((await check(next)).text) as { links: { next?: string | null } };
        next = body.links.next;
      }
    }
    for (const meeting of [imported, harvested]) {
      await check(`/api/v1/meetings/${meeting}`);
      for (const item of await itemsOf(meeting)) await check(`/api/v1/items/${item.id}`);
    }
    const [, complaint] = await itemsOf(imported);
    const item = JSON.parse((await check(`/api/v1/items/${complaint.id}`)).text) as { sections: { text: string }[] };
    expect(JSON.stringify(item.sections)).toContain(CPR_MASK);
    for (const { id } of await rows<{ id: number }>('select id from attachments')) {
      await check(`/api/v1/attachments/${id}`);
    }
    const dump = await check('/api/v1/export');
    expect(dump.text).toContain(CPR_MASK);
  });

  it('no OParl object shows a number', async () => {
    const seen = new Set<string>();
    const queue = ['https://protokol.example.dk/oparl/v1/system'];
    let masked = 0;
    while (queue.length > 0) {
      const url = queue.shift()!;
      const { status, text } = await check(url);
      if (status !== 200) continue;
      if (text.includes(CPR_MASK)) masked++;
      for (const match of text.matchAll(/"(https:\/\/protokol\.example\.dk\/oparl\/v1\/[^"]+)"/g)) {
        if (!seen.has(match[1])) {
          seen.add(match[1]);
          queue.push(match[1]);
        }
      }
    }
    expect(seen.has(`https://protokol.example.dk/oparl/v1/meeting/${imported}`)).toBe(true);
    expect(seen.has(`https://protokol.example.dk/oparl/v1/meeting/${harvested}`)).toBe(true);
    expect(masked).toBeGreaterThan(0);
  });

  it('no feed or download shows a number', async () => {
    for (const { slug } of await rows<{ slug: string }>(
      'select distinct b.slug from bodies b join meetings m on m.body_id = b.id',
    )) {
      await check(`/organ/${slug}/referater.atom`);
      await check(`/organ/${slug}/moeder.csv`);
      await check(`/organ/${slug}/kalender.ics`);
    }
    for (const meeting of [imported, harvested]) await check(`/moede/${meeting}.ics`);
    await check('/kalender.ics');
  });

  it('the exports show no number: NDJSON and every CSV table', async () => {
    const ndjson = collector();
    await exportArchive({ db: handle.db, target: { format: 'ndjson', out: ndjson.stream } });
    expectNoNumber(ndjson.text(), 'the NDJSON export');
    expect(ndjson.text()).toContain(CPR_MASK);
    for (const table of EXPORT_TABLES) {
      const csv = collector();
      await exportArchive({
        db: handle.db,
        target: { format: 'csv', tables: [table], table: () => ({ stream: csv.stream, close: async () => {} }) },
      });
      expectNoNumber(csv.text(), `the CSV export of ${table}`);
    }
  });

  it('the admin sees each flagged meeting and where each number stood, without the number', async () => {
    const created = await createUser({
      db: handle.db,
      email: 'cpr-admin@protokol.dk',
      name: 'Admin',
      password: 'korrekt hest batteri hæftning',
      isAdmin: true,
      actor: COMMAND_LINE_ACTOR,
    });
    if (!created.ok) throw new Error(created.reason);
    const { jar } = await sessionFor(handle, created.userId);
    const response = await app.request('/admin/personnumre', { headers: { cookie: jar.header() } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expectNoNumber(html, '/admin/personnumre');
    const page = visibleText(html);
    expect(page).toContain('Personnumre fundet');
    expect(page).toContain('Sundhedsråd Lækby, 18. maj 2026');
    expect(page).toContain('Punkt 2, afsnittet »Sagsfremstilling« Høj');
    expect(page).toContain(`Klageren, CPR-nr. ${CPR_MASK}, har sendt klagen`);
    expect(page).toContain('Middel');
    expect(page).toContain('Punkt 2, beslutningen');
    expect(page).toMatch(new RegExp(`Punkt ${site.marked!.itemNumber}, bilaget »[^«]+«, side 1 Høj`));
    expect(page).toContain(`Modtagerens CPR-nr. ${CPR_MASK}`);
    expect(page).toContain(`Ansøgerens CPR-nr. ${CPR_MASK}`);
    expect(html).toContain(`href="/moede/${imported}"`);
    expect(html).toContain(`href="/moede/${harvested}"`);
    const [, complaint] = await itemsOf(imported);
    expect(html).toContain(`href="/punkt/${complaint.id}"`);
    const findings = await rows<{ n: number }>('select count(*)::int as n from personal_number_findings');
    expect(findings[0].n).toBe(6);
    // The public is not let in.
    expect((await app.request('/admin/personnumre')).status).not.toBe(200);
  });

  it('imports the same file again as unchanged, keeping one set of findings', async () => {
    const again = await importMeetings({ db: handle.db, paths: [FIXTURE], publisher: TEST_PUBLISHER });
    expect(again.results[0]).toMatchObject({ state: 'unchanged', meetingId: imported });
    const [row] = await rows<{ n: number }>(
      'select count(*)::int as n from personal_number_findings where meeting_id = $1',
      [imported],
    );
    expect(row.n).toBe(4);
  });
});

describe('`protokol import` masks personal numbers on the way in', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-cpr-cli-'));
    // The data folder already migrated: the commands do not begin with initdb and migrations.
    fs.renameSync(await migratedDataDir('protokol-cpr-cli-data-'), path.join(dir, 'data'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says how many it masked, and `protokol export` shows none of them', async () => {
    const env = { PROTOKOL_DATA: path.join(dir, 'data'), DATABASE_URL: '' };
    const imported = await runCli(['import', FIXTURE, '--publisher', TEST_PUBLISHER], env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('2 punkter, 4 personnumre skjult');
    expectNoNumber(imported.stdout + imported.stderr, 'protokol import');
    const exported = await runCli(['export', '--format', 'ndjson'], env);
    expect(exported.code, exported.stderr).toBe(0);
    expectNoNumber(exported.stdout, 'protokol export');
    expect(exported.stdout).toContain(CPR_MASK);
  }, 120_000);
});
