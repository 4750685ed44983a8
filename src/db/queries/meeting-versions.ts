/**
 * Read queries for the published versions of meetings made in Protokol. A version's snapshot is
 * the members' view (closed items with their content): callers that show the public must pass it
 * through publicProjection() (src/domain/public-projection.ts) first.
 */
import { and, asc, desc, eq, gte, inArray } from 'drizzle-orm';
import type { MeetingDocument } from '../../domain/meeting-document.js';
import type { Db } from '../client.js';
import { bodies, meetings, meetingVersions } from '../schema/index.js';

export interface VersionSummary {
  number: number;
  kind: 'agenda' | 'minutes';
  publishedAt: Date;
  publishedOn: string;
  publishedByLabel: string;
  reason: string | null;
}

const summaryColumns = {
  number: meetingVersions.number,
  kind: meetingVersions.kind,
  publishedAt: meetingVersions.publishedAt,
  publishedOn: meetingVersions.publishedOn,
  publishedByLabel: meetingVersions.publishedByLabel,
  reason: meetingVersions.reason,
};

/** The published versions of a meeting, oldest first (without their documents). */
export async function listVersionSummaries(db: Db, meetingId: number): Promise<VersionSummary[]> {
  return db
    .select(summaryColumns)
    .from(meetingVersions)
    .where(eq(meetingVersions.meetingId, meetingId))
    .orderBy(asc(meetingVersions.number));
}

export interface MeetingVersion extends VersionSummary {
  meetingId: number;
  bodyId: number;
  /** Members' view: strip before showing the public. */
  snapshot: MeetingDocument;
  /** The version before it (for the difference), or null for the first. */
  previous: (VersionSummary & { snapshot: MeetingDocument }) | null;
  /** How many versions the meeting has. */
  count: number;
}

/** One version of a meeting with the one before it, or null. */
export async function findMeetingVersion(db: Db, meetingId: number, number: number): Promise<MeetingVersion | null> {
  const rows = await db
    .select({ ...summaryColumns, snapshot: meetingVersions.snapshot, bodyId: meetings.bodyId })
    .from(meetingVersions)
    .innerJoin(meetings, eq(meetings.id, meetingVersions.meetingId))
    .where(and(eq(meetingVersions.meetingId, meetingId), inArray(meetingVersions.number, [number, number - 1])))
    .orderBy(desc(meetingVersions.number));
  const current = rows.find((row) => row.number === number);
  if (!current) return null;
  const before = rows.find((row) => row.number === number - 1);
  const all = await listVersionSummaries(db, meetingId);
  const { bodyId, snapshot, ...summary } = current;
  return {
    ...summary,
    meetingId,
    bodyId,
    snapshot: snapshot as unknown as MeetingDocument,
    previous: before
      ? {
          number: before.number,
          kind: before.kind,
          publishedAt: before.publishedAt,
          publishedOn: before.publishedOn,
          publishedByLabel: before.publishedByLabel,
          reason: before.reason,
          snapshot: before.snapshot as unknown as MeetingDocument,
        }
      : null,
    count: all.length,
  };
}

export interface RecentVersion extends VersionSummary {
  meetingId: number;
  heldOn: string;
  startTime: string | null;
  body: { name: string; slug: string };
}

/** The newest publications in the bodies, newest first, published on or after `sinceOn`. */
export async function listRecentVersions(
  db: Db,
  bodyIds: number[],
  sinceOn: string,
  limit: number,
): Promise<RecentVersion[]> {
  if (bodyIds.length === 0) return [];
  return db
    .select({
      ...summaryColumns,
      meetingId: meetingVersions.meetingId,
      heldOn: meetings.heldOn,
      startTime: meetings.startTime,
      body: { name: bodies.name, slug: bodies.slug },
    })
    .from(meetingVersions)
    .innerJoin(meetings, eq(meetings.id, meetingVersions.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(and(inArray(meetings.bodyId, bodyIds), gte(meetingVersions.publishedOn, sinceOn)))
    .orderBy(desc(meetingVersions.publishedAt))
    .limit(limit);
}
