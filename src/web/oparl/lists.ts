/**
 * The external lists of an OParl Body (one publisher: src/web/oparl/presenters.ts): its
 * organizations, persons, memberships, papers, meetings, files, locations, agenda items and
 * consultations, each a page of `data` with `links.next` (keyset cursors as in the JSON API).
 * `publisher` is the Body's key: a publisher's slug, or "ukendt-udgiver" for the bodies and cases
 * whose publisher is not known, which every open-data query reads as such.
 */
import type { Context } from 'hono';
import type { Db } from '../../db/client.js';
import {
  type ApiMembership,
  listApiBodies,
  listApiMemberships,
  listApiPersons,
} from '../../db/queries/api-directory.js';
import {
  type ApiMeeting,
  listApiCases,
  listApiItems,
  listApiItemsOfMeetings,
  listApiMeetings,
  listApiParticipants,
  listCaseItemRefs,
} from '../../db/queries/api-meetings.js';
import type { Page } from '../../db/queries/keyset.js';
import { AppError } from '../../errors.js';
import { decodeCursor, encodeCursor } from '../api/cursor.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../api/request-schemas.js';
import {
  type BODY_LISTS,
  consultationOf,
  type OparlObject,
  type OparlUrls,
  oparlUrls,
  presentAgendaItem,
  presentConsultation,
  presentLocation,
  presentMeeting,
  presentMembership,
  presentOrganization,
  presentPaper,
  presentPerson,
  presentSourceFile,
} from './presenters.js';

export type ListKind = (typeof BODY_LISTS)[keyof typeof BODY_LISTS];

export const urlsOf = (c: Context) => oparlUrls(new URL(c.req.url).origin);

export function limitOf(c: Context): number {
  const raw = c.req.query('limit');
  if (raw === undefined || raw === '') return DEFAULT_LIMIT;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > MAX_LIMIT)
    throw new AppError(
      'input_invalid',
      `limit: et helt tal fra 1 til ${MAX_LIMIT} / an integer from 1 to ${MAX_LIMIT}`,
    );
  return value;
}

/** An OParl list: data, pagination and links (first, self, next). */
export function list<T>(c: Context, page: Page<T>, data: OparlObject[], keyOf: (row: T) => (string | number)[]) {
  const self = new URL(c.req.url);
  const first = new URL(self);
  first.searchParams.delete('cursor');
  const last = page.rows.at(-1);
  const links: Record<string, string> = { first: first.toString(), self: self.toString() };
  if (page.hasMore && last) {
    const next = new URL(self);
    next.searchParams.set('cursor', encodeCursor(keyOf(last)));
    links.next = next.toString();
  }
  return c.json({ data, pagination: { elementsPerPage: limitOf(c) }, links });
}

export const afterId = (cursor: string | undefined) => decodeCursor(cursor, ['n'])?.[0] as number | undefined;

/** What several OParl handlers read: meetings with their items and participants, memberships. */
export function oparlReads(db: Db) {
  return {
    async meetingObjects(meetings: ApiMeeting[], u: OparlUrls): Promise<OparlObject[]> {
      const ids = meetings.map((m) => m.id);
      const [items, participants] = await Promise.all([listApiItemsOfMeetings(db, ids), listApiParticipants(db, ids)]);
      return meetings.map((m) =>
        presentMeeting(
          m,
          items.filter((item) => item.meeting.id === m.id),
          participants.get(m.id) ?? [],
          u,
        ),
      );
    },
    async membershipsOf(filter: { bodies?: string[]; persons?: string[] }): Promise<ApiMembership[]> {
      return (await listApiMemberships(db, { ...filter, limit: 10_000 })).rows;
    },
  };
}

export type Reads = ReturnType<typeof oparlReads>;

/** One page of a Body's list, by kind. */
type ListLoader = (
  c: Context,
  input: { publisher: string; limit: number; cursor: string | undefined },
) => Promise<Response>;

export function bodyLists(db: Db, reads: Reads): Record<ListKind, ListLoader> {
  return { ...directoryLists(db, reads), ...meetingLists(db, reads) };
}

