/**
 * The external lists of an OParl Body (one publisher: src/web/oparl/presenters.ts): its
 * organizations, persons, memberships, papers, meetings, files, locations, agenda items and
 * consultations, each a page of `data` with `links.next` (keyset cursors as in the JSON API).
 * `publisher` is the Body's key: a publisher's slug, or "ukendt-udgiver" for the bodies and cases
 * whose publisher is not known, which every open-data query reads as such.
 *
 * OParl 1.1, 2.5 "Objektlisten und Paginierung":
 * - Paginierung: "Ein Server muss für eine stabile Sortierung von Listeneinträgen sorgen … z.B.
 *   durch die Sortierung von Objekten nach einer eindeutigen und unveränderlichen ID": every list
 *   is in the order of its objects' ids (papers: case number, then id; a case's number never
 *   changes), never by a date that can be corrected.
 * - Filter: `created_since`, `created_until`, `modified_since`, `modified_until` on every list
 *   (filters.ts), on the same instants the objects show as `created` and `modified`; "Bei allen
 *   weiteren Seiten hat der Server sicherzustellen, dass die verwendeten Filter erhalten bleiben":
 *   `first` and `next` are the request's own URL with only the cursor changed.
 * 2.8 "Gelöschte Objekte": with `modified_since`, the objects removed since (and not back) follow
 * the live ones as `{ id, type, created, modified, deleted: true }`, `modified` being the removal.
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
import { type ChangedObjectType, listRemovedObjects, type ObjectChange } from '../../db/queries/object-changes.js';
import { decodeCursor, encodeCursor } from '../api/cursor.js';
import { type ListQuery, listQueryOf } from './filters.js';
import {
  type BODY_LISTS,
  consultationOf,
  type OparlObject,
  type OparlUrls,
  oparlUrls,
  presentAgendaItem,
  presentConsultation,
  presentDeleted,
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

/** An OParl list: data, pagination and links (first, self, next), every one keeping the request's filters. */
function listWithNext(c: Context, data: OparlObject[], nextKey: (string | number)[] | null, limit: number) {
  const self = new URL(c.req.url);
  const first = new URL(self);
  first.searchParams.delete('cursor');
  const links: Record<string, string> = { first: first.toString(), self: self.toString() };
  if (nextKey) {
    const next = new URL(self);
    next.searchParams.set('cursor', encodeCursor(nextKey));
    links.next = next.toString();
  }
  return c.json({ data, pagination: { elementsPerPage: limit }, links });
}

export const afterId = (cursor: string | undefined) => decodeCursor(cursor, ['n'])?.[0] as number | undefined;

/** The mark of a cursor into a list's removed objects (after its live ones). */
const REMOVED = 'geloescht';

/** The change id after which a list's removed objects go on, when the cursor is one into them. */
function removedAfter(cursor: string | undefined): number | undefined {
  if (!cursor || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed[0] === REMOVED && Number.isInteger(parsed[1]))
      return parsed[1] as number;
  } catch {
    return undefined;
  }
  return undefined;
}

/** A list's live objects: one page after the live cursor. */
type LivePage<T> = (cursor: string | undefined, limit: number) => Promise<{ page: Page<T>; data: OparlObject[] }>;

/** What a list holds of removed objects: which types, and each one's deleted objects. */
interface Removals {
  types: ChangedObjectType[];
  present: (change: ObjectChange, u: OparlUrls) => OparlObject[];
}

/**
 * One page of a list: its live objects in their order, then (with `modified_since`) its removed
 * ones by when they went; a cursor names either a live object or a removal.
 */
