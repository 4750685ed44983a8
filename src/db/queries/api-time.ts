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
