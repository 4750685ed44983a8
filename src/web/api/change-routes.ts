/**
 * The change feed, beside the full export: GET /api/v1/changes?since=CURSOR as NDJSON, one line
 * per created, changed or removed object in the order they were committed, each with its cursor;
 * the response's `Protokol-Next-Cursor` header (and `Link: rel="next"`) says where to go on. A
 * mirror loads the export once, then follows the feed from the cursor it had then (the feed
 * from no cursor starts with every object that existed when the feed began). What each line holds
 * and why resuming never skips or repeats: src/use-cases/open-data/list-changes.ts.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Db } from '../../db/client.js';
import { formatCopenhagen } from '../../domain/copenhagen-time.js';
import { type ChangeCursor, type ChangeLine, listChanges } from '../../use-cases/open-data/list-changes.js';
import { ERRORS, urlsOf } from './route-kit.js';
import type { OpenDataUrls } from './urls.js';

export const CHANGES_DEFAULT_LIMIT = 500;
export const CHANGES_MAX_LIMIT = 5000;
/** The header that names the cursor to resume from. */
export const NEXT_CURSOR_HEADER = 'Protokol-Next-Cursor';

const INVALID_SINCE = 'since: ugyldig – brug en cursor fra feedet / invalid, use a cursor the feed gave';

export function encodeChangeCursor(cursor: ChangeCursor): string {
  return Buffer.from(JSON.stringify(['c', cursor]), 'utf8').toString('base64url');
}

function decodeChangeCursor(value: string): ChangeCursor | null {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(value)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2 || parsed[0] !== 'c') return null;
    return Number.isSafeInteger(parsed[1]) && parsed[1] >= 0 ? (parsed[1] as number) : null;
  } catch {
    return null;
  }
}

const ChangesQuery = z.object({
  since: z
    .string()
    .refine((value) => decodeChangeCursor(value) !== null, { message: INVALID_SINCE })
    .optional()
    .openapi({
      description:
        'Hvor feedet fortsætter: `cursor` fra den sidste linje, du har læst, eller headeren Protokol-Next-Cursor. Uden: fra begyndelsen.',
    }),
  limit: z.coerce
    .number({ message: 'limit: skal være et helt tal / must be an integer' })
    .int({ message: 'limit: skal være et helt tal / must be an integer' })
    .min(1, { message: 'limit: mindst 1 / at least 1' })
    .max(CHANGES_MAX_LIMIT, { message: `limit: højst ${CHANGES_MAX_LIMIT} / at most ${CHANGES_MAX_LIMIT}` })
    .optional()
    .openapi({
      type: 'integer',
      minimum: 1,
      maximum: CHANGES_MAX_LIMIT,
      default: CHANGES_DEFAULT_LIMIT,
      description: `Højst så mange linjer (1–${CHANGES_MAX_LIMIT}, standard ${CHANGES_DEFAULT_LIMIT}).`,
    }),
});

/** One line of the feed (documented; the records are those of /api/v1/export). */
export const ChangeLineSchema = z
  .object({
    cursor: z.string().openapi({ description: 'Fortsæt efter denne linje: ?since=<cursor>.' }),
    type: z.enum(['publisher', 'body', 'person', 'membership', 'meeting', 'case', 'item']),
    id: z
      .number()
      .int()
      .openapi({ description: 'Objektets id (et organs, en persons og en udgivers også i record.slug).' }),
    change: z.enum(['created', 'changed', 'removed']),
    at: z.string().openapi({ format: 'date-time', description: 'Hvornår (ISO 8601 med tidszone).' }),
    url: z
      .string()
      .nullable()
      .openapi({ description: 'Objektet i JSON-API’et; null for en fjernet sag (dens nummer vises ikke).' }),
    slug: z.string().nullable().openapi({ description: 'Et fjernet organs, en fjernet persons eller udgivers slug.' }),
    record: z
      .record(z.string(), z.unknown())
      .nullable()
      .openapi({ description: 'Objektet, som eksporten har det nu (samme felter); null når det er fjernet.' }),
  })
  .openapi('ChangeLine');