export async function listPage<T>(
  c: Context,
  db: Db,
  input: { query: ListQuery; removed?: { publisher?: string; key?: string } },
  live: LivePage<T>,
  keyOf: (row: T) => (string | number)[],
  removals?: Removals,
) {
  const { query } = input;
  const u = urlsOf(c);
  const scope = input.removed;
  const withRemoved = query.withRemoved && removals !== undefined && scope !== undefined;
  const removedCursor = removedAfter(query.cursor);
  let data: OparlObject[] = [];
  let nextKey: (string | number)[] | null = null;
  let removedFrom: number | undefined = removedCursor;
  if (removedCursor === undefined) {
    const { page, data: liveData } = await live(query.cursor, query.limit);
    data = liveData;
    if (page.hasMore && page.rows.length > 0) nextKey = keyOf(page.rows.at(-1)!);
    else if (withRemoved) removedFrom = 0;
  }
  if (withRemoved && scope && removals && removedFrom !== undefined && nextKey === null) {
    const room = query.limit - data.length;
    const page = await listRemovedObjects(db, {
      types: removals.types,
      publisher: scope.publisher,
      key: scope.key,
      times: query.times,
      afterId: removedFrom,
      limit: Math.max(room, 1),
    });
    if (room <= 0) {
      if (page.rows.length > 0) nextKey = [REMOVED, removedFrom];
    } else {
      data = [...data, ...page.rows.flatMap((change) => removals.present(change, u))];
      if (page.hasMore) nextKey = [REMOVED, page.rows.at(-1)!.id];
    }
  }
  return listWithNext(c, data, nextKey, query.limit);
}

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
type ListLoader = (c: Context, input: { publisher: string }) => Promise<Response>;

export function bodyLists(db: Db, reads: Reads): Record<ListKind, ListLoader> {
  return { ...directoryLists(db, reads), ...meetingLists(db, reads) };
}

/** The deleted objects of one OParl type, made from a removal (key: a body's or person's slug). */
const deleted =
  (kind: 'organization' | 'person' | 'membership' | 'paper' | 'meeting' | 'file' | 'location' | 'agendaItem') =>
  (change: ObjectChange, u: OparlUrls): OparlObject[] => {
    const id = {
      organization: () => (change.objectKey ? u.organization(change.objectKey) : null),
      person: () => (change.objectKey ? u.person(change.objectKey) : null),
      membership: () => u.membership(change.objectId),
      paper: () => u.paper(change.objectId),
      meeting: () => u.meeting(change.objectId),
      file: () => u.sourceFile(change.objectId),
      location: () => u.location(change.objectId),
      agendaItem: () => u.agendaItem(change.objectId),
    }[kind]();
    return id ? [presentDeleted(kind, id, change)] : [];
  };

/** Organizations, persons, memberships and papers (cases). */
function directoryLists(
  db: Db,
  reads: Reads,
): Record<'organizations' | 'persons' | 'memberships' | 'papers', ListLoader> {
  return {
    organizations: (c, { publisher }) => {
      const query = listQueryOf(c);
      return listPage(
        c,
        db,
        { query, removed: { publisher } },
        async (cursor, limit) => {
          const page = await listApiBodies(db, { publisher, afterId: afterId(cursor), limit, times: query.times });
          const memberships = await reads.membershipsOf({ bodies: page.rows.map((b) => b.slug) });
          const data = page.rows.map((b) =>
            presentOrganization(
              b,
              memberships.filter((m) => m.body.slug === b.slug),
              urlsOf(c),
            ),
          );
          return { page, data };
        },
        (b) => [b.id],
        { types: ['body'], present: deleted('organization') },
      );
    },
    persons: (c, { publisher }) => {
      const query = listQueryOf(c);
      return listPage(
        c,
        db,
        { query, removed: { publisher } },
        async (cursor, limit) => {
          const page = await listApiPersons(db, { publisher, afterId: afterId(cursor), limit, times: query.times });
          const memberships = await reads.membershipsOf({ persons: page.rows.map((p) => p.slug) });
          const data = page.rows.map((p) =>
            presentPerson(
              p,
              memberships.filter((m) => m.person.slug === p.slug),
              urlsOf(c),
            ),
          );
          return { page, data };
        },
        (p) => [p.id],
        { types: ['person'], present: deleted('person') },
      );
    },
    memberships: (c, { publisher }) => {
      const query = listQueryOf(c);
      return listPage(
        c,
        db,
        { query, removed: { publisher } },
        async (cursor, limit) => {
          const page = await listApiMemberships(db, { publisher, afterId: afterId(cursor), limit, times: query.times });
          return { page, data: page.rows.map((m) => presentMembership(m, urlsOf(c))) };
        },
        (m) => [m.id],
        { types: ['membership'], present: deleted('membership') },
      );
    },
    papers: (c, { publisher }) => {
      const query = listQueryOf(c);
      return listPage(
        c,
        db,
        { query, removed: { publisher } },
        async (cursor, limit) => {
          const after = decodeCursor(cursor, ['s', 'n']) as [string, number] | undefined;
          const page = await listApiCases(db, { publisher, after, limit, times: query.times });
          const refs = await listCaseItemRefs(
            db,
            page.rows.map((found) => found.id),
          );
          const data = page.rows.map((found) =>
            presentPaper(
              found,
              refs.filter((ref) => ref.caseId === found.id),
              urlsOf(c),
            ),
          );
          return { page, data };
        },
        (found) => [found.number, found.id],
        { types: ['case'], present: deleted('paper') },
      );
    },
  };
}

