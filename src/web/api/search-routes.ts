/** The JSON API's search (the portal's /sog as JSON) and the bulk export (gzip NDJSON, streamed). */
import { PassThrough, Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Db } from '../../db/client.js';
import { findPublisherRefs } from '../../db/queries/api-publishers.js';
import { dataVersion } from '../../db/queries/data-version.js';
import { findNames, type NameHits } from '../../db/search/names.js';
import { searchItems } from '../../db/search/search-items.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { exportArchive } from '../../use-cases/open-data/export-archive.js';
import { decodeCursor } from './cursor.js';
import { etagMatches, weakEtag } from './http-cache.js';
import { presentAttachmentHit, presentSearchHit } from './meeting-presenters.js';
import { SearchQuery } from './request-schemas.js';
import { SearchResultSchema } from './response-schemas.js';
import { ERRORS, json, nextLink, selfLink, urlsOf } from './route-kit.js';

/** Pages follow the ranking; a search counts at most 100 pages. */
const MAX_PAGES = 100;

export function searchRoutes(api: OpenAPIHono, db: Db): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/search',
      operationId: 'search',
      tags: ['Søgning'],
      summary: 'Søg i åbne punkter: dansk fuldtekst med sammensatte ord, filtre, rangeret',
      description:
        'Samme søgning som portalens /sog. Uden q listes punkterne efter filtrene, nyeste først. Siderne følger rangeringen (cursor = position); en søgning tæller højst 2000 træf. Første side har også de sider i høstede bilag, hvis tekst matcher (`attachments`), og de udgivere, organer og sundhedsråd, hvis navn matcher (`names`).',
      request: { query: SearchQuery },
      responses: { 200: json(SearchResultSchema, 'Træf, bedste først.'), 400: ERRORS[400], 304: ERRORS[304] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const pageSize = q.limit ?? 20;
      const offset = (decodeCursor(q.cursor, ['n'])?.[0] as number | undefined) ?? 0;
      if (offset % pageSize !== 0 || offset / pageSize >= MAX_PAGES)
        throw new AppError('input_invalid', 'cursor: passer ikke til limit / does not match limit');
      const result = await searchItems(db, {
        query: q.q ?? '',
        body: q.body,
        publisher: q.publisher,
        region: q.region,
        from: q.from,
        to: q.to,
        outcome: q.outcome,
        sectionKind: q.section,
        amountAtLeast: q.amount_min === undefined ? undefined : BigInt(q.amount_min) * 100n,
        page: offset / pageSize + 1,
        pageSize,
      });
      const u = urlsOf(c);
      const names: NameHits =
        offset === 0 && (q.q ?? '').trim() !== ''
          ? await findNames(db, q.q ?? '')
          : { publishers: [], councils: [], bodies: [] };
      const named = [...result.hits, ...result.attachmentHits].flatMap((hit) => hit.publisher?.slug ?? []);
      const publishers = await findPublisherRefs(db, [...new Set(named)]);
      const nextOffset = offset + pageSize;
      const hasNext = nextOffset < result.total && nextOffset / pageSize < MAX_PAGES;
      return c.json(
        {
          query: (q.q ?? '').trim(),
          total: result.total,
          totalIsCapped: result.totalIsCapped,
          data: result.hits.map((hit) => presentSearchHit(hit, publishers, u)),
          attachments: result.attachmentHits.map((hit) => presentAttachmentHit(hit, publishers, u)),
          names: {
            publishers: names.publishers.map((p) => ({ ...p, url: u.api.publisher(p.slug) })),
            councils: names.councils.map((b) => ({ ...b, url: u.api.body(b.slug) })),
            bodies: names.bodies.map((b) => ({
              slug: b.slug,
              name: b.name,
              kind: b.kind,
              publisher: b.publisher?.name ?? null,
              url: u.api.body(b.slug),
            })),
          },
          links: { self: selfLink(c), next: nextLink(c, hasNext ? [nextOffset] : null) },
        },
        200,
      );
    },
  );
}

export function exportRoute(api: OpenAPIHono, { db, now, logger }: { db: Db; now: () => Date; logger?: Logger }): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/export',
      operationId: 'exportArchive',
      tags: ['Eksport'],
      summary: 'Hele det offentlige arkiv som NDJSON, gzip-komprimeret',
      description:
        'Én JSON-post pr. linje: udgivere ("type": "publisher"), organer ("type": "body"), personer, medlemskaber, møder, sager og punkter med afsnit, beslutning, bilag og fravær; organer, møder, sager og punkter nævner deres udgiver ("publisher": slug). Derefter planer, forløb, høringer, rammer, projekter, investeringsaftaler og sundhedsrådenes lægedækning ("type": "gp-capacity"; ydernumrenes ejere aldrig). Lukkede punkter kun med nummer og titel. Dannes løbende (streaming); ETag følger arkivets version.',
      responses: {
        200: {
          description: 'protokol-ÅÅÅÅ-MM-DD.ndjson.gz',
          content: { 'application/gzip': { schema: { type: 'string', format: 'binary' } } },
        },
        304: ERRORS[304],
      },
    }),
    (c) => streamExport(c, db, now(), logger),
  );
}

/** The archive as gzip NDJSON, written while it is read (a bounded buffer), with the archive's version as ETag. */
async function streamExport(c: Context, db: Db, now: Date, logger: Logger | undefined) {
  const etag = `W/"export-${weakEtag(await dataVersion(db)).slice(3, -1)}"`;
  const headers = {
    ETag: etag,
    'Cache-Control': 'public, max-age=300',
    'Content-Type': 'application/gzip',
    'Content-Disposition': `attachment; filename="protokol-${copenhagenDate(now)}.ndjson.gz"`,
  };
  if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
  const gzip = createGzip();
  const source = new PassThrough();
  source.pipe(gzip);
  exportArchive({ db, target: { format: 'ndjson', out: source } }).then(
    () => source.end(),
    (error) => {
      if (!gzip.destroyed) logger?.error('export failed', { error });
      gzip.destroy(error);
    },
  );
  gzip.on('close', () => source.destroy());
  // A byte-counting strategy: with the default, Node 20 counts chunks, not bytes, and would not slow the export down.
  const body = Readable.toWeb(gzip, { strategy: new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }) });
  return c.body(body as ReadableStream, 200, headers);
}
