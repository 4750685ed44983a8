/**
 * takeDownMeeting: an admin takes down a harvested meeting that its publisher's sites no longer
 * list (removed at the source), with a reason: the meeting, its items and attachments leave the
 * archive (OParl and the change feed say it was removed), in one transaction with the change
 * log's entry (who, which meeting, why). A meeting still listed by a site is refused: it would
 * come back with the next harvest, and what the publisher shows stays in the archive.
 *
 * Who may call it: admins (/admin/kilder/:id).
 */
import type { Db } from '../../db/client.js';
import { listRemovedAtSource } from '../../db/stores/harvest-sites-store.js';
import { deleteHarvestedMeeting } from '../../db/stores/harvest-store.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export type TakeDownResult = { ok: true } | { ok: false; reason: 'not_removed' | 'reason_missing' };

export async function takeDownMeeting(input: {
  db: Db;
  siteId: number;
  meetingId: number;
  reason: string;
  actor: AuditActor;
}): Promise<TakeDownResult> {
  const reason = input.reason.trim().slice(0, 500);
  if (reason === '') return { ok: false, reason: 'reason_missing' };
  return input.db.transaction(async (tx) => {
    const removed = (await listRemovedAtSource(tx, input.siteId)).find((m) => m.meetingId === input.meetingId);
    if (!removed) return { ok: false, reason: 'not_removed' } as const;
    await deleteHarvestedMeeting(tx, removed.meetingId);
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: 'meeting.take_down',
      entity: 'meeting',
      entityId: removed.meetingId,
      before: {
        body: removed.bodyName,
        heldOn: removed.heldOn,
        removedAtSource: removed.removedAt.toISOString(),
        siteId: input.siteId,
      },
      after: { reason },
    });
    return { ok: true } as const;
  });
}

/** The site's meetings that no list names any longer, kept in the archive (the admins' site page). */
export function listRemovedMeetings({ db, siteId }: { db: Db; siteId: number }) {
  return listRemovedAtSource(db, siteId);
}
