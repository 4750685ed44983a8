/**
 * Forms: read the submitted fields, validate them with the route's zod schema, and on a problem
 * show the page again with what was typed and the problems — each at its field and all of them in
 * the error summary (render/html/forms.tsx) — with status 400, never half-saved:
 *
 *   const values = valuesOf(await c.req.parseBody());          // what was typed, kept in the form
 *   const parsed = validateForm(Schema, values);                  // validate
 *   if (!parsed.ok) return formPage(c, values, parsed.problems);  // …the page again, 400
 *   const result = await useCase({ ...parsed.value, actor });     // use case; its refusal → problems too
 */
import type { z } from 'zod';
import type { Problem } from '../../render/html/forms.js';

export type { Problem };

/** A parsed form body (application/x-www-form-urlencoded or multipart). */
export type FormBody = Record<string, string | File | (string | File)[]>;

/** A text field's value ('' when missing, a file or repeated), at most `max` characters. */
export function field(form: Record<string, unknown>, name: string, max = Number.POSITIVE_INFINITY): string {
  const value = form[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** The problems of a failed validation: each issue's message at the field it is about. */
export function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ field: String(issue.path[0] ?? ''), text: issue.message }));
}

/** Validates the form's values with the schema: the parsed value, or the problems to show. */
export function validateForm<T>(schema: z.ZodType<T>, values: unknown): Parsed<T> {
  const parsed = schema.safeParse(values);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsOf(parsed.error) };
}
