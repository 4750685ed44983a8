/** "Find dit sundhedsråd": the health councils that cover a municipality, by its publisher's slug. */
import { sql } from 'drizzle-orm';
import { type Db, selectRows } from '../client.js';

export interface MunicipalityCouncils {
  municipality: { name: string; slug: string };
  /** Usually one; in name order. */
  councils: { name: string; slug: string }[];
}

/** The municipality with this slug and its health councils; null when there is no such municipality. */
export async function findMunicipalityCouncils(db: Db, slug: string): Promise<MunicipalityCouncils | null> {
  const rows = await selectRows<{
    name: string;
    slug: string;
    council_name: string | null;
    council_slug: string | null;
  }>(
    db,
    sql`select o.name, o.slug, b.name as council_name, b.slug as council_slug
        from organisations o
        left join body_municipalities bm on bm.municipality_code = o.municipality_code
        left join bodies b on b.id = bm.body_id and b.kind = 'health_council'
        where o.slug = ${slug} and o.kind = 'municipality'
        order by b.name`,
  );
  if (rows.length === 0) return null;
  return {
    municipality: { name: rows[0].name, slug: rows[0].slug },
    councils: rows.flatMap((row) =>
      row.council_name && row.council_slug ? [{ name: row.council_name, slug: row.council_slug }] : [],
    ),
  };
}
