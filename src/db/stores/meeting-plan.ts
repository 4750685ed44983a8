/**
 * The meeting plan's store: each body's calendar entries, and every change to an entry (its
 * creation included) with the entry before and after and the decision that made it. Entries are
 * cancelled, never deleted; changes are only ever added.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { meetingPlanChanges, meetingPlanEntries, type PlanEntrySnapshot } from '../schema/index.js';

export type { PlanEntrySnapshot };

export type StoredPlanEntry = typeof meetingPlanEntries.$inferSelect;

type EntryFields = Pick<
  StoredPlanEntry,
  'kind' | 'title' | 'plannedOn' | 'endsOn' | 'startTime' | 'endTime' | 'location'
>;

/** The entry, locked for the rest of the transaction; null when there is none. */
export async function lockPlanEntry(tx: Tx, entryId: number): Promise<StoredPlanEntry | null> {
  const [row] = await tx.select().from(meetingPlanEntries).where(eq(meetingPlanEntries.id, entryId)).for('update');
  return row ?? null;
}

/** A new entry; its id. */
export async function insertPlanEntry(
  tx: Tx,
  values: EntryFields & { bodyId: number; createdAt: Date; updatedAt: Date },
): Promise<number> {
  const [created] = await tx.insert(meetingPlanEntries).values(values).returning({ id: meetingPlanEntries.id });
  return created.id;
}

export async function updatePlanEntry(
  tx: Tx,
  entryId: number,
  changes: EntryFields & { isCancelled: boolean; updatedAt: Date },
): Promise<void> {
  await tx.update(meetingPlanEntries).set(changes).where(eq(meetingPlanEntries.id, entryId));
}

export async function insertPlanChange(
  tx: Tx,
  values: {
    entryId: number;
    changedAt: Date;
    changedByUserId: number | null;
    decisionItemId: number | null;
    note: string | null;
    before: PlanEntrySnapshot | null;
    after: PlanEntrySnapshot;
  },
): Promise<void> {
  await tx.insert(meetingPlanChanges).values(values);
}
