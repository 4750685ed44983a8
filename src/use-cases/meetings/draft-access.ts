/**
 * What the secretariat's use cases share: finding and locking the meeting or draft item they
 * change (a meeting made in Protokol, not cancelled), and the whitelisted views of a draft item
 * and a meeting that go into the audit log.
 */
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/meeting-store.js';
import { draftItems, meetings } from '../../db/schema/index.js';

export type DraftProblem = 'not_found' | 'not_editable';

export interface LockedMeeting {
  id: number;
  bodyId: number;
  heldOn: string;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  kind: (typeof meetings.$inferSelect)['kind'];
  status: (typeof meetings.$inferSelect)['status'];
  revision: number;
  draftParticipants: { name: string; role: string | null; isAbsent: boolean }[];
}

/**
 * Locks the meeting's row for the rest of the transaction (so that changes to one meeting happen
 * one at a time) when it is made in Protokol and not cancelled; else says why not.
 */
export async function lockEditableMeeting(
  tx: Tx,
  meetingId: number,
): Promise<{ ok: true; meeting: LockedMeeting } | { ok: false; reason: DraftProblem }> {
  const [row] = await tx
    .select({
      id: meetings.id,
      bodyId: meetings.bodyId,
      heldOn: meetings.heldOn,
      startTime: meetings.startTime,
      endTime: meetings.endTime,
      location: meetings.location,
      kind: meetings.kind,
      status: meetings.status,
      revision: meetings.revision,
      identityKey: meetings.identityKey,
      draftParticipants: meetings.draftParticipants,
    })
    .from(meetings)
    .where(eq(meetings.id, meetingId))
    .for('update');
  if (!row) return { ok: false, reason: 'not_found' };
  if (row.identityKey !== null || row.status === 'cancelled') return { ok: false, reason: 'not_editable' };
  const { identityKey: _identityKey, ...meeting } = row;
  return { ok: true, meeting };
}

/** The meeting of a draft item, locked as lockEditableMeeting does, and the item itself. */
export async function lockEditableItem(tx: Tx, itemId: number) {
  const [item] = await tx.select().from(draftItems).where(eq(draftItems.id, itemId));
  if (!item) return { ok: false as const, reason: 'not_found' as const };
  const locked = await lockEditableMeeting(tx, item.meetingId);
  if (!locked.ok) return locked;
  // Read again under the meeting's lock: what was read before it may have changed meanwhile.
  const [current] = await tx.select().from(draftItems).where(eq(draftItems.id, itemId));
  if (!current) return { ok: false as const, reason: 'not_found' as const };
  return { ok: true as const, meeting: locked.meeting, item: current };
}

/** The draft items of a meeting in agenda order (id and position). */
export async function itemOrder(tx: Tx, meetingId: number) {
  return tx
    .select({ id: draftItems.id, position: draftItems.position })
    .from(draftItems)
    .where(eq(draftItems.meetingId, meetingId))
    .orderBy(asc(draftItems.position), asc(draftItems.id));
}

/** A draft item as the audit log records it. */
export function itemAuditView(item: typeof draftItems.$inferSelect, number?: number): Record<string, unknown> {
  return {
    meetingId: item.meetingId,
    ...(number !== undefined ? { number } : {}),
    title: item.title,
    timeSlot: item.timeSlot,
    caseNumber: item.caseNumber,
    isClosed: item.isClosed,
    sections: item.sections,
    revision: item.revision,
  };
}

/** A meeting as the audit log records it. */
export function meetingAuditView(meeting: Omit<LockedMeeting, 'draftParticipants'>): Record<string, unknown> {
  return {
    bodyId: meeting.bodyId,
    heldOn: meeting.heldOn,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    location: meeting.location,
    kind: meeting.kind,
    status: meeting.status,
    revision: meeting.revision,
  };
}

/** Equal as JSON whatever the order of keys (jsonb keeps keys in an order of its own). */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
