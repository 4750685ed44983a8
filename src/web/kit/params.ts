/**
 * Path and query parameters. An id or slug that does not fit is not an error the reader can fix in
 * a form: the thing simply does not exist (404). Query parameters are validated with their zod
 * schema; what does not fit is a 400 page (or JSON error) naming each problem.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../../errors.js';
import { notFound } from './errors.js';

/** A database id in a path: digits only, within int4; anything else is null. */
export function parseId(value: string): number | null {
  if (!/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= 2_147_483_647 ? id : null;
}

/** A slug in a path ("anne-holm", a body's "region-syddanmark--sundhedsraad-fjordby"). */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/.test(value) && value.length <= 200;
}

/** The id in the path parameter `name`, or not found. */
export function idParam(c: Context, name = 'id'): number {
  const id = parseId(c.req.param(name) ?? '');
  if (id === null) throw notFound();
  return id;
}

/** Validates with the schema or throws AppError('input_invalid') listing every problem, one per line. */
export function validate<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError('input_invalid', parsed.error.issues.map((issue) => issue.message).join('\n'));
}
