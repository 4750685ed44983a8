/**
 * readMeetingChanges: what changed in a meeting since the member last marked it as read — new
 * items, items whose title or text changed, new attachments, items gone — with the version they
 * read (meetings made in Protokol) so that the page can show a short difference, and the
 * fingerprint of what is shown now (marking as read is refused when the meeting changed since).
 * `currentReading` is the members' view of the meeting now, with its checksums.
 *
 * Who may call it: those who read the body's closed items (its members, secretariat, admins); the
 * member's own record only. Returns null for a meeting that does not exist, 'forbidden' for others.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { loadMeetingDocument } from '../../db/queries/meeting-document.js';
import { findMeetingVersion, listVersionSummaries } from '../../db/queries/meeting-versions.js';
import { findMeetingRef } from '../../db/queries/member-work.js';
import { findMeetingRead } from '../../db/stores/member-reading.js';
import type { MeetingDocument } from '../../domain/meeting-document.js';
import {
  changesSince,
  type MeetingChanges,
  type ReadingState,
  readingFingerprint,
  readingStateOf,
} from '../../domain/meeting-reading.js';
import { type Actor, can } from '../../domain/roles.js';

/** SHA-256, the first 16 hex digits: enough to tell a change, and no text to read back. */
export const checksum = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

export interface CurrentReading {
  document: MeetingDocument;
  state: ReadingState;
  fingerprint: string;
}

/** The meeting as its members read it now (closed items with their content), with its checksums. */
export async function currentReading(db: Db, meetingId: number): Promise<CurrentReading | null> {
  const [document, versions] = await Promise.all([
    loadMeetingDocument(db, meetingId, { audience: 'member' }),
    listVersionSummaries(db, meetingId),
  ]);
  if (!document) return null;
  const state = readingStateOf(document, versions.at(-1)?.number ?? null, checksum);
  return { document, state, fingerprint: readingFingerprint(state, checksum) };
}

export interface MeetingChangesView extends CurrentReading {
  changes: MeetingChanges;
  /** When the member last marked the meeting as read; null: never. */
  readAt: Date | null;
  /** The published version the member read, when it is not the current one (for a difference), else null. */
  readVersion: { number: number; snapshot: MeetingDocument } | null;
}

export async function readMeetingChanges(input: {
  db: Db;
  userId: number;
  meetingId: number;
  permissions: Actor;
}): Promise<MeetingChangesView | 'forbidden' | null> {
  const { db, userId, meetingId } = input;
  const meeting = await findMeetingRef(db, meetingId);
  if (!meeting) return null;
  if (!can(input.permissions, 'read_closed_item', { bodyId: meeting.bodyId })) return 'forbidden';
  const [current, seen] = await Promise.all([currentReading(db, meetingId), findMeetingRead(db, userId, meetingId)]);
  if (!current) return null;
  const seenNumber = seen?.versionNumber ?? null;
  const readVersion =
    seenNumber !== null && seenNumber !== current.state.versionNumber
      ? await findMeetingVersion(db, meetingId, seenNumber)
      : null;
  return {
    ...current,
    changes: changesSince(seen, current.document, current.state, checksum),
    readAt: seen?.readAt ?? null,
    readVersion: readVersion ? { number: readVersion.number, snapshot: readVersion.snapshot } : null,
  };
}
