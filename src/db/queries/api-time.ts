/** Instants of the open-data queries: read as epoch milliseconds, the same on both drivers. */
import { type SQL, sql } from 'drizzle-orm';
import { meetings } from '../schema/index.js';

/** A timestamptz as milliseconds since the epoch: the same number on both drivers, whatever the session's time zone. */
export function epochMs(value: SQL): SQL<number | null> {
  return sql<number | null>`(extract(epoch from ${value}) * 1000)::float8`;
}

/** Milliseconds (as the drivers return float8) → Date. */
export function instantOf(value: number | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  return new Date(Number(value));
}

/** When a meeting was first stored and last changed, as epoch milliseconds (meetingTimesOf reads them). */
export const meetingTimeColumns = {
  createdAt: epochMs(sql`${meetings.createdAt}`),
  modifiedAt: epochMs(sql`${meetings.updatedAt}`),
};

/** An instant a stored row always has (the epoch's start, should it be missing after all). */
export function storedInstantOf(value: number | string | null | undefined): Date {
  return instantOf(value) ?? new Date(0);
}

/** A meeting's times as selected by meetingTimeColumns → dates. */
export function meetingTimesOf(row: { createdAt: number | string | null; modifiedAt: number | string | null }): {
  createdAt: Date;
  modifiedAt: Date;
} {
  return { createdAt: storedInstantOf(row.createdAt), modifiedAt: storedInstantOf(row.modifiedAt) };
}

/**
 * OParl's list filters (OParl 1.1, 2.5 "Objektlisten und Paginierung", Filter): `created_since`,
 * `created_until`, `modified_since`, `modified_until`, each an instant, inclusive at both ends.
 */
export interface TimeFilter {
  createdSince?: Date;
  createdUntil?: Date;
  modifiedSince?: Date;
  modifiedUntil?: Date;
}

/**
 * The filter's conditions on an object's created and modified instants (the same SQL that selects
 * them), compared to the second: objects show their instants to the second, so an object's own
 * `modified` given as `modified_until` keeps it in the list.
 */
export function timeConditions(filter: TimeFilter | undefined, created: SQL, modified: SQL): SQL[] {
  if (!filter) return [];
  const second = (value: SQL) => sql`date_trunc('second', ${value})`;
  const at = (date: Date) => second(sql`${date.toISOString()}::timestamptz`);
  return [
    filter.createdSince ? sql`${second(created)} >= ${at(filter.createdSince)}` : undefined,
    filter.createdUntil ? sql`${second(created)} <= ${at(filter.createdUntil)}` : undefined,
    filter.modifiedSince ? sql`${second(modified)} >= ${at(filter.modifiedSince)}` : undefined,
    filter.modifiedUntil ? sql`${second(modified)} <= ${at(filter.modifiedUntil)}` : undefined,
  ].filter((condition): condition is SQL => condition !== undefined);
}

/** Whether instants fit the filter (for an object made outside SQL: the Body of unknown publishers). */
export function fitsTimes(filter: TimeFilter | undefined, created: Date, modified: Date): boolean {
  if (!filter) return true;
  const s = (d: Date) => Math.floor(d.getTime() / 1000);
  const fits = (value: Date, bound: Date | undefined, sign: 1 | -1) => !bound || sign * (s(value) - s(bound)) >= 0;
  return (
    fits(created, filter.createdSince, 1) &&
    fits(created, filter.createdUntil, -1) &&
    fits(modified, filter.modifiedSince, 1) &&
    fits(modified, filter.modifiedUntil, -1)
  );
}
