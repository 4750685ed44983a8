/**
 * Publishers (udgivere) for the open-data interfaces (JSON API, OParl, export): the regions,
 * municipalities and other organisations that bodies, cases and persons belong to. The other
 * open-data queries filter by publisher, region and body through body-filters.ts.
 *
 * A body, meeting or item names its body's publisher; a case names its own (a case is publisher
 * + number).
 */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { OrganisationKind, PublisherRef } from '../../domain/publisher.js';
import { type Db, selectRows } from '../client.js';
import { organisations, regions } from '../schema/index.js';
import { linkOf } from '../selections.js';
import { epochMs, instantOf, storedInstantOf, type TimeFilter, timeConditions } from './api-time.js';
import { publishersInRegion } from './body-filters.js';
import { after, type Page, pageOf } from './keyset.js';

export interface ApiPublisher extends PublisherRef {
  id: number;
  /** The region the publisher lies in (a municipality: its region from 2027); null for a region itself and national organisations. */
  region: { slug: string; name: string } | null;
  /** A municipality's code ("0253"); null for other publishers. */
  municipalityCode: string | null;
  /** A region's first and last day, when the archive's period knows them. */
  validFromOn: string | null;
  validToOn: string | null;
  isFictitious: boolean;
  bodyCount: number;
  meetingCount: number;
  /** Cases with at least one open item. */
  caseCount: number;
  /** The first and the latest change of its bodies' meetings; null without meetings. */
  createdAt: Date | null;
  modifiedAt: Date | null;
  /** When the publisher itself was added and last changed (the reference data, an admin): its OParl Body's times. */
  addedAt: Date;
  changedAt: Date;
}

export interface PublisherListInput {
  kind?: OrganisationKind;
  /** Region slug: the region itself and the publishers in it (a municipality before and from 2027). */
  region?: string;
  /** Only the regions and the publishers with at least one body (OParl's Bodies). */
  withBodiesOrRegion?: boolean;
  afterId?: number;
  /** OParl's created/modified filters (its Bodies). */
  times?: TimeFilter;
  /** Only these publishers (the change feed's records). */
  ids?: number[];
  limit: number;
}

/** A publisher as the objects that name it show it, as one JSON value: `{ slug, name, kind }`, or null. */
export function publisherRef(publisherId: SQL): SQL<PublisherRef | null> {
  return sql<PublisherRef | null>`(select json_build_object('slug', o.slug, 'name', o.name, 'kind', o.kind)
    from organisations o where o.id = ${publisherId} and o.slug is not null)`;
}

/** The publisher's slug of a publisher id, or null. */
export function publisherSlugOf(publisherId: SQL): SQL<string | null> {
  return sql<string | null>`(select o.slug from organisations o where o.id = ${publisherId})`;
}

/** How many bodies and meetings the publisher (the row of `organisations`) has. */
export const publisherCountColumns = {
  bodyCount: sql<number>`(select count(*)::int from bodies b where b.publisher_id = "organisations"."id")`,
  meetingCount: sql<number>`(select count(*)::int from meetings m join bodies b on b.id = m.body_id
    where b.publisher_id = "organisations"."id")`,
};

const PUBLISHER_CREATED = sql`"organisations"."created_at"`;
const PUBLISHER_MODIFIED = sql`"organisations"."updated_at"`;

const publisherColumns = {
  id: organisations.id,
  slug: sql<string>`${organisations.slug}`,
  name: organisations.name,
  kind: organisations.kind,
  regionSlug: regions.slug,
  regionName: regions.name,
  municipalityCode: organisations.municipalityCode,
  validFromOn: sql<string | null>`case when ${organisations.kind} = 'region' then ${regions.validFromOn} end`,
  validToOn: sql<string | null>`case when ${organisations.kind} = 'region' then ${regions.validToOn} end`,
  isFictitious: organisations.isFictitious,
  ...publisherCountColumns,
  caseCount: sql<number>`(select count(*)::int from cases c where c.publisher_id = "organisations"."id"
    and exists (select 1 from agenda_items i where i.case_id = c.id and not i.is_closed))`,
  createdAt: sql<number | null>`(select ${epochMs(sql`min(m.created_at)`)} from meetings m
    join bodies b on b.id = m.body_id where b.publisher_id = "organisations"."id")`,
  modifiedAt: sql<number | null>`(select ${epochMs(sql`max(m.updated_at)`)} from meetings m
    join bodies b on b.id = m.body_id where b.publisher_id = "organisations"."id")`,
  addedAt: epochMs(PUBLISHER_CREATED),
  changedAt: epochMs(PUBLISHER_MODIFIED),
};

