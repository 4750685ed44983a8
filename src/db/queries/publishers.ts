/**
 * Read queries for the publishers' pages (/udgiver, /udgiver/:slug) and the portal's choices of a
 * publisher (the search filter, "Find din kommune"): what a publisher is, the regions it lies in,
 * the health council that covers a municipality, and its bodies. Names are sorted the Danish way.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { BodyKind } from '../../domain/body-kind.js';
import type { OrganisationKind } from '../../domain/publisher.js';
import type { Db } from '../client.js';
import { bodies, bodyMunicipalities, municipalities, organisations, regions } from '../schema/index.js';
import { bodyMeetingCount, linkOf } from '../selections.js';
import { publisherCountColumns } from './api-publishers.js';

export interface PublisherListEntry {
  slug: string;
  name: string;
  kind: OrganisationKind;
  /** The region it lies in (a municipality: its region from 2027); null for a region and national organisations. */
  region: { slug: string; name: string } | null;
  bodyCount: number;
  meetingCount: number;
}

export interface PublisherRegion {
  slug: string;
  name: string;
  validFromOn: string | null;
  validToOn: string | null;
}

export interface PublicPublisher {
  id: number;
  slug: string;
  name: string;
  kind: OrganisationKind;
  /** The regions it lies in: a municipality's until 2026 and from 2027 (one when they are the same); none for a region itself. */
  regions: PublisherRegion[];
  /** The health councils that cover a municipality (none for other publishers). */
  healthCouncils: { name: string; slug: string; isFictitious: boolean }[];
}

export interface PublisherBody {
  name: string;
  slug: string;
  kind: BodyKind;
  isFictitious: boolean;
  meetingCount: number;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'da');

/** Every publisher with a slug, in Danish name order, with its region and how many bodies and meetings it has. */
export async function listPublishers(db: Db): Promise<PublisherListEntry[]> {
  const rows = await db
    .select({
      slug: sql<string>`${organisations.slug}`,
      name: organisations.name,
      kind: organisations.kind,
      regionSlug: regions.slug,
      regionName: regions.name,
      ...publisherCountColumns,
    })
    .from(organisations)
    .leftJoin(regions, sql`${regions.id} = ${organisations.regionId} and ${organisations.kind} <> 'region'`)
    .where(sql`${organisations.slug} is not null`);
  return rows
    .map(({ regionSlug, regionName, ...row }) => ({
      ...row,
      bodyCount: Number(row.bodyCount),
      meetingCount: Number(row.meetingCount),
      region: linkOf(regionName, regionSlug),
    }))
    .sort(byName);
}

/** The publisher with this slug: what it is, the regions it lies in and the councils that cover it; or null. */
export async function findPublisherBySlug(db: Db, slug: string): Promise<PublicPublisher | null> {
  const [publisher] = await db
    .select({
      id: organisations.id,
      slug: sql<string>`${organisations.slug}`,
      name: organisations.name,
      kind: organisations.kind,
      regionId: organisations.regionId,
      municipalityCode: organisations.municipalityCode,
    })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  if (!publisher) return null;
  const { regionId, municipalityCode, ...rest } = publisher;
  const [regionRows, healthCouncils] = await Promise.all([
    publisherRegions(db, { kind: rest.kind, regionId, municipalityCode }),
    municipalityCode ? coveringCouncils(db, municipalityCode) : Promise.resolve([]),
  ]);
  return { ...rest, regions: regionRows, healthCouncils };
}

/** A municipality's regions (until 2026 and from 2027), another publisher's one region, none for a region. */
async function publisherRegions(
  db: Db,
  publisher: { kind: OrganisationKind; regionId: number | null; municipalityCode: string | null },
): Promise<PublisherRegion[]> {
  if (publisher.kind === 'region') return [];
  const columns = {
    slug: regions.slug,
    name: regions.name,
    validFromOn: regions.validFromOn,
    validToOn: regions.validToOn,
  };
  if (publisher.municipalityCode) {
    return db
      .select(columns)
      .from(regions)
      .innerJoin(municipalities, sql`${regions.id} in (${municipalities.regionId}, ${municipalities.regionFrom2027Id})`)
      .where(eq(municipalities.code, publisher.municipalityCode))
      .orderBy(sql`${regions.validFromOn} nulls first`, asc(regions.name));
  }
  if (publisher.regionId === null) return [];
  return db.select(columns).from(regions).where(eq(regions.id, publisher.regionId));
}

/** The health councils that cover a municipality. */
function coveringCouncils(db: Db, municipalityCode: string) {
  return db
    .select({ name: bodies.name, slug: bodies.slug, isFictitious: bodies.isFictitious })
    .from(bodyMunicipalities)
    .innerJoin(bodies, eq(bodies.id, bodyMunicipalities.bodyId))
    .where(sql`${bodyMunicipalities.municipalityCode} = ${municipalityCode} and ${bodies.kind} = 'health_council'`)
    .orderBy(asc(bodies.name));
}

/** The publisher's bodies, health councils first, then by kind and name, with their number of meetings. */
export async function listPublisherBodies(db: Db, publisherId: number): Promise<PublisherBody[]> {
  const rows = await db
    .select({
      name: bodies.name,
      slug: bodies.slug,
      kind: bodies.kind,
      isFictitious: bodies.isFictitious,
      meetingCount: bodyMeetingCount,
    })
    .from(bodies)
    .where(eq(bodies.publisherId, publisherId));
  const order = (kind: BodyKind) => (kind === 'health_council' ? 0 : 1);
  return rows
    .map((row) => ({ ...row, meetingCount: Number(row.meetingCount) }))
    .sort((a, b) => order(a.kind) - order(b.kind) || byName(a, b));
}
