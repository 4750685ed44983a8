/** Read queries for meetings: the meeting page, the item permalink, lists and the source document. */
import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { MeetingStatus } from '../../domain/meeting.js';
import type { Db } from '../client.js';
import {
  agendaItems,
  bodies,
  harvestListings,
  harvestMeetings,
  meetingParticipants,
  meetings,
  organisations,
  persons,
  sourceFiles,
} from '../schema/index.js';
import {
  linkOf,
  type MeetingRef,
  meetingRefColumns,
  type ParticipantTerms,
  participantTermColumns,
} from '../selections.js';
import { loadItems, meetingHasClosedItems } from './item-content.js';
import {
  listPublicItemsWithContent,
  type PublicItemContent,
  type PublicItemSummary,
  publicItemOf,
} from './public-items.js';

export interface MeetingSummary extends MeetingRef {
  location: string | null;
  status: MeetingStatus;
  body: { name: string; slug: string; isFictitious: boolean };
}

/** Who published a meeting, and where (harvested meetings: the document on the publisher's site). */
export interface MeetingProvenance {
  /** The body's publisher; null while it is not known. */
  publisher: { name: string; slug: string } | null;
  sourceUrl: string | null;
  /** A harvested meeting that no list of its sites names any longer: when it disappeared (kept here). */
  removedAtSource: Date | null;
}

/** A participant; a person merged into another links to the kept one. */
export interface MeetingParticipant extends ParticipantTerms {
  personSlug: string | null;
}

export interface PublicMeeting extends MeetingSummary, MeetingProvenance {
  participants: MeetingParticipant[];
  items: (PublicItemSummary & { content: PublicItemContent | null })[];
  source: { fileName: string; format: string; isAvailable: boolean } | null;
  hasClosedItems: boolean;
}

/** A meeting as the portal's lists show it (the member's page too). */
export const meetingSummaryColumns = {
  ...meetingRefColumns,
  location: meetings.location,
  status: meetings.status,
  body: { name: bodies.name, slug: bodies.slug, isFictitious: bodies.isFictitious },
};

const provenanceColumns = {
  publisherName: organisations.name,
  publisherSlug: organisations.slug,
  sourceUrl: meetings.sourceUrl,
  // Removed at the source when every site that listed the meeting has dropped it (one host name may still list it).
  removedAtSource: sql<Date | string | null>`(
    select case when bool_and(${harvestListings.removedAt} is not null) then max(${harvestListings.removedAt}) end
    from ${harvestMeetings} join ${harvestListings}
      on ${harvestListings.siteId} = ${harvestMeetings.siteId} and ${harvestListings.meetingGuid} = ${harvestMeetings.meetingGuid}
    where ${harvestMeetings.meetingId} = ${meetings.id})`,
};

function provenanceOf(row: {
  publisherName: string | null;
  publisherSlug: string | null;
  sourceUrl: string | null;
  removedAtSource: Date | string | null;
}): MeetingProvenance {
  return {
    publisher: linkOf(row.publisherName, row.publisherSlug),
    sourceUrl: row.sourceUrl,
    removedAtSource: row.removedAtSource === null ? null : new Date(row.removedAtSource),
  };
}

/** Only meetings of one publisher's bodies (the publisher's page). */
export interface MeetingListFilter {
  publisherId?: number;
}

const publisherCondition = (filter: MeetingListFilter) =>
  filter.publisherId === undefined ? undefined : eq(bodies.publisherId, filter.publisherId);

/**
 * One meeting with participants, every item (open items with their content) and its source: three
 * queries (the meeting, then its participants and its items at once), however many items it has.
 */
export async function findPublicMeeting(db: Db, id: number): Promise<PublicMeeting | null> {
  const [meeting] = await db
    .select({
      ...meetingSummaryColumns,
      ...provenanceColumns,
      sourceFileName: sourceFiles.fileName,
      sourceFormat: sourceFiles.format,
      sourceHasContent: sql<boolean>`${sourceFiles.content} is not null`,
    })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(organisations, eq(organisations.id, bodies.publisherId))
    .leftJoin(sourceFiles, eq(sourceFiles.id, meetings.sourceFileId))
    .where(eq(meetings.id, id));
  if (!meeting) return null;
  const [participants, items] = await Promise.all([listParticipants(db, id), listPublicItemsWithContent(db, id)]);
  const {
    sourceFileName,
    sourceFormat,
    sourceHasContent,
    publisherName,
    publisherSlug,
    sourceUrl,
    removedAtSource,
    ...summary
  } = meeting;
  const hasClosedItems = items.some((item) => item.isClosed);
  return {
    ...summary,
    ...provenanceOf({ publisherName, publisherSlug, sourceUrl, removedAtSource }),
    participants,
    items,
    source: sourceFileName
      ? { fileName: sourceFileName, format: sourceFormat ?? 'unknown', isAvailable: Boolean(sourceHasContent) }
      : null,
    hasClosedItems,
  };
}

