/**
 * Cases for the open-data interfaces. A case is publisher + number (case numbers are unique only
 * inside one publisher's case system, so one number can be two cases); it is public through its
 * open items only (a case known only from closed items is not public), and its consultations are
 * those open items.
 */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PublisherRef } from '../../domain/publisher.js';
import { type Db, selectRows } from '../client.js';
import { agendaItems, bodies, meetings } from '../schema/index.js';
import { selectItemsWithMeeting } from '../selections.js';
import { publisherRef } from './api-publishers.js';
import { meetingTimeColumns, storedInstantOf, type TimeFilter, timeConditions } from './api-time.js';
import { bodyAlias, bodyRegionCondition, bodySlugCondition, publisherCondition } from './body-filters.js';
import { type Page, pageOf } from './keyset.js';

export interface ApiCase {
  id: number;
  number: string;
  /** The case's publisher; null only for a case from before publishers that an upgrade could not place. */
  publisher: PublisherRef | null;
  /** Open items only. */
  itemCount: number;
  firstHeldOn: string;
  lastHeldOn: string;
  bodies: { slug: string; name: string }[];
  createdAt: Date;
  modifiedAt: Date;
}

export interface CaseListInput {
  /** Cases with an open item in this body (slug). */
  body?: string;
  /** The case's own publisher (slug; "ukendt-udgiver": cases whose publisher is not known). */
  publisher?: string;
  /** Cases with an open item in a body in this region. */
  region?: string;
  /** The previous page's last case: [number, id]. */
  after?: [string, number];
  /**
   * OParl's created/modified filters: a Paper's instants are those of the meetings of its open
   * items (the first made, the latest changed), as it shows them.
   */
  times?: TimeFilter;
  limit: number;
}

/** The open items of a case, as one aggregate per case (cases known only from closed items are not public). */
function caseAggregate(extra: SQL, times?: TimeFilter) {
  const having = timeConditions(times, sql`min(m.created_at)`, sql`max(m.updated_at)`);
  return sql`
    select c.id, c.number, ${publisherRef(sql`c.publisher_id`)} as publisher,
      count(*)::int as item_count,
      min(m.held_on)::text as first_held_on,
      max(m.held_on)::text as last_held_on,
      (extract(epoch from min(m.created_at)) * 1000)::float8 as created_at,
      (extract(epoch from max(m.updated_at)) * 1000)::float8 as modified_at,
      json_agg(distinct jsonb_build_object('slug', b.slug, 'name', b.name)) as bodies
    from cases c
    join agenda_items i on i.case_id = c.id and not i.is_closed
    join meetings m on m.id = i.meeting_id
    join bodies b on b.id = m.body_id
    where true ${extra}
    group by c.id, c.number, c.publisher_id
    ${having.length > 0 ? sql`having ${sql.join(having, sql` and `)}` : sql``}`;
}

interface CaseRow {
  id: number;
  number: string;
  publisher: PublisherRef | null;
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
    publisher: row.publisher,
    itemCount: Number(row.item_count),
    firstHeldOn: row.first_held_on,
    lastHeldOn: row.last_held_on,
    bodies: [...row.bodies].sort((a, b) => a.name.localeCompare(b.name, 'da')),
    createdAt: storedInstantOf(row.created_at),
    modifiedAt: storedInstantOf(row.modified_at),
  };
}

const b2 = bodyAlias('b2');

/** The case has an open item in a body that fits the condition. */
function withOpenItemIn(condition: SQL | undefined): SQL {
  if (!condition) return sql``;
  return sql` and exists (select 1 from agenda_items i2 join meetings m2 on m2.id = i2.meeting_id
    join bodies b2 on b2.id = m2.body_id where i2.case_id = c.id and not i2.is_closed and ${condition})`;
}

/** Cases with at least one open item, by case number (and id: one number can be two cases). */
export async function listApiCases(db: Db, input: CaseListInput): Promise<Page<ApiCase>> {
  const publisher = publisherCondition(input.publisher, sql`c.publisher_id`);
  const filters = [
    withOpenItemIn(bodySlugCondition(input.body, b2)),
    withOpenItemIn(bodyRegionCondition(input.region, b2)),
    publisher ? sql` and ${publisher}` : sql``,
    input.after
      ? sql` and (c.number > ${input.after[0]} or (c.number = ${input.after[0]} and c.id > ${input.after[1]}))`
      : sql``,
  ];
  const rows = await selectRows<CaseRow>(
    db,
    sql`${caseAggregate(sql.join(filters, sql``), input.times)} order by c.number, c.id limit ${input.limit + 1}`,
  );
  return pageOf(rows.map(toApiCase), input.limit);
}

