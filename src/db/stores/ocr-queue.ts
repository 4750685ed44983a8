/**
 * The OCR queue and the attachment text it fills: pages of harvested PDFs without a text layer
 * wait in `attachment_ocr_queue`; a worker claims one page at a time (FOR UPDATE SKIP LOCKED, like
 * the notifications outbox: rows another worker holds are passed over) and its claim is a lease
 * (`next_attempt_at` moved on), so a worker that dies gives its page back when the lease runs out.
 * A page read is written with its quality score, its queue row deleted and its document's summary
 * (how its text was obtained, its quality) brought up to date, in one transaction. A row for page 0
 * stands for a whole document whose pages were not counted (scans stored before OCR existed).
 */
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { CprConfidence } from '../../domain/cpr.js';
import { textQuality } from '../../domain/text-quality.js';
import type { Db, DbOrTx, Tx } from '../client.js';
import {
  agendaItems,
  attachmentOcrQueue,
  attachments,
  attachmentTextPages,
  attachmentTexts,
  personalNumberFindings,
} from '../schema/index.js';

export interface OcrPageJob {
  sha256: string;
  /** 1-based; 0: the whole document, its pages not counted yet. */
  page: number;
  /** Tries so far, this one included. */
  attempts: number;
}

/** A page's text row, scored (src/domain/text-quality.ts). */
export function scoredPage(sha256: string, page: number, text: string, source: 'text_layer' | 'ocr') {
  const quality = textQuality(text);
  return { sha256, page, text, source, quality: quality.score, garbage: quality.garbage };
}

/** Queues pages of a stored attachment text for OCR (pages already queued stay as they are). */
export async function enqueueOcrPages(db: DbOrTx, sha256: string, pages: readonly number[]): Promise<void> {
  if (pages.length === 0) return;
  for (let i = 0; i < pages.length; i += 500) {
    await db
      .insert(attachmentOcrQueue)
      .values(pages.slice(i, i + 500).map((page) => ({ sha256, page })))
      .onConflictDoNothing();
  }
}

/**
 * Claims the next page due for OCR, oldest first: locked with SKIP LOCKED, its next try moved to
 * `leaseUntil` and its attempts counted, so that no other worker takes it meanwhile.
 */
export async function claimOcrPage(
  tx: Tx,
  { now, leaseUntil }: { now: Date; leaseUntil: Date },
): Promise<OcrPageJob | null> {
  const [due] = await tx
    .select({ sha256: attachmentOcrQueue.sha256, page: attachmentOcrQueue.page, attempts: attachmentOcrQueue.attempts })
    .from(attachmentOcrQueue)
    .where(and(eq(attachmentOcrQueue.state, 'pending'), lte(attachmentOcrQueue.nextAttemptAt, now)))
    .orderBy(
      asc(attachmentOcrQueue.nextAttemptAt),
      asc(attachmentOcrQueue.queuedAt),
      asc(attachmentOcrQueue.sha256),
      asc(attachmentOcrQueue.page),
    )
    .limit(1)
    .for('update', { skipLocked: true });
  if (!due) return null;
  await tx
    .update(attachmentOcrQueue)
    .set({ nextAttemptAt: leaseUntil, attempts: due.attempts + 1 })
    .where(queueRow(due.sha256, due.page));
  return { ...due, attempts: due.attempts + 1 };
}

/** A whole document's row (page 0) becomes a row per page, now that its pages are counted. */
export async function expandOcrDocument(db: Db, sha256: string, pageCount: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(attachmentOcrQueue).where(queueRow(sha256, 0));
    await tx.update(attachmentTexts).set({ pageCount }).where(eq(attachmentTexts.sha256, sha256));
    await enqueueOcrPages(
      tx,
      sha256,
      Array.from({ length: pageCount }, (_, index) => index + 1),
    );
  });
}

export interface OcrPageInput {
  sha256: string;
  page: number;
  /** The text read, personal numbers already masked. */
  text: string;
  /** The personal numbers masked in it (src/domain/cpr.ts): the file is withheld and the places recorded. */
  personalNumbers: ReadonlyArray<{ confidence: CprConfidence; context: string }>;
}

/**
 * Stores the text OCR read on a page (scored; a garbage page marked and left out of the index),
 * takes the page off the queue and brings its document's summary up to date: one transaction. A
 * page that held a personal number withholds the file as the harvest does for a text layer that
 * holds one (every attachment row of the file loses its path: no page, API or OParl link serves
 * the original) and records where for the admins, per meeting that uses the file.
 */
