/**
 * The harvester's state in the database: registered sites, runs, what was last fetched of each
 * meeting, the attachment files fetched by address, and attachment texts by checksum. The per-
 * meeting state is written in the same transaction as the meeting (see storeMeetingDocument's
 * `inTransaction`), so a killed run never leaves state without its meeting.
 */
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client.js';
import {
  agendaItems,
  attachments,
  attachmentTextPages,
  attachmentTexts,
  type HarvestRunCounts,
  harvestFiles,
  harvestListings,
  harvestMeetings,
  harvestRuns,
  meetings,
} from '../schema/index.js';
import { enqueueOcrPages, refreshAttachmentText, scoredPage } from './ocr-queue.js';

export async function startHarvestRun(db: DbOrTx, siteId: number, mode: string): Promise<number> {
  const [run] = await db.insert(harvestRuns).values({ siteId, mode }).returning({ id: harvestRuns.id });
  return run.id;
}

export async function finishHarvestRun(
  db: DbOrTx,
  runId: number,
  result: {
    state: 'ok' | 'partial' | 'failed';
    counts: Partial<HarvestRunCounts>;
    errors: { url: string; message: string }[];
    requests: number;
    bytes: number;
    /** The status of the answer that stopped a failed run. */
    httpStatus?: number | null;
  },
): Promise<void> {
  await db
    .update(harvestRuns)
    .set({ ...result, errors: result.errors.slice(0, 200), finishedAt: new Date() })
    .where(eq(harvestRuns.id, runId));
}

export interface StoredMeetingState {
  listedDato: string | null;
  lastFetchedAt: string | null;
  checksum: string | null;
  attachmentsComplete: boolean;
}

/** What was last fetched of each meeting of the site, by meeting GUID. */
export async function loadHarvestState(db: DbOrTx, siteId: number): Promise<Map<string, StoredMeetingState>> {
  const rows = await db
    .select({
      meetingGuid: harvestMeetings.meetingGuid,
      listedDato: harvestMeetings.listedDato,
      lastFetchedAt: harvestMeetings.lastFetchedAt,
      checksum: harvestMeetings.checksum,
      attachmentsComplete: harvestMeetings.attachmentsComplete,
    })
    .from(harvestMeetings)
    .where(eq(harvestMeetings.siteId, siteId));
  return new Map(
    rows.map(({ meetingGuid, lastFetchedAt, ...state }) => [
      meetingGuid,
      { ...state, lastFetchedAt: lastFetchedAt.toISOString() },
    ]),
  );
}

export interface HarvestStateInput {
  siteId: number;
  meetingGuid: string;
  committeeGuid: string | null;
  committeeName: string;
  listedDato: string;
  documentUrl: string;
  sourceUrl: string;
  checksum: string;
  lastFetchedAt: string;
  attachmentsComplete: boolean;
  attachmentsOffered?: number;
  /** Null keeps the meeting it points at (a fetch that changed nothing). */
  meetingId: number | null;
  /** The stored document is minutes: the first time marks when its minutes replaced its agenda. */
  isMinutes?: boolean;
}

/** Writes a meeting's harvest state (inside the meeting's own transaction when it was stored). */
export async function writeHarvestState(db: DbOrTx, input: HarvestStateInput): Promise<void> {
  const values = {
    siteId: input.siteId,
    meetingGuid: input.meetingGuid,
    committeeGuid: input.committeeGuid ?? '',
    committeeName: input.committeeName,
    listedDato: input.listedDato,
    documentUrl: input.documentUrl,
    sourceUrl: input.sourceUrl,
    checksum: input.checksum,
    lastFetchedAt: new Date(input.lastFetchedAt),
    attachmentsComplete: input.attachmentsComplete,
    ...(input.attachmentsOffered !== undefined ? { attachmentsOffered: input.attachmentsOffered } : {}),
    ...(input.meetingId !== null ? { meetingId: input.meetingId } : {}),
  };
  const { siteId: _s, meetingGuid: _m, ...changes } = values;
  await db
    .insert(harvestMeetings)
    .values({ ...values, minutesAt: input.isMinutes ? new Date() : null })
    .onConflictDoUpdate({
      target: [harvestMeetings.siteId, harvestMeetings.meetingGuid],
      set: {
        ...changes,
        ...(input.isMinutes ? { minutesAt: sql`coalesce(${harvestMeetings.minutesAt}, now())` } : {}),
      },
    });
}

/** A meeting as the committee list names it (the harvester's ListedMeeting). */
export interface ListedMeetingRow {
  guid: string;
  committee: { guid: string | null; name: string };
  /** YYYY-MM-DD. */
  date: string;
  /** The list's `Dato` as printed. */
  dato: string;
}

/**
 * Records the meetings a run's committee list names (within the site's committees): new ones
 * first seen now, known ones seen again (back on the list if they had gone), and every one the
 * list no longer names marked removed at the source, once. Batched: one statement per 500.
 */
export async function recordHarvestListing(
  db: DbOrTx,
  siteId: number,
  meetings: readonly ListedMeetingRow[],
  seenAt: Date,
): Promise<void> {
  const rows = meetings.map((meeting) => ({
    siteId,
    meetingGuid: meeting.guid,
    committeeGuid: meeting.committee.guid ?? '',
    committeeName: meeting.committee.name,
    meetingDate: meeting.date,
    listedDato: meeting.dato,
    firstSeenAt: seenAt,
    lastSeenAt: seenAt,
  }));
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 500) {
      await tx
        .insert(harvestListings)
        .values(rows.slice(i, i + 500))
        .onConflictDoUpdate({
          target: [harvestListings.siteId, harvestListings.meetingGuid],
          set: {
            committeeGuid: sql`excluded.committee_guid`,
            committeeName: sql`excluded.committee_name`,
            meetingDate: sql`excluded.meeting_date`,
            listedDato: sql`excluded.listed_dato`,
            lastSeenAt: sql`excluded.last_seen_at`,
            removedAt: null,
          },
        });
    }
    await tx
      .update(harvestListings)
      .set({ removedAt: seenAt })
      .where(
        and(
          eq(harvestListings.siteId, siteId),
          isNull(harvestListings.removedAt),
          lt(harvestListings.lastSeenAt, seenAt),
        ),
      );
  });
}

