/** Instants of the open-data queries: read as epoch milliseconds, the same on both drivers. */
import { type SQL, sql } from 'drizzle-orm';

/** A timestamptz as milliseconds since the epoch: the same number on both drivers, whatever the session's time zone. */
export function epochMs(value: SQL): SQL<number | null> {
  return sql<number | null>`(extract(epoch from ${value}) * 1000)::float8`;
}

/** Milliseconds (as the drivers return float8) → Date. */
export function instantOf(value: number | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  return new Date(Number(value));
}