/** Organizations, persons, memberships and papers (cases). */
function directoryLists(
  db: Db,
  reads: Reads,
): Record<'organizations' | 'persons' | 'memberships' | 'papers', ListLoader> {
  return {
    async organizations(c, { publisher, limit, cursor }) {
      const urls = urlsOf(c);
      const page = await listApiBodies(db, { publisher, afterId: afterId(cursor), limit });
      const memberships = await reads.membershipsOf({ bodies: page.rows.map((b) => b.slug) });
      const data = page.rows.map((b) =>
        presentOrganization(
          b,
          memberships.filter((m) => m.body.slug === b.slug),
          urls,
        ),
      );
      return list(c, page, data, (b) => [b.id]);
    },
    async persons(c, { publisher, limit, cursor }) {
      const urls = urlsOf(c);
      const page = await listApiPersons(db, { publisher, afterId: afterId(cursor), limit });
      const memberships = await reads.membershipsOf({ persons: page.rows.map((p) => p.slug) });
      const data = page.rows.map((p) =>
        presentPerson(
          p,
          memberships.filter((m) => m.person.slug === p.slug),
          urls,
        ),
      );
      return list(c, page, data, (p) => [p.id]);
    },
    async memberships(c, { publisher, limit, cursor }) {
      const urls = urlsOf(c);
      const page = await listApiMemberships(db, { publisher, afterId: afterId(cursor), limit });
      return list(
        c,
        page,
        page.rows.map((m) => presentMembership(m, urls)),
        (m) => [m.id],
      );
    },
    async papers(c, { publisher, limit, cursor }) {
      const urls = urlsOf(c);
      const after = decodeCursor(cursor, ['s', 'n']) as [string, number] | undefined;
      const page = await listApiCases(db, { publisher, after, limit });
      const refs = await listCaseItemRefs(
        db,
        page.rows.map((found) => found.id),
      );
      const data = page.rows.map((found) =>
        presentPaper(
          found,
          refs.filter((ref) => ref.caseId === found.id),
          urls,
        ),
      );
      return list(c, page, data, (found) => [found.number, found.id]);
    },
  };
}

/** Meetings, their files and locations, agenda items and consultations; no legislative terms. */
function meetingLists(
  db: Db,
  reads: Reads,
): Record<'meetings' | 'files' | 'locations' | 'agendaItems' | 'consultations' | 'legislativeTerms', ListLoader> {
  const meetingsPage = (publisher: string, cursor: string | undefined, limit: number, extra = {}) =>
    listApiMeetings(db, {
      publisher,
      after: decodeCursor(cursor, ['d', 'n']) as [string, number] | undefined,
      limit,
      ...extra,
    });
  const itemsPage = (publisher: string, cursor: string | undefined, limit: number, withCase: boolean) =>
    listApiItems(db, {
      publisher,
      after: decodeCursor(cursor, ['d', 'n', 'n']) as [string, number, number] | undefined,
      limit,
      withCase,
    });
  const itemKey = (item: { meeting: { heldOn: string; id: number }; position: number }) => [
    item.meeting.heldOn,
    item.meeting.id,
    item.position,
  ];
  return {
    async meetings(c, { publisher, limit, cursor }) {
      const page = await meetingsPage(publisher, cursor, limit);
      return list(c, page, await reads.meetingObjects(page.rows, urlsOf(c)), (m) => [m.heldOn, m.id]);
    },
    async files(c, { publisher, limit, cursor }) {
      const urls = urlsOf(c);
      const page = await meetingsPage(publisher, cursor, limit, { withSource: true });
      const data = page.rows.flatMap((m) => presentSourceFile(m, urls) ?? []);
      return list(c, page, data, (m) => [m.heldOn, m.id]);
    },
    async locations(c, { publisher, limit, cursor }) {
      const urls = urlsOf(c);
      const page = await meetingsPage(publisher, cursor, limit, { withLocation: true });
      const data = page.rows.flatMap((m) => presentLocation(m, urls) ?? []);
      return list(c, page, data, (m) => [m.heldOn, m.id]);
    },
    async agendaItems(c, { publisher, limit, cursor }) {
      const urls = urlsOf(c);
      const page = await itemsPage(publisher, cursor, limit, false);
      return list(
        c,
        page,
        page.rows.map((item) => presentAgendaItem(item, urls)),
        itemKey,
      );
    },
    async consultations(c, { publisher, limit, cursor }) {
      const urls = urlsOf(c);
      const page = await itemsPage(publisher, cursor, limit, true);
      const data = page.rows.flatMap((item) =>
        item.caseId === null ? [] : [presentConsultation(consultationOf(item), item.caseId, urls)],
      );
      return list(c, page, data, itemKey);
    },
    legislativeTerms: async (c) => list(c, { rows: [], hasMore: false }, [], () => []),
  };
}
