/**
 * The zod schemas of the JSON API's requests (query and path parameters): they validate the
 * requests and, through @hono/zod-openapi, are the parameters of the OpenAPI 3.1 document
 * (/api/openapi.json). Error messages are Danish / English. The responses: response-schemas.ts.
 */
import { z } from '@hono/zod-openapi';
import { BODY_KINDS } from '../../domain/body-kind.js';
import { isoDate } from '../../domain/danish-dates.js';
import { DECISION_OUTCOMES } from '../../domain/decision.js';
import { MEETING_STATUSES } from '../../domain/meeting.js';
import { ORGANISATION_KINDS } from '../../domain/publisher.js';
import { SECTION_KINDS } from '../../domain/sections.js';

export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;

/** A slug; a body's shows its publisher and its name, parted by "--" ("greve-kommune--oekonomiudvalget"). */
const SLUG = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/;

const slugQuery = (name: string, description: string, example: string) =>
  z
    .string()
    .regex(SLUG, { message: `${name}: ukendt værdi – skriv et slug, fx ${example} / unknown value, expected a slug` })
    .max(200, { message: `${name}: højst 200 tegn / at most 200 characters` })
    .optional()
    .openapi({ description, example });

/** One of an enum's values. */
const enumQuery = <const T extends readonly [string, ...string[]]>(name: string, values: T, description: string) =>
  z
    .enum(values, { message: `${name}: skal være en af / must be one of ${values.join(', ')}` })
    .optional()
    .openapi({ description });

const dateQuery = (name: string, description: string, example: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      message: `${name}: skriv datoen som åååå-mm-dd, fx ${example} / write the date as YYYY-MM-DD`,
    })
    .refine((value) => isoDate(+value.slice(0, 4), +value.slice(5, 7), +value.slice(8, 10)) !== null, {
      message: `${name}: datoen findes ikke i kalenderen / no such date`,
    })
    .optional()
    .openapi({ description, example, format: 'date' });

const limit = z.coerce
  .number({ message: `limit: skal være et helt tal / must be an integer` })
  .int({ message: `limit: skal være et helt tal / must be an integer` })
  .min(1, { message: `limit: mindst 1 / at least 1` })
  .max(MAX_LIMIT, { message: `limit: højst ${MAX_LIMIT} / at most ${MAX_LIMIT}` })
  .optional()
  .openapi({
    type: 'integer',
    minimum: 1,
    maximum: MAX_LIMIT,
    default: DEFAULT_LIMIT,
    description: `Antal pr. side (1–${MAX_LIMIT}, standard ${DEFAULT_LIMIT}).`,
  });

const cursor = z
  .string()
  .max(500, { message: 'cursor: ugyldig / invalid' })
  .optional()
  .openapi({ description: 'Fortsæt efter forrige side: værdien fra `links.next` (uigennemsigtig).' });

const page = { limit, cursor };

const regionQuery = slugQuery(
  'region',
  'Kun organer i regionen (slug): regionens egne og dem hos udgivere i regionen (kommunerne før og fra 2027, KKR …).',
  'region-syddanmark',
);
const bodyQuery = slugQuery(
  'body',
  'Kun dette organ (slug: udgiver--navn; et organs ældre slug virker også).',
  'region-syddanmark--sundhedsraad-fjordby',
);
const publisherQuery = slugQuery(
  'publisher',
  'Kun organer hos denne udgiver (slug; ukendt-udgiver: organer, hvis udgiver ikke er kendt).',
  'region-syddanmark',
);
/** Where: a body, a publisher, a region (the archive's lists and the search filter by them alike). */
const place = { body: bodyQuery, publisher: publisherQuery, region: regionQuery };
/** When: meetings from and to a date, both inclusive. */
const period = {
  from: dateQuery('from', 'Møder fra og med denne dato.', '2026-01-01'),
  to: dateQuery('to', 'Møder til og med denne dato.', '2026-12-31'),
};

/** A meeting's or an item's id, as a filter. */
const idQuery = (name: string, message: string, meta: { description: string; example?: string }) =>
  z
    .string()
    .regex(/^\d{1,10}$/, { message: `${name}: ${message}` })
    .optional()
    .openapi(meta);

const outcomeQuery = enumQuery('outcome', DECISION_OUTCOMES, 'Kun punkter, hvis beslutning har dette udfald.');

