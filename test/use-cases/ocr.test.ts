/**
 * OCR of scanned attachments (PGlite and PostgreSQL), with Tesseract: a replayed First Agenda site
 * serves a scanned PDF made by the test (pages of Danish text rendered to images, wrapped in a PDF
 * without a text layer) beside PDFs with a text layer. The harvest only queues the scan's pages;
 * the worker reads them, also after being stopped mid-way and after a worker died holding a page;
 * search finds an OCR'd word naming the attachment and the page; the garbage page is marked and
 * not indexed; the text-layer PDFs are never OCR'd. Skipped (saying why) only where Tesseract
 * with the Danish model is not installed; CI installs it (.ci/run) and fails without it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { searchItems } from '../../src/db/search/search-items.js';
import { claimOcrPage } from '../../src/db/stores/ocr-queue.js';
import { createLogger } from '../../src/log.js';
import { harvestPublicationSite, siteForHarvest } from '../../src/use-cases/harvest/harvest-publication-site.js';
import { readScannedPages } from '../../src/use-cases/harvest/read-scanned-pages.js';
import { startOcrWorker } from '../../src/use-cases/harvest/run-ocr-worker.js';
import { createApp } from '../../src/web/app.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { type FakeAttachment, FakeSite } from '../helpers/firstagenda-site.js';
import { visibleText } from '../helpers/portal.js';
import { publisherNamed } from '../helpers/publishers.js';
import { FAST_CLIENT, type ReplayServer, startReplayServer } from '../helpers/replay-server.js';
import { ocrMissing, pdftotext, scannedPdf } from '../helpers/scanned-pdf.js';

const MISSING = ocrMissing();
/** The scan is made at 150 dpi: OCR renders it at that (300, the default, only takes longer here). */
const OCR = { dpi: 150 };

/** A synthetic personal number (born 15 June 2043: no person has it; see test/domain/cpr.test.ts). */
const SYNTHETIC_CPR = '150643-5001';

/** The scan: two pages of Danish text and a page of symbols (what OCR makes of a stamp or a smudge). */
const SCAN_PAGES = [
  [
    'Referat af udvalgsmødet om skolernes trafiksikkerhed',
    'Udvalget besluttede at bygge en ny cykelsti ved Østergade.',
  ],
  [
    'Sagen blev godkendt med følgende bemærkninger om økonomien.',
    'Kommunen afsætter midler til vejbelysning.',
    `Ansøgerens CPR-nr. ${SYNTHETIC_CPR} fremgår af ansøgningen.`,
  ],
  [
    '@#% &*^ ~|\\ {}<> ][ ^^ ~~ ## @@ %% && ** ||',
    '}{ <> ~~~ ^^^ ### @@@ $$$ ||| \\\\ ## ** &&',
    '=+= ~^~ |#| {<>} ]][[ @%@ &*& ~~| ^#^',
  ],
];

describe.runIf(MISSING && process.env.CI)('OCR of scanned attachments', () => {
  it('needs Tesseract with the Danish model (CI installs it)', () => {
    throw new Error(MISSING!);
  });
});

if (MISSING) console.warn(`OCR tests skipped: ${MISSING}`);

