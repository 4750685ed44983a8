/**
 * Agenda items for the open-data interfaces, filtered and paged by keyset. The closed rule is the
 * portal's (item-content.ts): a closed item is its number and title, its details null
 * (publicItemColumns; here also its case's publisher and its meeting's source URL) and its
 * content never selected (loadOpenItemContent); filters on content (case, outcome) never match a
 * closed item. An item names its body's publisher, as its meeting does.
 */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DecisionOutcome } from '../../domain/decision.js';
import type { MeetingStatus } from '../../domain/meeting.js';
import type { PublisherRef } from '../../domain/publisher.js';
import type { Db } from '../client.js';
import { agendaItems, bodies, cases, meetings } from '../schema/index.js';
import { type MeetingRef, meetingRefColumns, selectItemsWithMeeting } from '../selections.js';
import { publisherRef, publisherSlugOf } from './api-publishers.js';
import { meetingTimeColumns, meetingTimesOf, type TimeFilter, timeConditions } from './api-time.js';
import { type BodyFilterInput, bodyFilters } from './body-filters.js';
import { readableBy } from './item-content.js';
import { after, orderOf, type Page, pageOf, type SortKey } from './keyset.js';
import {
  type PublicItemContent,
  type PublicItemSummary,
  publicItemColumns,
  withOpenItemContent,
} from './public-items.js';

/** An item as the public may read it: closed items with number and stored title, content null. */
export interface ApiItem extends PublicItemSummary {
  position: number;
  /** Null for closed items, as the case number. */
  caseId: number | null;
  /** The slug of the case's publisher (a case is publisher + number); null for closed items and unplaced cases. */
  casePublisherSlug: string | null;
  /** The meeting's document on its publisher's site (harvested meetings); null for closed items. */
  sourceUrl: string | null;
  meeting: MeetingRef & { status: MeetingStatus; createdAt: Date; modifiedAt: Date };
  body: { slug: string; name: string; isFictitious: boolean };
  /** The body's publisher; null only for a body whose publisher is not known. */
  publisher: PublisherRef | null;
  content: PublicItemContent | null;
}

export interface ItemListInput extends BodyFilterInput {
  from?: string;
  to?: string;
  /** Open items of this case number. */
  caseNumber?: string;
  /** Open items whose decision has this outcome. */
  outcome?: DecisionOutcome;
  meetingId?: number;
  /** Only open items that belong to a case (the OParl consultations). */
  withCase?: boolean;
  /** Sort key of the previous page's last item: [heldOn, meetingId, position]. */
  after?: [string, number, number];
  /** Items by id instead (OParl: a stable order by a unique key that never changes); the previous page's last id. */
  byId?: boolean;
  afterId?: number;
  /** OParl's created/modified filters: an item's instants are its meeting's. */
  times?: TimeFilter;
  limit: number;
}

const ITEM_ORDER: SortKey[] = [
  [sql`${meetings.heldOn}`, 'desc'],
  [sql`${meetings.id}`, 'desc'],
  [sql`${agendaItems.position}`, 'asc'],
];

const itemColumns = {
  ...publicItemColumns,
  position: agendaItems.position,
  caseId: readableBy('public').unlessClosed<number>(agendaItems.isClosed, agendaItems.caseId),
  casePublisherSlug: readableBy('public').unlessClosed<string>(
    agendaItems.isClosed,
    publisherSlugOf(sql`${cases.publisherId}`),
  ),
  sourceUrl: readableBy('public').unlessClosed<string>(agendaItems.isClosed, meetings.sourceUrl),
  meeting: { ...meetingRefColumns, status: meetings.status, ...meetingTimeColumns },
  body: {
    slug: bodies.slug,
    name: bodies.name,
    isFictitious: bodies.isFictitious,
  },
  publisher: publisherRef(sql`"bodies"."publisher_id"`),
};

type ItemRow = Omit<ApiItem, 'content' | 'meeting'> & {
  meeting: Omit<ApiItem['meeting'], 'createdAt' | 'modifiedAt'> & {
    createdAt: number | null;
    modifiedAt: number | null;
  };
};

