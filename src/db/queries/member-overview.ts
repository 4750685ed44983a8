/** Read queries for a member's own page (/mig): the next meetings of their bodies and what was published lately. */
import { and, asc, desc, eq, gte, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Db } from '../client.js';
import { bodies, meetings } from '../schema/index.js';
import { type MeetingSummary, meetingSummaryColumns, selectMeetingSummaries } from './meetings.js';

/** A meeting as the member's page lists it: as the portal's lists do. */
export type MemberMeeting = MeetingSummary;

/** The bodies' meetings on or after `today` (not cancelled), soonest first. */
export async function listNextMeetings(
  db: Db,
  bodyIds: number[],
  today: string,
  limit: number,
): Promise<MemberMeeting[]> {
  if (bodyIds.length === 0) return [];
  return selectMeetingSummaries(db)
    .where(and(inArray(meetings.bodyId, bodyIds), gte(meetings.heldOn, today), ne(meetings.status, 'cancelled')))
    .orderBy(asc(meetings.heldOn), asc(meetings.startTime))
    .limit(limit);
}

/** Imported agendas and minutes of the bodies that came in on or after `since`, newest first. */
export async function listRecentlyImported(
  db: Db,
  bodyIds: number[],
  since: Date,
  limit: number,
): Promise<(MemberMeeting & { importedAt: Date })[]> {
  if (bodyIds.length === 0) return [];
  return db
    .select({ ...meetingSummaryColumns, importedAt: meetings.updatedAt })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(and(inArray(meetings.bodyId, bodyIds), isNotNull(meetings.identityKey), gte(meetings.updatedAt, since)))
    .orderBy(desc(meetings.updatedAt))
    .limit(limit);
}

/** Bodies by id, by name. */
export { listBodiesById as listBodiesByIds } from './body-refs.js';
