/**
 * readScannedPages: OCR of the pages waiting in the queue (pages of harvested PDFs without a text
 * layer), one page at a time until the queue is empty, `limit` pages are read or the signal
 * stops it. Each page is claimed (a lease, SKIP LOCKED: any number of workers on one database),
 * read from the stored file (`<dataDir>/attachments/<sha256>`) by Tesseract, its personal numbers
 * masked (a page that held one withholds the file and is recorded for the admins), scored, and stored
 * in one transaction with its queue row removed — so a stop or a crash loses at most the page in
 * hand, which is given back (stop) or taken again when its lease runs out (crash). A page OCR
 * could not read is tried again later, at most MAX_ATTEMPTS times; one whose file is not there
 * fails at once. Never called by a harvest: the harvest only queues.
 *
 * Who may call it: `protokol serve` (the OCR worker, run-ocr-worker.ts) and `protokol ocr`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../db/client.js';
import {
  claimOcrPage,
  expandOcrDocument,
  failOcrPage,
  type OcrPageJob,
  releaseOcrPage,
  saveOcrPage,
} from '../../db/stores/ocr-queue.js';
import { maskPersonalNumbers } from '../../domain/cpr.js';
import {
  checkOcrTools,
  type OcrOptions,
  OcrUnavailable,
  ocrPdfPage,
  pdfPageCount,
} from '../../importer/extract/ocr.js';
import { attachmentPath } from '../meetings/add-attachment.js';

/** Tries per page before it is left 'failed'. */
export const MAX_ATTEMPTS = 3;
/** How long a claimed page is a worker's before another may take it (a worker that died). */
const LEASE_MS = 10 * 60_000;
/** The wait before a failed page is tried again, times its attempts. */
const RETRY_MS = 5 * 60_000;

export interface ReadScannedPagesInput {
  db: Db;
  /** The data folder the attachment files are stored under. */
  dataDir: string;
  /** Read at most this many pages (default: until the queue is empty). */
  limit?: number;
  now?: () => Date;
  signal?: AbortSignal;
  ocr?: OcrOptions;
  /** After each page handled (tests stop a worker mid-way with it). */
  onPage?: (page: { sha256: string; page: number; outcome: PageOutcome }) => void;
}

export type PageOutcome = 'read' | 'counted' | 'retrying' | 'failed';

export interface ReadScannedPagesReport {
  /** Pages read and stored (garbage ones too). */
  read: number;
  /** Scans stored before OCR existed whose pages were counted and queued. */
  counted: number;
  retrying: number;
  failed: number;
  /** The last failures, "<sha256> s. <page>: <message>". */
  errors: string[];
}

export async function readScannedPages(input: ReadScannedPagesInput): Promise<ReadScannedPagesReport> {
  const { db, signal } = input;
  const now = input.now ?? (() => new Date());
  const report: ReadScannedPagesReport = { read: 0, counted: 0, retrying: 0, failed: 0, errors: [] };
  let toolsChecked = false;
  while (!signal?.aborted && (input.limit === undefined || report.read < input.limit)) {
    const claimedAt = now();
    const job = await db.transaction((tx) =>
      claimOcrPage(tx, { now: claimedAt, leaseUntil: new Date(claimedAt.getTime() + LEASE_MS) }),
    );
    if (!job) break;
    let outcome: PageOutcome;
    try {
      if (!toolsChecked) {
        await checkOcrTools(input.ocr);
        toolsChecked = true;
      }
      outcome = await readPage(input, job);
    } catch (error) {
      if (signal?.aborted || error instanceof OcrUnavailable) {
        // Stopping, or OCR cannot run here: the page goes back to the queue untried.
        await releaseOcrPage(db, job, now());
        if (error instanceof OcrUnavailable) throw error;
        break;
      }
      const message = (error as Error).message;
      const retry = !(error instanceof FileMissing) && job.attempts < MAX_ATTEMPTS;
      await failOcrPage(db, {
        sha256: job.sha256,
        page: job.page,
        error: message,
        retryAt: retry ? new Date(now().getTime() + RETRY_MS * job.attempts) : null,
      });
      report.errors = [...report.errors, `${job.sha256.slice(0, 12)} s. ${job.page}: ${message}`].slice(-20);
      outcome = retry ? 'retrying' : 'failed';
    }
    report[outcome]++;
    input.onPage?.({ sha256: job.sha256, page: job.page, outcome });
  }
  return report;
}

/**
 * The file is not in the data folder (withheld for a personal number in its text layer, or the
 * folder is another machine's): trying again will not help, the page fails at once.
 */
class FileMissing extends Error {}

async function readPage(input: ReadScannedPagesInput, job: OcrPageJob): Promise<'read' | 'counted'> {
  const file = path.join(input.dataDir, attachmentPath(job.sha256));
  try {
    await fs.access(file);
  } catch {
    throw new FileMissing(`filen ${attachmentPath(job.sha256)} findes ikke i datamappen ${input.dataDir}`);
  }
  const options = { ...input.ocr, signal: input.signal };
  if (job.page === 0) {
    await expandOcrDocument(input.db, job.sha256, await pdfPageCount(file, options));
    return 'counted';
  }
  // Personal numbers are masked before the text is stored (the file is then withheld, as in the harvest).
  const read = maskPersonalNumbers(await ocrPdfPage(file, job.page, options));
  await saveOcrPage(input.db, { sha256: job.sha256, page: job.page, text: read.text, personalNumbers: read.found });
  return 'read';
}
