/**
 * Read queries of the members' daily work: a member's rounds of draft minutes and requests, a
 * meeting's rounds and requests for its secretariat, the coming meetings a member may request an
 * item for, and a member's own notes. Never used by a public page: every caller checks who asks.
 */
import { and, asc, desc, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import {
  agendaItems,
  bodies,
  itemNotes,
  itemRequests,
  meetings,
  minutesRoundMembers,
  minutesRounds,
} from '../schema/index.js';

export interface MeetingRef {
  id: number;
  bodyId: number;
  bodyName: string;
  bodySlug: string;
  heldOn: string;
  startTime: string | null;
  status: string;
}

const meetingRef = {
  id: meetings.id,
  bodyId: meetings.bodyId,
  bodyName: bodies.name,
  bodySlug: bodies.slug,
  heldOn: meetings.heldOn,
  startTime: meetings.startTime,
  status: meetings.status,
};

export async function findMeetingRef(db: DbOrTx, meetingId: number): Promise<MeetingRef | null> {
  const [row] = await db
    .select(meetingRef)
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(eq(meetings.id, meetingId));
  return row ?? null;
}

export interface RoundOverview {
  id: number;
  number: number;
  meetingId: number;
  sentOn: string;
  dueOn: string | null;
  minutesApproval: 'next_meeting' | 'members_within_days';
  silenceIsApproval: boolean;
  publishedVersion: number | null;
  snapshot: Record<string, unknown>;
}

const roundColumns = {
  id: minutesRounds.id,
  number: minutesRounds.number,
  meetingId: minutesRounds.meetingId,
  sentOn: minutesRounds.sentOn,
  dueOn: minutesRounds.dueOn,
  minutesApproval: minutesRounds.minutesApproval,
  silenceIsApproval: minutesRounds.silenceIsApproval,
  publishedVersion: minutesRounds.publishedVersion,
  snapshot: minutesRounds.snapshot,
};

export async function findRound(db: DbOrTx, roundId: number): Promise<RoundOverview | null> {
  const [row] = await db.select(roundColumns).from(minutesRounds).where(eq(minutesRounds.id, roundId));
  return row ?? null;
}

/** The meeting's rounds, newest first. */
export async function listMeetingRounds(db: DbOrTx, meetingId: number): Promise<RoundOverview[]> {
  return db
    .select(roundColumns)
    .from(minutesRounds)
    .where(eq(minutesRounds.meetingId, meetingId))
    .orderBy(desc(minutesRounds.number));
}

export interface MyRound {
  id: number;
  number: number;
  meetingId: number;
  bodyName: string;
  heldOn: string;
  startTime: string | null;
  sentOn: string;
  dueOn: string | null;
  approvedAt: Date | null;
  answeredAt: Date | null;
  publishedVersion: number | null;
}

/** The rounds sent to the member, newest first (the last 50). */
export async function listMyRounds(db: DbOrTx, userId: number): Promise<MyRound[]> {
  return db
    .select({
      id: minutesRounds.id,
      number: minutesRounds.number,
      meetingId: minutesRounds.meetingId,
      bodyName: bodies.name,
      heldOn: meetings.heldOn,
      startTime: meetings.startTime,
      sentOn: minutesRounds.sentOn,
      dueOn: minutesRounds.dueOn,
      approvedAt: minutesRoundMembers.approvedAt,
      answeredAt: minutesRoundMembers.answeredAt,
      publishedVersion: minutesRounds.publishedVersion,
    })
    .from(minutesRoundMembers)
    .innerJoin(minutesRounds, eq(minutesRounds.id, minutesRoundMembers.roundId))
    .innerJoin(meetings, eq(meetings.id, minutesRounds.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(eq(minutesRoundMembers.userId, userId))
    .orderBy(desc(minutesRounds.sentAt), desc(minutesRounds.id))
    .limit(50);
}

export interface RequestView {
  id: number;
  bodyId: number;
  userId: number;
  requesterName: string;
  meetingId: number;
  askedMeetingId: number | null;
  isLate: boolean;
  title: string;
  reason: string;
  attachmentFileName: string | null;
  receivedAt: Date;
  deadlineOn: string;
  state: 'pending' | 'accepted' | 'declined';
  declineReason: string | null;
  draftItemId: number | null;
  heldOn: string;
  startTime: string | null;
  bodyName: string;
}

const requestColumns = {
  id: itemRequests.id,
  bodyId: itemRequests.bodyId,
  userId: itemRequests.userId,
  requesterName: itemRequests.requesterName,
  meetingId: itemRequests.meetingId,
  askedMeetingId: itemRequests.askedMeetingId,
  isLate: itemRequests.isLate,
  title: itemRequests.title,
  reason: itemRequests.reason,
  attachmentFileName: itemRequests.attachmentFileName,
  receivedAt: itemRequests.receivedAt,
  deadlineOn: itemRequests.deadlineOn,
  state: itemRequests.state,
  declineReason: itemRequests.declineReason,
  draftItemId: itemRequests.draftItemId,
  heldOn: meetings.heldOn,
  startTime: meetings.startTime,
  bodyName: bodies.name,
};

const requestsFrom = (db: DbOrTx) =>
  db
    .select(requestColumns)
    .from(itemRequests)
    .innerJoin(meetings, eq(meetings.id, itemRequests.meetingId))
    .innerJoin(bodies, eq(bodies.id, itemRequests.bodyId));

export async function findRequest(db: DbOrTx, requestId: number): Promise<RequestView | null> {
  const [row] = await requestsFrom(db).where(eq(itemRequests.id, requestId));
  return row ?? null;
}

export async function listMyRequests(db: DbOrTx, userId: number): Promise<RequestView[]> {
  return requestsFrom(db).where(eq(itemRequests.userId, userId)).orderBy(desc(itemRequests.receivedAt)).limit(100);
}

export async function listMeetingRequests(db: DbOrTx, meetingId: number): Promise<RequestView[]> {
  return requestsFrom(db).where(eq(itemRequests.meetingId, meetingId)).orderBy(asc(itemRequests.receivedAt));
}

/** The coming meetings made in Protokol of the bodies, that can take an item, by date. */
export async function listComingMeetingsOf(
  db: DbOrTx,
  bodyIds: readonly number[],
  fromDate: string,
): Promise<MeetingRef[]> {
  if (bodyIds.length === 0) return [];
  return db
    .select(meetingRef)
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(
      and(
        inArray(meetings.bodyId, [...bodyIds]),
        gte(meetings.heldOn, fromDate),
        inArray(meetings.status, ['planned', 'agenda_published']),
        isNull(meetings.identityKey),
      ),
    )
    .orderBy(asc(meetings.heldOn), asc(meetings.id))
    .limit(100);
}

/** The member's own notes on a meeting's items, by item number. */
export async function listMyNotes(db: DbOrTx, userId: number, meetingId: number): Promise<Map<number, string>> {
  const rows = await db
    .select({ itemNumber: itemNotes.itemNumber, text: itemNotes.text })
    .from(itemNotes)
    .where(and(eq(itemNotes.userId, userId), eq(itemNotes.meetingId, meetingId)));
  return new Map(rows.map((row) => [row.itemNumber, row.text]));
}

/** A published meeting's items by number and title (for a member's notes page; closed items' titles too). */
export async function listMeetingItemTitles(
  db: DbOrTx,
  meetingId: number,
): Promise<{ number: number; title: string }[]> {
  return db
    .select({ number: agendaItems.number, title: agendaItems.title })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
}
