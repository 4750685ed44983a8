/**
 * setMeetingParticipants: records who takes part in a meeting and who was absent ("Fraværende"),
 * published with the next version (absences with the minutes). Names the meeting's revision like
 * the meeting form does: a stale one gives back the saved list to merge with. Writes the audit log.
 *
 * Who may call it: the body's secretariat and admins. Returns the new revision, or why not.
 */
import type { Db } from '../../db/client.js';
import { updateMeetingRow } from '../../db/stores/meetings.js';
import type { DraftParticipant } from '../../domain/meeting-draft.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { type LockedMeeting, lockEditableMeeting, type RevisedChange, sameJson } from './draft-access.js';

export interface SetMeetingParticipantsInput {
  db: Db;
  meetingId: number;
  revision: number;
  participants: DraftParticipant[];
  actor: AuditActor;
}

export type SetMeetingParticipantsResult = RevisedChange<LockedMeeting>;

export async function setMeetingParticipants({
  db,
  meetingId,
  revision,
  participants,
  actor,
}: SetMeetingParticipantsInput): Promise<SetMeetingParticipantsResult> {
  return db.transaction(async (tx) => {
    const locked = await lockEditableMeeting(tx, meetingId);
    if (!locked.ok) return locked;
    const before = locked.meeting;
    if (before.revision !== revision) return { ok: false, reason: 'conflict', current: before } as const;
    if (sameJson(before.draftParticipants, participants)) {
      return { ok: true, revision, changed: false } as const;
    }
    const next = revision + 1;
    await updateMeetingRow(tx, meetingId, { draftParticipants: participants, revision: next });
    await recordAuditEntry(tx, {
      actor,
      action: 'meeting.participants',
      entity: 'meeting',
      entityId: meetingId,
      before: { participants: before.draftParticipants, revision },
      after: { participants, revision: next },
    });
    return { ok: true, revision: next, changed: true } as const;
  });
}