/** The participants in the minutes' order; a person merged into another links to the kept one. */
async function listParticipants(db: Db, meetingId: number): Promise<MeetingParticipant[]> {
  const kept = alias(persons, 'kept');
  return db
    .select({ ...participantTermColumns, personSlug: sql<string | null>`coalesce(${kept.slug}, ${persons.slug})` })
    .from(meetingParticipants)
    .leftJoin(persons, eq(persons.id, meetingParticipants.personId))
    .leftJoin(kept, eq(kept.id, persons.mergedIntoId))
    .where(eq(meetingParticipants.meetingId, meetingId))
    .orderBy(asc(meetingParticipants.position));
}

export interface PublicItem extends PublicItemSummary {
  content: PublicItemContent | null;
  meeting: MeetingSummary & MeetingProvenance;
  /** The neighbours in the same meeting, for navigation. */
  previous: { id: number; number: number; title: string; isClosed: boolean } | null;
  next: { id: number; number: number; title: string; isClosed: boolean } | null;
}

/** One item (the permalink page): closed items come without content. Three queries. */
export async function findPublicItem(db: Db, id: number): Promise<PublicItem | null> {
  const [item] = await loadItems(db, { itemIds: [id] }, 'public');
  if (!item) return null;
  const [[meetingRow], neighbours] = await Promise.all([
    db
      .select({ ...meetingSummaryColumns, ...provenanceColumns })
      .from(meetings)
      .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
      .leftJoin(organisations, eq(organisations.id, bodies.publisherId))
      .where(eq(meetings.id, item.meetingId)),
    db
      .select({
        id: agendaItems.id,
        number: agendaItems.number,
        title: agendaItems.title,
        isClosed: agendaItems.isClosed,
        position: agendaItems.position,
      })
      .from(agendaItems)
      .where(
        and(
          eq(agendaItems.meetingId, item.meetingId),
          inArray(agendaItems.position, [item.position - 1, item.position + 1]),
        ),
      ),
  ]);
  const { publisherName, publisherSlug, sourceUrl, removedAtSource, ...summary } = meetingRow;
  const meeting = { ...summary, ...provenanceOf({ publisherName, publisherSlug, sourceUrl, removedAtSource }) };
  const neighbour = (position: number) => {
    const found = neighbours.find((n) => n.position === position);
    return found ? { id: found.id, number: found.number, title: found.title, isClosed: found.isClosed } : null;
  };
  return {
    ...publicItemOf(item),
    meeting,
    previous: neighbour(item.position - 1),
    next: neighbour(item.position + 1),
  };
}

/** Meeting summaries: the meetings with their bodies. */
export function selectMeetingSummaries(db: Db) {
  return db.select(meetingSummaryColumns).from(meetings).innerJoin(bodies, eq(bodies.id, meetings.bodyId));
}

/** The latest meetings with published minutes, newest first. */
export async function listLatestMinutes(
  db: Db,
  limit: number,
  filter: MeetingListFilter = {},
): Promise<MeetingSummary[]> {
  return selectMeetingSummaries(db)
    .where(and(eq(meetings.status, 'minutes_published'), publisherCondition(filter)))
    .orderBy(desc(meetings.heldOn), desc(meetings.id))
    .limit(limit);
}

/** Meetings on or after `today`, soonest first. */
export async function listUpcomingMeetings(
  db: Db,
  today: string,
  limit: number,
  filter: MeetingListFilter = {},
): Promise<MeetingSummary[]> {
  return selectMeetingSummaries(db)
    .where(and(gte(meetings.heldOn, today), publisherCondition(filter)))
    .orderBy(asc(meetings.heldOn), asc(meetings.startTime))
    .limit(limit);
}

export interface SourceDocument {
  fileName: string;
  format: string;
  /** Null when the file's bytes were not kept, or when the meeting has a closed item. */
  content: Uint8Array | null;
  hasClosedItems: boolean;
}

/**
 * The imported file of a meeting. Its bytes are selected only when the meeting has no closed
 * item: a published document that contains closed items is never handed to the public.
 */
export async function findSourceDocument(db: Db, meetingId: number): Promise<SourceDocument | null> {
  const [row] = await db
    .select({
      fileName: sourceFiles.fileName,
      format: sourceFiles.format,
      hasClosedItems: meetingHasClosedItems,
      content: sql<Uint8Array | null>`case when ${meetingHasClosedItems} then null else ${sourceFiles.content} end`,
    })
    .from(meetings)
    .innerJoin(sourceFiles, eq(sourceFiles.id, meetings.sourceFileId))
    .where(eq(meetings.id, meetingId));
  if (!row) return null;
  return { ...row, content: row.content ? new Uint8Array(row.content) : null };
}
