/**
 * Read queries for the open-data interfaces (JSON API, OParl, export): bodies, paged by keyset,
 * each naming its publisher. All of it is public on the portal already; nothing here touches
 * agenda items. Persons and memberships: api-persons.ts; publishers: api-publishers.ts.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { BodyKind, BodyLevel } from '../../domain/body-kind.js';
import type { PublisherRef } from '../../domain/publisher.js';
import type { Db } from '../client.js';
import { bodies, regions } from '../schema/index.js';
import { bodyMeetingCount, linkOf } from '../selections.js';
import { publisherRef } from './api-publishers.js';
import { epochMs, instantOf, storedInstantOf, type TimeFilter, timeConditions } from './api-time.js';
import { slugOfBodyNamed } from './bodies.js';
import { type BodyFilterInput, bodiesTable, bodyFilters, bodySlugCondition } from './body-filters.js';
import { after, type Page, pageOf } from './keyset.js';

export {
  type ApiMembership,
  type ApiPerson,
  findApiMembership,
  findApiPerson,
  listApiMemberships,
  listApiPersons,
} from './api-persons.js';

export interface ApiBody {
  id: number;
  slug: string;
  name: string;
  kind: BodyKind;
  level: BodyLevel | null;
  description: string | null;
  isFictitious: boolean;
  /** Null only for a body whose publisher is not known (an upgrade could not place it). */
  publisher: PublisherRef | null;
  region: { slug: string; name: string } | null;
  successor: { slug: string; name: string } | null;
  municipalities: string[];
  meetingCount: number;
  /** When the body was made and last changed (its fields, its memberships). */
  createdAt: Date;
  modifiedAt: Date;
}

export interface BodyListInput extends Omit<BodyFilterInput, 'body'> {
  kind?: BodyKind;
  /** The last id of the previous page. */
  afterId?: number;
  /** OParl's created/modified filters. */
  times?: TimeFilter;
  /** Only these bodies (the change feed's records). */
  ids?: number[];
  limit: number;
}

const BODY_CREATED = sql`"bodies"."created_at"`;
const BODY_MODIFIED = sql`"bodies"."updated_at"`;

const bodyColumns = {
  id: bodies.id,
  slug: bodies.slug,
  name: bodies.name,
  kind: bodies.kind,
  level: bodies.level,
  description: bodies.description,
  isFictitious: bodies.isFictitious,
  publisher: publisherRef(sql`"bodies"."publisher_id"`),
  regionSlug: regions.slug,
  regionName: regions.name,
  successorSlug: sql<string | null>`(select s.slug from bodies s where s.id = "bodies"."successor_id")`,
  successorName: sql<string | null>`(select s.name from bodies s where s.id = "bodies"."successor_id")`,
  municipalities: sql<string[] | null>`(select array_agg(mu.name order by mu.name) from body_municipalities bm
    join municipalities mu on mu.code = bm.municipality_code where bm.body_id = "bodies"."id")`,
  meetingCount: bodyMeetingCount,
  createdAt: epochMs(BODY_CREATED),
  modifiedAt: epochMs(BODY_MODIFIED),
};

type BodyRow = Omit<ApiBody, 'region' | 'successor' | 'municipalities' | 'createdAt' | 'modifiedAt'> & {
  regionSlug: string | null;
  regionName: string | null;
  successorSlug: string | null;
  successorName: string | null;
  municipalities: string[] | null;
  createdAt: number | string | null;
  modifiedAt: number | string | null;
};

function toApiBody(row: BodyRow): ApiBody {
  const { regionSlug, regionName, successorSlug, successorName, municipalities, createdAt, modifiedAt, ...body } = row;
  return {
    ...body,
    region: linkOf(regionName, regionSlug),
    successor: linkOf(successorName, successorSlug),
    municipalities: municipalities ?? [],
    meetingCount: Number(body.meetingCount),
    createdAt: storedInstantOf(createdAt),
    modifiedAt: storedInstantOf(modifiedAt),
  };
}

export async function listApiBodies(db: Db, input: BodyListInput): Promise<Page<ApiBody>> {
  const conditions = [
    ...bodyFilters(input),
    input.kind ? eq(bodies.kind, input.kind) : undefined,
    ...timeConditions(input.times, BODY_CREATED, BODY_MODIFIED),
    input.ids
      ? sql`"bodies"."id" in (${sql.join(
          (input.ids.length > 0 ? input.ids : [0]).map((id) => sql`${id}`),
          sql`, `,
        )})`
      : undefined,
    input.afterId !== undefined ? after([[sql`"bodies"."id"`, 'asc']], [input.afterId]) : undefined,
  ];
  const rows = await db
    .select(bodyColumns)
    .from(bodies)
    .leftJoin(regions, eq(regions.id, bodies.regionId))
    .where(and(...conditions))
    .orderBy(asc(bodies.id))
    .limit(input.limit + 1);
  return pageOf(rows.map(toApiBody), input.limit);
}

/** The body with this slug (only its current one: an old slug is redirected by the web layer). */
export async function findApiBody(db: Db, slug: string): Promise<ApiBody | null> {
  const [row] = await db
    .select(bodyColumns)
    .from(bodies)
    .leftJoin(regions, eq(regions.id, bodies.regionId))
    .where(eq(bodies.slug, slug));
  return row ? toApiBody(row) : null;
}

/**
 * The current slug of a body named by an older address: a slug it had before (an alias), else the
 * one body whose slug is "<publisher>--<slug>" (a slug from before publishers that no alias
 * records); null when there is none, or more than one.
 */
export async function findApiBodySlug(db: Db, slug: string): Promise<string | null> {
  const [aliased] = await db.select({ slug: bodies.slug }).from(bodies).where(bodySlugCondition(slug, bodiesTable));
  return aliased ? aliased.slug : slugOfBodyNamed(db, slug);
}

/** The first and latest change of any meeting: the archive's own created/modified. */
export async function archiveTimes(db: Db): Promise<{ createdAt: Date | null; modifiedAt: Date | null }> {
  const [row] = await db
    .select({
      createdAt: sql<number | null>`${epochMs(sql`min(created_at)`)}`,
      modifiedAt: sql<number | null>`${epochMs(sql`max(updated_at)`)}`,
    })
    .from(sql`meetings`);
  return { createdAt: instantOf(row?.createdAt ?? null), modifiedAt: instantOf(row?.modifiedAt ?? null) };
}
