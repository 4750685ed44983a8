/**
 * The archive stored before the personal-number detector, read again: a meeting written straight
 * by the store (as imports were before the detector: nothing masked) and an attachment's pages of
 * text get every personal number masked in place, the items' search text and vectors follow, the
 * source file's bytes and the attachment's file are withheld, the admins see where; look-alikes
 * stay; a second run finds nothing; the detector's version is recorded, and the CLI reports it.
 * The numbers are synthetic: "born" in 2046, which no person is.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../../src/db/client.js';
import { loadReferenceData } from '../../src/db/load-reference-data.js';
import { searchItems } from '../../src/db/search/search-items.js';
import { saveMeeting } from '../../src/db/stores/meeting-store.js';
import { listPersonalNumberFindings } from '../../src/db/stores/personal-number-findings.js';
import { CPR_MASK } from '../../src/domain/cpr.js';
import { makeDecision } from '../../src/domain/decision.js';
import { archiveRescanned, rescanPersonalNumbers } from '../../src/use-cases/imports/rescan-personal-numbers.js';
import { createPostgresDatabase, TEST_DATABASES } from '../helpers/databases.js';
import { item, minutes } from '../helpers/meeting-documents.js';
import { addAttachmentText } from '../helpers/portal.js';
import { publisherNamed, TEST_PUBLISHER } from '../helpers/publishers.js';
import { runCli } from '../helpers/run-cli.js';

const NUMBER = '240946-5003';
const OTHER = '150246-4321';
const PHONE = '33 12 34 56';

const STORED_BEFORE = minutes([
  item(1, 'Godkendelse af dagsorden', { decision: makeDecision('Godkendt.', '2026-03-23') }),
  item(2, 'Klage over visitation', {
    sections: [
      { heading: 'Sagsfremstilling', text: `Borgeren (CPR-nr. ${NUMBER}) klager over afgørelsen. Ring på ${PHONE}.` },
    ],
    decision: makeDecision(`Klagen fra personnummer ${OTHER} blev afvist.`, '2026-03-23'),
    attachments: [{ title: 'Klagen', documentId: 'doc-1', caseNumber: null }],
  }),
]);

/** The meeting as an import stored it before the detector: written by the store, nothing masked. */
async function storeBeforeTheDetector(handle: DbHandle): Promise<number> {
  await loadReferenceData(handle.db);
  const publisher = await publisherNamed(handle.db, TEST_PUBLISHER);
  const { meetingId } = await handle.db.transaction((tx) =>
    saveMeeting(tx, {
      document: STORED_BEFORE,
      publisher,
      contentHash: 'before-the-detector',
      source: {
        fileName: 'referat.txt',
        checksum: 'rescan-source',
        sizeBytes: 10,
        format: 'test',
        content: new TextEncoder().encode(`CPR-nr. ${NUMBER}`),
      },
    }),
  );
  return meetingId;
}

