/**
 * Read queries for the open-data interfaces: meetings, agenda items, cases and attachments,
 * filtered and paged by keyset. The closed rule is the portal's (public-items.ts): a closed item
 * is its number and title; its content comes only through loadOpenItemContent, which never
 * selects a closed item's sections, decision, attachments or absentees; its case is selected
 * through publicItemColumns (null when closed); filters on content (case, outcome) never match a
 * closed item; attachments and cases are those of open items only.
 */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DecisionOutcome } from '../../domain/decision.js';
import type { MeetingStatus } from '../../domain/meeting.js';
import type { DocumentType } from '../../domain/meeting-document.js';
import type { Db } from '../client.js';
import { agendaItems, attachments, bodies, cases, meetingParticipants, meetings, persons } from '../schema/index.js';
import { epochMs, instantOf, type RegionFilter } from './api-directory.js';
import { after, orderOf, type Page, pageOf, type SortKey } from './keyset.js';
import {
  loadOpenItemContent,
  type PublicItemContent,
  type PublicItemSummary,
  publicItemColumns,
} from './public-items.js';

export interface ApiMeeting {
  id: number;
  body: { slug: string; name: string; kind: string; isFictitious: boolean; regionSlug: string | null };
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

export interface MeetingListInput {
  body?: string;
  region?: RegionFilter;
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
  limit: number;
}

const hasClosedItems = sql<boolean>`exists (select 1 from agenda_items ai where ai.meeting_id = "meetings"."id" and ai.is_closed)`;

const meetingColumns = {
  id: meetings.id,
  body: {
    slug: bodies.slug,
    name: bodies.name,
    kind: bodies.kind,
    isFictitious: bodies.isFictitious,
    regionSlug: sql<string | null>`(select r.slug from regions r where r.id = "bodies"."region_id")`,
  },
  heldOn: meetings.heldOn,
  startTime: meetings.startTime,
  endTime: meetings.endTime,
  location: meetings.location,
  kind: meetings.kind,
  status: meetings.status,
  documentType: meetings.documentType,
  isFictitious: meetings.isFictitious,
  itemCount: sql<number>`(select count(*)::int from agenda_items ai where ai.meeting_id = "meetings"."id")`,
  hasClosedItems,
  sourceFileName: sql<string | null>`(select sf.file_name from source_files sf
    where sf.id = "meetings"."source_file_id" and sf.content is not null and not ${hasClosedItems})`,
  sourceFormat: sql<string | null>`(select sf.format from source_files sf where sf.id = "meetings"."source_file_id")`,
  createdAt: epochMs(sql`${meetings.createdAt}`),
  modifiedAt: epochMs(sql`${meetings.updatedAt}`),
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
    createdAt: instantOf(createdAt) ?? new Date(0),
    modifiedAt: instantOf(modifiedAt) ?? new Date(0),
  };
}

function regionCondition(region: RegionFilter): SQL | undefined {
  if (region === undefined) return undefined;
  if (region === null) return sql`${bodies.regionId} is null`;
  return sql`${bodies.regionId} = (select r.id from regions r where r.slug = ${region})`;
}

const MEETING_ORDER: SortKey[] = [
  [sql`${meetings.heldOn}`, 'desc'],
  [sql`${meetings.id}`, 'desc'],
];

