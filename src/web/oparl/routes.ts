/**
 * The read-only OParl 1.1 endpoint (mounted at /oparl): GET /oparl/v1/system and everything it
 * links to: one Body per publisher (presenters.ts says which, and where bodies whose publisher is
 * not known are), each with its lists (lists.ts). Lists are paged (`links.next`, keyset cursors
 * as in the JSON API); every URL is absolute, from the request's origin. An Organization under a
 * body's slug from before publishers, and a Person merged into another, answer 301 with the id
 * they have now. Public: CORS for reading, ETag and Cache-Control; errors are JSON, and so is the
 * 404 of any other path under /oparl. Every list takes OParl's created/modified filters (filters.ts)
 * and, with `modified_since`, lists removed objects as `deleted: true` (lists.ts). A removed object
 * answers at its own id with 200 and its `deleted: true` object (OParl 1.1, 2.8 "Gelöschte
 * Objekte": "Als HTTP-Statuscode muss weiterhin 200 verwendet werden").
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import {
  archiveTimes,
  findApiBody,
  findApiBodySlug,
  findApiMembership,
  findApiPerson,
} from '../../db/queries/api-directory.js';
import {
  findApiCaseById,
  findApiItem,
  findApiMeeting,
  listApiMeetings,
  listCaseItemRefs,
} from '../../db/queries/api-meetings.js';
import {
  type ApiPublisher,
  findApiPublisher,
  listApiPublishers,
  type UnknownPublisherUse,
  unknownPublisherUse,
} from '../../db/queries/api-publishers.js';
import { fitsTimes } from '../../db/queries/api-time.js';
import { type ChangedObjectType, findRemovedObject } from '../../db/queries/object-changes.js';
import { AppError } from '../../errors.js';
import { jsonErrors, jsonNotFound } from '../api/errors.js';
import { publicCaching, readable } from '../api/http-cache.js';
import type { OpenDataDeps } from '../api/routes.js';
import { isSlug, parseId } from '../kit/params.js';
import { listQueryOf } from './filters.js';
import { afterId, bodyLists, type ListKind, listPage, oparlReads, type Reads, urlsOf } from './lists.js';
import {
  BODY_LISTS,
  consultationOf,
  presentAgendaItem,
  presentBody,
  presentConsultation,
  presentDeleted,
  presentLocation,
  presentMembership,
  presentOrganization,
  presentPaper,
  presentPerson,
  presentSourceFile,
  presentSystem,
  UNKNOWN_KEY,
} from './presenters.js';

const notFound = () => new AppError('not_found', 'Objektet findes ikke / object not found');

/** A removed object's `deleted: true` object at its own id (OParl 1.1, 2.8), else 404. */
async function deletedOr404(
  c: Context,
  db: Db,
  type: ChangedObjectType,
  which: { id: number } | { key: string } | null,
  present: (id: string) => string | null,
  oparlType: Parameters<typeof presentDeleted>[0],
) {
  const removal = which ? await findRemovedObject(db, type, which) : null;
  const id = removal ? present(removal.objectKey ?? '') : null;
  if (!removal || !id) throw notFound();
  return c.json(presentDeleted(oparlType, id, removal));
}

/** The cursor key of the Body of unknown publishers: after every publisher's id. */
const UNKNOWN_ID = 2_147_483_647;

/** A Body's publisher by its key (null: the Body of unknown publishers), or not found. */
async function publisherOf(
  db: Db,
  key: string,
): Promise<{ publisher: ApiPublisher | null; activity: ApiPublisher | UnknownPublisherUse }> {
  if (key === UNKNOWN_KEY) return { publisher: null, activity: await unknownPublisherUse(db) };
  const publisher = isSlug(key) ? await findApiPublisher(db, key) : null;
  if (!publisher) throw notFound();
  return { publisher, activity: publisher };
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

  app.get('/bodies', (c) => bodiesPage(c, db));

  app.get('/body/:key', async (c) => {
    const { publisher, activity } = await publisherOf(db, c.req.param('key'));
    return c.json(presentBody(publisher, activity, urlsOf(c)));
  });

  app.get('/body/:key/:list', async (c) => {
    const key = c.req.param('key');
    await publisherOf(db, key);
    const kind = c.req.param('list') as ListKind;
    if (!(Object.values(BODY_LISTS) as string[]).includes(kind)) throw notFound();
    return lists[kind](c, { publisher: key });
  });

  directoryObjectRoutes(app, db, reads);
  meetingObjectRoutes(app, db, reads);
  return app;
}

/**
 * The Bodies: every region and every publisher with at least one body, by id (the regions first),
 * then the Body of unknown publishers while there are bodies or cases without one.
 */
async function bodiesPage(c: Context, db: Db) {
  const u = urlsOf(c);
  const query = listQueryOf(c);
  return listPage(
    c,
    db,
    { query, removed: {} },
    async (cursor, limit) => {
      const after = afterId(cursor);
      const page =
        after === UNKNOWN_ID
          ? { rows: [], hasMore: false }
          : await listApiPublishers(db, { withBodiesOrRegion: true, afterId: after, limit, times: query.times });
      const rows: { id: number; publisher: ApiPublisher | null; activity: ApiPublisher | UnknownPublisherUse }[] =
        page.rows.map((publisher) => ({ id: publisher.id, publisher, activity: publisher }));
      if (!page.hasMore && after !== UNKNOWN_ID) {
        const unknown = await unknownPublisherUse(db);
        const created = unknown.createdAt ?? new Date(0);
        if (unknown.bodyCount + unknown.caseCount > 0 && fitsTimes(query.times, created, unknown.modifiedAt ?? created))
          rows.push({ id: UNKNOWN_ID, publisher: null, activity: unknown });
      }
      const shown = { rows: rows.slice(0, limit), hasMore: page.hasMore || rows.length > limit };
      return { page: shown, data: shown.rows.map((row) => presentBody(row.publisher, row.activity, u)) };
    },
    (row) => [row.id],
    {
      types: ['publisher'],
      present: (change, urls) =>
        change.objectKey ? [presentDeleted('body', urls.body(change.objectKey), change)] : [],
    },
  );
}

