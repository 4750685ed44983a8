/**
 * The zod schemas of the JSON API: they validate the requests and, through @hono/zod-openapi,
 * are the OpenAPI 3.1 document (/api/openapi.json). Error messages are Danish / English.
 */
import { z } from '@hono/zod-openapi';
import { BODY_KINDS, BODY_LEVELS } from '../../domain/body-kind.js';
import { isoDate } from '../../domain/danish-dates.js';
import { DECISION_OUTCOMES } from '../../domain/decision.js';
import { MEETING_KINDS, MEETING_STATUSES } from '../../domain/meeting.js';
import { MEMBERSHIP_ROLES } from '../../domain/membership.js';
import { SECTION_KINDS } from '../../domain/sections.js';

export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;

// Parameters

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slugQuery = (name: string, description: string, example: string) =>
  z
    .string()
    .regex(SLUG, { message: `${name}: ukendt værdi – skriv et slug, fx ${example} / unknown value, expected a slug` })
    .max(200, { message: `${name}: højst 200 tegn / at most 200 characters` })
    .optional()
    .openapi({ description, example });

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

const regionQuery = slugQuery('region', 'Kun organer i regionen (slug).', 'region-syddanmark');
const bodyQuery = slugQuery('body', 'Kun dette organ (slug).', 'sundhedsraad-fjordby');
const fromQuery = dateQuery('from', 'Møder fra og med denne dato.', '2026-01-01');
const toQuery = dateQuery('to', 'Møder til og med denne dato.', '2026-12-31');

const outcomeQuery = z
  .enum(DECISION_OUTCOMES, {
    message: `outcome: skal være en af / must be one of ${DECISION_OUTCOMES.join(', ')}`,
  })
  .optional()
  .openapi({ description: 'Kun punkter, hvis beslutning har dette udfald.' });

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

export const BodyListQuery = z.object({
  region: regionQuery,
  kind: z
    .enum(BODY_KINDS, { message: `kind: skal være en af / must be one of ${BODY_KINDS.join(', ')}` })
    .optional()
    .openapi({ description: 'Kun organer af denne type.' }),
  ...page,
});

export const PersonListQuery = z.object({ body: bodyQuery, region: regionQuery, ...page });

export const MembershipListQuery = z.object({
  body: bodyQuery,
  person: slugQuery('person', 'Kun denne persons medlemskaber (slug).', 'hanne-kjaergaard'),
  region: regionQuery,
  ...page,
});

export const MeetingListQuery = z
  .object({
    body: bodyQuery,
    region: regionQuery,
    from: fromQuery,
    to: toQuery,
    status: z
      .enum(MEETING_STATUSES, { message: `status: skal være en af / must be one of ${MEETING_STATUSES.join(', ')}` })
      .optional()
      .openapi({ description: 'Kun møder med denne status.' }),
    ...page,
  })
  .refine(fromBeforeTo, FROM_BEFORE_TO);

export const ItemListQuery = z
  .object({
    body: bodyQuery,
    region: regionQuery,
    from: fromQuery,
    to: toQuery,
    case: caseQuery,
    outcome: outcomeQuery,
    meeting: z
      .string()
      .regex(/^\d{1,10}$/, { message: 'meeting: skal være et mødes id (et tal) / must be a meeting id' })
      .optional()
      .openapi({ description: 'Kun punkter på dette møde (id).', example: '5' }),
    ...page,
  })
  .refine(fromBeforeTo, FROM_BEFORE_TO);

export const CaseListQuery = z.object({ body: bodyQuery, region: regionQuery, ...page });

