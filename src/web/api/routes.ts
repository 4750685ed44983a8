/**
 * The JSON API under /api/v1 (read-only): bodies, persons, memberships, meetings, agenda items,
 * cases, attachments, search and the bulk export; each route is validate (zod, the same schemas
 * that make /api/openapi.json) → query → present. Lists are paged with keyset cursors
 * (`links.next`). Errors are JSON: `{ error: { status, code, message, problems } }`.
 */
import { PassThrough, Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  findApiBody,
  findApiMembership,
  findApiPerson,
  listApiBodies,
  listApiMemberships,
  listApiPersons,
} from '../../db/queries/api-directory.js';
import {
  findApiAttachment,
  findApiCase,
  findApiItem,
  findApiMeeting,
  listApiAttachments,
  listApiCaseItems,
  listApiCases,
  listApiItems,
  listApiItemsOfMeetings,
  listApiMeetings,
  listApiParticipants,
} from '../../db/queries/api-meetings.js';
import { dataVersion } from '../../db/queries/data-version.js';
import { searchItems } from '../../db/search/search-items.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { exportArchive } from '../../use-cases/open-data/export-archive.js';
import type { PortalDeps } from '../portal/deps.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { errorBody, jsonErrors } from './errors.js';
import { etagMatches, weakEtag } from './http-cache.js';
import {
  presentAttachment,
  presentBody,
  presentCase,
  presentItem,
  presentMeeting,
  presentMeetingDetail,
  presentMembership,
  presentPerson,
  presentSearchHit,
} from './presenters.js';
import {
  AttachmentList,
  AttachmentListQuery,
  AttachmentSchema,
  BodyList,
  BodyListQuery,
  BodyParams,
  BodySchema,
  CaseDetailSchema,
  CaseList,
  CaseListQuery,
  CaseParams,
  DEFAULT_LIMIT,
  ErrorSchema,
  IdParams,
  ItemList,
  ItemListQuery,
  ItemSchema,
  MeetingDetailSchema,
  MeetingList,
  MeetingListQuery,
  MembershipList,
  MembershipListQuery,
  MembershipSchema,
  PersonDetailSchema,
  PersonList,
  PersonListQuery,
  PersonParams,
  SearchQuery,
  SearchResultSchema,
} from './schemas.js';
import { API_BASE, openDataUrls } from './urls.js';

const NOT_FOUND = (what: string) =>
  new AppError('not_found', `${what} findes ikke / ${what === 'Siden' ? 'page' : 'resource'} not found`);

const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const errors = {
  400: json(ErrorSchema, 'Ugyldige parametre (hvilke, og hvad der er galt).'),
  404: json(ErrorSchema, 'Findes ikke.'),
  304: { description: 'Uændret siden If-None-Match (ETag).' },
};

/** The next page's URL: the request's own, with the cursor replaced. */
function nextLink(c: Context, key: readonly (string | number)[] | null): string | null {
  if (!key) return null;
  const url = new URL(c.req.url);
  url.searchParams.set('cursor', encodeCursor(key));
  return url.toString();
}

function selfLink(c: Context): string {
  return new URL(c.req.url).toString();
}

/** A list response: the presented rows, this page's link and the next page's (keyset cursor). */
function listPage<R, P>(
  c: Context,
  page: { rows: R[]; hasMore: boolean },
  present: (row: R, u: ReturnType<typeof openDataUrls>) => P,
  keyOf: (row: R) => readonly (string | number)[],
) {
  const u = openDataUrls(new URL(c.req.url).origin);
  const last = page.rows.at(-1);
  return {
    data: page.rows.map((row) => present(row, u)),
    links: { self: selfLink(c), next: nextLink(c, page.hasMore && last !== undefined ? keyOf(last) : null) },
  };
}

export interface OpenDataDeps extends PortalDeps {
  logger?: Logger;
}