/** Meetings, their files and locations, agenda items and consultations; no legislative terms. */
function meetingLists(
  db: Db,
  reads: Reads,
): Record<'meetings' | 'files' | 'locations' | 'agendaItems' | 'consultations' | 'legislativeTerms', ListLoader> {
  const meetingList =
    (
      extra: { withSource?: boolean; withLocation?: boolean },
      present: (m: ApiMeeting[], u: OparlUrls) => Promise<OparlObject[]>,
      removed: Removals,
    ): ListLoader =>
    (c, { publisher }) => {
      const query = listQueryOf(c);
      return listPage(
        c,
        db,
        { query, removed: { publisher } },
        async (cursor, limit) => {
          const page = await listApiMeetings(db, {
            publisher,
            byId: true,
            afterId: afterId(cursor),
            limit,
            times: query.times,
            ...extra,
          });
          return { page, data: await present(page.rows, urlsOf(c)) };
        },
        (m) => [m.id],
        removed,
      );
    };
  const itemList =
    (withCase: boolean, removed: Removals): ListLoader =>
    (c, { publisher }) => {
      const query = listQueryOf(c);
      return listPage(
        c,
        db,
        { query, removed: { publisher } },
        async (cursor, limit) => {
          const page = await listApiItems(db, {
            publisher,
            byId: true,
            afterId: afterId(cursor),
            limit,
            withCase,
            times: query.times,
          });
          const u = urlsOf(c);
          const data = withCase
            ? page.rows.flatMap((item) =>
                item.caseId === null ? [] : [presentConsultation(consultationOf(item), item.caseId, u)],
              )
            : page.rows.map((item) => presentAgendaItem(item, u));
          return { page, data };
        },
        (item) => [item.id],
        removed,
      );
    };
  return {
    meetings: meetingList({}, (rows, u) => reads.meetingObjects(rows, u), {
      types: ['meeting'],
      present: deleted('meeting'),
    }),
    files: meetingList({ withSource: true }, async (rows, u) => rows.flatMap((m) => presentSourceFile(m, u) ?? []), {
      types: ['meeting'],
      present: deleted('file'),
    }),
    locations: meetingList(
      { withLocation: true },
      async (rows, u) => rows.flatMap((m) => presentLocation(m, u) ?? []),
      { types: ['meeting'], present: deleted('location') },
    ),
    agendaItems: itemList(false, { types: ['item'], present: deleted('agendaItem') }),
    consultations: itemList(true, {
      types: ['item'],
      // An item had a consultation when it had a case (its key).
      present: (change, u) =>
        change.objectKey ? [presentDeleted('consultation', u.consultation(change.objectId), change)] : [],
    }),
    legislativeTerms: async (c) => listWithNext(c, [], null, listQueryOf(c).limit),
  };
}
