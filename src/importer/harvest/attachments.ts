/**
 * The attachments of one stored meeting's open items: each PDF fetched (size limit, content type
 * and the "%PDF-" magic checked), its text layer extracted per page by the importer's PDF
 * extraction, a PDF without a text layer marked as such with its pages to read by OCR (in the
 * background, never here: src/use-cases/harvest/read-scanned-pages.ts; not an error), and handed
 * to the sink. One the sink already holds from the same URL is not fetched again (with `full`
 * it is, and it is stored again only when its checksum changed).
 */
import { createHash } from 'node:crypto';
import { extractPdf, NoTextLayer } from '../extract/pdf.js';
import type { AttachmentRef } from './document-facts.js';
import { HarvestError } from './harvest-error.js';
import type { HarvestSink } from './sink.js';
import type { HarvestClient } from './site-client.js';

export interface AttachmentCounts {
  /** Open attachments looked at. */
  candidates: number;
  /** Held by the sink already and not fetched. */
  known: number;
  fetched: number;
  new: number;
  update: number;
  unchanged: number;
  failed: number;
  /** Stored without a text layer. */
  withoutText: number;
  /** Attachments of closed items, never fetched. */
  closedSkipped: number;
}

export function emptyAttachmentCounts(): AttachmentCounts {
  return {
    candidates: 0,
    known: 0,
    fetched: 0,
    new: 0,
    update: 0,
    unchanged: 0,
    failed: 0,
    withoutText: 0,
    closedSkipped: 0,
  };
}

export interface AttachmentJob {
  client: HarvestClient;
  sink: HarvestSink;
  siteUrl: string;
  meetingGuid: string;
  refs: readonly AttachmentRef[];
  /** Fetch even those the sink already holds. */
  full: boolean;
  maxBytes: number;
  counts: AttachmentCounts;
  onFailure: (url: string, message: string) => void;
  signal?: AbortSignal;
}

/** Content types a site may send a PDF with (a missing one is accepted too; the magic decides). */
export const PDF_CONTENT_TYPES = [
  'application/pdf',
  'application/octet-stream',
  'binary/octet-stream',
  'application/x-pdf',
];

/**
 * Harvests the attachments of one meeting, one after the other. Returns whether every one is now
 * settled: stored, or failed for good (too large, not a PDF, 404); false when one failed in a way
 * a later run may get past (network, 5xx after the retries), so the meeting is planned again.
 */
export async function harvestAttachments(job: AttachmentJob): Promise<boolean> {
  let complete = true;
  for (const ref of job.refs) {
    if (job.signal?.aborted) return false;
    job.counts.candidates++;
    try {
      const known = await job.sink.findAttachment({ siteUrl: job.siteUrl, meetingGuid: job.meetingGuid, url: ref.url });
      if (known && !job.full) {
        job.counts.known++;
        continue;
      }
      const settled = await harvestOne(job, ref, known?.checksum ?? null);
      complete &&= settled;
    } catch (error) {
      // The sink failed (the database): try this one again next run.
      job.counts.failed++;
      job.onFailure(ref.url, messageOf(error, ref.url));
      complete = false;
    }
  }
  return complete;
}

async function harvestOne(job: AttachmentJob, ref: AttachmentRef, knownChecksum: string | null): Promise<boolean> {
  const fail = (message: string, settled: boolean) => {
    job.counts.failed++;
    job.onFailure(ref.url, message);
    return settled;
  };
  let bytes: Uint8Array;
  try {
    bytes = (
      await job.client.getBytes(ref.url, { maxBytes: job.maxBytes, accept: PDF_CONTENT_TYPES, signal: job.signal })
    ).bytes;
  } catch (error) {
    if (job.signal?.aborted) return false;
    return fail(messageOf(error, ref.url), isPermanent(error));
  }
  job.counts.fetched++;
  if (!startsWithPdfMagic(bytes)) return fail(`${ref.url}: bilaget er ikke en PDF-fil`, true);
  const checksum = createHash('sha256').update(bytes).digest('hex');
  if (checksum === knownChecksum) {
    job.counts.unchanged++;
    return true;
  }
  let text: AttachmentText;
  try {
    text = await attachmentText(bytes);
  } catch (error) {
    return fail(`${ref.url}: ${(error as Error).message}`, true);
  }
  const outcome = await job.sink.storeAttachment({
    siteUrl: job.siteUrl,
    meetingGuid: job.meetingGuid,
    itemNumber: ref.itemNumber,
    title: ref.title,
    documentId: ref.documentId,
    url: ref.url,
    bytes,
    checksum,
    ...text,
  });
  job.counts[outcome]++;
  if (!text.hasText) job.counts.withoutText++;
  return true;
}

export interface AttachmentText {
  text: string;
  /** The text layer of each page (index 0 is page 1), every page of the PDF; [] without a text layer. */
  pages: string[];
  hasText: boolean;
  /** The 1-based pages without any text layer (every page of a scan): read by OCR later, in the background. */
  ocrPages: number[];
}

/** The PDF's text layer, per page; a PDF without one gives hasText: false (not an error) and every page to OCR. */
export async function attachmentText(bytes: Uint8Array): Promise<AttachmentText> {
  try {
    const extracted = await extractPdf(bytes);
    const pages: string[][] = Array.from({ length: extracted.pageCount }, () => []);
    extracted.text.split('\n').forEach((line, index) => {
      const page = (extracted.pages[index] ?? 1) - 1;
      while (pages.length <= page) pages.push([]);
      pages[page].push(line);
    });
    const pageTexts = pages.map((lines) => lines.join('\n').trim());
    return {
      text: pageTexts.filter((page) => page !== '').join('\n\n'),
      pages: pageTexts,
      hasText: true,
      ocrPages: extracted.blankPages,
    };
  } catch (error) {
    if (error instanceof NoTextLayer) {
      const ocrPages = Array.from({ length: error.pageCount }, (_, index) => index + 1);
      return { text: '', pages: [], hasText: false, ocrPages };
    }
    throw error;
  }
}

export function startsWithPdfMagic(bytes: Uint8Array): boolean {
  // "%PDF-" within the first 1 KB (some producers put a few bytes before it).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function messageOf(error: unknown, url: string): string {
  const message = (error as Error).message ?? String(error);
  return message.startsWith(url) ? message : `${url}: ${message}`;
}

/** A failure that another run will meet again: too large, not a PDF, a 4xx other than 408/429. */
function isPermanent(error: unknown): boolean {
  if (!(error instanceof HarvestError)) return false;
  if (error.reason === 'too_large' || error.reason === 'content_type' || error.reason === 'malformed') return true;
  return (
    error.reason === 'status' &&
    error.status !== undefined &&
    error.status < 500 &&
    error.status !== 408 &&
    error.status !== 429
  );
}