const caseQuery = z
  .string()
  .trim()
  .min(1, { message: 'case: må ikke være tom / must not be empty' })
  .max(100, { message: 'case: højst 100 tegn / at most 100 characters' })
  .optional()
  .openapi({ description: 'Kun punkter i denne sag (sagsnummer).', example: '26/10001' });

function fromBeforeTo(value: { from?: string; to?: string }) {
  return !value.from || !value.to || value.from <= value.to;
}
const FROM_BEFORE_TO = {
  message: 'from, to: fra-datoen skal ligge før til-datoen / from must not be after to',
  path: ['from'],
};

export const PublisherListQuery = z.object({
  kind: enumQuery('kind', ORGANISATION_KINDS, 'Kun udgivere af denne slags (region, kommune, PLO, KL, KKR …).'),
  region: slugQuery(
    'region',
    'Kun regionen selv og udgivere i den (kommunerne før og fra 2027, KKR …).',
    'region-syddanmark',
  ),
  ...page,
});

export const BodyListQuery = z.object({
  publisher: publisherQuery,
  region: regionQuery,
  kind: enumQuery('kind', BODY_KINDS, 'Kun organer af denne type.'),
  ...page,
});

export const PersonListQuery = z.object({
  body: bodyQuery,
  publisher: slugQuery('publisher', 'Kun medlemmer af organer hos denne udgiver (slug).', 'region-syddanmark'),
  region: regionQuery,
  ...page,
});

export const MembershipListQuery = z.object({
  body: bodyQuery,
  publisher: publisherQuery,
  person: slugQuery('person', 'Kun denne persons medlemskaber (slug).', 'hanne-kjaergaard'),
  region: regionQuery,
  ...page,
});

export const MeetingListQuery = z
  .object({
    ...place,
    ...period,
    status: enumQuery('status', MEETING_STATUSES, 'Kun møder med denne status.'),
    ...page,
  })
  .refine(fromBeforeTo, FROM_BEFORE_TO);

export const ItemListQuery = z
  .object({
    ...place,
    ...period,
    case: caseQuery,
    outcome: outcomeQuery,
    meeting: idQuery('meeting', 'skal være et mødes id (et tal) / must be a meeting id', {
      description: 'Kun punkter på dette møde (id).',
      example: '5',
    }),
    ...page,
  })
  .refine(fromBeforeTo, FROM_BEFORE_TO);

export const CaseListQuery = z.object({
  body: slugQuery(
    'body',
    'Kun sager med et åbent punkt i dette organ (slug).',
    'region-syddanmark--sundhedsraad-fjordby',
  ),
  publisher: slugQuery(
    'publisher',
    'Kun sagens egen udgivers sager (slug; ukendt-udgiver: sager, hvis udgiver ikke er kendt).',
    'region-syddanmark',
  ),
  region: slugQuery('region', 'Kun sager med et åbent punkt i et organ i regionen (slug).', 'region-syddanmark'),
  ...page,
});

export const AttachmentListQuery = z.object({
  ...place,
  meeting: idQuery('meeting', 'skal være et mødes id (et tal) / must be a meeting id', {
    description: 'Kun bilag til punkter på dette møde (id).',
  }),
  item: idQuery('item', 'skal være et punkts id (et tal) / must be an item id', {
    description: 'Kun bilag til dette punkt (id).',
  }),
  ...page,
});

export const SearchQuery = z
  .object({
    q: z
      .string()
      .max(200, { message: 'q: søgeteksten må højst være 200 tegn / at most 200 characters' })
      .optional()
      .openapi({ description: 'Søgetekst (dansk fuldtekst; "citat", -udelad, or).', example: 'sundhedsplan' }),
    body: bodyQuery,
    publisher: slugQuery('publisher', 'Kun punkter i organer hos denne udgiver (slug).', 'region-syddanmark'),
    region: regionQuery,
    ...period,
    outcome: outcomeQuery,
    section: enumQuery('section', SECTION_KINDS, 'Kun punkter med et afsnit af denne slags.'),
    amount_min: z.coerce
      .number({ message: 'amount_min: skal være et helt antal kroner / must be whole kroner' })
      .int({ message: 'amount_min: skal være et helt antal kroner / must be whole kroner' })
      .min(0, { message: 'amount_min: må ikke være negativ / must not be negative' })
      .max(1e15, { message: 'amount_min: for stort / too large' })
      .optional()
      .openapi({ description: 'Kun punkter, der nævner et beløb på mindst så mange kroner.', example: 1_000_000 }),
    ...page,
  })
  .refine(fromBeforeTo, FROM_BEFORE_TO)
  .refine((value) => (value.limit ?? 20) <= 50, { message: 'limit: højst 50 ved søgning / at most 50 for search' });

