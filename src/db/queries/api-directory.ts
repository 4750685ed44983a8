/**
 * Read queries for the open-data interfaces (JSON API, OParl, export): bodies, persons,
 * memberships and regions, paged by keyset. All of it is public on the portal already; nothing
 * here touches agenda items.
 */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { BodyKind, BodyLevel } from '../../domain/body-kind.js';
import type { MembershipRole } from '../../domain/membership.js';
import type { Db } from '../client.js';
import { bodies, memberships, persons, regions } from '../schema/index.js';
import { after, type Page, pageOf, type SortKey } from './keyset.js';

/** A region filter: a region's slug, or null for bodies that belong to no region. */
export type RegionFilter = string | null | undefined;

export interface ApiBody {
  id: number;
  slug: string;
  name: string;
  kind: BodyKind;
  level: BodyLevel | null;
  description: string | null;
  isFictitious: boolean;
  region: { slug: string; name: string } | null;
  successor: { slug: string; name: string } | null;
  municipalities: string[];
  meetingCount: number;
  /** The first and the latest change of the body's meetings; null without meetings. */
  createdAt: Date | null;
  modifiedAt: Date | null;
}

export interface BodyListInput {
  region?: RegionFilter;
  kind?: BodyKind;
  /** The last id of the previous page. */
  afterId?: number;
  limit: number;
}

export function regionCondition(region: RegionFilter, column: SQL): SQL | undefined {
  if (region === undefined) return undefined;
  if (region === null) return sql`${column} is null`;
  return sql`${column} = (select r.id from regions r where r.slug = ${region})`;
}

const bodyColumns = {
  id: bodies.id,
  slug: bodies.slug,
  name: bodies.name,
  kind: bodies.kind,
  level: bodies.level,
  description: bodies.description,
  isFictitious: bodies.isFictitious,
  regionSlug: regions.slug,
  regionName: regions.name,
  successorSlug: sql<string | null>`(select s.slug from bodies s where s.id = "bodies"."successor_id")`,
  successorName: sql<string | null>`(select s.name from bodies s where s.id = "bodies"."successor_id")`,
  municipalities: sql<string[] | null>`(select array_agg(mu.name order by mu.name) from body_municipalities bm
    join municipalities mu on mu.code = bm.municipality_code where bm.body_id = "bodies"."id")`,
  meetingCount: sql<number>`(select count(*)::int from meetings m where m.body_id = "bodies"."id")`,
  createdAt: sql<
    number | null
  >`(select ${epochMs(sql`min(m.created_at)`)} from meetings m where m.body_id = "bodies"."id")`,
  modifiedAt: sql<
    number | null
  >`(select ${epochMs(sql`max(m.updated_at)`)} from meetings m where m.body_id = "bodies"."id")`,
};

interface BodyRow {
  id: number;
  slug: string;
  name: string;
  kind: BodyKind;
  level: BodyLevel | null;
  description: string | null;
  isFictitious: boolean;
  regionSlug: string | null;
  regionName: string | null;
  successorSlug: string | null;
  successorName: string | null;
  municipalities: string[] | null;
  meetingCount: number;
  createdAt: number | string | null;
  modifiedAt: number | string | null;
}

function toApiBody(row: BodyRow): ApiBody {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    level: row.level,
    description: row.description,
    isFictitious: row.isFictitious,
    region: row.regionSlug && row.regionName ? { slug: row.regionSlug, name: row.regionName } : null,
    successor: row.successorSlug && row.successorName ? { slug: row.successorSlug, name: row.successorName } : null,
    municipalities: row.municipalities ?? [],
    meetingCount: Number(row.meetingCount),
    createdAt: instantOf(row.createdAt),
    modifiedAt: instantOf(row.modifiedAt),
  };
}

/** A timestamptz as milliseconds since the epoch: the same number on both drivers, whatever the session's time zone. */
export function epochMs(value: SQL): SQL<number | null> {
  return sql<number | null>`(extract(epoch from ${value}) * 1000)::float8`;
}

/** Milliseconds (as the drivers return float8) → Date. */
export function instantOf(value: number | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  return new Date(Number(value));
}