describe.each(TEST_DATABASES)('rescanning the stored archive for personal numbers on $name', (database) => {
  let handle: DbHandle;
  let meetingId: number;

  const storedTexts = async () =>
    (
      await handle.query<{ all: string }>(
        `select concat_ws(' | ',
           (select string_agg(s.text, ' ') from sections s join agenda_items i on i.id = s.item_id where i.meeting_id = $1),
           (select string_agg(d.text, ' ') from decisions d join agenda_items i on i.id = d.item_id where i.meeting_id = $1),
           (select string_agg(i.search_text, ' ') from agenda_items i where i.meeting_id = $1),
           (select string_agg(i.search::text, ' ') from agenda_items i where i.meeting_id = $1),
           (select string_agg(p.text, ' ') from attachment_text_pages p where p.sha256 = 'rescan-sha')) as all`,
        [meetingId],
      )
    )[0].all;

  beforeAll(async () => {
    handle = await database.open();
    meetingId = await storeBeforeTheDetector(handle);
    const [attachment] = await handle.query<{ id: number }>(
      `select a.id from attachments a join agenda_items i on i.id = a.item_id where i.meeting_id = $1`,
      [meetingId],
    );
    await addAttachmentText(handle, attachment.id, {
      sha256: 'rescan-sha',
      pages: ['Side et uden numre.', `Klager: Jens Hansen, cpr ${NUMBER}, Havnevej 3.`],
      sourceUrl: 'https://dagsordener.example.dk/bilag/1.pdf',
      stored: true,
    });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('finds the numbers where they were stored before, and the search finds them', async () => {
    expect(await storedTexts()).toContain(NUMBER);
    expect(await archiveRescanned(handle.db)).toBe(false);
  });

  it('masks every personal number in place and records where, for the admins', async () => {
    const summary = await rescanPersonalNumbers(handle.db);
    expect(summary).toEqual({ meetings: 1, attachments: 1, numbers: 3 });
    const texts = await storedTexts();
    expect(texts).not.toContain(NUMBER);
    expect(texts).not.toContain(OTHER);
    expect(texts).not.toContain('240946');
    expect(texts).toContain(CPR_MASK);
    expect(texts).toContain(PHONE); // a phone number is no personal number
    expect((await searchItems(handle.db, { query: '240946' })).total).toBe(0);
    expect(
      (await searchItems(handle.db, { query: 'visitation' })).hits[0].snippet.map((s) => s.text).join(''),
    ).not.toContain(NUMBER);

    const findings = (await listPersonalNumberFindings(handle.db)).filter((f) => f.meetingId === meetingId);
    expect(findings.map((f) => [f.place, f.itemNumber, f.page])).toEqual(
      expect.arrayContaining([
        ['section', 2, null],
        ['decision', 2, null],
        ['attachment_page', 2, 2],
      ]),
    );
    for (const finding of findings) expect(finding.context).not.toMatch(/\d{6}-\d{4}/);
  });

  it("withholds the meeting's source file and the attachment's file", async () => {
    const [row] = await handle.query<{ content: unknown; file_path: string | null }>(
      `select f.content, (select a.file_path from attachments a where a.sha256 = 'rescan-sha') as file_path
       from meetings m join source_files f on f.id = m.source_file_id where m.id = $1`,
      [meetingId],
    );
    expect(row).toEqual({ content: null, file_path: null });
  });

  it('is recorded, and a second run finds nothing new', async () => {
    expect(await archiveRescanned(handle.db)).toBe(true);
    const before = (await listPersonalNumberFindings(handle.db)).length;
    expect(await rescanPersonalNumbers(handle.db)).toEqual({ meetings: 0, attachments: 0, numbers: 0 });
    expect((await listPersonalNumberFindings(handle.db)).length).toBe(before);
  });
});

// The command line on one engine (PostgreSQL when the run has one): the rescan itself is tested on both above.
describe('protokol cpr rescan', () => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-cpr-cli-'));
    let open: () => Promise<DbHandle>;
    if (process.env.TEST_DATABASE_URL) {
      const database = await createPostgresDatabase({ migrated: true });
      env = { PROTOKOL_DATA: dataDir, DATABASE_URL: database.url };
      open = () => createDb({ databaseUrl: database.url });
      cleanup = () => database.drop();
    } else {
      env = { PROTOKOL_DATA: dataDir, DATABASE_URL: '' };
      open = () => createDb({ dataDir });
      cleanup = async () => {};
    }
    const handle = await open();
    try {
      await storeBeforeTheDetector(handle);
    } finally {
      await handle.close();
    }
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it('says whether the archive is read, reads it with the counts, and refuses an unknown use', async () => {
    expect((await runCli(['cpr', 'rescan', '--status'], env)).stdout.trim()).toBe('Arkivet er ikke læst helt endnu.');
    const run = await runCli(['cpr', 'rescan'], env);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('CPR-numre: 2 skjult i 1 møde og 0 bilag. Hele arkivet er læst.');
    expect((await runCli(['cpr', 'rescan', '--status'], env)).stdout.trim()).toBe('Hele arkivet er læst.');
    const wrong = await runCli(['cpr', 'scan'], env);
    expect(wrong.code).toBe(2); // a usage error
    expect(wrong.stderr).toContain('protokol cpr rescan');
  });
});
