/**
 * createMeeting: a new meeting of a body, made in Protokol: date, times, place (a room, or
 * "Teams"/"Video") and kind. It starts as planned, with no items, and with the body's current
 * members as its expected participants. The public sees the meeting (date, place) at once, its
 * agenda only when it is published. Writes the audit log in the same transaction.
 *
 * Who may call it: the body's secretariat and admins. Returns the new meeting's id, or why not.
 */
import type { Db } from '../../db/client.js';
import { insertMeeting, type MeetingFields } from '../../db/stores/meetings.js';
import { findBody, listMembersOn } from '../../db/stores/people.js';
import { MEMBERSHIP_ROLE_TITLES } from '../../domain/membership.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { meetingAuditView } from './draft-access.js';

export interface CreateMeetingInput extends MeetingFields {
  db: Db;
  bodyId: number;
  actor: AuditActor;
}

export type CreateMeetingResult = { ok: true; meetingId: number } | { ok: false; reason: 'body_not_found' };

export async function createMeeting({
  db,
  bodyId,
  actor,
  ...fields
}: CreateMeetingInput): Promise<CreateMeetingResult> {
  return db.transaction(async (tx) => {
    if (!(await findBody(tx, bodyId))) return { ok: false, reason: 'body_not_found' } as const;
    const members = await listMembersOn(tx, { bodyId, on: fields.heldOn });
    const participants = members.map((member) => ({
      name: member.name,
      role: member.title ?? (member.role === 'member' ? null : MEMBERSHIP_ROLE_TITLES[member.role]),
      isAbsent: false,
    }));
    const meetingId = await insertMeeting(tx, { bodyId, ...fields, draftParticipants: participants });
    await recordAuditEntry(tx, {
      actor,
      action: 'meeting.create',
      entity: 'meeting',
      entityId: meetingId,
      before: null,
      after: meetingAuditView({ id: meetingId, bodyId, ...fields, status: 'planned', revision: 1 }),
    });
    return { ok: true, meetingId } as const;
  });
}
