/** Read queries for a member's own page (/mig): the next meetings of their bodies and what was published lately. */
import { and, asc, desc, eq, gte, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Db } from '../client.js';
import { bodies, meetings } from '../schema/index.js';

export interface MemberMeeting {
  id: number;
  heldOn: string;
  startTime: string | null;
  location: string | null;
  status: (typeof meetings.$inferSelect)['status'];
  documentType: 'referat' | 'dagsorden' | null;
  body: { name: string; slug: string };
}

const columns = {
  id: meetings.id,
  heldOn: meetings.heldOn,
  startTime: meetings.startTime,
  location: meetings.location,
  status: meetings.status,
  documentType: meetings.documentType,
  body: { name: bodies.name, slug: bodies.slug },
};

/** The bodies' meetings on or after `today` (not cancelled), soonest first. */
export async function listNextMeetings(
  db: Db,
  bodyIds: number[],
  today: string,
  limit: number,
): Promise<MemberMeeting[]> {
  if (bodyIds.length === 0) return [];
  return db
    .select(columns)
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
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
    .select({ ...columns, importedAt: meetings.updatedAt })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(and(inArray(meetings.bodyId, bodyIds), isNotNull(meetings.identityKey), gte(meetings.updatedAt, since)))
    .orderBy(desc(meetings.updatedAt))
    .limit(limit);
}

/** Bodies by id, by name. */
export async function listBodiesByIds(
  db: Db,
  bodyIds: number[],
): Promise<{ id: number; name: string; slug: string }[]> {
  if (bodyIds.length === 0) return [];
  return db
    .select({ id: bodies.id, name: bodies.name, slug: bodies.slug })
    .from(bodies)
    .where(inArray(bodies.id, bodyIds))
    .orderBy(asc(bodies.name));
}