/** Moves a stored meeting's state on after a fetch that stored nothing (unchanged bytes, attachments done). */
export async function updateHarvestState(
  db: DbOrTx,
  siteId: number,
  state: {
    meetingGuid: string;
    listedDato: string;
    lastFetchedAt: string;
    checksum: string;
    attachmentsComplete?: boolean;
    attachmentsOffered?: number;
  },
): Promise<void> {
  await db
    .update(harvestMeetings)
    .set({
      listedDato: state.listedDato,
      lastFetchedAt: new Date(state.lastFetchedAt),
      checksum: state.checksum,
      attachmentsComplete: state.attachmentsComplete === true,
      ...(state.attachmentsOffered !== undefined ? { attachmentsOffered: state.attachmentsOffered } : {}),
    })
    .where(and(eq(harvestMeetings.siteId, siteId), eq(harvestMeetings.meetingGuid, state.meetingGuid)));
}

/**
 * Deletes a harvested meeting (an admin took it down): its items, attachments and identities go
 * with it, and its harvest state on every site. A list that does not name it never brings it back;
 * a site that publishes it again does (a new meeting to the harvester).
 */
export async function deleteHarvestedMeeting(tx: Tx, meetingId: number): Promise<boolean> {
  await tx.delete(harvestMeetings).where(eq(harvestMeetings.meetingId, meetingId));
  const deleted = await tx.delete(meetings).where(eq(meetings.id, meetingId)).returning({ id: meetings.id });
  return deleted.length > 0;
}

/** The stored meeting a site's meeting GUID became, or null. */
export async function harvestedMeetingId(db: DbOrTx, siteId: number, meetingGuid: string): Promise<number | null> {
  const [row] = await db
    .select({ meetingId: harvestMeetings.meetingId })
    .from(harvestMeetings)
    .where(and(eq(harvestMeetings.siteId, siteId), eq(harvestMeetings.meetingGuid, meetingGuid)));
  return row?.meetingId ?? null;
}

/** The checksum of the file an address gave last time, or null. */
export async function findHarvestFile(db: DbOrTx, siteId: number, url: string): Promise<string | null> {
  const [row] = await db
    .select({ sha256: harvestFiles.sha256 })
    .from(harvestFiles)
    .where(and(eq(harvestFiles.siteId, siteId), eq(harvestFiles.url, url)));
  return row?.sha256 ?? null;
}

export interface AttachmentFileInput {
  siteId: number;
  meetingId: number;
  itemNumber: number | null;
  title: string;
  documentId: string;
  url: string;
  sha256: string;
  filePath: string;
  sizeBytes: number;
  pages: string[];
  hasText: boolean;
  /** The 1-based pages without a text layer: queued for OCR. */
  ocrPages: readonly number[];
}

/**
 * Records a fetched attachment: its text by checksum (once, however many items use the file), the
 * address → file, and the meeting's attachment row it belongs to (matched by item number and the
 * attachment's id, else its title). Returns whether the file was new to the archive.
 */
export async function storeHarvestedAttachment(tx: Tx, input: AttachmentFileInput): Promise<'new' | 'update'> {
  const inserted = await tx
    .insert(attachmentTexts)
    .values({
      sha256: input.sha256,
      state: input.hasText ? 'text' : 'no_text',
      pageCount: Math.max(input.pages.length, ...input.ocrPages),
      sourceUrl: input.url,
    })
    .onConflictDoNothing()
    .returning({ sha256: attachmentTexts.sha256 });
  if (inserted.length > 0) {
    // Each page scored; a garbage page kept but not indexed as words. Pages without a text layer wait for OCR.
    const pages = input.pages.map((text, index) => scoredPage(input.sha256, index + 1, text, 'text_layer'));
    for (let i = 0; i < pages.length; i += 500) await tx.insert(attachmentTextPages).values(pages.slice(i, i + 500));
    await refreshAttachmentText(tx, input.sha256);
    await enqueueOcrPages(tx, input.sha256, input.ocrPages);
  }
  await tx
    .insert(harvestFiles)
    .values({ siteId: input.siteId, url: input.url, sha256: input.sha256 })
    .onConflictDoUpdate({
      target: [harvestFiles.siteId, harvestFiles.url],
      set: { sha256: input.sha256, fetchedAt: new Date() },
    });
  const file = {
    sha256: input.sha256,
    sourceUrl: input.url,
    filePath: input.filePath,
    mediaType: 'application/pdf',
    sizeBytes: input.sizeBytes,
  };
  await tx
    .update(attachments)
    .set(file)
    .where(
      and(
        eq(attachments.isClosed, false),
        sql`${attachments.itemId} in (select ${agendaItems.id} from ${agendaItems} where ${agendaItems.meetingId} = ${input.meetingId}
          and (${input.itemNumber}::int is null or ${agendaItems.number} = ${input.itemNumber}))`,
        sql`(${attachments.documentId} = ${input.documentId} or (${attachments.documentId} is null and ${attachments.title} = ${input.title}))`,
      ),
    );
  return inserted.length > 0 ? 'new' : 'update';
}