/** These cases, those with at least one open item (the public ones), by id: the change feed's records. */
export async function listApiCasesOfIds(db: Db, ids: number[]): Promise<ApiCase[]> {
  if (ids.length === 0) return [];
  const rows = await selectRows<CaseRow>(
    db,
    sql`${caseAggregate(
      sql` and c.id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    )} order by c.id`,
  );
  return rows.map(toApiCase);
}

/** Cases with at least one open item, by id (the export), in keyset batches. */
export async function listApiCasesById(db: Db, input: { afterId: number; limit: number }): Promise<Page<ApiCase>> {
  const ids = await selectRows<{ id: number }>(
    db,
    sql`select c.id from cases c where c.id > ${input.afterId}
      and exists (select 1 from agenda_items i where i.case_id = c.id and not i.is_closed)
      order by c.id limit ${input.limit + 1}`,
  );
  const page = pageOf(ids, input.limit);
  if (page.rows.length === 0) return { rows: [], hasMore: false };
  const rows = await selectRows<CaseRow>(
    db,
    sql`${caseAggregate(
      sql` and c.id in (${sql.join(
        page.rows.map((row) => sql`${row.id}`),
        sql`, `,
      )})`,
    )} order by c.id`,
  );
  return { rows: rows.map(toApiCase), hasMore: page.hasMore };
}

/** A case with an open item, by any publisher: the first of its number (the feeds of /sag/:number). */
export async function findApiCase(db: Db, number: string): Promise<ApiCase | null> {
  const [row] = await selectRows<CaseRow>(db, sql`${caseAggregate(sql` and c.number = ${number}`)} order by c.id`);
  return row ? toApiCase(row) : null;
}

/** The public cases with this number, of every publisher, by publisher (one, unless two publishers use it). */
export async function listApiCasesNumbered(db: Db, number: string): Promise<ApiCase[]> {
  const rows = await selectRows<CaseRow>(db, sql`${caseAggregate(sql` and c.number = ${number}`)} order by c.id`);
  return rows.map(toApiCase).sort((a, b) => (a.publisher?.slug ?? '').localeCompare(b.publisher?.slug ?? ''));
}

/** The case of a publisher (slug; "ukendt-udgiver" for an unplaced case) and number, when it is public. */
export async function findApiCaseOf(db: Db, publisher: string, number: string): Promise<ApiCase | null> {
  const condition = publisherCondition(publisher, sql`c.publisher_id`);
  const [row] = await selectRows<CaseRow>(db, caseAggregate(sql` and c.number = ${number} and ${condition}`));
  return row ? toApiCase(row) : null;
}

export async function findApiCaseById(db: Db, id: number): Promise<ApiCase | null> {
  const [row] = await selectRows<CaseRow>(db, caseAggregate(sql` and c.id = ${id}`));
  return row ? toApiCase(row) : null;
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
  const rows = await selectItemsWithMeeting(db, {
    caseId: sql<number>`${agendaItems.caseId}`,
    itemId: agendaItems.id,
    meetingId: meetings.id,
    title: agendaItems.title,
    heldOn: meetings.heldOn,
    bodySlug: bodies.slug,
    hasDecision: sql<boolean>`exists (select 1 from decisions d where d.item_id = "agenda_items"."id")`,
    meetingCreatedAt: meetingTimeColumns.createdAt,
    meetingModifiedAt: meetingTimeColumns.modifiedAt,
  })
    .where(and(inArray(agendaItems.caseId, caseIds), eq(agendaItems.isClosed, false)))
    .orderBy(asc(meetings.heldOn), asc(meetings.id), asc(agendaItems.position));
  return rows.map((row) => ({
    ...row,
    meetingCreatedAt: storedInstantOf(row.meetingCreatedAt),
    meetingModifiedAt: storedInstantOf(row.meetingModifiedAt),
  }));
}
