/**
 * Loads the reference data (regions, municipalities, other organisations, health councils and the
 * municipalities each covers) from src/db/reference/*.csv. Every region, municipality and other
 * organisation is a publisher with a slug; each health council belongs to its region (from 2027).
 * Then places what was stored before publishers existed (src/db/publishers.ts), and registers
 * the known publication sites (publication-sites.csv), each tied to its publisher and, for a
 * committee of a region's site, to its health council. Idempotent: existing rows are updated, none
 * duplicated, so an administrator's later corrections to the files are applied by running it again.
 *
 * A site that an admin has changed since (added, corrected, paused or retired through
 * `protokol site …` or /admin/kilder: `corrected_at` is set) is left as the admin left it; the
 * file never overwrites a correction. A site's state (active, paused, retired) is never set from
 * the file, and a row that leaves the file leaves its site in place (an admin retires it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { parseCsv } from '../domain/csv.js';
import { bodySlug, type OrganisationKind } from '../domain/publisher.js';
import { slugify } from '../domain/slug.js';
import type { Db, Tx } from './client.js';
import { loadInferenceFacts, placeUnpublishedRecords } from './publishers.js';
import { bodies, bodyMunicipalities, harvestSites, municipalities, organisations, regions } from './schema/index.js';

const REFERENCE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reference');

function readCsv(name: string) {
  return parseCsv(fs.readFileSync(path.join(REFERENCE_DIR, name), 'utf8'));
}

/** The health councils of the reference data with the region each belongs to from 2027. */
export function referenceHealthCouncils(): { name: string; region: string }[] {
  return readCsv('health-councils.csv').map((row) => ({ name: row.name, region: row.region_from_2027 }));
}

export interface ReferenceCounts {
  regions: number;
  municipalities: number;
  healthCouncils: number;
  publicationSites: number;
}

export async function loadReferenceData(db: Db): Promise<ReferenceCounts> {
  const regionRows = readCsv('regions.csv');
  const municipalityRows = readCsv('municipalities.csv');
  const councilRows = readCsv('health-councils.csv');
  const organisationRows = readCsv('organisations.csv');
  const siteRows = readCsv('publication-sites.csv');

  return db.transaction(async (tx) => {
    // Two processes starting at once load the same rows: one at a time.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('protokol:reference-data'))`);
    for (const row of regionRows) {
      const values = {
        name: row.name,
        slug: slugify(row.name),
        validFromOn: row.valid_from_on || null,
        validToOn: row.valid_to_on || null,
      };
      await tx.insert(regions).values(values).onConflictDoUpdate({ target: regions.name, set: values });
    }
    const regionIds = new Map((await tx.select().from(regions)).map((r) => [r.name, r.id]));
    const regionId = (name: string) => {
      const id = regionIds.get(name);
      if (!id) throw new Error(`Reference data names an unknown region: ${name}`);
      return id;
    };

    for (const row of regionRows) {
      await upsertOrganisation(tx, { name: row.name, kind: 'region', regionId: regionId(row.name) });
    }
    for (const row of municipalityRows) {
      const values = {
        code: row.code,
        name: row.name,
        regionId: regionId(row.region_until_2026),
        regionFrom2027Id: regionId(row.region_from_2027),
      };
      await tx.insert(municipalities).values(values).onConflictDoUpdate({ target: municipalities.code, set: values });
      await upsertOrganisation(tx, {
        name: row.name,
        kind: 'municipality',
        regionId: values.regionFrom2027Id,
        municipalityCode: row.code,
      });
    }
    for (const row of organisationRows) {
      await upsertOrganisation(tx, {
        name: row.name,
        kind: row.kind as OrganisationKind,
        regionId: row.region ? regionId(row.region) : null,
      });
    }

    const facts = await loadInferenceFacts(tx, referenceHealthCouncils());
    await placeUnpublishedRecords(tx, facts);
    const publisherOf = new Map(facts.publishers.map((p) => [p.name, p]));
    for (const row of councilRows) await upsertCouncil(tx, row, municipalityRows, publisherOf, regionId);
    for (const row of siteRows) await upsertReferenceSite(tx, row);

    return {
      regions: regionRows.length,
      municipalities: municipalityRows.length,
      healthCouncils: councilRows.length,
      publicationSites: siteRows.length,
    };
  });
}

