/**
 * What the secretariat's use cases share: locking the meeting or draft item they change (a
 * meeting made in Protokol, not cancelled), and the whitelisted views of a draft item and a
 * meeting that go into the audit log. Not a use case itself.
 */
import type { Tx } from '../../db/client.js';
import { type DraftItem, findDraftItem, lockMeeting, type MeetingRow } from '../../db/stores/meetings.js';

export type DraftProblem = 'not_found' | 'not_editable';

/** What a change of a draft returns: ok with what the change made, or why the draft cannot be changed. */
export type DraftChange<Made extends object = object> = ({ ok: true } & Made) | { ok: false; reason: DraftProblem };

/**
 * What a change made against the revision its form was opened at returns: saved (the new revision;
 * `changed` is false when nothing differed), a conflict with what is saved now (nothing is
 * silently overwritten), or why the draft cannot be changed.
 */
export type RevisedChange<Current, Made extends object = object> =
  | DraftChange<{ revision: number; changed: boolean } & Made>
  | { ok: false; reason: 'conflict'; current: Current };

export type LockedMeeting = Omit<MeetingRow, 'identityKey'>;

/**
 * Locks the meeting's row for the rest of the transaction (so that changes to one meeting happen
 * one at a time) when it is made in Protokol and not cancelled; else says why not.
 */
export async function lockEditableMeeting(
  tx: Tx,
  meetingId: number,
): Promise<{ ok: true; meeting: LockedMeeting } | { ok: false; reason: DraftProblem }> {
  const row = await lockMeeting(tx, meetingId);
  if (!row) return { ok: false, reason: 'not_found' };
  if (row.identityKey !== null || row.status === 'cancelled') return { ok: false, reason: 'not_editable' };
  const { identityKey: _identityKey, ...meeting } = row;
  return { ok: true, meeting };
}

/** The meeting of a draft item, locked as lockEditableMeeting does, and the item itself. */
export async function lockEditableItem(
  tx: Tx,
  itemId: number,
): Promise<{ ok: true; meeting: LockedMeeting; item: DraftItem } | { ok: false; reason: DraftProblem }> {
  const item = await findDraftItem(tx, itemId);
  if (!item) return { ok: false, reason: 'not_found' };
  const locked = await lockEditableMeeting(tx, item.meetingId);
  if (!locked.ok) return locked;
  // Read again under the meeting's lock: what was read before it may have changed meanwhile.
  const current = await findDraftItem(tx, itemId);
  if (!current) return { ok: false, reason: 'not_found' };
  return { ok: true, meeting: locked.meeting, item: current };
}

/** A draft item as the audit log records it. */
export function itemAuditView(item: DraftItem, number?: number): Record<string, unknown> {
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
