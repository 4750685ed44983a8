/**
 * The zod schema of the portal's search parameters (/sog and its feed /sog.atom). Each problem is
 * at the parameter it is about and names the field in Danish: /sog shows it beside the field in its
 * form (`parseSearchQuery`), the feed a 400 page (`validate` in web/kit/params.ts). Dates are read
 * as a person types them ("23.03.2026" or "2026-03-23", domain/date-input.ts) and given on as ISO.
 */
import { z } from 'zod';
import type { SearchInput } from '../../db/search/search-items.js';
import { parseDateInput } from '../../domain/date-input.js';
import { DECISION_OUTCOMES } from '../../domain/decision.js';
import { kronerDecimal, parseAmount } from '../../domain/money.js';
import { SECTION_KINDS } from '../../domain/sections.js';
import type { Problem } from '../kit/forms.js';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A date filter: what was typed → "YYYY-MM-DD"; `label` is the field's Danish name. */
const date = (label: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .transform((value, context) => {
        const parsed = parseDateInput(value);
        if (parsed.ok) return parsed.date;
        context.addIssue({
          code: 'custom',
          message:
            parsed.reason === 'impossible'
              ? `${label}: ${value.trim()} findes ikke i kalenderen`
              : `${label}: skriv datoen som dd.mm.åååå eller åååå-mm-dd, fx 23.03.2026`,
        });
        return z.NEVER;
      })
      .optional(),
  );

const slug = (label: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/, { message: `${label}: ukendt værdi` })
      .max(200, { message: `${label}: ukendt værdi` })
      .optional(),
  );

export const SearchQuerySchema = z
  .object({
    q: z
      .string()
      .max(200, { message: 'Søg: søgeteksten må højst være 200 tegn' })
      .optional()
      .transform((value) => (value ?? '').trim()),
    organ: slug('Organ'),
    udgiver: slug('Udgiver'),
    region: slug('Region'),
    fra: date('Fra dato'),
    til: date('Til dato'),
    udfald: z.preprocess(
      emptyToUndefined,
      z.enum(DECISION_OUTCOMES, { message: 'Udfald: vælg et udfald på listen' }).optional(),
    ),
    afsnit: z.preprocess(
      emptyToUndefined,
      z.enum(SECTION_KINDS, { message: 'Afsnit: vælg et afsnit på listen' }).optional(),
    ),
    beloeb: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .max(40, { message: 'Beløb over: skriv et beløb, fx 1 mio. kr. eller 500.000 kr.' })
        .transform((value, context) => {
          const amount = parseAmount(value);
          if (amount && amount.ore >= 0n) return amount.ore;
          context.addIssue({ code: 'custom', message: 'Beløb over: skriv et beløb, fx 1 mio. kr. eller 500.000 kr.' });
          return z.NEVER;
        })
        .optional(),
    ),
    side: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ message: 'Side: skal være et helt tal' })
        .int({ message: 'Side: skal være et helt tal' })
        .min(1, { message: 'Side: skal være mindst 1' })
        .max(100, { message: 'Side: højst side 100' })
        .optional(),
    ),
  })
  .refine((value) => !value.fra || !value.til || value.fra <= value.til, {
    message: 'Til dato: skal ligge efter fra-datoen',
    path: ['til'],
  });

export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** The search's filters as the portal's URLs name them (searchHref, searchFeedHref). */
export function searchFilters(params: SearchQuery) {
  return {
    organ: params.organ,
    udgiver: params.udgiver,
    region: params.region,
    fra: params.fra,
    til: params.til,
    udfald: params.udfald,
    afsnit: params.afsnit,
    beloeb: params.beloeb === undefined ? undefined : kronerParam(params.beloeb),
  };
}

/** An amount as the search's address writes it: whole kroner in digits ("1000000"), øre after a point. */
export function kronerParam(ore: bigint): string {
  return ore % 100n === 0n ? (ore / 100n).toString() : kronerDecimal(ore, '.');
}

/** The search's criteria as db/search takes them. */
export function searchCriteria(params: SearchQuery): Omit<SearchInput, 'page' | 'pageSize'> {
  return {
    query: params.q,
    body: params.organ,
    publisher: params.udgiver,
    region: params.region,
    from: params.fra,
    to: params.til,
    outcome: params.udfald,
    sectionKind: params.afsnit,
    amountAtLeast: params.beloeb,
  };
}

/** The search's parameters as they were given, to show again in the form. */
export type RawSearchQuery = Record<
  'q' | 'organ' | 'udgiver' | 'region' | 'fra' | 'til' | 'udfald' | 'afsnit' | 'beloeb',
  string
>;

/**
 * The search's parameters: parsed, or what was given and the problems, each at the parameter it
 * is about (the page shows them in its form, with status 400).
 */
export function parseSearchQuery(
  query: Record<string, string>,
): { ok: true; value: SearchQuery; raw: RawSearchQuery } | { ok: false; raw: RawSearchQuery; problems: Problem[] } {
  const raw: RawSearchQuery = {
    q: (query.q ?? '').slice(0, 400),
    organ: query.organ ?? '',
    udgiver: query.udgiver ?? '',
    region: query.region ?? '',
    fra: (query.fra ?? '').slice(0, 40),
    til: (query.til ?? '').slice(0, 40),
    udfald: query.udfald ?? '',
    afsnit: query.afsnit ?? '',
    beloeb: (query.beloeb ?? '').slice(0, 40),
  };
  const parsed = SearchQuerySchema.safeParse(query);
  if (parsed.success) return { ok: true, value: parsed.data, raw };
  const problems = parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? ''), text: issue.message }));
  return { ok: false, raw, problems };
}
