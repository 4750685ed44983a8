/**
 * updateMeeting: changes a meeting's date, times, place and kind. The form names the revision it
 * was opened at; when someone else saved in between, nothing is saved and the saved version comes
 * back, so that the user can merge (optimistic concurrency: nothing is silently overwritten).
 * Date and place are public at once (the meeting calendar). Writes the audit log.
 *
 * Who may call it: the body's secretariat and admins. Returns the new revision, or why not.
 */
import type { Db } from '../../db/client.js';
import { type MeetingFields, updateMeetingRow } from '../../db/stores/meetings.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { type LockedMeeting, lockEditableMeeting, meetingAuditView, type RevisedChange } from './draft-access.js';

export interface UpdateMeetingInput extends MeetingFields {
  db: Db;
  meetingId: number;
  /** The revision the form was opened at. */
  revision: number;
  actor: AuditActor;
}

export type UpdateMeetingResult = RevisedChange<LockedMeeting>;

export async function updateMeeting({
  db,
  meetingId,
  revision,
  actor,
  ...fields
}: UpdateMeetingInput): Promise<UpdateMeetingResult> {
  return db.transaction(async (tx) => {
    const locked = await lockEditableMeeting(tx, meetingId);
    if (!locked.ok) return locked;
    const before = locked.meeting;
    if (before.revision !== revision) return { ok: false, reason: 'conflict', current: before } as const;
    const changed = (Object.keys(fields) as (keyof MeetingFields)[]).some((key) => before[key] !== fields[key]);
    if (!changed) return { ok: true, revision, changed: false } as const;
    const next = revision + 1;
    await updateMeetingRow(tx, meetingId, { ...fields, revision: next });
    await recordAuditEntry(tx, {
      actor,
      action: 'meeting.update',
      entity: 'meeting',
      entityId: meetingId,
      before: meetingAuditView(before),
      after: meetingAuditView({ ...before, ...fields, revision: next }),
    });
    return { ok: true, revision: next, changed: true } as const;
  });
}
