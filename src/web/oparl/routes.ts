/**
 * The read-only OParl 1.1 endpoint: GET /oparl/v1/system and everything it links to. Lists are
 * paged (`links.next`, keyset cursors as in the JSON API); every URL is absolute, from the
 * request's origin. Errors are JSON.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
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
import { jsonErrors } from '../api/errors.js';
import type { OpenDataDeps } from '../api/routes.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../api/schemas.js';
import { isSlug, parseId } from '../portal/validation.js';
import {
  BODY_LISTS,
  consultationOf,
  OPARL_BASE,
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

export function oparlRoutes({ db, logger }: OpenDataDeps) {
  const app = new Hono();
  app.onError(jsonErrors(logger));
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

  /** The region of an OParl Body key; throws not found for an unknown key. */
  async function regionOf(key: string): Promise<{ region: ApiRegion; filter: RegionFilter }> {
    const regions = await listApiRegions(db);
    const region = regions.find((r) => regionKey(r) === key);
    if (!region) throw notFound();
    return { region, filter: region.slug === '' ? null : region.slug };
  }

  async function meetingObjects(meetings: ApiMeeting[], u: OparlUrls): Promise<OparlObject[]> {
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
  }

  async function membershipsOf(filter: { bodies?: string[]; persons?: string[] }): Promise<ApiMembership[]> {
    return (await listApiMemberships(db, { ...filter, limit: 10_000 })).rows;
  }

  app.get(`${OPARL_BASE}/system`, async (c) => {
    return c.json(presentSystem(urlsOf(c), await archiveTimes(db)));
  });

  app.get(`${OPARL_BASE}/bodies`, async (c) => {
    const u = urlsOf(c);
    const regions = await listApiRegions(db);
    return list(
      c,
      { rows: regions, hasMore: false },
      regions.map((r) => presentBody(r, u)),
      (r) => [r.slug],
    );
  });

  app.get(`${OPARL_BASE}/body/:key`, async (c) => {
    const { region } = await regionOf(c.req.param('key'));
    return c.json(presentBody(region, urlsOf(c)));
  });

  app.get(`${OPARL_BASE}/body/:key/:list`, async (c) => {
    const { filter } = await regionOf(c.req.param('key'));
    const kind = c.req.param('list') as ListKind;
    if (!(Object.values(BODY_LISTS) as string[]).includes(kind)) throw notFound();
    const u = urlsOf(c);
    const limit = limitOf(c);
    const cursor = c.req.query('cursor');
    switch (kind) {
      case 'organizations': {
        const afterId = decodeCursor(cursor, ['n'])?.[0] as number | undefined;
        const page = await listApiBodies(db, { region: filter, afterId, limit });
        const memberships = await membershipsOf({ bodies: page.rows.map((b) => b.slug) });
        const data = page.rows.map((b) =>
          presentOrganization(
            b,
            memberships.filter((m) => m.body.slug === b.slug),
            u,
          ),
        );
        return list(c, page, data, (b) => [b.id]);
      }
      case 'persons': {
        const afterId = decodeCursor(cursor, ['n'])?.[0] as number | undefined;
        const page = await listApiPersons(db, { region: filter, afterId, limit });
        const memberships = await membershipsOf({ persons: page.rows.map((p) => p.slug) });
        const data = page.rows.map((p) =>
          presentPerson(
            p,
            memberships.filter((m) => m.person.slug === p.slug),
            u,
          ),
        );
        return list(c, page, data, (p) => [p.id]);
      }
      case 'memberships': {
        const afterId = decodeCursor(cursor, ['n'])?.[0] as number | undefined;
        const page = await listApiMemberships(db, { region: filter, afterId, limit });
        return list(
          c,
          page,
          page.rows.map((m) => presentMembership(m, u)),
          (m) => [m.id],
        );
      }
      case 'meetings': {
        const after = decodeCursor(cursor, ['d', 'n']) as [string, number] | undefined;
        const page = await listApiMeetings(db, { region: filter, after, limit });
        return list(c, page, await meetingObjects(page.rows, u), (m) => [m.heldOn, m.id]);
      }
      case 'files': {
        const after = decodeCursor(cursor, ['d', 'n']) as [string, number] | undefined;
        const page = await listApiMeetings(db, { region: filter, after, limit, withSource: true });
        const data = page.rows.flatMap((m) => presentSourceFile(m, u) ?? []);
        return list(c, page, data, (m) => [m.heldOn, m.id]);
      }
      case 'locations': {
        const after = decodeCursor(cursor, ['d', 'n']) as [string, number] | undefined;
        const page = await listApiMeetings(db, { region: filter, after, limit, withLocation: true });
        const data = page.rows.flatMap((m) => presentLocation(m, u) ?? []);
        return list(c, page, data, (m) => [m.heldOn, m.id]);
      }
      case 'agendaItems':
      case 'consultations': {
        const after = decodeCursor(cursor, ['d', 'n', 'n']) as [string, number, number] | undefined;
        const page = await listApiItems(db, { region: filter, after, limit, withCase: kind === 'consultations' });
        const data =
          kind === 'agendaItems'
            ? page.rows.map((item) => presentAgendaItem(item, u))
            : page.rows.flatMap((item) =>
                item.caseId === null ? [] : [presentConsultation(consultationOf(item), item.caseId, u)],
              );
        return list(c, page, data, (item) => [item.meeting.heldOn, item.meeting.id, item.position]);
      }
      case 'papers': {
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
            u,
          ),
        );
        return list(c, page, data, (found) => [found.number]);
      }
      case 'legislativeTerms':
        return list(c, { rows: [], hasMore: false }, [], () => []);
    }
  });

  app.get(`${OPARL_BASE}/organization/:slug`, async (c) => {
    const slug = c.req.param('slug');
    const body = isSlug(slug) ? await findApiBody(db, slug) : null;
    if (!body) throw notFound();
    return c.json(presentOrganization(body, await membershipsOf({ bodies: [slug] }), urlsOf(c)));
  });

  app.get(`${OPARL_BASE}/organization/:slug/meetings`, async (c) => {
    const slug = c.req.param('slug');
    const body = isSlug(slug) ? await findApiBody(db, slug) : null;
    if (!body) throw notFound();
    const after = decodeCursor(c.req.query('cursor'), ['d', 'n']) as [string, number] | undefined;
    const page = await listApiMeetings(db, { body: slug, after, limit: limitOf(c) });
    return list(c, page, await meetingObjects(page.rows, urlsOf(c)), (m) => [m.heldOn, m.id]);
  });

  app.get(`${OPARL_BASE}/person/:slug`, async (c) => {
    const slug = c.req.param('slug');
    const person = isSlug(slug) ? await findApiPerson(db, slug) : null;
    if (!person) throw notFound();
    return c.json(presentPerson(person, await membershipsOf({ persons: [slug] }), urlsOf(c)));
  });

  app.get(`${OPARL_BASE}/membership/:id`, async (c) => {
    const id = parseId(c.req.param('id'));
    const found = id ? await findApiMembership(db, id) : null;
    if (!found) throw notFound();
    return c.json(presentMembership(found, urlsOf(c)));
  });

  app.get(`${OPARL_BASE}/meeting/:id`, async (c) => {
    const id = parseId(c.req.param('id'));
    const meeting = id ? await findApiMeeting(db, id) : null;
    if (!meeting) throw notFound();
    const [object] = await meetingObjects([meeting], urlsOf(c));
    return c.json(object);
  });

  app.get(`${OPARL_BASE}/agendaItem/:id`, async (c) => {
    const id = parseId(c.req.param('id'));
    const item = id ? await findApiItem(db, id) : null;
    if (!item) throw notFound();
    return c.json(presentAgendaItem(item, urlsOf(c)));
  });

  app.get(`${OPARL_BASE}/paper/:id`, async (c) => {
    const id = parseId(c.req.param('id'));
    const found = id ? await findApiCaseById(db, id) : null;
    if (!found) throw notFound();
    return c.json(presentPaper(found, await listCaseItemRefs(db, [found.id]), urlsOf(c)));
  });

  app.get(`${OPARL_BASE}/consultation/:id`, async (c) => {
    const id = parseId(c.req.param('id'));
    const item = id ? await findApiItem(db, id) : null;
    if (!item || item.isClosed || item.caseId === null) throw notFound();
    return c.json(presentConsultation(consultationOf(item), item.caseId, urlsOf(c)));
  });

  app.get(`${OPARL_BASE}/file/:id`, async (c) => {
    const match = /^kilde-(\d{1,10})$/.exec(c.req.param('id'));
    const id = match ? parseId(match[1]) : null;
    const meeting = id ? await findApiMeeting(db, id) : null;
    const file = meeting ? presentSourceFile(meeting, urlsOf(c)) : null;
    if (!file) throw notFound();
    return c.json(file);
  });

  app.get(`${OPARL_BASE}/location/:id`, async (c) => {
    const id = parseId(c.req.param('id'));
    const meeting = id ? await findApiMeeting(db, id) : null;
    const location = meeting ? presentLocation(meeting, urlsOf(c)) : null;
    if (!location) throw notFound();
    return c.json(location);
  });

  return app;
}
