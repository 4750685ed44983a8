/**
 * Read queries of members' reading on the go: a member's own highlights on a meeting, an item's
 * place (meeting, number, body) for a highlight posted with its id, and the stored files of the
 * attachments that the closed-item rule (item-content.ts readableBy) already let through. Never
 * used by a public page: every caller checks who asks.
 */
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { agendaItems, attachments, itemHighlights, meetings } from '../schema/index.js';

export interface MyHighlight {
  id: number;
  itemNumber: number;
  quote: string;
}

/** The member's own highlights on the meeting, oldest first. */
export async function listMyHighlights(db: DbOrTx, userId: number, meetingId: number): Promise<MyHighlight[]> {
  return db
    .select({ id: itemHighlights.id, itemNumber: itemHighlights.itemNumber, quote: itemHighlights.quote })
    .from(itemHighlights)
    .where(and(eq(itemHighlights.userId, userId), eq(itemHighlights.meetingId, meetingId)))
    .orderBy(asc(itemHighlights.itemNumber), asc(itemHighlights.id));
}

/** A published item's meeting, number and body, or null. */
export async function findItemPlace(
  db: DbOrTx,
  itemId: number,
): Promise<{ id: number; meetingId: number; number: number; bodyId: number } | null> {
  const [row] = await db
    .select({
      id: agendaItems.id,
      meetingId: agendaItems.meetingId,
      number: agendaItems.number,
      bodyId: meetings.bodyId,
    })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, itemId));
  return row ?? null;
}

/**
 * Where the stored files of these attachments are. The ids must come from loadItems() for the
 * reader's audience: this query selects whatever it is given.
 */
export async function listAttachmentFiles(
  db: DbOrTx,
  attachmentIds: readonly number[],
): Promise<Map<number, { filePath: string; mediaType: string | null }>> {
  if (attachmentIds.length === 0) return new Map();
  const rows = await db
    .select({ id: attachments.id, filePath: attachments.filePath, mediaType: attachments.mediaType })
    .from(attachments)
    .where(and(inArray(attachments.id, [...attachmentIds]), isNotNull(attachments.filePath)));
  return new Map(rows.map((row) => [row.id, { filePath: row.filePath as string, mediaType: row.mediaType }]));
}

/** A published meeting's item ids by number (for links to an item on the meeting page). */
export async function listItemIdsByNumber(db: DbOrTx, meetingId: number): Promise<Map<number, number>> {
  const rows = await db
    .select({ id: agendaItems.id, number: agendaItems.number })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId));
  return new Map(rows.map((row) => [row.number, row.id]));
}
