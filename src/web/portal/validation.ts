/**
 * The zod schema of the portal's search parameters (/sog and its feed /sog.atom). A parameter that
 * does not fit gives a 400 page that says, in Danish, which parameter and what is wrong
 * (`validate` in web/kit/params.ts).
 */
import { z } from 'zod';
import type { SearchInput } from '../../db/search/search-items.js';
import { isoDate } from '../../domain/danish-dates.js';
import { DECISION_OUTCOMES } from '../../domain/decision.js';
import { SECTION_KINDS } from '../../domain/sections.js';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const date = (label: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${label}: skriv datoen som åååå-mm-dd, fx 2026-03-23` })
      .refine((value) => isoDate(+value.slice(0, 4), +value.slice(5, 7), +value.slice(8, 10)) !== null, {
        message: `${label}: datoen findes ikke i kalenderen`,
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
      .max(200, { message: 'q: søgeteksten må højst være 200 tegn' })
      .optional()
      .transform((value) => (value ?? '').trim()),
    organ: slug('organ'),
    udgiver: slug('udgiver'),
    region: slug('region'),
    fra: date('fra'),
    til: date('til'),
    udfald: z.preprocess(
      emptyToUndefined,
      z.enum(DECISION_OUTCOMES, { message: `udfald: skal være en af ${DECISION_OUTCOMES.join(', ')}` }).optional(),
    ),
    afsnit: z.preprocess(
      emptyToUndefined,
      z.enum(SECTION_KINDS, { message: `afsnit: skal være en af ${SECTION_KINDS.join(', ')}` }).optional(),
    ),
    side: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ message: 'side: skal være et helt tal' })
        .int({ message: 'side: skal være et helt tal' })
        .min(1, { message: 'side: skal være mindst 1' })
        .max(100, { message: 'side: højst side 100' })
        .optional(),
    ),
  })
  .refine((value) => !value.fra || !value.til || value.fra <= value.til, {
    message: 'fra og til: fra-datoen skal ligge før til-datoen',
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
  };
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
  };
}
