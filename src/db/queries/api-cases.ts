/**
 * Cases for the open-data interfaces: a case is public through its open items only (a case known
 * only from closed items is not public), and its consultations are those open items.
 */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { agendaItems, bodies, meetings } from '../schema/index.js';
import { epochMs, instantOf, type RegionFilter } from './api-directory.js';
import { type Page, pageOf } from './keyset.js';

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