describe.skipIf(MISSING).each(TEST_DATABASES)('OCR of scanned attachments on $name', ({ open }) => {
  let handle: DbHandle;
  let server: ReplayServer;
  let dataDir: string;
  let scan: FakeAttachment;
  let scanSha: string;
  let textLayerShas: string[];
  const rows = <T>(sql: string, params: unknown[] = []) => handle.query<T>(sql, params);
  const queue = () =>
    rows<{ page: number; state: string; attempts: number }>(
      'select page, state, attempts from attachment_ocr_queue where sha256 = $1 order by page',
      [scanSha],
    );
  const ocrPages = () =>
    rows<{ page: number; text: string; quality: number | null; garbage: boolean; indexed: number }>(
      `select page, text, quality, garbage, length(search) as indexed from attachment_text_pages
       where sha256 = $1 and source = 'ocr' order by page`,
      [scanSha],
    );

  beforeAll(async () => {
    handle = await open({ seed: 'reference' });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-ocr-'));
    // No generated "scans" (grey boxes): the one scan is the test's own.
    const site = new FakeSite({
      seed: 11,
      committees: 1,
      meetingsPerCommittee: 2,
      from: '2026-01-01',
      to: '2026-06-30',
      scannedEvery: 1_000_000,
    });
    const open_ = site.attachments().filter((a) => !a.isClosed);
    expect(open_.length).toBeGreaterThan(1);
    scan = open_[0];
    scan.pdf = scannedPdf(SCAN_PAGES);
    // A scan has no text layer: poppler finds nothing in it.
    expect(pdftotext(scan.pdf)).toBe('');
    server = await startReplayServer(site);
    const registered = await siteForHarvest(handle.db, {
      url: server.url,
      publisher: await publisherNamed(handle.db, 'Greve Kommune'),
    });
    const harvested = await harvestPublicationSite({
      db: handle.db,
      site: registered,
      dataDir,
      attachments: true,
      client: FAST_CLIENT,
    });
    if (!harvested.ok) throw new Error('site busy');
    expect(harvested.report.attachments.withoutText).toBe(1);
    const [stored] = await rows<{ sha256: string }>(`select sha256 from harvest_files where url ilike '%' || $1`, [
      scan.guid,
    ]);
    scanSha = stored.sha256;
    textLayerShas = (
      await rows<{ sha256: string }>('select sha256 from attachment_texts where sha256 <> $1', [scanSha])
    ).map((row) => row.sha256);
    expect(textLayerShas.length).toBeGreaterThan(0);
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await handle?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('queues every page of the scan and no page of a PDF with a text layer; the harvest reads none', async () => {
    expect(await queue()).toEqual([1, 2, 3].map((page) => ({ page, state: 'pending', attempts: 0 })));
    const [queued] = await rows<{ n: number }>(
      'select count(*)::int as n from attachment_ocr_queue where sha256 <> $1',
      [scanSha],
    );
    expect(queued.n).toBe(0);
    const texts = await rows<{
      sha256: string;
      state: string;
      text_source: string;
      quality: number | null;
      page_count: number;
    }>('select sha256, state, text_source, quality, page_count from attachment_texts order by sha256');
    expect(texts.find((t) => t.sha256 === scanSha)).toMatchObject({
      state: 'no_text',
      text_source: 'none',
      quality: null,
      page_count: 3,
    });
    for (const text of texts.filter((t) => t.sha256 !== scanSha)) {
      expect(text).toMatchObject({ state: 'text', text_source: 'text_layer' });
      expect(text.quality).toBeGreaterThan(0.5);
    }
    expect(await ocrPages()).toEqual([]);
  });

  it('resumes a half-done queue: a worker stopped after one page, a worker that died holding one', async () => {
    const logger = createLogger('silent');
    // A worker stopped after its first page: the page is stored, the rest wait untried.
    let stopping: Promise<void> | undefined;
    const first = startOcrWorker({
      db: handle.db,
      dataDir,
      logger,
      intervalMs: 3_600_000,
      ocr: OCR,
      onPage: () => {
        stopping ??= first.stop();
      },
    });
    await first.runOnce();
    await stopping;
    expect((await ocrPages()).map((p) => p.page)).toEqual([1]);
    expect(await queue()).toEqual([2, 3].map((page) => ({ page, state: 'pending', attempts: 0 })));

    // Another worker claims page 2 and dies (its lease of 10 minutes stands).
    const now = new Date();
    const held = await handle.db.transaction((tx) =>
      claimOcrPage(tx, { now, leaseUntil: new Date(now.getTime() + 10 * 60_000) }),
    );
    expect(held).toMatchObject({ page: 2, attempts: 1 });

    // After a restart the worker reads what is free (page 3), not the page leased to the dead one …
    const restarted = startOcrWorker({ db: handle.db, dataDir, logger, intervalMs: 3_600_000, ocr: OCR });
    await restarted.runOnce();
    await restarted.stop();
    expect((await ocrPages()).map((p) => p.page)).toEqual([1, 3]);
    expect(await queue()).toEqual([{ page: 2, state: 'pending', attempts: 1 }]);

    // … and takes that page once its lease has run out.
    const later = () => new Date(now.getTime() + 11 * 60_000);
    const report = await readScannedPages({ db: handle.db, dataDir, now: later, ocr: OCR });
    expect(report).toMatchObject({ read: 1, retrying: 0, failed: 0 });
    expect(await queue()).toEqual([]);
    expect((await ocrPages()).map((p) => p.page)).toEqual([1, 2, 3]);
  }, 120_000);

  it('records the scan as read by OCR with its quality; the garbage page is marked and not indexed', async () => {
    const pages = await ocrPages();
    expect(pages[0].text).toContain('cykelsti');
    expect(pages[1].text).toContain('vejbelysning');
    for (const page of pages.slice(0, 2)) {
      expect(page).toMatchObject({ garbage: false });
      expect(page.quality).toBeGreaterThan(0.8);
      expect(page.indexed).toBeGreaterThan(5);
    }
    expect(pages[2].text).not.toBe('');
    expect(pages[2]).toMatchObject({ garbage: true, indexed: 0 });
    expect(pages[2].quality).toBeLessThan(0.5);
    const [text] = await rows<{ state: string; text_source: string; quality: number }>(
      'select state, text_source, quality from attachment_texts where sha256 = $1',
      [scanSha],
    );
    expect(text.text_source).toBe('ocr');
    expect(text.quality).toBeGreaterThan(0.5);
    expect(text.quality).toBeLessThan(1);
    // A word that is only on the garbage page finds nothing there.
    const garbageWord = pages[2].text.split(/\s+/).find((word) => /^\p{L}{2,}$/u.test(word));
    if (garbageWord) {
      const found = await searchItems(handle.db, { query: garbageWord, publisher: 'greve-kommune' });
      expect(found.attachmentHits.filter((hit) => hit.page === 3)).toEqual([]);
    }
  });

  it('masks a personal number OCR read, withholds the file and tells the admins where', async () => {
    const pages = await ocrPages();
    expect(pages[1].text).toContain('[CPR-nummer skjult]');
    for (const page of pages) expect(page.text).not.toContain('150643');
    const findings = await rows<{ place: string; page: number; context: string }>(
      'select place, page, context from personal_number_findings where attachment_sha256 = $1',
      [scanSha],
    );
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ place: 'attachment_page', page: 2 });
    expect(findings[0].context).not.toContain('150643');
    const files = await rows<{ file_path: string | null }>('select file_path from attachments where sha256 = $1', [
      scanSha,
    ]);
    expect(files.map((file) => file.file_path)).toEqual(files.map(() => null));
    const found = await searchItems(handle.db, { query: '150643-5001', publisher: 'greve-kommune' });
    expect(found.attachmentHits).toEqual([]);
  });

  it('finds an OCR’d word by search, naming the attachment and the page', async () => {
    const [attachment] = await rows<{ id: number; title: string }>(
      'select id, title from attachments where sha256 = $1',
      [scanSha],
    );
    const found = await searchItems(handle.db, { query: 'vejbelysning', publisher: 'greve-kommune' });
    expect(found.attachmentHits).toHaveLength(1);
    expect(found.attachmentHits[0]).toMatchObject({ attachmentId: attachment.id, title: attachment.title, page: 2 });
    expect(found.attachmentHits[0].snippet.some((part) => part.isHit && /vejbelysning/i.test(part.text))).toBe(true);
    expect(found.attachmentHits[0].readByOcr).toBe(true);
    const compound = await searchItems(handle.db, { query: 'cykelsti', publisher: 'greve-kommune' });
    expect(compound.attachmentHits.map((hit) => [hit.attachmentId, hit.page])).toContainEqual([attachment.id, 1]);
    // The portal's search page names the attachment and the page, and says OCR read it.
    const page = await createApp({ handle }).request('/sog?q=vejbelysning');
    expect(page.status).toBe(200);
    const text = visibleText(await page.text());
    expect(text).toContain('Fundet i bilag');
    expect(text).toContain(`${attachment.title} (side 2, læst med tekstgenkendelse (kan indeholde fejl))`);
  });

  it('never OCRs a PDF with a text layer: nothing is left to read', async () => {
    const report = await readScannedPages({ db: handle.db, dataDir, ocr: OCR });
    expect(report).toMatchObject({ read: 0, counted: 0, failed: 0 });
    const [ocr] = await rows<{ n: number }>(
      `select count(*)::int as n from attachment_text_pages where source = 'ocr' and sha256 = any($1::text[])`,
      [textLayerShas],
    );
    expect(ocr.n).toBe(0);
  });

  it('counts and reads a scan stored before OCR existed (queued whole by the attachment_ocr migration)', async () => {
    // As the attachment_ocr migration queues a scan of before: its pages not counted, one row for page 0.
    await handle.query("update attachment_texts set page_count = 0, text_source = 'none' where sha256 = $1", [scanSha]);
    await handle.query('delete from attachment_text_pages where sha256 = $1 and page > 1', [scanSha]);
    // Due a second ago: the default now() has microseconds, the worker's clock milliseconds, so a
    // row due "now" could be a fraction of a millisecond in the worker's future.
    await handle.query(
      "insert into attachment_ocr_queue (sha256, page, next_attempt_at) values ($1, 0, now() - interval '1 second')",
      [scanSha],
    );
    const report = await readScannedPages({ db: handle.db, dataDir, ocr: OCR });
    expect(report).toMatchObject({ counted: 1, read: 3, failed: 0 });
    expect(await queue()).toEqual([]);
    expect((await ocrPages()).map((p) => p.page)).toEqual([1, 2, 3]);
    const [text] = await rows<{ page_count: number; text_source: string }>(
      'select page_count, text_source from attachment_texts where sha256 = $1',
      [scanSha],
    );
    expect(text).toEqual({ page_count: 3, text_source: 'ocr' });
  }, 120_000);
});
