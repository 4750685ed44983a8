/**
 * The query of an OParl list, validated with zod: `limit`, `cursor` and the four filters every
 * external list must take (OParl 1.1, 2.5 "Objektlisten und Paginierung", Filter: "Ein Server muss
 * diese Parameter bei allen externen Objektlisten unterstützen"): `created_since`,
 * `created_until`, `modified_since` and `modified_until`, each a full date-time with its offset
 * (2.4 "JSON-Ausgabe", Datums- und Zeitangaben: ISO 8601, e.g. 2014-01-01T00:00:00+01:00). A bad
 * value is a 400 whose problem names the parameter. The filters stay in `links` (listWithNext() in
 * lists.ts keeps the request's query and replaces only the cursor).
 */
import type { Context } from 'hono';
import { z } from 'zod';
import type { TimeFilter } from '../../db/queries/api-time.js';
import { AppError } from '../../errors.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../api/request-schemas.js';

/** "2014-01-01T00:00:00+01:00", "2014-01-01T00:00:00.5Z": a date, a time and an offset (Z or ±HH:MM). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

const instant = z
  .string()
  .regex(DATE_TIME, 'et tidspunkt med tidszone, fx 2026-01-01T00:00:00+01:00 / a date-time with offset')
  .transform((value) => new Date(value))
  .refine((date) => !Number.isNaN(date.getTime()), 'ikke et gyldigt tidspunkt / not a valid date-time');

export const TIME_PARAMETERS = ['created_since', 'created_until', 'modified_since', 'modified_until'] as const;

const listQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT, `et helt tal fra 1 til ${MAX_LIMIT} / an integer from 1 to ${MAX_LIMIT}`)
    .default(DEFAULT_LIMIT),
  cursor: z.string().optional(),
  created_since: instant.optional(),
  created_until: instant.optional(),
  modified_since: instant.optional(),
  modified_until: instant.optional(),
});

export interface ListQuery {
  limit: number;
  cursor: string | undefined;
  times: TimeFilter | undefined;
  /** OParl 2.8: removed objects are listed (`deleted: true`) when the client asks what changed since. */
  withRemoved: boolean;
}

/** The list's query, or a 400 naming each bad parameter. */
export function listQueryOf(c: Context): ListQuery {
  const raw: Record<string, string> = {};
  for (const name of ['limit', 'cursor', ...TIME_PARAMETERS]) {
    const value = c.req.query(name);
    if (value !== undefined && value !== '') raw[name] = value;
  }
  const parsed = listQuery.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'request');
      const message =
        name === 'limit' ? `et helt tal fra 1 til ${MAX_LIMIT} / an integer from 1 to ${MAX_LIMIT}` : issue.message;
      return `${name}: ${message}`;
    });
    throw new AppError('input_invalid', [...new Set(problems)].join('\n'));
  }
  const q = parsed.data;
  const times: TimeFilter = {
    createdSince: q.created_since,
    createdUntil: q.created_until,
    modifiedSince: q.modified_since,
    modifiedUntil: q.modified_until,
  };
  const any = Object.values(times).some((value) => value !== undefined);
  return {
    limit: q.limit,
    cursor: q.cursor,
    times: any ? times : undefined,
    withRemoved: q.modified_since !== undefined,
  };
}
