/**
 * The conditions by which the open-data queries and the search filter bodies and what belongs to
 * them: by the body's slug (or one it had before), by its publisher (the slug "ukendt-udgiver",
 * UNKNOWN_PUBLISHER_SLUG, for the bodies and cases whose publisher is not known) and by region.
 * Each takes the columns it tests as SQL, so that it serves a table as well as an alias.
 */
import { type SQL, sql } from 'drizzle-orm';
import { UNKNOWN_PUBLISHER_SLUG } from '../../domain/publisher.js';
import { bodies } from '../schema/index.js';

/** A body's columns as the conditions test them. */
export interface BodyColumns {
  id: SQL;
  slug: SQL;
  regionId: SQL;
  publisherId: SQL;
}

/** The `bodies` table's own columns. */
export const bodiesTable: BodyColumns = {
  id: sql`${bodies.id}`,
  slug: sql`${bodies.slug}`,
  regionId: sql`${bodies.regionId}`,
  publisherId: sql`${bodies.publisherId}`,
};

/** The columns of `bodies` under an alias of a raw statement ("b" in `join bodies b`). */
export function bodyAlias(alias: string): BodyColumns {
  const column = (name: string) => sql.raw(`${alias}.${name}`);
  return { id: column('id'), slug: column('slug'), regionId: column('region_id'), publisherId: column('publisher_id') };
}

/** What the open-data lists filter by the body of what they list. */
export interface BodyFilterInput {
  /** A body's slug, or one it had before. */
  body?: string;
  /** The body's publisher's slug ("ukendt-udgiver": bodies whose publisher is not known). */
  publisher?: string;
  /** A region's slug: bodies of the region and of the publishers in it. */
  region?: string;
}

/** The open-data lists' filters of a body: by slug, publisher and region (each undefined when not asked for). */
export function bodyFilters(input: BodyFilterInput, body: BodyColumns = bodiesTable): (SQL | undefined)[] {
  return [
    bodySlugCondition(input.body, body),
    publisherCondition(input.publisher, body.publisherId),
    bodyRegionCondition(input.region, body),
  ];
}

/** `publisherId` is the publisher with this slug (or null for "ukendt-udgiver"); undefined without a filter. */
export function publisherCondition(publisher: string | undefined, publisherId: SQL): SQL | undefined {
  if (publisher === undefined) return undefined;
  if (publisher === UNKNOWN_PUBLISHER_SLUG) return sql`${publisherId} is null`;
  return sql`${publisherId} = (select o.id from organisations o where o.slug = ${publisher})`;
}

/** The ids of the publishers in a region: the region itself, its municipalities (before and from 2027), and others in it. */
export function publishersInRegion(region: string): SQL {
  return sql`(select o.id from organisations o left join municipalities mu on mu.code = o.municipality_code
    join regions r on r.slug = ${region}
    where o.region_id = r.id or mu.region_id = r.id or mu.region_from_2027_id = r.id)`;
}

/**
 * A body in a region (the portal's search too): a body of the region
 * (a health council) or of a publisher in it (the region's own committees, its municipalities'
 * before and from 2027, its KKR's); undefined without a filter.
 */
export function bodyRegionCondition(
  region: string | undefined,
  body: { regionId: SQL; publisherId: SQL },
): SQL | undefined {
  if (region === undefined) return undefined;
  return sql`(${body.regionId} = (select r.id from regions r where r.slug = ${region})
    or ${body.publisherId} in ${publishersInRegion(region)})`;
}

/** A body named by its slug, or by a slug it had before (from before publishers): old links keep working. */
export function bodySlugCondition(slug: string | undefined, body: { id: SQL; slug: SQL }): SQL | undefined {
  if (slug === undefined) return undefined;
  return sql`(${body.slug} = ${slug} or ${body.id} = (select a.body_id from body_slug_aliases a where a.slug = ${slug}))`;
}