export const AttachmentListQuery = z.object({
  body: bodyQuery,
  region: regionQuery,
  meeting: z
    .string()
    .regex(/^\d{1,10}$/, { message: 'meeting: skal være et mødes id (et tal) / must be a meeting id' })
    .optional()
    .openapi({ description: 'Kun bilag til punkter på dette møde (id).' }),
  item: z
    .string()
    .regex(/^\d{1,10}$/, { message: 'item: skal være et punkts id (et tal) / must be an item id' })
    .optional()
    .openapi({ description: 'Kun bilag til dette punkt (id).' }),
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
    region: regionQuery,
    from: fromQuery,
    to: toQuery,
    outcome: outcomeQuery,
    section: z
      .enum(SECTION_KINDS, { message: `section: skal være en af / must be one of ${SECTION_KINDS.join(', ')}` })
      .optional()
      .openapi({ description: 'Kun punkter med et afsnit af denne slags.' }),
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

export const BodyParams = z.object({ slug: slugParam('slug', 'sundhedsraad-fjordby') });
export const PersonParams = z.object({ slug: slugParam('slug', 'hanne-kjaergaard') });
export const IdParams = z.object({ id: idParam('id', '5') });
export const CaseParams = z.object({
  number: z
    .string()
    .min(1)
    .max(100, { message: 'number: højst 100 tegn / at most 100 characters' })
    .openapi({
      param: { name: 'number', in: 'path', required: true },
      example: '26/10001',
      description: 'Sagsnummeret; "/" skrives %2F (26%2F10001).',
    }),
});

// Responses

const date = () => z.string().openapi({ format: 'date', example: '2026-03-16' });
const dateTime = () => z.string().openapi({ format: 'date-time' });
const url = () => z.string().openapi({ format: 'uri' });

const Ref = z.object({ slug: z.string(), name: z.string() }).openapi('Ref');

export const BodySchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    kind: z.enum(BODY_KINDS),
    kindLabel: z.string().openapi({ description: 'Typen på dansk ("Sundhedsråd").' }),
    level: z.enum(BODY_LEVELS).nullable(),
    description: z.string().nullable(),
    isFictitious: z.boolean().openapi({ description: 'Demodata, som Protokol selv har opdigtet.' }),
    region: Ref.nullable(),
    successor: Ref.nullable(),
    municipalities: z.array(z.string()),
    meetingCount: z.number().int(),
    url: url().openapi({ description: 'Organets side i portalen.' }),
    links: z.object({
      self: url(),
      meetings: url(),
      memberships: url(),
      calendar: url().openapi({ description: 'Mødekalender (iCalendar).' }),
      minutesFeed: url().openapi({ description: 'Nye referater (Atom).' }),
    }),
  })
  .openapi('Body');

export const MembershipSchema = z
  .object({
    id: z.number().int(),
    person: Ref,
    body: Ref,
    role: z.enum(MEMBERSHIP_ROLES),
    roleLabel: z.string(),
    party: z.string().nullable(),
    organisation: z.string().nullable(),
    title: z.string().nullable(),
    fromOn: date().nullable(),
    toOn: date().nullable(),
    links: z.object({ self: url(), person: url(), body: url() }),
  })
  .openapi('Membership');

export const PersonSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    url: url(),
    links: z.object({ self: url(), memberships: url() }),
  })
  .openapi('Person');

export const PersonDetailSchema = PersonSchema.extend({ memberships: z.array(MembershipSchema) }).openapi(
  'PersonDetail',
);

const SectionSchema = z
  .object({ heading: z.string(), kind: z.enum(SECTION_KINDS), text: z.string().openapi({ description: 'Markdown.' }) })
  .openapi('Section');

const DecisionSchema = z
  .object({
    text: z.string(),
    outcome: z.enum(DECISION_OUTCOMES),
    outcomeLabel: z.string(),
    date: date().nullable(),
    parts: z.array(z.object({ label: z.string(), text: z.string(), outcome: z.string() })),
    dissents: z.array(z.string()),
  })
  .openapi('Decision');

const ItemAttachmentSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    documentId: z.string().nullable(),
    links: z.object({ self: url() }),
  })
  .openapi('ItemAttachment');

const AbsenteeSchema = z
  .object({ name: z.string(), title: z.string().nullable(), role: z.string().nullable(), party: z.string().nullable() })
  .openapi('Absentee');

export const ItemSchema = z
  .object({
    id: z.number().int(),
    number: z.number().int(),
    title: z.string().openapi({ description: 'Lukkede punkter: "Lukket: …" og intet indhold.' }),
    isClosed: z.boolean(),
    timeSlot: z.string().nullable(),
    caseNumber: z.string().nullable(),
    meeting: z.object({ id: z.number().int(), date: date(), startTime: z.string().nullable(), title: z.string() }),
    body: Ref,
    sections: z.array(SectionSchema),
    decision: DecisionSchema.nullable(),
    attachments: z.array(ItemAttachmentSchema),
    absentees: z.array(AbsenteeSchema),
    isFictitious: z.boolean(),
    url: url(),
    links: z.object({ self: url(), meeting: url(), case: url().nullable() }),
  })
  .openapi('Item');

const ParticipantSchema = z
  .object({
    name: z.string(),
    person: z.string().nullable().openapi({ description: 'Personens slug, når personen er kendt.' }),
    party: z.string().nullable(),
    organisation: z.string().nullable(),
    role: z.string().nullable(),
    isAbsent: z.boolean(),
  })
  .openapi('Participant');

