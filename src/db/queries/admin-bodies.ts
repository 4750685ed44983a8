/**
 * Read queries of the admins' bodies and publishers pages (web/admin): every body with its kind and
 * publisher — those whose publisher is unknown first — and every publisher, for the selects that
 * choose one and the list of publishers.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { BodyKind } from '../../domain/body-kind.js';
import type { OrganisationKind } from '../../domain/publisher.js';
import type { Db } from '../client.js';
import { bodies, organisations, regions } from '../schema/index.js';

export interface AdminBodyRow {
  id: number;
  name: string;
  slug: string;
  kind: BodyKind;
  /** Null: "publisher unknown", waiting for an admin. */
  publisher: { name: string; slug: string } | null;
}

/** Every body, those with an unknown publisher first, then by name. */
export function listAdminBodies(db: Db): Promise<AdminBodyRow[]> {
  return selectAdminBodies(db);
}

/** The body with the slug, with its publisher; null when there is none. */
export async function findAdminBody(db: Db, slug: string): Promise<AdminBodyRow | null> {
  return (await selectAdminBodies(db, slug))[0] ?? null;
}

async function selectAdminBodies(db: Db, slug?: string): Promise<AdminBodyRow[]> {
  const rows = await db
    .select({
      id: bodies.id,
      name: bodies.name,
      slug: bodies.slug,
      kind: bodies.kind,
      publisherName: organisations.name,
      publisherSlug: organisations.slug,
    })
    .from(bodies)
    .leftJoin(organisations, eq(organisations.id, bodies.publisherId))
    .where(slug === undefined ? undefined : eq(bodies.slug, slug))
    .orderBy(sql`${bodies.publisherId} is not null`, asc(bodies.name), asc(bodies.id));
  return rows.map(({ publisherName, publisherSlug, ...row }) => ({
    ...row,
    publisher: publisherName !== null ? { name: publisherName, slug: publisherSlug ?? '' } : null,
  }));
}

export interface PublisherChoiceRow {
  id: number;
  name: string;
  slug: string;
  kind: OrganisationKind;
  regionName: string | null;
  /** Added by an admin, not from the reference data. */
  createdAt: Date;
}

/** Every publisher (an organisation with a slug), by kind and name: the selects and the publishers' list. */
export async function listPublisherChoices(db: Db): Promise<PublisherChoiceRow[]> {
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      slug: organisations.slug,
      kind: organisations.kind,
      regionName: regions.name,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .leftJoin(regions, eq(regions.id, organisations.regionId))
    .where(sql`${organisations.slug} is not null`)
    .orderBy(asc(organisations.name));
  return rows.map((row) => ({ ...row, slug: row.slug ?? '' }));
}

/** Every region, by name: the publisher form's choice. */
export async function listRegionChoices(db: Db): Promise<{ id: number; name: string }[]> {
  return db.select({ id: regions.id, name: regions.name }).from(regions).orderBy(asc(regions.name));
}