/** Items with their meeting, body and case (an item without a case too). */
function selectItems(db: Db) {
  return selectItemsWithMeeting(db, itemColumns).leftJoin(cases, eq(cases.id, agendaItems.caseId));
}

async function withContent(db: Db, rows: ItemRow[]): Promise<ApiItem[]> {
  return (await withOpenItemContent(db, rows)).map((row) => ({
    ...row,
    caseNumber: row.isClosed ? null : row.caseNumber,
    caseId: row.isClosed ? null : row.caseId,
    casePublisherSlug: row.isClosed ? null : row.casePublisherSlug,
    sourceUrl: row.isClosed ? null : row.sourceUrl,
    meeting: { ...row.meeting, ...meetingTimesOf(row.meeting) },
  }));
}

function itemConditions(input: Omit<ItemListInput, 'limit' | 'after'>): (SQL | undefined)[] {
  return [
    ...bodyFilters(input),
    ...timeConditions(input.times, sql`${meetings.createdAt}`, sql`${meetings.updatedAt}`),
    input.from ? sql`${meetings.heldOn} >= ${input.from}::date` : undefined,
    input.to ? sql`${meetings.heldOn} <= ${input.to}::date` : undefined,
    input.meetingId !== undefined ? eq(agendaItems.meetingId, input.meetingId) : undefined,
    input.withCase ? and(eq(agendaItems.isClosed, false), sql`${agendaItems.caseId} is not null`) : undefined,
    input.caseNumber ? and(eq(agendaItems.isClosed, false), eq(cases.number, input.caseNumber)) : undefined,
    input.outcome
      ? and(
          eq(agendaItems.isClosed, false),
          sql`exists (select 1 from decisions d where d.item_id = "agenda_items"."id" and d.outcome = ${input.outcome})`,
        )
      : undefined,
  ];
}

/** Items, newest meeting first, in agenda order within a meeting. */
export async function listApiItems(db: Db, input: ItemListInput): Promise<Page<ApiItem>> {
  const byId = input.byId === true;
  const rows = await selectItems(db)
    .where(
      and(
        ...itemConditions(input),
        !byId && input.after
          ? after(ITEM_ORDER, [sql`${input.after[0]}::date`, input.after[1], input.after[2]])
          : undefined,
        byId && input.afterId !== undefined ? sql`${agendaItems.id} > ${input.afterId}` : undefined,
      ),
    )
    .orderBy(byId ? asc(agendaItems.id) : orderOf(ITEM_ORDER))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit);
  return { rows: await withContent(db, page.rows), hasMore: page.hasMore };
}

export async function findApiItem(db: Db, id: number): Promise<ApiItem | null> {
  const rows = await selectItems(db).where(eq(agendaItems.id, id));
  if (rows.length === 0) return null;
  const [item] = await withContent(db, rows);
  return item;
}

/** Every item of some meetings (closed ones as stubs), in agenda order. */
export async function listApiItemsOfMeetings(db: Db, meetingIds: number[]): Promise<ApiItem[]> {
  if (meetingIds.length === 0) return [];
  const rows = await selectItems(db)
    .where(inArray(agendaItems.meetingId, meetingIds))
    .orderBy(asc(agendaItems.meetingId), asc(agendaItems.position));
  return withContent(db, rows);
}

/** The open items of every case with this number (of any publisher), in date order. */
export async function listApiCaseItems(db: Db, number: string): Promise<ApiItem[]> {
  return openItemsOfCases(db, eq(cases.number, number));
}

/** The open items of one case (by id), in date order. */
export async function listApiItemsOfCase(db: Db, caseId: number): Promise<ApiItem[]> {
  return openItemsOfCases(db, eq(cases.id, caseId));
}

/** The open items of the cases the condition (on `cases`) names: only items with a case. */
async function openItemsOfCases(db: Db, condition: SQL): Promise<ApiItem[]> {
  const rows = await selectItems(db)
    .where(and(condition, eq(agendaItems.isClosed, false)))
    .orderBy(asc(meetings.heldOn), asc(meetings.startTime), asc(meetings.id), asc(agendaItems.position));
  return withContent(db, rows);
}