export function apiRoutes({ db, now, logger }: OpenDataDeps) {
  const api = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const problems = result.error.issues.map((issue) => ({
        parameter: issue.path.map(String).join('.') || 'request',
        message: issue.message,
      }));
      return c.json(
        errorBody(
          400,
          'input_invalid',
          `Ugyldige parametre / invalid parameters: ${problems.map((p) => p.message).join('; ')}`,
          problems,
        ),
        400,
      );
    },
  });

  api.onError(jsonErrors(logger));

  const urls = (c: Context) => openDataUrls(new URL(c.req.url).origin);
  const limitOf = (value: number | undefined) => value ?? DEFAULT_LIMIT;

  // Bodies
  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/bodies`,
      operationId: 'listBodies',
      tags: ['Organer'],
      summary: 'Organer: sundhedsråd, klynger, udvalg …',
      request: { query: BodyListQuery },
      responses: { 200: json(BodyList, 'En side af organer, efter id.'), 400: errors[400], 304: errors[304] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const key = decodeCursor(q.cursor, ['n']);
      const page = await listApiBodies(db, {
        region: q.region,
        kind: q.kind,
        afterId: key?.[0] as number | undefined,
        limit: limitOf(q.limit),
      });
      return c.json(
        listPage(c, page, presentBody, (r) => [r.id]),
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/bodies/{slug}`,
      operationId: 'getBody',
      tags: ['Organer'],
      summary: 'Ét organ',
      request: { params: BodyParams },
      responses: { 200: json(BodySchema, 'Organet.'), 400: errors[400], 404: errors[404], 304: errors[304] },
    }),
    async (c) => {
      const body = await findApiBody(db, c.req.valid('param').slug);
      if (!body) throw NOT_FOUND('Organet');
      return c.json(presentBody(body, urls(c)), 200);
    },
  );

  // Persons
  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/persons`,
      operationId: 'listPersons',
      tags: ['Personer'],
      summary: 'Personer (medlemmer af organerne)',
      request: { query: PersonListQuery },
      responses: { 200: json(PersonList, 'En side af personer, efter id.'), 400: errors[400], 304: errors[304] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const key = decodeCursor(q.cursor, ['n']);
      const page = await listApiPersons(db, {
        body: q.body,
        region: q.region,
        afterId: key?.[0] as number | undefined,
        limit: limitOf(q.limit),
      });
      return c.json(
        listPage(c, page, presentPerson, (r) => [r.id]),
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/persons/{slug}`,
      operationId: 'getPerson',
      tags: ['Personer'],
      summary: 'Én person med medlemskaber',
      request: { params: PersonParams },
      responses: {
        200: json(PersonDetailSchema, 'Personen.'),
        400: errors[400],
        404: errors[404],
        304: errors[304],
      },
    }),
    async (c) => {
      const person = await findApiPerson(db, c.req.valid('param').slug);
      if (!person) throw NOT_FOUND('Personen');
      const u = urls(c);
      const memberships = await listApiMemberships(db, { person: person.slug, limit: 1000 });
      return c.json(
        { ...presentPerson(person, u), memberships: memberships.rows.map((m) => presentMembership(m, u)) },
        200,
      );
    },
  );

  // Memberships
  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/memberships`,
      operationId: 'listMemberships',
      tags: ['Personer'],
      summary: 'Medlemskaber: person, organ, rolle, parti, organisation',
      request: { query: MembershipListQuery },
      responses: { 200: json(MembershipList, 'En side af medlemskaber.'), 400: errors[400], 304: errors[304] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const key = decodeCursor(q.cursor, ['n']);
      const page = await listApiMemberships(db, {
        body: q.body,
        person: q.person,
        region: q.region,
        afterId: key?.[0] as number | undefined,
        limit: limitOf(q.limit),
      });
      return c.json(
        listPage(c, page, presentMembership, (r) => [r.id]),
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/memberships/{id}`,
      operationId: 'getMembership',
      tags: ['Personer'],
      summary: 'Ét medlemskab',
      request: { params: IdParams },
      responses: { 200: json(MembershipSchema, 'Medlemskabet.'), 400: errors[400], 404: errors[404], 304: errors[304] },
    }),
    async (c) => {
      const found = await findApiMembership(db, Number(c.req.valid('param').id));
      if (!found) throw NOT_FOUND('Medlemskabet');
      return c.json(presentMembership(found, urls(c)), 200);
    },
  );

  // Meetings
  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/meetings`,
      operationId: 'listMeetings',
      tags: ['Møder'],
      summary: 'Møder, nyeste først',
      request: { query: MeetingListQuery },
      responses: { 200: json(MeetingList, 'En side af møder.'), 400: errors[400], 304: errors[304] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const key = decodeCursor(q.cursor, ['d', 'n']);
      const page = await listApiMeetings(db, {
        body: q.body,
        region: q.region,
        from: q.from,
        to: q.to,
        status: q.status,
        after: key as [string, number] | undefined,
        limit: limitOf(q.limit),
      });
      return c.json(
        listPage(c, page, presentMeeting, (r) => [r.heldOn, r.id]),
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/meetings/{id}`,
      operationId: 'getMeeting',
      tags: ['Møder'],
      summary: 'Ét møde med deltagere og alle punkter (lukkede punkter kun med nummer og titel)',
      request: { params: IdParams },
      responses: {
        200: json(MeetingDetailSchema, 'Mødet.'),
        400: errors[400],
        404: errors[404],
        304: errors[304],
      },
    }),
    async (c) => {
      const id = Number(c.req.valid('param').id);
      const meeting = await findApiMeeting(db, id);
      if (!meeting) throw NOT_FOUND('Mødet');
      const [participants, items] = await Promise.all([
        listApiParticipants(db, [id]),
        listApiItemsOfMeetings(db, [id]),
      ]);
      return c.json(presentMeetingDetail(meeting, participants.get(id) ?? [], items, urls(c)), 200);
    },
  );

  // Agenda items
  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/items`,
      operationId: 'listItems',
      tags: ['Punkter'],
      summary: 'Dagsordenspunkter med afsnit og beslutning; nyeste møde først, i dagsordenens rækkefølge',
      request: { query: ItemListQuery },
      responses: { 200: json(ItemList, 'En side af punkter.'), 400: errors[400], 304: errors[304] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const key = decodeCursor(q.cursor, ['d', 'n', 'n']);
      const page = await listApiItems(db, {
        body: q.body,
        region: q.region,
        from: q.from,
        to: q.to,
        caseNumber: q.case,
        outcome: q.outcome,
        meetingId: q.meeting ? Number(q.meeting) : undefined,
        after: key as [string, number, number] | undefined,
        limit: limitOf(q.limit),
      });
      return c.json(
        listPage(c, page, presentItem, (r) => [r.meeting.heldOn, r.meeting.id, r.position]),
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/items/{id}`,
      operationId: 'getItem',
      tags: ['Punkter'],
      summary: 'Ét dagsordenspunkt',
      request: { params: IdParams },
      responses: { 200: json(ItemSchema, 'Punktet.'), 400: errors[400], 404: errors[404], 304: errors[304] },
    }),
    async (c) => {
      const item = await findApiItem(db, Number(c.req.valid('param').id));
      if (!item) throw NOT_FOUND('Punktet');
      return c.json(presentItem(item, urls(c)), 200);
    },
  );

  // Cases
  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/cases`,
      operationId: 'listCases',
      tags: ['Sager'],
      summary: 'Sager (sagsnumre med mindst ét åbent punkt), efter nummer',
      request: { query: CaseListQuery },
      responses: { 200: json(CaseList, 'En side af sager.'), 400: errors[400], 304: errors[304] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const key = decodeCursor(q.cursor, ['s']);
      const page = await listApiCases(db, {
        body: q.body,
        region: q.region,
        afterNumber: key?.[0] as string | undefined,
        limit: limitOf(q.limit),
      });
      return c.json(
        listPage(c, page, presentCase, (r) => [r.number]),
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/cases/{number}`,
      operationId: 'getCase',
      tags: ['Sager'],
      summary: 'Én sag med dens åbne punkter på tværs af møder og organer',
      request: { params: CaseParams },
      responses: { 200: json(CaseDetailSchema, 'Sagen.'), 400: errors[400], 404: errors[404], 304: errors[304] },
    }),
    async (c) => {
      const number = c.req.valid('param').number.trim();
      const found = await findApiCase(db, number);
      if (!found) throw NOT_FOUND('Sagen');
      const u = urls(c);
      const items = await listApiCaseItems(db, number);
      return c.json({ ...presentCase(found, u), items: items.map((item) => presentItem(item, u)) }, 200);
    },
  );

  // Attachments
  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/attachments`,
      operationId: 'listAttachments',
      tags: ['Bilag'],
      summary: 'Bilag til åbne punkter (metadata)',
      request: { query: AttachmentListQuery },
      responses: { 200: json(AttachmentList, 'En side af bilag, efter id.'), 400: errors[400], 304: errors[304] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const key = decodeCursor(q.cursor, ['n']);
      const page = await listApiAttachments(db, {
        body: q.body,
        region: q.region,
        meetingId: q.meeting ? Number(q.meeting) : undefined,
        itemId: q.item ? Number(q.item) : undefined,
        afterId: key?.[0] as number | undefined,
        limit: limitOf(q.limit),
      });
      return c.json(
        listPage(c, page, presentAttachment, (r) => [r.id]),
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/attachments/{id}`,
      operationId: 'getAttachment',
      tags: ['Bilag'],
      summary: 'Ét bilag (metadata)',
      request: { params: IdParams },
      responses: { 200: json(AttachmentSchema, 'Bilaget.'), 400: errors[400], 404: errors[404], 304: errors[304] },
    }),
    async (c) => {
      const found = await findApiAttachment(db, Number(c.req.valid('param').id));
      if (!found) throw NOT_FOUND('Bilaget');
      return c.json(presentAttachment(found, urls(c)), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/attachments/{id}/file`,
      operationId: 'getAttachmentFile',
      tags: ['Bilag'],
      summary: 'Bilagets fil, når Protokol har den (se `hasFile`): en henvisning til filen',
      request: { params: IdParams },
      responses: {
        302: {
          description: 'Filen ligger på den angivne adresse (portalens /bilag/:id).',
          headers: { Location: { schema: { type: 'string', format: 'uri' } } },
        },
        400: errors[400],
        404: errors[404],
      },
    }),
    async (c) => {
      const found = await findApiAttachment(db, Number(c.req.valid('param').id));
      if (!found) throw NOT_FOUND('Bilaget');
      if (!found.hasFile)
        throw new AppError('not_found', 'Bilaget har ingen fil i Protokol / the attachment has no stored file');
      return c.redirect(urls(c).page.attachmentFile(found.id), 302);
    },
  );

  // Search
  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/search`,
      operationId: 'search',
      tags: ['Søgning'],
      summary: 'Søg i åbne punkter: dansk fuldtekst med sammensatte ord, filtre, rangeret',
      description:
        'Samme søgning som portalens /sog. Uden q listes punkterne efter filtrene, nyeste først. Siderne følger rangeringen (cursor = position); en søgning tæller højst 2000 træf.',
      request: { query: SearchQuery },
      responses: { 200: json(SearchResultSchema, 'Træf, bedste først.'), 400: errors[400], 304: errors[304] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const pageSize = q.limit ?? 20;
      const key = decodeCursor(q.cursor, ['n']);
      const offset = (key?.[0] as number | undefined) ?? 0;
      if (offset % pageSize !== 0 || offset / pageSize >= 100)
        throw new AppError('input_invalid', 'cursor: passer ikke til limit / does not match limit');
      const result = await searchItems(db, {
        query: q.q ?? '',
        body: q.body,
        region: q.region,
        from: q.from,
        to: q.to,
        outcome: q.outcome,
        sectionKind: q.section,
        page: offset / pageSize + 1,
        pageSize,
      });
      const u = urls(c);
      const nextOffset = offset + pageSize;
      return c.json(
        {
          query: (q.q ?? '').trim(),
          total: result.total,
          totalIsCapped: result.totalIsCapped,
          data: result.hits.map((hit) => presentSearchHit(hit, u)),
          links: {
            self: selfLink(c),
            next: nextLink(c, nextOffset < result.total && nextOffset / pageSize < 100 ? [nextOffset] : null),
          },
        },
        200,
      );
    },
  );

  // Bulk export
  api.openapi(
    createRoute({
      method: 'get',
      path: `${API_BASE}/export`,
      operationId: 'exportArchive',
      tags: ['Eksport'],
      summary: 'Hele det offentlige arkiv som NDJSON, gzip-komprimeret',
      description:
        'Én JSON-post pr. linje: organer ("type": "body"), personer, medlemskaber, møder og punkter med afsnit, beslutning, bilag og fravær. Lukkede punkter kun med nummer og titel. Dannes løbende (streaming); ETag følger arkivets version.',
      responses: {
        200: {
          description: 'protokol-ÅÅÅÅ-MM-DD.ndjson.gz',
          content: { 'application/gzip': { schema: { type: 'string', format: 'binary' } } },
        },
        304: errors[304],
      },
    }),
    async (c) => {
      const etag = `W/"export-${weakEtag(await dataVersion(db)).slice(3, -1)}"`;
      const headers = {
        ETag: etag,
        'Cache-Control': 'public, max-age=300',
        'Content-Type': 'application/gzip',
        'Content-Disposition': `attachment; filename="protokol-${copenhagenDate(now())}.ndjson.gz"`,
      };
      if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
      const gzip = createGzip();
      const source = new PassThrough();
      source.pipe(gzip);
      exportArchive({ db, target: { format: 'ndjson', out: source } }).then(
        () => source.end(),
        (error) => {
          if (!gzip.destroyed) logger?.error('export failed', { error: String(error) });
          gzip.destroy(error);
        },
      );
      gzip.on('close', () => source.destroy());
      // A byte-counting strategy: with the default, Node 20 counts chunks, not bytes, and would not slow the export down.
      const body = Readable.toWeb(gzip, { strategy: new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }) });
      return c.body(body as ReadableStream, 200, headers);
    },
  );

  return api;
}

/** The OpenAPI 3.1 document of the routes, for a server at `origin`. */
export function openApiDocument(api: OpenAPIHono, origin: string) {
  return api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Protokol – åbne data',
      version: '1.0.0',
      description:
        'Læseadgang til sundhedsrådenes offentliggjorte møder, dagsordener, referater og beslutninger. Lukkede punkter vises kun med nummer og titel. Svar har ETag og Cache-Control (public, max-age=300); CORS er åben for læsning. Se også OParl 1.1 på /oparl/v1/system, kalendere (.ics) og feeds (.atom).',
      license: { name: 'Offentliggjort af de enkelte råd og udvalg' },
    },
    servers: [{ url: origin }],
    tags: [
      { name: 'Organer' },
      { name: 'Personer' },
      { name: 'Møder' },
      { name: 'Punkter' },
      { name: 'Sager' },
      { name: 'Bilag' },
      { name: 'Søgning' },
      { name: 'Eksport' },
    ],
  });
}
