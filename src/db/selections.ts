/**
 * Column selections, joins and SQL fragments that the read queries and the stores share, so that a
 * body named by a link, a membership's terms, a meeting's time and place, an item in its meeting
 * and the item that decided something are selected one way.
 */
import { eq, sql } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import type { MeetingKind } from '../domain/meeting.js';
import type { DocumentType } from '../domain/meeting-document.js';
import type { MembershipRole } from '../domain/membership.js';
import type { DbOrTx } from './client.js';
import { agendaItems, bodies, meetingParticipants, meetings, memberships, persons } from './schema/index.js';

/** A body as a choice or a link names it. */
export interface BodyRef {
  id: number;
  name: string;
  slug: string;
}

export const bodyRefColumns = { id: bodies.id, name: bodies.name, slug: bodies.slug };

/** What a left join gave of a linked region, publisher or body: its name and slug, or null without one. */
export function linkOf(name: string | null, slug: string | null): { name: string; slug: string } | null {
  return name && slug ? { name, slug } : null;
}

/** A person as a choice or a link names them. */
export const personRefColumns = { id: persons.id, name: persons.name, slug: persons.slug };

/** A membership's terms: the role, the party, organisation and title as printed, its first and last day. */
export interface MembershipTerms {
  role: MembershipRole;
  party: string | null;
  organisation: string | null;
  title: string | null;
  fromOn: string | null;
  toOn: string | null;
}

export const membershipTermColumns = {
  role: memberships.role,
  party: memberships.party,
  organisation: memberships.organisation,
  title: memberships.title,
  fromOn: memberships.fromOn,
  toOn: memberships.toOn,
};

/** Members in the order of their role: chair, vice-chair, members, observers, the rest. */
export const byMembershipRole = sql`case ${memberships.role} when 'chair' then 0 when 'vice_chair' then 1
  when 'member' then 2 when 'observer' then 3 else 4 end`;

/** When and where a meeting is, and what kind: the fields the secretariat's meeting form sets. */
export interface MeetingFields {
  heldOn: string;
  /** "HH:MM" or null. */
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  kind: MeetingKind;
}

export const meetingFieldColumns = {
  heldOn: meetings.heldOn,
  startTime: meetings.startTime,
  endTime: meetings.endTime,
  location: meetings.location,
  kind: meetings.kind,
};

/** A meeting as a link to it names it: its day, start and document, and whether it is fictitious. */
export interface MeetingRef {
  id: number;
  heldOn: string;
  startTime: string | null;
  documentType: DocumentType | null;
  isFictitious: boolean;
}

export const meetingRefColumns = {
  id: meetings.id,
  heldOn: meetings.heldOn,
  startTime: meetings.startTime,
  documentType: meetings.documentType,
  isFictitious: meetings.isFictitious,
};

/** The item that decided something (a frame, a project's step), as a link to it names it. */
export interface DecisionRef {
  itemId: number;
  number: number;
  /** Null for a closed item. */
  title: string | null;
  isClosed: boolean;
  meetingId: number;
  heldOn: string;
  /** The name of the meeting's body. */
  body: string;
}

/**
 * The columns `decisionRefOf` reads, for a query that left-joins `agendaItems` (the deciding item)
 * and `meetings` (its meeting).
 */
export const decisionRefColumns = {
  itemId: agendaItems.id,
  itemNumber: agendaItems.number,
  itemTitle: agendaItems.title,
  itemClosed: agendaItems.isClosed,
  meetingId: meetings.id,
  heldOn: meetings.heldOn,
  meetingBody: sql<string>`(select b.name from bodies b where b.id = ${meetings.bodyId})`,
};

/** The deciding item of a row selected with `decisionRefColumns`; null without one. A closed item's title stays out. */
export function decisionRefOf(row: {
  itemId: number | null;
  itemNumber: number | null;
  itemTitle: string | null;
  itemClosed: boolean | null;
  meetingId: number | null;
  heldOn: string | null;
  meetingBody: string;
}): DecisionRef | null {
  if (row.itemId === null || row.meetingId === null) return null;
  return {
    itemId: row.itemId,
    number: row.itemNumber as number,
    title: row.itemClosed ? null : (row.itemTitle as string),
    isClosed: Boolean(row.itemClosed),
    meetingId: row.meetingId,
    heldOn: row.heldOn as string,
    body: row.meetingBody,
  };
}

/** How many items the meeting (the row of `meetings`) has. */
export const meetingItemCount = sql<number>`(select count(*)::int from agenda_items ai where ai.meeting_id = "meetings"."id")`;

/** How many meetings the body (the row of `bodies`) has. */
export const bodyMeetingCount = sql<number>`(select count(*)::int from meetings m where m.body_id = "bodies"."id")`;

/** A participant as the minutes list them (the person's slug aside). */
export interface ParticipantTerms {
  name: string;
  party: string | null;
  organisation: string | null;
  role: string | null;
  isAbsent: boolean;
}

export const participantTermColumns = {
  name: meetingParticipants.name,
  party: meetingParticipants.party,
  organisation: meetingParticipants.organisation,
  role: meetingParticipants.role,
  isAbsent: meetingParticipants.isAbsent,
};

/**
 * Each person with a body they sat in (a membership) or met in (a participation), as rows
 * `(person_id, body_id)`, repeated as often as they occur (a participant not matched to a person
 * has a null person_id).
 */
export const personBodies = sql`(select mp.person_id, m.body_id
    from meeting_participants mp join meetings m on m.id = mp.meeting_id
  union all
  select ms.person_id, ms.body_id from memberships ms)`;

/**
 * Agenda items with their meeting and its body, selecting `columns`. (The intersection tells
 * TypeScript that a selection is given, so that the joins keep their types for a generic one.)
 */
export function selectItemsWithMeeting<T extends SelectedFields>(db: DbOrTx, columns: T) {
  return db
    .select(columns as T & SelectedFields)
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId));
}
