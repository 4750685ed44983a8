/**
 * Read queries for the open-data interfaces (JSON API, OParl, calendars, feeds, export): meetings
 * and their participants, filtered and paged by keyset; a meeting names its body's publisher and,
 * when harvested, where its publisher published it (`sourceUrl`). The document Protokol stored is
 * offered only when the public may have it (never for a meeting with a closed item). Items, cases and
 * attachments have files of their own (api-items.ts, api-cases.ts, api-attachments.ts) and are
 * exported from here too, for the interfaces that read them all.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { MeetingStatus } from '../../domain/meeting.js';
import type { DocumentType } from '../../domain/meeting-document.js';
import type { PublisherRef } from '../../domain/publisher.js';
import type { Db } from '../client.js';
import { bodies, meetingParticipants, meetings, persons } from '../schema/index.js';
import { meetingFieldColumns, meetingItemCount, type ParticipantTerms, participantTermColumns } from '../selections.js';
import { publisherRef } from './api-publishers.js';
import { meetingTimeColumns, meetingTimesOf, type TimeFilter, timeConditions } from './api-time.js';
import { type BodyFilterInput, bodyFilters } from './body-filters.js';
import { meetingHasClosedItems } from './item-content.js';
import { after, orderOf, type Page, pageOf, type SortKey } from './keyset.js';

export { type ApiAttachment, findApiAttachment, listApiAttachments } from './api-attachments.js';
export {
  type ApiCase,
  type CaseItemRef,
  findApiCase,
  findApiCaseById,
  findApiCaseOf,
  listApiCases,
  listApiCasesById,
  listApiCasesNumbered,
  listApiCasesOfIds,
  listCaseItemRefs,
} from './api-cases.js';
export {
  type ApiItem,
  findApiItem,
  listApiCaseItems,
  listApiItems,
  listApiItemsOfCase,
  listApiItemsOfMeetings,
} from './api-items.js';
export { type OpenDataSamples, openDataSamples } from './open-data-samples.js';

export interface ApiMeeting {
  id: number;
  body: { slug: string; name: string; kind: string; isFictitious: boolean };
  /** The body's publisher; null only for a body whose publisher is not known. */
  publisher: PublisherRef | null;
  /** Where the publisher published the meeting's document (harvested meetings); else null. */
  sourceUrl: string | null;
  heldOn: string;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  kind: 'ordinary' | 'extraordinary' | 'seminar' | 'conference' | 'visit';
  status: MeetingStatus;
  documentType: DocumentType | null;
  isFictitious: boolean;
  itemCount: number;
  hasClosedItems: boolean;
  /** The imported document, when the public may have it (never for a meeting with a closed item). */
  source: { fileName: string; format: string } | null;
  createdAt: Date;
  modifiedAt: Date;
}

export interface MeetingListInput extends BodyFilterInput {
  /** "YYYY-MM-DD", inclusive. */
  from?: string;
  to?: string;
  status?: MeetingStatus;
  /** Only meetings of bodies of this kind (the health councils' calendar). */
  bodyKind?: string;
  /** Only meetings whose source document the public may have (OParl files). */
  withSource?: boolean;
  /** Only meetings with a recorded place (OParl locations). */
  withLocation?: boolean;
  /** The sort key of the previous page's last meeting: [heldOn, id]. */
  after?: [string, number];
  /** Meetings by id instead (OParl: a stable order by a unique key that never changes); the previous page's last id. */
  byId?: boolean;
  afterId?: number;
  /** OParl's created/modified filters, on the meeting's own instants. */
  times?: TimeFilter;
  /** Only these meetings (the change feed's records). */
  ids?: number[];
  limit: number;
}

const meetingColumns = {
  id: meetings.id,
  body: {
    slug: bodies.slug,
    name: bodies.name,
    kind: bodies.kind,
    isFictitious: bodies.isFictitious,
  },
  publisher: publisherRef(sql`"bodies"."publisher_id"`),
  sourceUrl: meetings.sourceUrl,
  ...meetingFieldColumns,
  status: meetings.status,
  documentType: meetings.documentType,
  isFictitious: meetings.isFictitious,
  itemCount: meetingItemCount,
  hasClosedItems: meetingHasClosedItems,
  sourceFileName: sql<string | null>`(select sf.file_name from source_files sf
    where sf.id = "meetings"."source_file_id" and sf.content is not null and not ${meetingHasClosedItems})`,
  sourceFormat: sql<string | null>`(select sf.format from source_files sf where sf.id = "meetings"."source_file_id")`,
  ...meetingTimeColumns,
};