async function upsertOrganisation(
  tx: Tx,
  values: { name: string; kind: OrganisationKind; regionId: number | null; municipalityCode?: string },
): Promise<void> {
  const row = { ...values, slug: slugify(values.name) };
  await tx.insert(organisations).values(row).onConflictDoUpdate({ target: organisations.name, set: row });
}

/** A health council belongs to its region's publisher and covers the municipalities the files give it. */
async function upsertCouncil(
  tx: Tx,
  row: Record<string, string>,
  municipalityRows: Record<string, string>[],
  publisherOf: Map<string, { id: number; slug: string }>,
  regionId: (name: string) => number,
): Promise<void> {
  const publisher = publisherOf.get(row.region_from_2027);
  if (!publisher) throw new Error(`Reference data: no publisher for ${row.region_from_2027}`);
  const values = {
    slug: bodySlug(publisher.slug, row.name),
    name: row.name,
    kind: 'health_council' as const,
    regionId: regionId(row.region_from_2027),
    publisherId: publisher.id,
  };
  const [council] = await tx
    .insert(bodies)
    .values(values)
    .onConflictDoUpdate({ target: bodies.slug, set: values })
    .returning({ id: bodies.id });
  const covered = municipalityRows.filter((m) => m.health_council === row.name).map((m) => m.code);
  if (covered.length !== Number(row.municipalities)) {
    throw new Error(
      `Reference data disagree: ${row.name} should cover ${row.municipalities} municipalities, municipalities.csv gives ${covered.length}`,
    );
  }
  await tx.delete(bodyMunicipalities).where(sql`${bodyMunicipalities.bodyId} = ${council.id}`);
  await tx.insert(bodyMunicipalities).values(covered.map((code) => ({ bodyId: council.id, municipalityCode: code })));
}

/** "Region Syddanmark|Sundhedsråd Fyn" for one committee of a region's site, else "Greve Kommune|https://…". */
export function referenceSiteKey(row: { publisher: string; body: string; site: string }): string {
  return `${row.publisher}|${row.body || normalizedAddress(row.site)}`;
}

const normalizedAddress = (site: string) => site.trim().replace(/\/+$/, '').toLowerCase();

/**
 * One known site: inserted when new (or an admin's registration of the same address, publisher and
 * committees adopted), updated from the file unless an admin has changed it since (`corrected_at`).
 */
async function upsertReferenceSite(tx: Tx, row: Record<string, string>): Promise<void> {
  const [publisher] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, row.publisher));
  if (!publisher) throw new Error(`Reference data: publication site of an unknown publisher: ${row.publisher}`);
  let bodyId: number | null = null;
  if (row.body) {
    const [body] = await tx
      .select({ id: bodies.id })
      .from(bodies)
      .where(and(eq(bodies.publisherId, publisher.id), eq(bodies.name, row.body)));
    if (!body) throw new Error(`Reference data: ${row.body} is not a body of ${row.publisher}`);
    bodyId = body.id;
  }
  const referenceKey = referenceSiteKey({ publisher: row.publisher, body: row.body, site: row.site });
  const values = {
    url: row.site ? normalizedAddress(row.site) : null,
    publisherId: publisher.id,
    bodyId,
    bodies: row.committee_id ? [row.committee_id.toLowerCase()] : [],
  };
  const [known] = await tx
    .select({ id: harvestSites.id, correctedAt: harvestSites.correctedAt })
    .from(harvestSites)
    .where(eq(harvestSites.referenceKey, referenceKey));
  if (known) {
    if (!known.correctedAt) await tx.update(harvestSites).set(values).where(eq(harvestSites.id, known.id));
    return;
  }
  const registered = values.url
    ? (
        await tx
          .select({ id: harvestSites.id, bodies: harvestSites.bodies })
          .from(harvestSites)
          .where(
            and(
              eq(harvestSites.url, values.url),
              eq(harvestSites.publisherId, publisher.id),
              isNull(harvestSites.referenceKey),
            ),
          )
      ).find((site) => JSON.stringify([...site.bodies].sort()) === JSON.stringify(values.bodies))
    : undefined;
  if (registered) {
    await tx.update(harvestSites).set({ referenceKey, bodyId }).where(eq(harvestSites.id, registered.id));
    return;
  }
  await tx.insert(harvestSites).values({ ...values, referenceKey });
}
