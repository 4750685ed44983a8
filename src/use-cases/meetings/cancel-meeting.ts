/**
 * cancelMeeting: marks a meeting made in Protokol as cancelled ("Aflyst"). What was published stays
 * readable, now with the status; the working copy can no longer be changed or published. Writes
 * the audit log.
 *
 * Who may call it: the body's secretariat and admins. Returns whether it was cancelled, or why not.
 */
import type { Db } from '../../db/client.js';
import { updateMeetingRow } from '../../db/stores/meetings.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { type DraftChange, lockEditableMeeting, meetingAuditView } from './draft-access.js';

export interface CancelMeetingInput {
  db: Db;
  meetingId: number;
  actor: AuditActor;
}

export type CancelMeetingResult = DraftChange;

export async function cancelMeeting({ db, meetingId, actor }: CancelMeetingInput): Promise<CancelMeetingResult> {
  return db.transaction(async (tx) => {
    const locked = await lockEditableMeeting(tx, meetingId);
    if (!locked.ok) return locked;
    const before = locked.meeting;
    await updateMeetingRow(tx, meetingId, { status: 'cancelled', revision: before.revision + 1 });
    await recordAuditEntry(tx, {
      actor,
      action: 'meeting.cancel',
      entity: 'meeting',
      entityId: meetingId,
      before: meetingAuditView(before),
      after: meetingAuditView({ ...before, status: 'cancelled', revision: before.revision + 1 }),
    });
    return { ok: true } as const;
  });
}