interface MeetingRow extends Omit<ApiMeeting, 'source' | 'createdAt' | 'modifiedAt'> {
  sourceFileName: string | null;
  sourceFormat: string | null;
  createdAt: number | null;
  modifiedAt: number | null;
}

function toApiMeeting(row: MeetingRow): ApiMeeting {
  const { sourceFileName, sourceFormat, createdAt, modifiedAt, ...rest } = row;
  return {
    ...rest,
    itemCount: Number(rest.itemCount),
    source: sourceFileName ? { fileName: sourceFileName, format: sourceFormat ?? 'unknown' } : null,
    ...meetingTimesOf({ createdAt, modifiedAt }),
  };
}

const MEETING_ORDER: SortKey[] = [
  [sql`${meetings.heldOn}`, 'desc'],
  [sql`${meetings.id}`, 'desc'],
];

/** Meetings, newest first. */
export async function listApiMeetings(db: Db, input: MeetingListInput): Promise<Page<ApiMeeting>> {
  const byId = input.byId === true;
  const rows = await db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(
      and(
        ...bodyFilters(input),
        input.from ? sql`${meetings.heldOn} >= ${input.from}::date` : undefined,
        input.to ? sql`${meetings.heldOn} <= ${input.to}::date` : undefined,
        input.status ? eq(meetings.status, input.status) : undefined,
        input.bodyKind ? sql`${bodies.kind} = ${input.bodyKind}` : undefined,
        input.withSource ? sql`${meetingColumns.sourceFileName} is not null` : undefined,
        input.withLocation ? sql`${meetings.location} is not null` : undefined,
        ...timeConditions(input.times, sql`${meetings.createdAt}`, sql`${meetings.updatedAt}`),
        input.ids ? inArray(meetings.id, input.ids.length > 0 ? input.ids : [0]) : undefined,
        !byId && input.after ? after(MEETING_ORDER, [sql`${input.after[0]}::date`, input.after[1]]) : undefined,
        byId && input.afterId !== undefined ? sql`${meetings.id} > ${input.afterId}` : undefined,
      ),
    )
    .orderBy(byId ? asc(meetings.id) : orderOf(MEETING_ORDER))
    .limit(input.limit + 1);
  return pageOf(rows.map(toApiMeeting), input.limit);
}

export async function findApiMeeting(db: Db, id: number): Promise<ApiMeeting | null> {
  const [row] = await db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(eq(meetings.id, id));
  return row ? toApiMeeting(row) : null;
}

/** A participant; a person merged into another by their own slug (the web layer redirects it). */
export interface ApiParticipant extends ParticipantTerms {
  personSlug: string | null;
}

export async function listApiParticipants(db: Db, meetingIds: number[]): Promise<Map<number, ApiParticipant[]>> {
  const result = new Map<number, ApiParticipant[]>();
  if (meetingIds.length === 0) return result;
  const rows = await db
    .select({ meetingId: meetingParticipants.meetingId, ...participantTermColumns, personSlug: persons.slug })
    .from(meetingParticipants)
    .leftJoin(persons, eq(persons.id, meetingParticipants.personId))
    .where(inArray(meetingParticipants.meetingId, meetingIds))
    .orderBy(asc(meetingParticipants.meetingId), asc(meetingParticipants.position));
  for (const { meetingId, ...participant } of rows) {
    const list = result.get(meetingId) ?? [];
    list.push(participant);
    result.set(meetingId, list);
  }
  return result;
}

/** When some meetings were first stored and last changed (the feeds' updated times). */
export async function findMeetingTimes(
  db: Db,
  meetingIds: number[],
): Promise<Map<number, { createdAt: Date; modifiedAt: Date }>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .select({ id: meetings.id, ...meetingTimeColumns })
    .from(meetings)
    .where(inArray(meetings.id, meetingIds));
  return new Map(rows.map((row) => [row.id, meetingTimesOf(row)]));
}

/** Every meeting that fits, in pages: for calendars, which list them all. */
export async function listAllApiMeetings(
  db: Db,
  input: Omit<MeetingListInput, 'after' | 'limit'>,
): Promise<ApiMeeting[]> {
  const all: ApiMeeting[] = [];
  let after: [string, number] | undefined;
  for (;;) {
    const page = await listApiMeetings(db, { ...input, after, limit: 500 });
    all.push(...page.rows);
    const last = page.rows.at(-1);
    if (!page.hasMore || !last) return all;
    after = [last.heldOn, last.id];
  }
}
