/**
 * Loads the reference data (regions, municipalities, health councils and the municipalities each
 * covers) from src/db/reference/*.csv. Idempotent: existing rows are updated, none duplicated, so
 * an administrator's later corrections to the files are applied by running it again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { parseCsv } from '../domain/csv.js';
import { slugify } from '../domain/slug.js';
import type { Db } from './client.js';
import { bodies, bodyMunicipalities, municipalities, organisations, regions } from './schema/index.js';

const REFERENCE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reference');

function readCsv(name: string) {
  return parseCsv(fs.readFileSync(path.join(REFERENCE_DIR, name), 'utf8'));
}

export interface ReferenceCounts {
  regions: number;
  municipalities: number;
  healthCouncils: number;
}

export async function loadReferenceData(db: Db): Promise<ReferenceCounts> {
  const regionRows = readCsv('regions.csv');
  const municipalityRows = readCsv('municipalities.csv');
  const councilRows = readCsv('health-councils.csv');

  return db.transaction(async (tx) => {
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
      const values = { name: row.name, kind: 'region' as const, regionId: regionId(row.name) };
      await tx.insert(organisations).values(values).onConflictDoUpdate({ target: organisations.name, set: values });
    }
    for (const row of municipalityRows) {
      const values = {
        code: row.code,
        name: row.name,
        regionId: regionId(row.region_until_2026),
        regionFrom2027Id: regionId(row.region_from_2027),
      };
      await tx.insert(municipalities).values(values).onConflictDoUpdate({ target: municipalities.code, set: values });
      const organisation = {
        name: row.name,
        kind: 'municipality' as const,
        regionId: values.regionFrom2027Id,
        municipalityCode: row.code,
      };
      await tx
        .insert(organisations)
        .values(organisation)
        .onConflictDoUpdate({ target: organisations.name, set: organisation });
    }
    for (const [name, kind] of [
      ['PLO', 'plo'],
      ['KL', 'kl'],
    ] as const) {
      await tx.insert(organisations).values({ name, kind }).onConflictDoNothing();
    }

    for (const row of councilRows) {
      const values = {
        slug: slugify(row.name),
        name: row.name,
        kind: 'health_council' as const,
        regionId: regionId(row.region_from_2027),
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
      await tx
        .insert(bodyMunicipalities)
        .values(covered.map((code) => ({ bodyId: council.id, municipalityCode: code })));
    }

    return {
      regions: regionRows.length,
      municipalities: municipalityRows.length,
      healthCouncils: councilRows.length,
    };
  });
}