const idParam = (name: string, example: string) =>
  z
    .string()
    .regex(/^\d{1,10}$/, { message: `${name}: skal være et tal / must be a number` })
    .openapi({ param: { name, in: 'path', required: true }, example });

const slugParam = (name: string, example: string) =>
  z
    .string()
    .regex(SLUG, { message: `${name}: ukendt værdi / unknown value` })
    .max(200)
    .openapi({ param: { name, in: 'path', required: true }, example });

export const BodyParams = z.object({ slug: slugParam('slug', 'region-syddanmark--sundhedsraad-fjordby') });
export const PersonParams = z.object({ slug: slugParam('slug', 'hanne-kjaergaard') });
export const PublisherParams = z.object({ slug: slugParam('slug', 'region-syddanmark') });
export const IdParams = z.object({ id: idParam('id', '5') });

const caseNumberParam = z
  .string()
  .min(1)
  .max(100, { message: 'number: højst 100 tegn / at most 100 characters' })
  .openapi({
    param: { name: 'number', in: 'path', required: true },
    example: '26/10001',
    description: 'Sagsnummeret; "/" skrives %2F (26%2F10001).',
  });

export const CaseParams = z.object({ number: caseNumberParam });
export const CaseOfPublisherParams = z.object({
  publisher: slugParam('publisher', 'region-syddanmark').openapi({
    description: 'Sagens udgiver (slug; ukendt-udgiver for en sag, hvis udgiver ikke er kendt).',
  }),
  number: caseNumberParam,
});

/** Grants and projects: those a body is responsible for or receives the frame's part of, or those on one frame. */
export const ProjectListQuery = z.object({
  body: slugQuery(
    'body',
    'Kun projekter, organet er ansvarligt for eller får rammens del til (slug).',
    'region-syddanmark--sundhedsraad-soenderjylland',
  ),
  frame: z
    .string()
    .regex(/^\d{1,10}$/, { message: 'frame: skriv rammens id, fx 1 / expected a frame id' })
    .optional()
    .openapi({ description: 'Kun projekter på rammen (id).', example: '1' }),
  ...page,
});

/** Investment agreements: those of one health council, or those a municipality is party to. */
export const AgreementListQuery = z.object({
  body: slugQuery(
    'body',
    'Kun aftaler, sundhedsrådet har indgået (slug).',
    'region-syddanmark--sundhedsraad-soenderjylland',
  ),
  publisher: slugQuery('publisher', 'Kun aftaler, kommunen er part i (udgiverens slug).', 'toender-kommune'),
  ...page,
});

/** Frames (rammer): those a body decided or receives from, or a publisher owns or receives from. */
export const FrameListQuery = z.object({
  body: slugQuery(
    'body',
    'Kun rammer, organet har besluttet eller får en del af (slug).',
    'region-syddanmark--sundhedsraad-soenderjylland',
  ),
  publisher: slugQuery(
    'publisher',
    'Kun rammer, udgiveren ejer eller (selv eller med sine organer) får en del af.',
    'region-syddanmark',
  ),
  ...page,
});

export const ProcessListQuery = z.object({
  body: slugQuery(
    'body',
    'Kun forløb, organet er ansvarligt for eller behandler et trin i (slug).',
    'region-syddanmark--sundhedsraad-fjordby',
  ),
  ...page,
});

/** Plans (planer): those a body adopts. */
export const PlanListQuery = z.object({
  body: slugQuery('body', 'Kun planer, organet vedtager (slug).', 'region-syddanmark--sundhedsraad-fjordby'),
  ...page,
});

/** Hearings (høringer): those a body holds. */
export const HearingListQuery = z.object({
  body: slugQuery('body', 'Kun høringer, organet holder (slug).', 'region-syddanmark--sundhedsraad-fjordby'),
  ...page,
});

/** GP capacity (lægedækning): one health council's board. */
export const GpCapacityListQuery = z.object({
  body: slugQuery('body', 'Kun sundhedsrådets lægedækning (slug).', 'region-syddanmark--sundhedsraad-fjordby'),
  ...page,
});
