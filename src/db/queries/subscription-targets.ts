/**
 * What a subscription names: its target found by id (a body, a publisher, a case, a body's answers)
 * with its page's address, and a saved search's filters by their names.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, selectRows } from '../client.js';

/** What a subscription form names: a body, publisher or case by id, with its page's address. */
export async function findTargetLabel(
  db: DbOrTx,
  target: { kind: 'body' | 'publisher' | 'case' | 'answers'; id: number },
): Promise<{ label: string; link: string } | null> {
  const query =
    target.kind === 'publisher'
      ? sql`select name as label, '/udgiver/' || slug as link from organisations where id = ${target.id} and slug is not null`
      : target.kind === 'case'
        ? sql`select c.number || coalesce(' (' || o.name || ')', '') as label, '/sag/' || c.number || coalesce('?udgiver=' || o.slug, '') as link
          from cases c left join organisations o on o.id = c.publisher_id where c.id = ${target.id}`
        : sql`select name as label, '/organ/' || slug || ${target.kind === 'answers' ? '/spoergsmaal' : ''} as link
          from bodies where id = ${target.id}`;
  const [row] = await selectRows<{ label: string; link: string }>(db, query);
  return row ?? null;
}

/** A saved search's filters by name ("Region Syddanmark"); null when one does not exist. */
export async function describeSearchFilters(
  db: DbOrTx,
  filters: { organ?: string; udgiver?: string; region?: string; udfald?: string },
): Promise<string[] | null> {
  const names: string[] = [];
  const lookups: [string | undefined, ReturnType<typeof sql>][] = [
    [filters.organ, sql`select name from bodies where slug = ${filters.organ ?? ''}`],
    [filters.udgiver, sql`select name from organisations where slug = ${filters.udgiver ?? ''}`],
    [filters.region, sql`select name from regions where slug = ${filters.region ?? ''}`],
  ];
  for (const [slug, query] of lookups) {
    if (slug === undefined) continue;
    const [row] = await selectRows<{ name: string }>(db, query);
    if (!row) return null;
    names.push(row.name);
  }
  return names;
}
