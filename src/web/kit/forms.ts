/**
 * Forms: read the submitted fields, validate them with the route's zod schema, and on a problem
 * show the page again with what was typed and the problems — each at its field and all of them in
 * the error summary (render/html/forms.tsx) — with status 400, never half-saved:
 *
 *   const values = valuesOf(await c.req.parseBody());          // what was typed, kept in the form
 *   const parsed = validateForm(Schema, values);                  // validate
 *   if (!parsed.ok) return formPage(c, values, parsed.problems);  // …the page again, 400
 *   const result = await useCase({ ...parsed.value, actor });     // use case; its refusal → problems too
 *
 * `submitForm` takes the steps after reading: the problems or the use case, then on to the next page
 * (303) or the form again with the use case's refusals in words (`refusalProblems`).
 */
import type { Context } from 'hono';
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

/** The text fields named by the keys of `empty` (the form when new), each at most `maxOf(name)` characters. */
export function typedValues<T extends object>(
  form: Record<string, unknown>,
  empty: T,
  maxOf: (name: string) => number,
): T {
  return Object.fromEntries(Object.keys(empty).map((name) => [name, field(form, name, maxOf(name))])) as T;
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

/** A use case's refusal of one field: which field and why, in the use case's own terms. */
export interface Refusal<F extends string, R extends string> {
  field: F;
  reason: R;
}

/** The Danish words of a use case's refusals, per field and reason. */
export type RefusalTexts<F extends string, R extends string> = Record<F, Partial<Record<R, string>>>;

/**
 * The refusals as problems at the form's fields (`fieldOf`, when the form names a field otherwise);
 * a reason without words of its own says the field is not filled in right.
 */
export function refusalProblems<F extends string, R extends string>(
  texts: RefusalTexts<F, R>,
  refusals: readonly Refusal<F, R>[],
  fieldOf: (refusal: Refusal<F, R>) => string = (refusal) => refusal.field,
): Problem[] {
  return refusals.map((refusal) => ({
    field: fieldOf(refusal),
    text: texts[refusal.field][refusal.reason] ?? 'Feltet er ikke udfyldt rigtigt.',
  }));
}

/**
 * A form's submission after its values are read and validated: with problems, the form again; else
 * the use case (`run`), then a 303 to where its success leads (`done`) or the form again with its
 * refusal in words (`refused`). `again` shows the form with what was typed (status 400).
 */
export async function submitForm<T, R extends { ok: boolean }>(
  c: Context,
  step: {
    parsed: Parsed<T>;
    run: (value: T) => Promise<R>;
    done: (result: Extract<R, { ok: true }>) => string;
    refused: (result: Extract<R, { ok: false }>) => Problem[];
    again: (problems: Problem[]) => Promise<Response> | Response;
  },
): Promise<Response> {
  if (!step.parsed.ok) return step.again(step.parsed.problems);
  const result = await step.run(step.parsed.value);
  return result.ok
    ? c.redirect(step.done(result as Extract<R, { ok: true }>), 303)
    : step.again(step.refused(result as Extract<R, { ok: false }>));
}
