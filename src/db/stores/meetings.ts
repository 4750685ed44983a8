/**
 * The store of meetings made in Protokol: the meeting row, its working copy (draft items and their
 * attachments, which no public query reads) and its published versions. Publishing writes the
 * public record through meeting-store.ts (writeMeetingContent), as the importer does; what is
 * here only loads and saves.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { MeetingStatus } from '../../domain/meeting.js';
import type { DraftParticipant, VersionKind } from '../../domain/meeting-draft.js';
import type { DbOrTx, Tx } from '../client.js';
import {
  attachments,
  type DraftAbsentee,
  type DraftDecision,
  type DraftSection,
  draftAttachments,
  draftItems,
  meetings,
  meetingVersions,
} from '../schema/index.js';
import { type MeetingFields, meetingFieldColumns } from '../selections.js';

export type { DraftAbsentee, DraftDecision, DraftSection };

// The meeting

export type { MeetingFields };

export interface MeetingRow extends MeetingFields {
  id: number;
  bodyId: number;
  status: MeetingStatus;
  revision: number;
  /** Null for a meeting made in Protokol; an imported meeting's identity otherwise. */
  identityKey: string | null;
  draftParticipants: DraftParticipant[];
}

/** The meeting's row, locked for the rest of the transaction (changes to one meeting happen one at a time). */
export async function lockMeeting(tx: Tx, meetingId: number): Promise<MeetingRow | null> {
  const [row] = await tx
    .select({
      id: meetings.id,
      bodyId: meetings.bodyId,
      ...meetingFieldColumns,
      status: meetings.status,
      revision: meetings.revision,
      identityKey: meetings.identityKey,
      draftParticipants: meetings.draftParticipants,
    })
    .from(meetings)
    .where(eq(meetings.id, meetingId))
    .for('update');
  return row ?? null;
}

/** A new meeting made in Protokol, planned. */
export async function insertMeeting(
  tx: Tx,
  values: MeetingFields & { bodyId: number; draftParticipants: DraftParticipant[] },
): Promise<number> {
  const [created] = await tx
    .insert(meetings)
    .values({ ...values, status: 'planned' })
    .returning({ id: meetings.id });
  return created.id;
}

/** Changes the meeting's fields; `updatedAt` is always the wall clock (the page cache's data version follows it). */
export async function updateMeetingRow(
  tx: Tx,
  meetingId: number,
  changes: Partial<MeetingFields> & {
    status?: MeetingStatus;
    documentType?: 'referat' | 'dagsorden';
    revision?: number;
    draftParticipants?: DraftParticipant[];
  },
): Promise<void> {
  await tx
    .update(meetings)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(meetings.id, meetingId));
}

// The working copy: draft items

export type DraftItem = typeof draftItems.$inferSelect;

export async function findDraftItem(tx: DbOrTx, itemId: number): Promise<DraftItem | null> {
  const [item] = await tx.select().from(draftItems).where(eq(draftItems.id, itemId));
  return item ?? null;
}

/** A meeting's draft items in agenda order. */
export async function listDraftItems(tx: DbOrTx, meetingId: number): Promise<DraftItem[]> {
  return tx
    .select()
    .from(draftItems)
    .where(eq(draftItems.meetingId, meetingId))
    .orderBy(asc(draftItems.position), asc(draftItems.id));
}

/** A meeting's draft items in agenda order: id and position only. */
export async function listDraftItemOrder(tx: DbOrTx, meetingId: number): Promise<{ id: number; position: number }[]> {
  return tx
    .select({ id: draftItems.id, position: draftItems.position })
    .from(draftItems)
    .where(eq(draftItems.meetingId, meetingId))
    .orderBy(asc(draftItems.position), asc(draftItems.id));
}

export async function insertDraftItem(
  tx: Tx,
  values: { meetingId: number; position: number; title: string; isClosed: boolean; sections: DraftSection[] },
): Promise<DraftItem> {
  const [created] = await tx.insert(draftItems).values(values).returning();
  return created;
}

export async function updateDraftItem(
  tx: Tx,
  itemId: number,
  changes: Partial<Pick<DraftItem, 'title' | 'timeSlot' | 'caseNumber' | 'isClosed' | 'sections'>> & {
    decision?: DraftDecision | null;
    absentees?: DraftAbsentee[];
    revision?: number;
  },
): Promise<void> {
  await tx
    .update(draftItems)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(draftItems.id, itemId));
}

/** Gives the items positions 0, 1, 2 … in the order given (their numbers follow). */
export async function renumberDraftItems(tx: Tx, itemIds: readonly number[]): Promise<void> {
  for (const [position, id] of itemIds.entries()) {
    await tx.update(draftItems).set({ position }).where(eq(draftItems.id, id));
  }
}

/** Deletes a draft item with its attachments. */
export async function deleteDraftItem(tx: Tx, itemId: number): Promise<void> {
  await tx.delete(draftItems).where(eq(draftItems.id, itemId));
}

// The working copy: attachments

export type DraftAttachment = typeof draftAttachments.$inferSelect;

export async function findDraftAttachment(tx: DbOrTx, attachmentId: number): Promise<DraftAttachment | null> {
  const [attachment] = await tx.select().from(draftAttachments).where(eq(draftAttachments.id, attachmentId));
  return attachment ?? null;
}

export async function countDraftAttachments(tx: DbOrTx, itemId: number): Promise<number> {
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(draftAttachments)
    .where(eq(draftAttachments.itemId, itemId));
  return n;
}

/** The attachments of some draft items, by item and position. */
export async function listDraftAttachments(tx: DbOrTx, itemIds: readonly number[]): Promise<DraftAttachment[]> {
  if (itemIds.length === 0) return [];
  return tx
    .select()
    .from(draftAttachments)
    .where(inArray(draftAttachments.itemId, [...itemIds]))
    .orderBy(asc(draftAttachments.itemId), asc(draftAttachments.position), asc(draftAttachments.id));
}

export async function insertDraftAttachment(
  tx: Tx,
  values: Omit<DraftAttachment, 'id' | 'createdAt'>,
): Promise<number> {
  const [created] = await tx.insert(draftAttachments).values(values).returning({ id: draftAttachments.id });
  return created.id;
}

export async function deleteDraftAttachment(tx: Tx, attachmentId: number): Promise<void> {
  await tx.delete(draftAttachments).where(eq(draftAttachments.id, attachmentId));
}

// Published versions

export async function findLatestVersion(
  tx: DbOrTx,
  meetingId: number,
): Promise<{ number: number; snapshot: Record<string, unknown> } | null> {
  const [latest] = await tx
    .select({ number: meetingVersions.number, snapshot: meetingVersions.snapshot })
    .from(meetingVersions)
    .where(eq(meetingVersions.meetingId, meetingId))
    .orderBy(desc(meetingVersions.number))
    .limit(1);
  return latest ?? null;
}

export async function insertVersion(
  tx: Tx,
  values: {
    meetingId: number;
    number: number;
    kind: VersionKind;
    publishedAt: Date;
    publishedOn: string;
    publishedByUserId: number | null;
    publishedByLabel: string;
    reason: string | null;
    snapshot: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(meetingVersions).values(values);
}

/** Points a published attachment (the item's `position`-th) at its stored file. */
export async function setPublishedAttachmentFile(
  tx: Tx,
  { itemId, position }: { itemId: number; position: number },
  file: { filePath: string; mediaType: string; sizeBytes: number },
): Promise<void> {
  await tx
    .update(attachments)
    .set(file)
    .where(and(eq(attachments.itemId, itemId), eq(attachments.position, position)));
}
