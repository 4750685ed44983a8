/**
 * The store of members' reading on the go: a member's last read of a meeting (the version and
 * checksums seen) and their highlighted passages. Loads and saves; the rules are the use cases'
 * (src/use-cases/member-work/). Private: only the member's own pages read these rows.
 */
import { and, eq } from 'drizzle-orm';
import type { ReadingState } from '../../domain/meeting-reading.js';
import type { DbOrTx, Tx } from '../client.js';
import { itemHighlights, meetingReads } from '../schema/index.js';

/** What the member saw when they last marked the meeting as read, or null. */
export async function findMeetingRead(
  db: DbOrTx,
  userId: number,
  meetingId: number,
): Promise<(ReadingState & { readAt: Date }) | null> {
  const [row] = await db
    .select()
    .from(meetingReads)
    .where(and(eq(meetingReads.userId, userId), eq(meetingReads.meetingId, meetingId)));
  if (!row) return null;
  return {
    readAt: row.readAt,
    versionNumber: row.versionNumber,
    items: row.itemChecksums,
    attachments: row.attachmentChecksums,
  };
}

export async function saveMeetingRead(
  tx: Tx,
  key: { userId: number; meetingId: number },
  state: ReadingState,
  now: Date,
): Promise<void> {
  const values = {
    readAt: now,
    versionNumber: state.versionNumber,
    itemChecksums: state.items,
    attachmentChecksums: state.attachments,
  };
  await tx
    .insert(meetingReads)
    .values({ ...key, ...values })
    .onConflictDoUpdate({ target: [meetingReads.userId, meetingReads.meetingId], set: values });
}

interface HighlightKey {
  userId: number;
  meetingId: number;
  itemNumber: number;
}

/** The member's quotes on the item (to refuse a duplicate and count them). */
export async function listItemQuotes(db: DbOrTx, key: HighlightKey): Promise<string[]> {
  const rows = await db
    .select({ quote: itemHighlights.quote })
    .from(itemHighlights)
    .where(
      and(
        eq(itemHighlights.userId, key.userId),
        eq(itemHighlights.meetingId, key.meetingId),
        eq(itemHighlights.itemNumber, key.itemNumber),
      ),
    );
  return rows.map((row) => row.quote);
}

export async function insertHighlight(tx: Tx, key: HighlightKey, quote: string, now: Date): Promise<number> {
  const [row] = await tx
    .insert(itemHighlights)
    .values({ ...key, quote, createdAt: now })
    .returning({ id: itemHighlights.id });
  return row.id;
}

/** Removes the member's highlight; the meeting it was on, or null when it is not theirs (or gone). */
export async function deleteHighlight(tx: Tx, userId: number, highlightId: number): Promise<number | null> {
  const [row] = await tx
    .delete(itemHighlights)
    .where(and(eq(itemHighlights.id, highlightId), eq(itemHighlights.userId, userId)))
    .returning({ meetingId: itemHighlights.meetingId });
  return row?.meetingId ?? null;
}
