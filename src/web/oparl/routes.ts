/**
 * The read-only OParl 1.1 endpoint (mounted at /oparl): GET /oparl/v1/system and everything it
 * links to. Lists are paged (`links.next`, keyset cursors as in the JSON API); every URL is
 * absolute, from the request's origin. Public: CORS for reading, ETag and Cache-Control; errors
 * are JSON, and so is the 404 of any other path under /oparl.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import {
  type ApiMembership,
  type ApiRegion,
  archiveTimes,
  findApiBody,
  findApiMembership,
  findApiPerson,
  listApiBodies,
  listApiMemberships,
  listApiPersons,
  listApiRegions,
  type RegionFilter,
} from '../../db/queries/api-directory.js';
import {
  type ApiMeeting,
  findApiCaseById,
  findApiItem,
  findApiMeeting,
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
import { jsonErrors, jsonNotFound } from '../api/errors.js';
import { publicCaching, readable } from '../api/http-cache.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../api/request-schemas.js';
import type { OpenDataDeps } from '../api/routes.js';
import { isSlug, parseId } from '../kit/params.js';
import {
  BODY_LISTS,
  consultationOf,
  type OparlObject,
  type OparlUrls,
  oparlUrls,
  presentAgendaItem,
  presentBody,
  presentConsultation,
  presentLocation,
  presentMeeting,
  presentMembership,
  presentOrganization,
  presentPaper,
  presentPerson,
  presentSourceFile,
  presentSystem,
  regionKey,
} from './presenters.js';

const notFound = () => new AppError('not_found', 'Objektet findes ikke / object not found');

type ListKind = (typeof BODY_LISTS)[keyof typeof BODY_LISTS];

const urlsOf = (c: Context) => oparlUrls(new URL(c.req.url).origin);

function limitOf(c: Context): number {
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
function list<T>(c: Context, page: Page<T>, data: OparlObject[], keyOf: (row: T) => (string | number)[]) {
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

/** What the OParl handlers read: regions by key, meetings with their items and participants, memberships. */
function oparlReads(db: Db) {
  return {
    /** The region of an OParl Body key; throws not found for an unknown key. */
    async regionOf(key: string): Promise<{ region: ApiRegion; filter: RegionFilter }> {
      const regions = await listApiRegions(db);
      const region = regions.find((r) => regionKey(r) === key);
      if (!region) throw notFound();
      return { region, filter: region.slug === '' ? null : region.slug };
    },
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

type Reads = ReturnType<typeof oparlReads>;

/** One page of a region's list, by kind. */
type ListLoader = (
  c: Context,
  input: { filter: RegionFilter; limit: number; cursor: string | undefined },
) => Promise<Response>;

function bodyLists(db: Db, reads: Reads): Record<ListKind, ListLoader> {
  return { ...directoryLists(db, reads), ...meetingLists(db, reads) };
}

const afterId = (cursor: string | undefined) => decodeCursor(cursor, ['n'])?.[0] as number | undefined;

/** Organizations, persons, memberships and papers (cases). */
function directoryLists(
  db: Db,
  reads: Reads,
): Record<'organizations' | 'persons' | 'memberships' | 'papers', ListLoader> {
  return {
    async organizations(c, { filter, limit, cursor }) {
      const urls = urlsOf(c);
      const page = await listApiBodies(db, { region: filter, afterId: afterId(cursor), limit });
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
    async persons(c, { filter, limit, cursor }) {
      const urls = urlsOf(c);
      const page = await listApiPersons(db, { region: filter, afterId: afterId(cursor), limit });
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
    async memberships(c, { filter, limit, cursor }) {
      const urls = urlsOf(c);
      const page = await listApiMemberships(db, { region: filter, afterId: afterId(cursor), limit });
      return list(
        c,
        page,
        page.rows.map((m) => presentMembership(m, urls)),
        (m) => [m.id],
      );
    },
    async papers(c, { filter, limit, cursor }) {
      const urls = urlsOf(c);
      const afterNumber = decodeCursor(cursor, ['s'])?.[0] as string | undefined;
      const page = await listApiCases(db, { region: filter, afterNumber, limit });
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
      return list(c, page, data, (found) => [found.number]);
    },
  };
}

/** Meetings, their files and locations, agenda items and consultations; no legislative terms. */
function meetingLists(
  db: Db,
  reads: Reads,
): Record<'meetings' | 'files' | 'locations' | 'agendaItems' | 'consultations' | 'legislativeTerms', ListLoader> {
  const meetingsPage = (filter: RegionFilter, cursor: string | undefined, limit: number, extra = {}) =>
    listApiMeetings(db, {
      region: filter,
      after: decodeCursor(cursor, ['d', 'n']) as [string, number] | undefined,
      limit,
      ...extra,
    });
  const itemsPage = (filter: RegionFilter, cursor: string | undefined, limit: number, withCase: boolean) =>
    listApiItems(db, {
      region: filter,
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
    async meetings(c, { filter, limit, cursor }) {
      const page = await meetingsPage(filter, cursor, limit);
      return list(c, page, await reads.meetingObjects(page.rows, urlsOf(c)), (m) => [m.heldOn, m.id]);
    },
    async files(c, { filter, limit, cursor }) {
      const urls = urlsOf(c);
      const page = await meetingsPage(filter, cursor, limit, { withSource: true });
      const data = page.rows.flatMap((m) => presentSourceFile(m, urls) ?? []);
      return list(c, page, data, (m) => [m.heldOn, m.id]);
    },
    async locations(c, { filter, limit, cursor }) {
      const urls = urlsOf(c);
      const page = await meetingsPage(filter, cursor, limit, { withLocation: true });
      const data = page.rows.flatMap((m) => presentLocation(m, urls) ?? []);
      return list(c, page, data, (m) => [m.heldOn, m.id]);
    },
    async agendaItems(c, { filter, limit, cursor }) {
      const urls = urlsOf(c);
      const page = await itemsPage(filter, cursor, limit, false);
      return list(
        c,
        page,
        page.rows.map((item) => presentAgendaItem(item, urls)),
        itemKey,
      );
    },
    async consultations(c, { filter, limit, cursor }) {
      const urls = urlsOf(c);
      const page = await itemsPage(filter, cursor, limit, true);
      const data = page.rows.flatMap((item) =>
        item.caseId === null ? [] : [presentConsultation(consultationOf(item), item.caseId, urls)],
      );
      return list(c, page, data, itemKey);
    },
    legislativeTerms: async (c) => list(c, { rows: [], hasMore: false }, [], () => []),
  };
}

/** OParl 1.1 (mounted at /oparl): /oparl/v1/…, and a JSON 404 for any other path. */
export function oparlApp(deps: OpenDataDeps) {
  const app = new Hono();
  app.use('*', readable(), publicCaching());
  app.route('/v1', oparlV1(deps));
  app.all('/*', jsonNotFound);
  return app;
}

function oparlV1({ db, logger }: OpenDataDeps) {
  const app = new Hono();
  app.onError(jsonErrors(logger));
  const reads = oparlReads(db);
  const lists = bodyLists(db, reads);

  app.get('/system', async (c) => c.json(presentSystem(urlsOf(c), await archiveTimes(db))));

  app.get('/bodies', async (c) => {
    const u = urlsOf(c);
    const regions = await listApiRegions(db);
    return list(
      c,
      { rows: regions, hasMore: false },
      regions.map((r) => presentBody(r, u)),
      (r) => [r.slug],
    );
  });

  app.get('/body/:key', async (c) => {
    const { region } = await reads.regionOf(c.req.param('key'));
    return c.json(presentBody(region, urlsOf(c)));
  });

  app.get('/body/:key/:list', async (c) => {
    const { filter } = await reads.regionOf(c.req.param('key'));
    const kind = c.req.param('list') as ListKind;
    if (!(Object.values(BODY_LISTS) as string[]).includes(kind)) throw notFound();
    return lists[kind](c, { filter, limit: limitOf(c), cursor: c.req.query('cursor') });
  });

  objectRoutes(app, db, reads);
  return app;
}

/** One OParl object each: Organization, Person, Membership, Meeting, AgendaItem, Paper, Consultation, File, Location. */
function objectRoutes(app: Hono, db: Db, reads: Reads): void {
  app.get('/organization/:slug', async (c) => {
    const slug = c.req.param('slug');
    const body = isSlug(slug) ? await findApiBody(db, slug) : null;
    if (!body) throw notFound();
    return c.json(presentOrganization(body, await reads.membershipsOf({ bodies: [slug] }), urlsOf(c)));
  });

  app.get('/organization/:slug/meetings', async (c) => {
    const slug = c.req.param('slug');
    const body = isSlug(slug) ? await findApiBody(db, slug) : null;
    if (!body) throw notFound();
    const after = decodeCursor(c.req.query('cursor'), ['d', 'n']) as [string, number] | undefined;
    const page = await listApiMeetings(db, { body: slug, after, limit: limitOf(c) });
    return list(c, page, await reads.meetingObjects(page.rows, urlsOf(c)), (m) => [m.heldOn, m.id]);
  });

  app.get('/person/:slug', async (c) => {
    const slug = c.req.param('slug');
    const person = isSlug(slug) ? await findApiPerson(db, slug) : null;
    if (!person) throw notFound();
    return c.json(presentPerson(person, await reads.membershipsOf({ persons: [slug] }), urlsOf(c)));
  });

  app.get('/membership/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const found = id ? await findApiMembership(db, id) : null;
    if (!found) throw notFound();
    return c.json(presentMembership(found, urlsOf(c)));
  });

  app.get('/meeting/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const meeting = id ? await findApiMeeting(db, id) : null;
    if (!meeting) throw notFound();
    const [object] = await reads.meetingObjects([meeting], urlsOf(c));
    return c.json(object);
  });

  app.get('/agendaItem/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const item = id ? await findApiItem(db, id) : null;
    if (!item) throw notFound();
    return c.json(presentAgendaItem(item, urlsOf(c)));
  });

  app.get('/paper/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const found = id ? await findApiCaseById(db, id) : null;
    if (!found) throw notFound();
    return c.json(presentPaper(found, await listCaseItemRefs(db, [found.id]), urlsOf(c)));
  });

  app.get('/consultation/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const item = id ? await findApiItem(db, id) : null;
    if (!item || item.isClosed || item.caseId === null) throw notFound();
    return c.json(presentConsultation(consultationOf(item), item.caseId, urlsOf(c)));
  });

  app.get('/file/:id', async (c) => {
    const match = /^kilde-(\d{1,10})$/.exec(c.req.param('id'));
    const id = match ? parseId(match[1]) : null;
    const meeting = id ? await findApiMeeting(db, id) : null;
    const file = meeting ? presentSourceFile(meeting, urlsOf(c)) : null;
    if (!file) throw notFound();
    return c.json(file);
  });

  app.get('/location/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const meeting = id ? await findApiMeeting(db, id) : null;
    const location = meeting ? presentLocation(meeting, urlsOf(c)) : null;
    if (!location) throw notFound();
    return c.json(location);
  });
}