/** Meetings, newest first. */
export async function listApiMeetings(db: Db, input: MeetingListInput): Promise<Page<ApiMeeting>> {
  const rows = await db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(
      and(
        input.body ? eq(bodies.slug, input.body) : undefined,
        regionCondition(input.region),
        input.from ? sql`${meetings.heldOn} >= ${input.from}::date` : undefined,
        input.to ? sql`${meetings.heldOn} <= ${input.to}::date` : undefined,
        input.status ? eq(meetings.status, input.status) : undefined,
        input.bodyKind ? sql`${bodies.kind} = ${input.bodyKind}` : undefined,
        input.withSource ? sql`${meetingColumns.sourceFileName} is not null` : undefined,
        input.withLocation ? sql`${meetings.location} is not null` : undefined,
        input.after ? after(MEETING_ORDER, [sql`${input.after[0]}::date`, input.after[1]]) : undefined,
      ),
    )
    .orderBy(orderOf(MEETING_ORDER))
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

export interface ApiParticipant {
  name: string;
  personSlug: string | null;
  party: string | null;
  organisation: string | null;
  role: string | null;
  isAbsent: boolean;
}

export async function listApiParticipants(db: Db, meetingIds: number[]): Promise<Map<number, ApiParticipant[]>> {
  const result = new Map<number, ApiParticipant[]>();
  if (meetingIds.length === 0) return result;
  const rows = await db
    .select({
      meetingId: meetingParticipants.meetingId,
      name: meetingParticipants.name,
      personSlug: persons.slug,
      party: meetingParticipants.party,
      organisation: meetingParticipants.organisation,
      role: meetingParticipants.role,
      isAbsent: meetingParticipants.isAbsent,
    })
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

/** An item as the public may read it: closed items with number and stored title, content null. */
export interface ApiItem extends PublicItemSummary {
  position: number;
  /** Null for closed items, as the case number. */
  caseId: number | null;
  meeting: {
    id: number;
    heldOn: string;
    startTime: string | null;
    status: MeetingStatus;
    documentType: DocumentType | null;
    isFictitious: boolean;
    createdAt: Date;
    modifiedAt: Date;
  };
  body: { slug: string; name: string; isFictitious: boolean; regionSlug: string | null };
  content: PublicItemContent | null;
}

export interface ItemListInput {
  body?: string;
  region?: RegionFilter;
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
  caseId: sql<number | null>`case when ${agendaItems.isClosed} then null else ${agendaItems.caseId} end`,
  meeting: {
    id: meetings.id,
    heldOn: meetings.heldOn,
    startTime: meetings.startTime,
    status: meetings.status,
    documentType: meetings.documentType,
    isFictitious: meetings.isFictitious,
    createdAt: epochMs(sql`${meetings.createdAt}`),
    modifiedAt: epochMs(sql`${meetings.updatedAt}`),
  },
  body: {
    slug: bodies.slug,
    name: bodies.name,
    isFictitious: bodies.isFictitious,
    regionSlug: sql<string | null>`(select r.slug from regions r where r.id = "bodies"."region_id")`,
  },
};

type ItemRow = Omit<ApiItem, 'content' | 'meeting'> & {
  meeting: Omit<ApiItem['meeting'], 'createdAt' | 'modifiedAt'> & {
    createdAt: number | null;
    modifiedAt: number | null;
  };
};

async function withContent(db: Db, rows: ItemRow[]): Promise<ApiItem[]> {
  const content = await loadOpenItemContent(
    db,
    rows.filter((row) => !row.isClosed).map((row) => row.id),
  );
  return rows.map((row) => ({
    ...row,
    caseNumber: row.isClosed ? null : row.caseNumber,
    caseId: row.isClosed ? null : row.caseId,
    meeting: {
      ...row.meeting,
      createdAt: instantOf(row.meeting.createdAt) ?? new Date(0),
      modifiedAt: instantOf(row.meeting.modifiedAt) ?? new Date(0),
    },
    content: row.isClosed
      ? null
      : (content.get(row.id) ?? { sections: [], decision: null, attachments: [], absentees: [] }),
  }));
}

function itemConditions(input: Omit<ItemListInput, 'limit' | 'after'>): (SQL | undefined)[] {
  return [
    input.body ? eq(bodies.slug, input.body) : undefined,
    regionCondition(input.region),
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
  const rows = await db
    .select(itemColumns)
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(cases, eq(cases.id, agendaItems.caseId))
    .where(
      and(
        ...itemConditions(input),
        input.after ? after(ITEM_ORDER, [sql`${input.after[0]}::date`, input.after[1], input.after[2]]) : undefined,
      ),
    )
    .orderBy(orderOf(ITEM_ORDER))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit);
  return { rows: await withContent(db, page.rows), hasMore: page.hasMore };
}

export async function findApiItem(db: Db, id: number): Promise<ApiItem | null> {
  const rows = await db
    .select(itemColumns)
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(cases, eq(cases.id, agendaItems.caseId))
    .where(eq(agendaItems.id, id));
  if (rows.length === 0) return null;
  const [item] = await withContent(db, rows);
  return item;
}

/** Every item of some meetings (closed ones as stubs), in agenda order. */
export async function listApiItemsOfMeetings(db: Db, meetingIds: number[]): Promise<ApiItem[]> {
  if (meetingIds.length === 0) return [];
  const rows = await db
    .select(itemColumns)
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(cases, eq(cases.id, agendaItems.caseId))
    .where(inArray(agendaItems.meetingId, meetingIds))
    .orderBy(asc(agendaItems.meetingId), asc(agendaItems.position));
  return withContent(db, rows);
}

export interface ApiCase {
  id: number;
  number: string;
  /** Open items only. */
  itemCount: number;
  firstHeldOn: string;
  lastHeldOn: string;
  bodies: { slug: string; name: string; regionSlug: string | null }[];
  createdAt: Date;
  modifiedAt: Date;
}

export interface CaseListInput {
  body?: string;
  region?: RegionFilter;
  /** The previous page's last case number. */
  afterNumber?: string;
  limit: number;
}

/** The open items of a case, as one aggregate per case (cases known only from closed items are not public). */
function caseAggregate(extra: SQL) {
  return sql`
    select c.id, c.number,
      count(*)::int as item_count,
      min(m.held_on)::text as first_held_on,
      max(m.held_on)::text as last_held_on,
      (extract(epoch from min(m.created_at)) * 1000)::float8 as created_at,
      (extract(epoch from max(m.updated_at)) * 1000)::float8 as modified_at,
      json_agg(distinct jsonb_build_object('slug', b.slug, 'name', b.name,
        'regionSlug', (select r.slug from regions r where r.id = b.region_id))) as bodies
    from cases c
    join agenda_items i on i.case_id = c.id and not i.is_closed
    join meetings m on m.id = i.meeting_id
    join bodies b on b.id = m.body_id
    where true ${extra}
    group by c.id, c.number`;
}

interface CaseRow {
  id: number;
  number: string;
  item_count: number;
  first_held_on: string;
  last_held_on: string;
  created_at: number | string;
  modified_at: number | string;
  bodies: ApiCase['bodies'];
}

function toApiCase(row: CaseRow): ApiCase {
  return {
    id: row.id,
    number: row.number,
    itemCount: Number(row.item_count),
    firstHeldOn: row.first_held_on,
    lastHeldOn: row.last_held_on,
    bodies: [...row.bodies].sort((a, b) => a.name.localeCompare(b.name, 'da')),
    createdAt: instantOf(row.created_at) ?? new Date(0),
    modifiedAt: instantOf(row.modified_at) ?? new Date(0),
  };
}

async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Cases with at least one open item, by case number. */
export async function listApiCases(db: Db, input: CaseListInput): Promise<Page<ApiCase>> {
  const filters: SQL[] = [];
  if (input.body)
    filters.push(sql` and exists (select 1 from agenda_items i2 join meetings m2 on m2.id = i2.meeting_id
      join bodies b2 on b2.id = m2.body_id where i2.case_id = c.id and not i2.is_closed and b2.slug = ${input.body})`);
  if (input.region !== undefined)
    filters.push(sql` and exists (select 1 from agenda_items i2 join meetings m2 on m2.id = i2.meeting_id
      join bodies b2 on b2.id = m2.body_id where i2.case_id = c.id and not i2.is_closed and ${
        input.region === null
          ? sql`b2.region_id is null`
          : sql`b2.region_id = (select r.id from regions r where r.slug = ${input.region})`
      })`);
  if (input.afterNumber !== undefined) filters.push(sql` and c.number > ${input.afterNumber}`);
  const rows = await rowsOf<CaseRow>(
    db,
    sql`${caseAggregate(sql.join(filters, sql``))} order by c.number limit ${input.limit + 1}`,
  );
  return pageOf(rows.map(toApiCase), input.limit);
}

export async function findApiCase(db: Db, number: string): Promise<ApiCase | null> {
  const [row] = await rowsOf<CaseRow>(db, caseAggregate(sql` and c.number = ${number}`));
  return row ? toApiCase(row) : null;
}

export async function findApiCaseById(db: Db, id: number): Promise<ApiCase | null> {
  const [row] = await rowsOf<CaseRow>(db, caseAggregate(sql` and c.id = ${id}`));
  return row ? toApiCase(row) : null;
}

/** The open items of a case, in date order. */
export async function listApiCaseItems(db: Db, number: string): Promise<ApiItem[]> {
  const rows = await db
    .select(itemColumns)
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .innerJoin(cases, eq(cases.id, agendaItems.caseId))
    .where(and(eq(cases.number, number), eq(agendaItems.isClosed, false)))
    .orderBy(asc(meetings.heldOn), asc(meetings.startTime), asc(meetings.id), asc(agendaItems.position));
  return withContent(db, rows);
}

export interface ApiAttachment {
  id: number;
  title: string;
  documentId: string | null;
  caseNumber: string | null;
  hasFile: boolean;
  item: { id: number; number: number; title: string };
  meeting: { id: number; heldOn: string; createdAt: Date; modifiedAt: Date };
  body: { slug: string; name: string; regionSlug: string | null };
}

export interface AttachmentListInput {
  body?: string;
  region?: RegionFilter;
  meetingId?: number;
  itemId?: number;
  afterId?: number;
  limit: number;
}

/** Open attachments of open items: the only ones the public may see. */
const openAttachment = and(eq(agendaItems.isClosed, false), eq(attachments.isClosed, false));

const attachmentColumns = {
  id: attachments.id,
  title: attachments.title,
  documentId: attachments.documentId,
  caseNumber: attachments.caseNumber,
  hasFile: sql<boolean>`${attachments.filePath} is not null`,
  item: { id: agendaItems.id, number: agendaItems.number, title: agendaItems.title },
  meeting: {
    id: meetings.id,
    heldOn: meetings.heldOn,
    createdAt: epochMs(sql`${meetings.createdAt}`),
    modifiedAt: epochMs(sql`${meetings.updatedAt}`),
  },
  body: {
    slug: bodies.slug,
    name: bodies.name,
    regionSlug: sql<string | null>`(select r.slug from regions r where r.id = "bodies"."region_id")`,
  },
};

type AttachmentRow = Omit<ApiAttachment, 'meeting'> & {
  meeting: { id: number; heldOn: string; createdAt: number | null; modifiedAt: number | null };
};

function toApiAttachment(row: AttachmentRow): ApiAttachment {
  return {
    ...row,
    meeting: {
      ...row.meeting,
      createdAt: instantOf(row.meeting.createdAt) ?? new Date(0),
      modifiedAt: instantOf(row.meeting.modifiedAt) ?? new Date(0),
    },
  };
}

export async function listApiAttachments(db: Db, input: AttachmentListInput): Promise<Page<ApiAttachment>> {
  const rows = await db
    .select(attachmentColumns)
    .from(attachments)
    .innerJoin(agendaItems, eq(agendaItems.id, attachments.itemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(
      and(
        openAttachment,
        input.body ? eq(bodies.slug, input.body) : undefined,
        regionCondition(input.region),
        input.meetingId !== undefined ? eq(meetings.id, input.meetingId) : undefined,
        input.itemId !== undefined ? eq(agendaItems.id, input.itemId) : undefined,
        input.afterId !== undefined ? sql`${attachments.id} > ${input.afterId}` : undefined,
      ),
    )
    .orderBy(asc(attachments.id))
    .limit(input.limit + 1);
  return pageOf(rows.map(toApiAttachment), input.limit);
}

export async function findApiAttachment(db: Db, id: number): Promise<ApiAttachment | null> {
  const [row] = await db
    .select(attachmentColumns)
    .from(attachments)
    .innerJoin(agendaItems, eq(agendaItems.id, attachments.itemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(and(openAttachment, eq(attachments.id, id)));
  return row ? toApiAttachment(row) : null;
}

export interface CaseItemRef {
  caseId: number;
  itemId: number;
  meetingId: number;
  title: string;
  heldOn: string;
  bodySlug: string;
  hasDecision: boolean;
  meetingCreatedAt: Date;
  meetingModifiedAt: Date;
}

/** The open items of some cases (by case id), in date order: the OParl consultations. */
export async function listCaseItemRefs(db: Db, caseIds: number[]): Promise<CaseItemRef[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .select({
      caseId: sql<number>`${agendaItems.caseId}`,
      itemId: agendaItems.id,
      meetingId: meetings.id,
      title: agendaItems.title,
      heldOn: meetings.heldOn,
      bodySlug: bodies.slug,
      hasDecision: sql<boolean>`exists (select 1 from decisions d where d.item_id = "agenda_items"."id")`,
      meetingCreatedAt: epochMs(sql`${meetings.createdAt}`),
      meetingModifiedAt: epochMs(sql`${meetings.updatedAt}`),
    })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(and(inArray(agendaItems.caseId, caseIds), eq(agendaItems.isClosed, false)))
    .orderBy(asc(meetings.heldOn), asc(meetings.id), asc(agendaItems.position));
  return rows.map((row) => ({
    ...row,
    meetingCreatedAt: instantOf(row.meetingCreatedAt) ?? new Date(0),
    meetingModifiedAt: instantOf(row.meetingModifiedAt) ?? new Date(0),
  }));
}

/** When some meetings were first stored and last changed (the feeds' updated times). */
export async function findMeetingTimes(
  db: Db,
  meetingIds: number[],
): Promise<Map<number, { createdAt: Date; modifiedAt: Date }>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: meetings.id,
      createdAt: epochMs(sql`${meetings.createdAt}`),
      modifiedAt: epochMs(sql`${meetings.updatedAt}`),
    })
    .from(meetings)
    .where(inArray(meetings.id, meetingIds));
  return new Map(
    rows.map((row) => [
      row.id,
      { createdAt: instantOf(row.createdAt) ?? new Date(0), modifiedAt: instantOf(row.modifiedAt) ?? new Date(0) },
    ]),
  );
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

export interface OpenDataSamples {
  bodySlug: string | null;
  personSlug: string | null;
  membershipId: number | null;
  meetingId: number | null;
  itemId: number | null;
  caseNumber: string | null;
  caseId: number | null;
  attachmentId: number | null;
  regionSlug: string | null;
}

/** Real ids for the documentation's example requests: recent, open records. */
export async function openDataSamples(db: Db): Promise<OpenDataSamples> {
  const [row] = await rowsOf<{
    body_slug: string | null;
    person_slug: string | null;
    membership_id: number | null;
    meeting_id: number | null;
    item_id: number | null;
    case_number: string | null;
    case_id: number | null;
    attachment_id: number | null;
    region_slug: string | null;
  }>(
    db,
    sql`
      with item as (
        select i.id, i.meeting_id, i.case_id from agenda_items i
        join meetings m on m.id = i.meeting_id
        where not i.is_closed and exists (select 1 from decisions d where d.item_id = i.id) and i.case_id is not null
        order by m.held_on desc, i.id limit 1
      ), body as (
        select b.id, b.slug, b.region_id from bodies b join meetings m on m.body_id = b.id
        where m.id = (select meeting_id from item)
      ), membership as (
        select ms.id, p.slug from memberships ms join persons p on p.id = ms.person_id
        where ms.body_id = (select id from body) order by ms.id limit 1
      )
      select (select slug from body) as body_slug,
             (select slug from membership) as person_slug,
             (select id from membership) as membership_id,
             (select meeting_id from item) as meeting_id,
             (select id from item) as item_id,
             (select c.number from cases c where c.id = (select case_id from item)) as case_number,
             (select case_id from item) as case_id,
             (select a.id from attachments a join agenda_items i on i.id = a.item_id
               where not i.is_closed and not a.is_closed order by a.id desc limit 1) as attachment_id,
             (select r.slug from regions r where r.id = (select region_id from body)) as region_slug`,
  );
  return {
    bodySlug: row?.body_slug ?? null,
    personSlug: row?.person_slug ?? null,
    membershipId: row?.membership_id ?? null,
    meetingId: row?.meeting_id ?? null,
    itemId: row?.item_id ?? null,
    caseNumber: row?.case_number ?? null,
    caseId: row?.case_id ?? null,
    attachmentId: row?.attachment_id ?? null,
    regionSlug: row?.region_slug ?? null,
  };
}