export const MeetingSchema = z
  .object({
    id: z.number().int(),
    title: z.string().openapi({ description: '"Referat, Sundhedsråd …, mandag d. … kl. …"' }),
    body: Ref,
    date: date(),
    startTime: z.string().nullable().openapi({ description: '"HH:MM", dansk tid.' }),
    endTime: z.string().nullable(),
    startsAt: dateTime().nullable().openapi({ description: 'Starttidspunkt med forskydning (Europe/Copenhagen).' }),
    location: z.string().nullable(),
    kind: z.enum(MEETING_KINDS),
    status: z.enum(MEETING_STATUSES),
    statusLabel: z.string(),
    isCancelled: z.boolean(),
    documentType: z.enum(['referat', 'dagsorden']).nullable(),
    itemCount: z.number().int(),
    hasClosedItems: z.boolean(),
    isFictitious: z.boolean(),
    createdAt: dateTime(),
    modifiedAt: dateTime(),
    url: url(),
    links: z.object({
      self: url(),
      items: url(),
      calendar: url().openapi({ description: 'Mødet som iCalendar-fil.' }),
      source: url()
        .nullable()
        .openapi({ description: 'Det importerede dokument (aldrig for møder med lukkede punkter).' }),
    }),
  })
  .openapi('Meeting');

export const MeetingDetailSchema = MeetingSchema.extend({
  participants: z.array(ParticipantSchema),
  items: z.array(ItemSchema),
}).openapi('MeetingDetail');

export const CaseSchema = z
  .object({
    number: z.string(),
    itemCount: z.number().int().openapi({ description: 'Åbne punkter i sagen.' }),
    firstDate: date(),
    lastDate: date(),
    bodies: z.array(Ref),
    url: url(),
    links: z.object({
      self: url(),
      items: url(),
      decisionsFeed: url().openapi({ description: 'Nye beslutninger i sagen (Atom).' }),
    }),
  })
  .openapi('Case');

export const CaseDetailSchema = CaseSchema.extend({ items: z.array(ItemSchema) }).openapi('CaseDetail');

export const AttachmentSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    documentId: z.string().nullable(),
    caseNumber: z.string().nullable(),
    hasFile: z.boolean(),
    item: z.object({ id: z.number().int(), number: z.number().int(), title: z.string() }),
    meeting: z.object({ id: z.number().int(), date: date() }),
    body: Ref,
    links: z.object({ self: url(), item: url(), meeting: url(), file: url().nullable() }),
  })
  .openapi('Attachment');

export const SearchHitSchema = z
  .object({
    itemId: z.number().int(),
    number: z.number().int(),
    title: z.string(),
    snippet: z.string().openapi({ description: 'Uddrag af teksten omkring søgeordene.' }),
    caseNumber: z.string().nullable(),
    outcome: z.enum(DECISION_OUTCOMES).nullable(),
    meeting: z.object({ id: z.number().int(), date: date(), startTime: z.string().nullable() }),
    body: Ref,
    isFictitious: z.boolean(),
    url: url(),
    links: z.object({ item: url(), meeting: url() }),
  })
  .openapi('SearchHit');

const listLinks = z.object({
  self: url(),
  next: url().nullable().openapi({ description: 'Næste side; null på sidste side.' }),
});

export function listOf<T extends z.ZodTypeAny>(item: T, name: string) {
  return z.object({ data: z.array(item), links: listLinks }).openapi(name);
}

export const BodyList = listOf(BodySchema, 'BodyList');
export const PersonList = listOf(PersonSchema, 'PersonList');
export const MembershipList = listOf(MembershipSchema, 'MembershipList');
export const MeetingList = listOf(MeetingSchema, 'MeetingList');
export const ItemList = listOf(ItemSchema, 'ItemList');
export const CaseList = listOf(CaseSchema, 'CaseList');
export const AttachmentList = listOf(AttachmentSchema, 'AttachmentList');

export const SearchResultSchema = z
  .object({
    query: z.string(),
    total: z.number().int(),
    totalIsCapped: z.boolean().openapi({ description: 'Flere træf end `total` (søgningen tæller højst 2000).' }),
    data: z.array(SearchHitSchema),
    links: listLinks,
  })
  .openapi('SearchResult');

export const ErrorSchema = z
  .object({
    error: z.object({
      status: z.number().int(),
      code: z.string(),
      message: z.string(),
      problems: z.array(z.object({ parameter: z.string(), message: z.string() })),
    }),
  })
  .openapi('Error');
