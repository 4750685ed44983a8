/**
 * The zod schemas of the JSON API's responses: through @hono/zod-openapi they are the response
 * schemas of the OpenAPI 3.1 document (/api/openapi.json), which the tests validate every answer
 * against. The presenters (presenters.ts) fill them, field by field.
 */
import { z } from '@hono/zod-openapi';
import { BODY_KINDS, BODY_LEVELS } from '../../domain/body-kind.js';
import { DECISION_OUTCOMES } from '../../domain/decision.js';
import { MEETING_KINDS, MEETING_STATUSES } from '../../domain/meeting.js';
import { MEMBERSHIP_ROLES } from '../../domain/membership.js';
import { RECURRENCES } from '../../domain/money.js';
import { ORGANISATION_KINDS } from '../../domain/publisher.js';
import { SECTION_KINDS } from '../../domain/sections.js';

const date = () => z.string().openapi({ format: 'date', example: '2026-03-16' });
const dateTime = () => z.string().openapi({ format: 'date-time' });
const url = () => z.string().openapi({ format: 'uri' });

const Ref = z.object({ slug: z.string(), name: z.string() }).openapi('Ref');
/** A Ref or null: a union, since `.nullable()` of a registered schema makes zod-openapi emit an allOf that rejects null. */
const RefOrNull = z.union([Ref, z.null()]);

/** The publisher (udgiver) an object belongs to, as every body, meeting, case … names it. */
const PublisherRefSchema = z
  .object({ slug: z.string(), name: z.string(), kind: z.enum(ORGANISATION_KINDS) })
  .openapi('PublisherRef', { description: 'Udgiveren: regionen, kommunen eller organisationen.' });

/** A publisher or null (a union, as RefOrNull). */
const nullablePublisher = (description: string) => z.union([PublisherRefSchema, z.null()]).openapi({ description });

const publisherOf = (what: string) => nullablePublisher(`${what} udgiver; null kun når udgiveren ikke er kendt.`);

const sourceUrl = (description: string) => url().nullable().openapi({ description });

export const PublisherSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
    region: RefOrNull.openapi({
      description:
        'Regionen, udgiveren hører til (en kommune: regionen fra 2027); null for en region og landsdækkende organisationer.',
    }),
    municipalityCode: z.string().nullable().openapi({ description: 'Kommunekoden ("0253").' }),
    isFictitious: z.boolean(),
    bodyCount: z.number().int(),
    meetingCount: z.number().int(),
    caseCount: z.number().int().openapi({ description: 'Sager med mindst ét åbent punkt.' }),
    url: url().openapi({ description: 'Udgiverens side i portalen.' }),
    links: z.object({
      self: url(),
      bodies: url(),
      meetings: url(),
      cases: url(),
      search: url(),
      calendar: url().openapi({ description: 'Udgiverens organers møder (iCalendar).' }),
      minutesFeed: url().openapi({ description: 'Nye referater fra udgiverens organer (Atom).' }),
      oparl: url().openapi({ description: 'Udgiveren som OParl-Body.' }),
    }),
  })
  .openapi('Publisher');

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
    publisher: publisherOf('Organets'),
    region: RefOrNull,
    successor: RefOrNull,
    municipalities: z.array(z.string()),
    meetingCount: z.number().int(),
    url: url().openapi({ description: 'Organets side i portalen.' }),
    links: z.object({
      self: url(),
      publisher: url().nullable(),
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
    publisher: publisherOf('Organets'),
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
    publisher: nullablePublisher(
      'Den udgiver, personen først blev mødt hos; null for en person fra før udgiverne, som ikke er placeret.',
    ),
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
    publisher: publisherOf('Organets'),
    sourceUrl: sourceUrl('Mødets dokument på udgiverens side (høstede møder); null ellers og for lukkede punkter.'),
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
    publisher: publisherOf('Organets'),
    sourceUrl: sourceUrl('Hvor udgiveren har offentliggjort mødets dokument (høstede møder); null ellers.'),
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
      publisher: url().nullable(),
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
    publisher: nullablePublisher(
      'Sagens udgiver: en sag er udgiver + sagsnummer (samme nummer kan være to sager hos to udgivere). Null kun for en sag fra før udgiverne, som ikke kunne placeres.',
    ),
    itemCount: z.number().int().openapi({ description: 'Åbne punkter i sagen.' }),
    firstDate: date(),
    lastDate: date(),
    bodies: z.array(Ref),
    url: url(),
    links: z.object({
      self: url().openapi({ description: 'Sagens entydige adresse: /api/v1/cases/{udgiver}/{sagsnummer}.' }),
      publisher: url().nullable(),
      items: url(),
      decisionsFeed: url().openapi({ description: 'Nye beslutninger i sagen (Atom).' }),
    }),
  })
  .openapi('Case');

export const CaseDetailSchema = CaseSchema.extend({ items: z.array(ItemSchema) }).openapi('CaseDetail');

export const CaseChoicesSchema = z
  .object({
    number: z.string(),
    message: z.string(),
    data: z.array(CaseSchema).openapi({ description: 'Sagerne med nummeret, én pr. udgiver; følg `links.self`.' }),
  })
  .openapi('CaseChoices');