/** Organization (301 from a body's earlier slug), Person (301 from a merged person), Membership. */
function directoryObjectRoutes(app: Hono, db: Db, reads: Reads): void {
  /** The body of an Organization's id; a Response when it moved. */
  async function bodyOf(c: Context, rest = '') {
    const slug = c.req.param('slug') ?? '';
    const body = isSlug(slug) ? await findApiBody(db, slug) : null;
    if (body) return body;
    const current = isSlug(slug) ? await findApiBodySlug(db, slug) : null;
    if (!current) throw notFound();
    return c.redirect(`${urlsOf(c).organization(current)}${rest}${new URL(c.req.url).search}`, 301);
  }

  app.get('/organization/:slug', async (c) => {
    const slug = c.req.param('slug');
    if (isSlug(slug) && !(await findApiBody(db, slug)) && !(await findApiBodySlug(db, slug)))
      return deletedOr404(c, db, 'body', { key: slug }, (key) => urlsOf(c).organization(key), 'organization');
    const body = await bodyOf(c);
    if (body instanceof Response) return body;
    return c.json(presentOrganization(body, await reads.membershipsOf({ bodies: [body.slug] }), urlsOf(c)));
  });

  app.get('/organization/:slug/meetings', async (c) => {
    const body = await bodyOf(c, '/meetings');
    if (body instanceof Response) return body;
    const query = listQueryOf(c);
    return listPage(
      c,
      db,
      { query, removed: { key: body.slug } },
      async (cursor, limit) => {
        const page = await listApiMeetings(db, {
          body: body.slug,
          byId: true,
          afterId: afterId(cursor),
          limit,
          times: query.times,
        });
        return { page, data: await reads.meetingObjects(page.rows, urlsOf(c)) };
      },
      (m) => [m.id],
      {
        types: ['meeting'],
        present: (change, u) => [presentDeleted('meeting', u.meeting(change.objectId), change)],
      },
    );
  });

  app.get('/person/:slug', async (c) => {
    const slug = c.req.param('slug');
    const found = isSlug(slug) ? await findApiPerson(db, slug) : null;
    if (!found)
      return deletedOr404(
        c,
        db,
        'person',
        isSlug(slug) ? { key: slug } : null,
        (key) => urlsOf(c).person(key),
        'person',
      );
    if ('mergedInto' in found) return c.redirect(urlsOf(c).person(found.mergedInto), 301);
    return c.json(presentPerson(found.person, await reads.membershipsOf({ persons: [slug] }), urlsOf(c)));
  });

  app.get('/membership/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const found = id ? await findApiMembership(db, id) : null;
    if (!found)
      return deletedOr404(c, db, 'membership', id ? { id } : null, () => urlsOf(c).membership(id!), 'membership');
    return c.json(presentMembership(found, urlsOf(c)));
  });
}

/** Meeting, AgendaItem, Paper, Consultation, File and Location. */
function meetingObjectRoutes(app: Hono, db: Db, reads: Reads): void {
  app.get('/meeting/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const meeting = id ? await findApiMeeting(db, id) : null;
    if (!meeting) return deletedOr404(c, db, 'meeting', id ? { id } : null, () => urlsOf(c).meeting(id!), 'meeting');
    const [object] = await reads.meetingObjects([meeting], urlsOf(c));
    return c.json(object);
  });

  app.get('/agendaItem/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const item = id ? await findApiItem(db, id) : null;
    if (!item) return deletedOr404(c, db, 'item', id ? { id } : null, () => urlsOf(c).agendaItem(id!), 'agendaItem');
    return c.json(presentAgendaItem(item, urlsOf(c)));
  });

  app.get('/paper/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const found = id ? await findApiCaseById(db, id) : null;
    if (!found) return deletedOr404(c, db, 'case', id ? { id } : null, () => urlsOf(c).paper(id!), 'paper');
    return c.json(presentPaper(found, await listCaseItemRefs(db, [found.id]), urlsOf(c)));
  });

  app.get('/consultation/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const item = id ? await findApiItem(db, id) : null;
    if (!item)
      return deletedOr404(
        c,
        db,
        'item',
        id ? { id } : null,
        (caseKey) => (caseKey ? urlsOf(c).consultation(id!) : null),
        'consultation',
      );
    if (item.isClosed || item.caseId === null) throw notFound();
    return c.json(presentConsultation(consultationOf(item), item.caseId, urlsOf(c)));
  });

  app.get('/file/:id', async (c) => {
    const match = /^kilde-(\d{1,10})$/.exec(c.req.param('id'));
    const id = match ? parseId(match[1]) : null;
    const meeting = id ? await findApiMeeting(db, id) : null;
    if (!meeting && id) return deletedOr404(c, db, 'meeting', { id }, () => urlsOf(c).sourceFile(id), 'file');
    const file = meeting ? presentSourceFile(meeting, urlsOf(c)) : null;
    if (!file) throw notFound();
    return c.json(file);
  });

  app.get('/location/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const meeting = id ? await findApiMeeting(db, id) : null;
    if (!meeting && id) return deletedOr404(c, db, 'meeting', { id }, () => urlsOf(c).location(id), 'location');
    const location = meeting ? presentLocation(meeting, urlsOf(c)) : null;
    if (!location) throw notFound();
    return c.json(location);
  });
}
