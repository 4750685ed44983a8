/** Read queries for regions and the health councils in them. */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { bodies, bodyMunicipalities, regions } from '../schema/index.js';

export interface RegionWithCouncils {
  id: number;
  name: string;
  slug: string;
  validToOn: string | null;
  validFromOn: string | null;
  councils: { id: number; name: string; slug: string; municipalityCount: number; isFictitious: boolean }[];
}

/** Every region with its health councils (by the 2027 regions), in name order. */
export async function listRegionsWithCouncils(db: Db): Promise<RegionWithCouncils[]> {
  const regionRows = await db.select().from(regions).orderBy(asc(regions.name));
  const councilRows = await db
    .select({
      id: bodies.id,
      name: bodies.name,
      slug: bodies.slug,
      regionId: bodies.regionId,
      isFictitious: bodies.isFictitious,
    })
    .from(bodies)
    .where(eq(bodies.kind, 'health_council'))
    .orderBy(asc(bodies.name));
  const covered = await db.select({ bodyId: bodyMunicipalities.bodyId }).from(bodyMunicipalities);
  const countByBody = new Map<number, number>();
  for (const row of covered) countByBody.set(row.bodyId, (countByBody.get(row.bodyId) ?? 0) + 1);
  return regionRows.map((region) => ({
    id: region.id,
    name: region.name,
    slug: region.slug,
    validFromOn: region.validFromOn,
    validToOn: region.validToOn,
    councils: councilRows
      .filter((council) => council.regionId === region.id)
      .map((council) => ({
        id: council.id,
        name: council.name,
        slug: council.slug,
        municipalityCount: countByBody.get(council.id) ?? 0,
        isFictitious: council.isFictitious,
      })),
  }));
}

/** Every region's name and slug, in name order (for the search filter). */
export async function listRegions(db: Db): Promise<{ name: string; slug: string }[]> {
  return db.select({ name: regions.name, slug: regions.slug }).from(regions).orderBy(asc(regions.name));
}