export async function saveOcrPage(db: Db, input: OcrPageInput): Promise<void> {
  const row = scoredPage(input.sha256, input.page, input.text, 'ocr');
  await db.transaction(async (tx) => {
    if (input.personalNumbers.length > 0) await withholdForPage(tx, input);
    await tx
      .insert(attachmentTextPages)
      .values(row)
      .onConflictDoUpdate({
        target: [attachmentTextPages.sha256, attachmentTextPages.page],
        set: { text: row.text, source: row.source, quality: row.quality, garbage: row.garbage },
      });
    await tx.delete(attachmentOcrQueue).where(queueRow(input.sha256, input.page));
    await refreshAttachmentText(tx, input.sha256);
  });
}

/**
 * Records a page OCR could not read: tried again at `retryAt`, or — null — left 'failed' with its
 * error (an admin may queue it again: `protokol ocr --retry-failed`).
 */
export async function failOcrPage(
  db: DbOrTx,
  input: { sha256: string; page: number; error: string; retryAt: Date | null },
): Promise<void> {
  await db
    .update(attachmentOcrQueue)
    .set({
      lastError: input.error.slice(0, 2000),
      ...(input.retryAt ? { nextAttemptAt: input.retryAt } : { state: 'failed' as const }),
    })
    .where(queueRow(input.sha256, input.page));
}

/** Gives a claimed page back untried (the worker is stopping): due again now, the attempt not counted. */
export async function releaseOcrPage(db: DbOrTx, job: OcrPageJob, now: Date): Promise<void> {
  await db
    .update(attachmentOcrQueue)
    .set({ nextAttemptAt: now, attempts: Math.max(job.attempts - 1, 0) })
    .where(queueRow(job.sha256, job.page));
}

/** Pages waiting, and pages that failed for good. */
export async function ocrQueueCounts(db: DbOrTx): Promise<{ pending: number; failed: number }> {
  const rows = await db
    .select({ state: attachmentOcrQueue.state, n: sql<number>`count(*)::int` })
    .from(attachmentOcrQueue)
    .groupBy(attachmentOcrQueue.state);
  const count = (state: string) => Number(rows.find((row) => row.state === state)?.n ?? 0);
  return { pending: count('pending'), failed: count('failed') };
}

/** Queues the failed pages again (their attempts start over); returns how many. */
export async function retryFailedOcrPages(db: DbOrTx, now: Date): Promise<number> {
  const rows = await db
    .update(attachmentOcrQueue)
    .set({ state: 'pending', attempts: 0, nextAttemptAt: now, lastError: null })
    .where(eq(attachmentOcrQueue.state, 'failed'))
    .returning({ sha256: attachmentOcrQueue.sha256 });
  return rows.length;
}

/**
 * A document's summary from its pages: how its text was obtained ('ocr' when a page read by OCR
 * has text, else 'text_layer' when a page has text, else 'none') and its quality (its pages'
 * scores weighted by their length; null when none is scored).
 */
export async function refreshAttachmentText(db: DbOrTx, sha256: string): Promise<void> {
  await db.execute(sql`
    update attachment_texts t set
      text_source = case
        when exists (select 1 from attachment_text_pages p where p.sha256 = t.sha256 and p.source = 'ocr' and p.text <> '') then 'ocr'
        when exists (select 1 from attachment_text_pages p where p.sha256 = t.sha256 and p.text <> '') then 'text_layer'
        else 'none' end,
      quality = (
        select round((sum(p.quality * length(p.text)) / nullif(sum(length(p.text)), 0))::numeric, 3)::real
        from attachment_text_pages p where p.sha256 = t.sha256 and p.quality is not null)
    where t.sha256 = ${sha256}`);
}

async function withholdForPage(tx: Tx, input: OcrPageInput): Promise<void> {
  const uses = await tx
    .select({ meetingId: agendaItems.meetingId, itemNumber: agendaItems.number, title: attachments.title })
    .from(attachments)
    .innerJoin(agendaItems, eq(agendaItems.id, attachments.itemId))
    .where(eq(attachments.sha256, input.sha256));
  await tx
    .delete(personalNumberFindings)
    .where(and(eq(personalNumberFindings.attachmentSha256, input.sha256), eq(personalNumberFindings.page, input.page)));
  const findings = uses.flatMap((use) =>
    input.personalNumbers.map((found) => ({
      meetingId: use.meetingId,
      itemNumber: use.itemNumber,
      place: 'attachment_page' as const,
      label: use.title,
      attachmentSha256: input.sha256,
      page: input.page,
      confidence: found.confidence,
      context: found.context,
    })),
  );
  if (findings.length > 0) await tx.insert(personalNumberFindings).values(findings);
  await tx.update(attachments).set({ filePath: null, mediaType: null }).where(eq(attachments.sha256, input.sha256));
}

function queueRow(sha256: string, page: number) {
  return and(eq(attachmentOcrQueue.sha256, sha256), eq(attachmentOcrQueue.page, page));
}