/** A line's address in the JSON API (a removed case has none: its number may have been a closed item's). */
function urlOf(line: ChangeLine, u: OpenDataUrls): string | null {
  const record = line.record as Record<string, unknown> | null;
  const slug = (record?.slug as string | undefined) ?? line.slug;
  switch (line.type) {
    case 'publisher':
      return slug ? u.api.publisher(slug) : null;
    case 'body':
      return slug ? u.api.body(slug) : null;
    case 'person':
      return slug ? u.api.person(slug) : null;
    case 'membership':
      return u.api.membership(line.id);
    case 'meeting':
      return u.api.meeting(line.id);
    case 'item':
      return u.api.item(line.id);
    case 'case':
      return record ? u.api.case((record.publisher as string | null) ?? null, String(record.number)) : null;
  }
}

export function changeRoutes(api: OpenAPIHono, db: Db): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/changes',
      operationId: 'listChanges',
      tags: ['Eksport'],
      summary: 'Ændringsfeed: hvert oprettet, ændret og fjernet objekt i rækkefølge (NDJSON)',
      description:
        'Én JSON-linje pr. ændring, i den rækkefølge databasen gemte dem: udgivere, organer, personer, medlemskaber, møder, sager og punkter, hver med `change` (created, changed, removed), tidspunkt, adresse og objektet, som eksporten (/api/v1/export) har det nu. Hver linje har sin `cursor`; headeren Protokol-Next-Cursor (og Link: rel="next") siger, hvor næste kald fortsætter, også når der intet nyt er. Et spejl henter eksporten én gang og følger derefter feedet; genoptaget fra en cursor springer det intet over og gentager intet, også mens der skrives. Lukkede punkter kun med nummer og titel; et objekt, offentligheden ikke (længere) kan se, er "removed". Uden `since`: fra begyndelsen (alt, der fandtes, da feedet blev indført, som "created").',
      request: { query: ChangesQuery },
      responses: {
        200: {
          description:
            'NDJSON: én ChangeLine pr. linje. Headere: Protokol-Next-Cursor, Protokol-More (true/false), Link.',
          headers: {
            [NEXT_CURSOR_HEADER]: { schema: { type: 'string' }, description: 'Fortsæt med ?since=<værdi>.' },
            'Protokol-More': {
              schema: { type: 'string', enum: ['true', 'false'] },
              description: 'Flere linjer venter.',
            },
          },
          content: { 'application/x-ndjson': { schema: ChangeLineSchema } },
        },
        400: ERRORS[400],
        304: ERRORS[304],
      },
    }),
    (c) => changesPage(c, db, c.req.valid('query')),
  );
}

/** One page of the feed as NDJSON, with the cursor to go on from in the headers. */
async function changesPage(c: Context, db: Db, q: z.infer<typeof ChangesQuery>) {
  const after = q.since ? (decodeChangeCursor(q.since) ?? 0) : 0;
  const page = await listChanges({ db, after, limit: q.limit ?? CHANGES_DEFAULT_LIMIT });
  const u = urlsOf(c);
  const body = page.lines
    .map(
      (line) =>
        `${JSON.stringify({
          cursor: encodeChangeCursor(line.cursor),
          type: line.type,
          id: line.id,
          change: line.change,
          at: formatCopenhagen(line.at),
          url: urlOf(line, u),
          slug: line.slug,
          record: line.record,
        })}\n`,
    )
    .join('');
  const next = encodeChangeCursor(page.next);
  const nextUrl = new URL(c.req.url);
  nextUrl.searchParams.set('since', next);
  return c.body(body, 200, {
    'Content-Type': 'application/x-ndjson; charset=utf-8',
    'Cache-Control': 'no-cache',
    [NEXT_CURSOR_HEADER]: next,
    'Protokol-More': String(page.hasMore),
    Link: `<${nextUrl.toString()}>; rel="next"`,
    'Access-Control-Expose-Headers': `ETag, ${NEXT_CURSOR_HEADER}, Protokol-More, Link`,
  });
}
