/**
 * createMeeting: a new meeting of a body, made in Protokol: date, times, place (a room, or
 * "Teams"/"Video") and kind. It starts as planned, with no items, and with the body's current
 * members as its expected participants. The public sees the meeting (date, place) at once, its
 * agenda only when it is published. Writes the audit log in the same transaction.
 *
 * Who may call it: the body's secretariat and admins. Returns the new meeting's id, or why not.
 */
import { and, asc, eq, gte, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { bodies, meetings, memberships, persons } from '../../db/schema/index.js';
import type { MeetingKind } from '../../domain/meeting.js';
import { MEMBERSHIP_ROLE_TITLES } from '../../domain/membership.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { meetingAuditView } from './draft-access.js';

export interface MeetingFields {
  heldOn: string;
  /** "HH:MM" or null. */
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  kind: MeetingKind;
}

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
    const [body] = await tx.select({ id: bodies.id }).from(bodies).where(eq(bodies.id, bodyId));
    if (!body) return { ok: false, reason: 'body_not_found' } as const;
    const members = await tx
      .select({ name: persons.name, role: memberships.role, title: memberships.title })
      .from(memberships)
      .innerJoin(persons, eq(persons.id, memberships.personId))
      .where(
        and(
          eq(memberships.bodyId, bodyId),
          or(isNull(memberships.toOn), gte(memberships.toOn, fields.heldOn)),
          sql`${memberships.role} <> 'secretariat'`,
        ),
      )
      .orderBy(
        sql`case ${memberships.role} when 'chair' then 0 when 'vice_chair' then 1 when 'member' then 2 else 3 end`,
        asc(persons.name),
      );
    const participants = members.map((member) => ({
      name: member.name,
      role: member.title ?? (member.role === 'member' ? null : MEMBERSHIP_ROLE_TITLES[member.role]),
      isAbsent: false,
    }));
    const [created] = await tx
      .insert(meetings)
      .values({ bodyId, ...fields, status: 'planned', draftParticipants: participants })
      .returning({ id: meetings.id });
    await recordAuditEntry(tx, {
      actor,
      action: 'meeting.create',
      entity: 'meeting',
      entityId: created.id,
      before: null,
      after: meetingAuditView({ id: created.id, bodyId, ...fields, status: 'planned', revision: 1 }),
    });
    return { ok: true, meetingId: created.id } as const;
  });
}