export async function listApiBodies(db: Db, input: BodyListInput): Promise<Page<ApiBody>> {
  const conditions = [
    regionCondition(input.region, sql`${bodies.regionId}`),
    input.kind ? eq(bodies.kind, input.kind) : undefined,
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

export async function findApiBody(db: Db, slug: string): Promise<ApiBody | null> {
  const [row] = await db
    .select(bodyColumns)
    .from(bodies)
    .leftJoin(regions, eq(regions.id, bodies.regionId))
    .where(eq(bodies.slug, slug));
  return row ? toApiBody(row) : null;
}

export interface ApiPerson {
  id: number;
  slug: string;
  name: string;
}

export interface PersonListInput {
  /** Persons with a membership of this body (slug). */
  body?: string;
  /** Persons with a membership of a body in this region. */
  region?: RegionFilter;
  afterId?: number;
  limit: number;
}

export async function listApiPersons(db: Db, input: PersonListInput): Promise<Page<ApiPerson>> {
  const membershipOf: SQL[] = [];
  if (input.body) membershipOf.push(sql`b.slug = ${input.body}`);
  const region = regionCondition(input.region, sql`b.region_id`);
  if (region) membershipOf.push(region);
  const conditions = [
    membershipOf.length > 0
      ? sql`exists (select 1 from memberships ms join bodies b on b.id = ms.body_id
          where ms.person_id = "persons"."id" and ${sql.join(membershipOf, sql` and `)})`
      : undefined,
    input.afterId !== undefined ? after([[sql`"persons"."id"`, 'asc']], [input.afterId]) : undefined,
  ];
  const rows = await db
    .select({ id: persons.id, slug: persons.slug, name: persons.name })
    .from(persons)
    .where(and(...conditions))
    .orderBy(asc(persons.id))
    .limit(input.limit + 1);
  return pageOf(rows, input.limit);
}

export async function findApiPerson(db: Db, slug: string): Promise<ApiPerson | null> {
  const [row] = await db
    .select({ id: persons.id, slug: persons.slug, name: persons.name })
    .from(persons)
    .where(eq(persons.slug, slug));
  return row ?? null;
}

export interface ApiMembership {
  id: number;
  person: { slug: string; name: string };
  body: { slug: string; name: string; regionSlug: string | null };
  role: MembershipRole;
  party: string | null;
  organisation: string | null;
  title: string | null;
  fromOn: string | null;
  toOn: string | null;
}

export interface MembershipListInput {
  body?: string;
  person?: string;
  /** Memberships of any of these bodies / persons (slugs). */
  bodies?: string[];
  persons?: string[];
  region?: RegionFilter;
  afterId?: number;
  limit: number;
}

const membershipColumns = {
  id: memberships.id,
  person: { slug: persons.slug, name: persons.name },
  body: {
    slug: bodies.slug,
    name: bodies.name,
    regionSlug: sql<string | null>`(select r.slug from regions r where r.id = "bodies"."region_id")`,
  },
  role: memberships.role,
  party: memberships.party,
  organisation: memberships.organisation,
  title: memberships.title,
  fromOn: memberships.fromOn,
  toOn: memberships.toOn,
};

export async function listApiMemberships(db: Db, input: MembershipListInput): Promise<Page<ApiMembership>> {
  const keys: SortKey[] = [[sql`${memberships.id}`, 'asc']];
  const rows = await db
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
    .where(
      and(
        input.body ? eq(bodies.slug, input.body) : undefined,
        input.person ? eq(persons.slug, input.person) : undefined,
        input.bodies ? inArray(bodies.slug, input.bodies.length > 0 ? input.bodies : ['']) : undefined,
        input.persons ? inArray(persons.slug, input.persons.length > 0 ? input.persons : ['']) : undefined,
        regionCondition(input.region, sql`${bodies.regionId}`),
        input.afterId !== undefined ? after(keys, [input.afterId]) : undefined,
      ),
    )
    .orderBy(asc(memberships.id))
    .limit(input.limit + 1);
  return pageOf(rows, input.limit);
}

export async function findApiMembership(db: Db, id: number): Promise<ApiMembership | null> {
  const [row] = await db
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
    .where(eq(memberships.id, id));
  return row ?? null;
}

export interface ApiRegion {
  slug: string;
  name: string;
  validFromOn: string | null;
  validToOn: string | null;
  bodyCount: number;
  createdAt: Date | null;
  modifiedAt: Date | null;
}

/**
 * The regions, and (as slug null) the bodies that belong to none when there are such: the OParl
 * endpoint serves one OParl Body per region.
 */
export async function listApiRegions(db: Db): Promise<ApiRegion[]> {
  const rows = await db
    .select({
      slug: regions.slug,
      name: regions.name,
      validFromOn: regions.validFromOn,
      validToOn: regions.validToOn,
      bodyCount: sql<number>`(select count(*)::int from bodies b where b.region_id = "regions"."id")`,
      createdAt: sql<
        number | null
      >`(select ${epochMs(sql`min(m.created_at)`)} from meetings m join bodies b on b.id = m.body_id
        where b.region_id = "regions"."id")`,
      modifiedAt: sql<
        number | null
      >`(select ${epochMs(sql`max(m.updated_at)`)} from meetings m join bodies b on b.id = m.body_id
        where b.region_id = "regions"."id")`,
    })
    .from(regions)
    .orderBy(asc(regions.id));
  const result: ApiRegion[] = rows.map((row) => ({
    ...row,
    bodyCount: Number(row.bodyCount),
    createdAt: instantOf(row.createdAt),
    modifiedAt: instantOf(row.modifiedAt),
  }));
  const [orphans] = await db
    .select({
      bodyCount: sql<number>`count(*)::int`,
      createdAt: sql<
        number | null
      >`(select ${epochMs(sql`min(m.created_at)`)} from meetings m join bodies b on b.id = m.body_id
        where b.region_id is null)`,
      modifiedAt: sql<
        number | null
      >`(select ${epochMs(sql`max(m.updated_at)`)} from meetings m join bodies b on b.id = m.body_id
        where b.region_id is null)`,
    })
    .from(bodies)
    .where(sql`${bodies.regionId} is null`);
  if (orphans && Number(orphans.bodyCount) > 0) {
    result.push({
      slug: '',
      name: '',
      validFromOn: null,
      validToOn: null,
      bodyCount: Number(orphans.bodyCount),
      createdAt: instantOf(orphans.createdAt),
      modifiedAt: instantOf(orphans.modifiedAt),
    });
  }
  return result;
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
