/**
 * Keyset pagination: "the rows after this one" in a given order, as a condition on the sort key,
 * so that a page never repeats or skips a row when rows are added elsewhere (unlike OFFSET), and
 * every page costs one index range scan however deep it is.
 */
import { type SQL, sql } from 'drizzle-orm';

export type SortKey = readonly [column: SQL, direction: 'asc' | 'desc'];

/** Rows strictly after `values` in the order of `keys` (the last key must be unique). */
export function after(keys: readonly SortKey[], values: readonly unknown[]): SQL {
  const alternatives: SQL[] = [];
  for (let i = 0; i < keys.length; i++) {
    const parts: SQL[] = [];
    for (let j = 0; j < i; j++) parts.push(sql`${keys[j][0]} = ${values[j]}`);
    const [column, direction] = keys[i];
    parts.push(direction === 'asc' ? sql`${column} > ${values[i]}` : sql`${column} < ${values[i]}`);
    alternatives.push(sql`(${sql.join(parts, sql` and `)})`);
  }
  return sql`(${sql.join(alternatives, sql` or `)})`;
}

/** ORDER BY for the keys. */
export function orderOf(keys: readonly SortKey[]): SQL {
  return sql.join(
    keys.map(([column, direction]) => (direction === 'asc' ? sql`${column} asc` : sql`${column} desc`)),
    sql`, `,
  );
}

export interface Page<T> {
  rows: T[];
  /** True when there are rows after the last one. */
  hasMore: boolean;
}

/** Fetches `limit + 1` rows to know whether there is a next page; returns `limit` of them. */
export function pageOf<T>(rows: T[], limit: number): Page<T> {
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}