export const AttachmentSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    documentId: z.string().nullable(),
    caseNumber: z.string().nullable(),
    hasFile: z.boolean(),
    sourceUrl: sourceUrl('Bilaget på udgiverens side (høstede bilag); null ellers.'),
    item: z.object({ id: z.number().int(), number: z.number().int(), title: z.string() }),
    meeting: z.object({ id: z.number().int(), date: date() }),
    body: Ref,
    publisher: publisherOf('Organets'),
    links: z.object({ self: url(), item: url(), meeting: url(), file: url().nullable() }),
  })
  .openapi('Attachment');

/** An amount of money an item mentions, in øre beside the words it was read from. */
export const MentionedAmountSchema = z
  .object({
    amountOre: z.number().int().openapi({ description: 'Beløbet i øre.', example: 250_000_000 }),
    text: z.string().openapi({ description: 'Som teksten skriver det.', example: '2,5 mio. kr.' }),
    recurrence: z.enum(RECURRENCES).nullable().openapi({ description: 'Hvor ofte, når teksten siger det.' }),
    fromYear: z.number().int().nullable(),
    toYear: z.number().int().nullable().openapi({ description: 'null med fromYear: "og frem".' }),
  })
  .openapi('MentionedAmount');

export const SearchHitSchema = z
  .object({
    itemId: z.number().int(),
    number: z.number().int(),
    title: z.string(),
    snippet: z.string().openapi({ description: 'Uddrag af teksten omkring søgeordene.' }),
    caseNumber: z.string().nullable(),
    outcome: z.enum(DECISION_OUTCOMES).nullable(),
    amounts: z
      .array(MentionedAmountSchema)
      .openapi({ description: 'Beløb, punktets tekst nævner, i den rækkefølge de nævnes.' }),
    meeting: z.object({ id: z.number().int(), date: date(), startTime: z.string().nullable() }),
    body: Ref,
    publisher: publisherOf('Organets'),
    isFictitious: z.boolean(),
    url: url(),
    links: z.object({ item: url(), meeting: url() }),
  })
  .openapi('SearchHit');

export const AttachmentHitSchema = z
  .object({
    attachmentId: z.number().int(),
    title: z.string(),
    page: z.number().int().openapi({ description: 'Siden i bilagets PDF, hvor søgeordene står.' }),
    snippet: z.string(),
    item: z.object({ id: z.number().int(), number: z.number().int(), title: z.string() }),
    meeting: z.object({ id: z.number().int(), date: date() }),
    body: Ref,
    publisher: publisherOf('Organets'),
    links: z.object({ attachment: url(), item: url() }),
  })
  .openapi('AttachmentHit');

const listLinks = z.object({
  self: url(),
  next: url().nullable().openapi({ description: 'Næste side; null på sidste side.' }),
});

export function listOf<T extends z.ZodTypeAny>(item: T, name: string) {
  return z.object({ data: z.array(item), links: listLinks }).openapi(name);
}

export const PublisherList = listOf(PublisherSchema, 'PublisherList');
export const BodyList = listOf(BodySchema, 'BodyList');
export const PersonList = listOf(PersonSchema, 'PersonList');
export const MembershipList = listOf(MembershipSchema, 'MembershipList');
export const MeetingList = listOf(MeetingSchema, 'MeetingList');
export const ItemList = listOf(ItemSchema, 'ItemList');
export const CaseList = listOf(CaseSchema, 'CaseList');
export const AttachmentList = listOf(AttachmentSchema, 'AttachmentList');

const NameRef = { slug: z.string(), name: z.string(), url: z.string() };

/** Names a search found (the portal's /sog shows them above the items). */
const SearchNamesSchema = z
  .object({
    publishers: z.array(z.object({ ...NameRef, kind: z.enum(ORGANISATION_KINDS) })),
    councils: z.array(z.object({ ...NameRef, municipality: z.string() })).openapi({
      description: 'Sundhedsråd for de kommuner, hvis navn matcher (»Vejle« → Sundhedsråd Lillebælt).',
    }),
    bodies: z.array(z.object({ ...NameRef, kind: z.enum(BODY_KINDS), publisher: z.string().nullable() })),
  })
  .openapi('SearchNames', {
    description:
      'Udgivere og organer, hvis navn har hvert ord i q som begyndelsen af et ord (store og små bogstaver er ligegyldige), en fundet udgivers organer og de fundne kommuners sundhedsråd; kun på første side, ellers tomme lister.',
  });

export const SearchResultSchema = z
  .object({
    query: z.string(),
    total: z.number().int(),
    totalIsCapped: z.boolean().openapi({ description: 'Flere træf end `total` (søgningen tæller højst 2000).' }),
    data: z.array(SearchHitSchema),
    attachments: z.array(AttachmentHitSchema).openapi({
      description: 'Sider i høstede bilag (åbne bilag til åbne punkter), hvis tekst matcher; kun på første side.',
    }),
    names: SearchNamesSchema,
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