type PublisherRow = Omit<ApiPublisher, 'region' | 'createdAt' | 'modifiedAt' | 'addedAt' | 'changedAt' | 'kind'> & {
  kind: string;
  regionSlug: string | null;
  regionName: string | null;
  createdAt: number | string | null;
  modifiedAt: number | string | null;
  addedAt: number | string | null;
  changedAt: number | string | null;
};

function toApiPublisher(row: PublisherRow): ApiPublisher {
  const { regionSlug, regionName, createdAt, modifiedAt, addedAt, changedAt, ...rest } = row;
  return {
    ...rest,
    kind: rest.kind as OrganisationKind,
    region: rest.kind === 'region' ? null : linkOf(regionName, regionSlug),
    bodyCount: Number(rest.bodyCount),
    meetingCount: Number(rest.meetingCount),
    caseCount: Number(rest.caseCount),
    createdAt: instantOf(createdAt),
    modifiedAt: instantOf(modifiedAt),
    addedAt: storedInstantOf(addedAt),
    changedAt: storedInstantOf(changedAt),
  };
}

/** Publishers by id (the regions first, as the reference data loads them). */
export async function listApiPublishers(db: Db, input: PublisherListInput): Promise<Page<ApiPublisher>> {
  const rows = await db
    .select(publisherColumns)
    .from(organisations)
    .leftJoin(regions, eq(regions.id, organisations.regionId))
    .where(
      and(
        sql`${organisations.slug} is not null`,
        input.kind ? eq(organisations.kind, input.kind) : undefined,
        input.region ? sql`${organisations.id} in ${publishersInRegion(input.region)}` : undefined,
        input.withBodiesOrRegion
          ? sql`(${organisations.kind} = 'region'
              or exists (select 1 from bodies b where b.publisher_id = ${organisations.id}))`
          : undefined,
        ...timeConditions(input.times, PUBLISHER_CREATED, PUBLISHER_MODIFIED),
        input.ids ? inArray(organisations.id, input.ids.length > 0 ? input.ids : [0]) : undefined,
        input.afterId !== undefined ? after([[sql`${organisations.id}`, 'asc']], [input.afterId]) : undefined,
      ),
    )
    .orderBy(asc(organisations.id))
    .limit(input.limit + 1);
  return pageOf(rows.map(toApiPublisher), input.limit);
}

export async function findApiPublisher(db: Db, slug: string): Promise<ApiPublisher | null> {
  const [row] = await db
    .select(publisherColumns)
    .from(organisations)
    .leftJoin(regions, eq(regions.id, organisations.regionId))
    .where(eq(organisations.slug, slug));
  return row ? toApiPublisher(row) : null;
}

/** The publishers with these slugs, as objects name them. */
export async function findPublisherRefs(db: Db, slugs: string[]): Promise<Map<string, PublisherRef>> {
  if (slugs.length === 0) return new Map();
  const rows = await db
    .select({ slug: sql<string>`${organisations.slug}`, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(
      sql`${organisations.slug} in (${sql.join(
        slugs.map((slug) => sql`${slug}`),
        sql`, `,
      )})`,
    );
  return new Map(rows.map((row) => [row.slug, { ...row, kind: row.kind as OrganisationKind }]));
}

export interface UnknownPublisherUse {
  bodyCount: number;
  caseCount: number;
  createdAt: Date | null;
  modifiedAt: Date | null;
}

/**
 * What belongs to no known publisher: bodies an upgrade could not place, and cases with open
 * items; its times are those of the bodies (the first added, the latest changed).
 */
export async function unknownPublisherUse(db: Db): Promise<UnknownPublisherUse> {
  const [row] = await selectRows<{
    body_count: number;
    case_count: number;
    created_at: number | null;
    modified_at: number | null;
  }>(
    db,
    sql`
      select (select count(*)::int from bodies where publisher_id is null) as body_count,
        (select count(*)::int from cases c where c.publisher_id is null
          and exists (select 1 from agenda_items i where i.case_id = c.id and not i.is_closed)) as case_count,
        (select ${epochMs(sql`min(b.created_at)`)} from bodies b where b.publisher_id is null) as created_at,
        (select ${epochMs(sql`max(b.updated_at)`)} from bodies b where b.publisher_id is null) as modified_at`,
  );
  return {
    bodyCount: Number(row?.body_count ?? 0),
    caseCount: Number(row?.case_count ?? 0),
    createdAt: instantOf(row?.created_at),
    modifiedAt: instantOf(row?.modified_at),
  };
}
