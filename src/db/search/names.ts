/**
 * Names found by a search, shown above the items it found: the publishers (regions, municipalities,
 * other organisations) and bodies whose name has every word of the query at the start of one of its
 * words ("vejle" → Vejle Kommune, "lillebælt" → Sundhedsråd Lillebælt), a found publisher's
 * bodies, and the health councils that cover a found municipality (Vejle → Sundhedsråd Lillebælt).
 * Case does not matter, Danish letters included. Words every such name has ("kommune", "region",
 * "sundhedsråd" …) are left out: "Vejle Kommune" is a search for Vejle, and "kommune" alone for no
 * name. Small reference tables only: none of it touches the items.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { BodyKind } from '../../domain/body-kind.js';
import type { OrganisationKind } from '../../domain/publisher.js';
import { type Db, selectRows } from '../client.js';
import { linkOf } from '../selections.js';

export interface NameHits {
  publishers: { name: string; slug: string; kind: OrganisationKind }[];
  /** The health councils of the municipalities found, each with the municipality's name. */
  councils: { name: string; slug: string; municipality: string }[];
  /** Bodies found by their own name or their publisher's, but not the councils above. */
  bodies: { name: string; slug: string; kind: BodyKind; publisher: { name: string; slug: string } | null }[];
}

/** How many of each a search shows. */
export const NAME_HITS_LIMIT = 8;

/** Words that say what kind of thing a name is, not which: a search for them alone names nothing. */
const GENERIC_WORDS = new Set([
  'kommune',
  'kommunes',
  'region',
  'regionen',
  'sundhedsråd',
  'sundhedsrådet',
  'udvalg',
  'udvalget',
  'og',
  'i',
  'for',
  'af',
  'eller',
  'or',
]);

/** The query's words to look for in names: lower case, letters and digits only, generic words left out. */
export function nameTerms(query: string): string[] {
  const words = query
    .toLocaleLowerCase('da')
    .split(/\s+/)
    .filter((word) => !word.startsWith('-'))
    .flatMap((word) => word.split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= 2 && !GENERIC_WORDS.has(word));
  return [...new Set(words)].slice(0, 6);
}

/** Every term starts a word of the name (words parted by spaces, hyphens and punctuation). */
function nameMatches(column: SQL, terms: string[]): SQL {
  const words = sql`(' ' || translate(lower(${column}), '-/().,''', '        '))`;
  return sql.join(
    terms.map((term) => sql`${words} like ${`% ${term}%`}`),
    sql` and `,
  );
}

export async function findNames(db: Db, query: string): Promise<NameHits> {
  const terms = nameTerms(query);
  if (terms.length === 0) return { publishers: [], councils: [], bodies: [] };
  const [publishers, councils, bodies] = await Promise.all([
    selectRows<{ name: string; slug: string; kind: OrganisationKind }>(
      db,
      sql`select o.name, o.slug, o.kind from organisations o
          where o.slug is not null and ${nameMatches(sql`o.name`, terms)}
          order by o.name limit ${NAME_HITS_LIMIT}`,
    ),
    selectRows<{ name: string; slug: string; municipality: string }>(
      db,
      sql`select b.name, b.slug, string_agg(mu.name, ', ' order by mu.name) as municipality
          from municipalities mu
          join body_municipalities bm on bm.municipality_code = mu.code
          join bodies b on b.id = bm.body_id and b.kind = 'health_council'
          where ${nameMatches(sql`mu.name`, terms)}
          group by b.name, b.slug
          order by b.name limit ${NAME_HITS_LIMIT}`,
    ),
    selectRows<{
      name: string;
      slug: string;
      kind: BodyKind;
      publisher_name: string | null;
      publisher_slug: string | null;
    }>(
      db,
      sql`select b.name, b.slug, b.kind, o.name as publisher_name, o.slug as publisher_slug
          from bodies b left join organisations o on o.id = b.publisher_id
          where ${nameMatches(sql`b.name`, terms)} or (o.slug is not null and ${nameMatches(sql`o.name`, terms)})
          order by b.name, b.slug limit ${NAME_HITS_LIMIT * 2}`,
    ),
  ]);
  const councilSlugs = new Set(councils.map((council) => council.slug));
  return {
    publishers,
    councils,
    bodies: bodies
      .filter((body) => !councilSlugs.has(body.slug))
      .slice(0, NAME_HITS_LIMIT)
      .map((body) => ({
        name: body.name,
        slug: body.slug,
        kind: body.kind,
        publisher: linkOf(body.publisher_name, body.publisher_slug),
      })),
  };
}
