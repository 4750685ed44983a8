/**
 * markMeetingRead: the member has read the meeting as it is now. Stores the published version and
 * the checksums of each item and attachment (never their text), so that the next-meeting page can
 * tell what changed since. Refused with 'changed' when the meeting changed after the page the
 * member read was shown (`seenFingerprint`), so nothing is marked read that they never saw.
 *
 * Who may call it: those who read the body's closed items (its members, secretariat, admins).
 */
import type { Db } from '../../db/client.js';
import { findMeetingRef } from '../../db/queries/member-work.js';
import { saveMeetingRead } from '../../db/stores/member-reading.js';
import { type Actor, can } from '../../domain/roles.js';
import { currentReading } from './read-meeting-changes.js';

export type MarkMeetingReadResult = { ok: true } | { ok: false; reason: 'not_found' | 'forbidden' | 'changed' };

export async function markMeetingRead(input: {
  db: Db;
  userId: number;
  meetingId: number;
  /** The fingerprint of the page the member read; the mark is refused when the meeting differs now. */
  seenFingerprint: string;
  permissions: Actor;
  now?: Date;
}): Promise<MarkMeetingReadResult> {
  const meeting = await findMeetingRef(input.db, input.meetingId);
  if (!meeting) return { ok: false, reason: 'not_found' };
  if (!can(input.permissions, 'read_closed_item', { bodyId: meeting.bodyId }))
    return { ok: false, reason: 'forbidden' };
  const current = await currentReading(input.db, input.meetingId);
  if (!current) return { ok: false, reason: 'not_found' };
  if (current.fingerprint !== input.seenFingerprint) return { ok: false, reason: 'changed' };
  const key = { userId: input.userId, meetingId: input.meetingId };
  await input.db.transaction((tx) => saveMeetingRead(tx, key, current.state, input.now ?? new Date()));
  return { ok: true };
}
