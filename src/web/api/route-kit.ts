/**
 * The JSON API's two shapes of route, as typed factories over @hono/zod-openapi: a page of a
 * list (`listRoute`: query → keyset page → presented rows, `links.next`) and one resource
 * (`getOneRoute`: path parameters → found, moved (301, e.g. a merged person) or 404). Each
 * registers its operation in the OpenAPI document and validates the request with the same zod
 * schema.
 */
import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../errors.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { DEFAULT_LIMIT } from './request-schemas.js';
import { ErrorSchema } from './response-schemas.js';
import { type OpenDataUrls, openDataUrls } from './urls.js';

export const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const ERRORS = {
  400: json(ErrorSchema, 'Ugyldige parametre (hvilke, og hvad der er galt).'),
  404: json(ErrorSchema, 'Findes ikke.'),
  304: { description: 'Uændret siden If-None-Match (ETag).' },
};

/** A resource that lives at another address now (301 with Location). */
export class Moved {
  constructor(readonly location: string) {}
}

/** "Organet findes ikke / resource not found". */
export function missing(what: string): AppError {
  return new AppError('not_found', `${what} findes ikke / ${what === 'Siden' ? 'page' : 'resource'} not found`);
}

export const urlsOf = (c: Context): OpenDataUrls => openDataUrls(new URL(c.req.url).origin);

/** The next page's URL: the request's own, with the cursor replaced. */
export function nextLink(c: Context, key: readonly (string | number)[] | null): string | null {
  if (!key) return null;
  const url = new URL(c.req.url);
  url.searchParams.set('cursor', encodeCursor(key));
  return url.toString();
}

export function selfLink(c: Context): string {
  return new URL(c.req.url).toString();
}

type Key = readonly (string | number)[];
type CursorShape = readonly ('s' | 'n' | 'd')[];
/** A schema of query or path parameters, as @hono/zod-openapi takes them. */
type ParamsSchema = z.ZodObject | z.ZodPipe;

/** The validated parameters (the route's own schema checked them; its type is the spec's). */
function validated<T>(c: Context, target: 'query' | 'param'): T {
  return (c.req as unknown as { valid(target: 'query' | 'param'): T }).valid(target);
}

interface Operation {
  path: string;
  operationId: string;
  tag: string;
  summary: string;
}

/** A list's filters: its query without the page's parameters (cursor, limit). */
type Filters<Q extends ParamsSchema> = Omit<z.infer<Q>, 'cursor' | 'limit'>;

type Page<R> = Promise<{ rows: R[]; hasMore: boolean }>;

export interface ListSpec<Q extends ParamsSchema, R, P> extends Operation {
  /** What a successful answer holds. */
  description: string;
  query: Q;
  /** The list's response schema (listOf(…)). */
  schema: z.ZodTypeAny;
  /** The sort key's kinds, as the cursor carries them. */
  cursor: CursorShape;
  load: (filters: Filters<Q>, after: Key | undefined, limit: number) => Page<R>;
  present: (row: R, urls: OpenDataUrls) => P;
  keyOf: (row: R) => Key;
}

/** The operation as the OpenAPI document describes it. */
function operation<Req, Res>({ path, operationId, tag, summary }: Operation, request: Req, responses: Res) {
  return { method: 'get' as const, path, operationId, tags: [tag], summary, request, responses };
}

/** GET a list: validate → one keyset page → `{ data, links: { self, next } }`. */
export function listRoute<Q extends ParamsSchema, R, P>(api: OpenAPIHono, spec: ListSpec<Q, R, P>): void {
  const route = createRoute(
    operation(
      spec,
      { query: spec.query },
      { 200: json(spec.schema, spec.description), 400: ERRORS[400], 304: ERRORS[304] },
    ),
  );
  api.openapi(route, async (c) => {
    const { cursor, limit, ...filters } = validated<z.infer<Q> & { cursor?: string; limit?: number }>(c, 'query');
    const page = await spec.load(filters, decodeCursor(cursor, spec.cursor), limit ?? DEFAULT_LIMIT);
    const u = urlsOf(c);
    const last = page.rows.at(-1);
    const next = page.hasMore && last !== undefined ? spec.keyOf(last) : null;
    return c.json(
      { data: page.rows.map((row) => spec.present(row, u)), links: { self: selfLink(c), next: nextLink(c, next) } },
      200,
    );
  });
}

export interface IdListSpec<Q extends ParamsSchema, R extends { id: number }, P>
  extends Omit<ListSpec<Q, R, P>, 'cursor' | 'keyOf' | 'load'> {
  load: (filters: Filters<Q>, page: { afterId: number | undefined; limit: number }) => Page<R>;
}

/** GET a list in the order of its rows' ids: the cursor is the last id. */
export function idListRoute<Q extends ParamsSchema, R extends { id: number }, P>(
  api: OpenAPIHono,
  spec: IdListSpec<Q, R, P>,
): void {
  listRoute<Q, R, P>(api, {
    ...spec,
    cursor: ['n'],
    load: (filters, after, limit) => spec.load(filters, { afterId: after?.[0] as number | undefined, limit }),
    keyOf: (row) => [row.id],
  });
}

export interface GetOneSpec<S extends ParamsSchema> extends Operation {
  params: S;
  /** The resource's response schema. */
  schema: z.ZodTypeAny;
  /** "Organet": the resource in the 404 message; "Organet." is what a successful answer holds. */
  what: string;
  /** When the resource can have moved: what a 301 means. */
  moved?: string;
  /** The presented resource, Moved, or null when there is none. */
  load: (params: z.infer<S>, urls: OpenDataUrls) => Promise<unknown>;
}

/** A GetOneSpec's load for a resource that cannot move: the row found, presented; null when there is none. */
export function presentFound<S, R>(
  find: (params: S) => Promise<R | null>,
  present: (row: R, urls: OpenDataUrls) => unknown,
): (params: S, urls: OpenDataUrls) => Promise<unknown> {
  return async (params, urls) => {
    const row = await find(params);
    return row ? present(row, urls) : null;
  };
}

/** GET one resource: validate → find → present, or 404 in JSON. */
export function getOneRoute<S extends ParamsSchema>(api: OpenAPIHono, spec: GetOneSpec<S>): void {
  const route = createRoute(
    operation(
      spec,
      { params: spec.params },
      {
        200: json(spec.schema, `${spec.what}.`),
        ...(spec.moved
          ? { 301: { description: spec.moved, headers: { Location: { schema: { type: 'string', format: 'uri' } } } } }
          : {}),
        400: ERRORS[400],
        404: ERRORS[404],
        304: ERRORS[304],
      },
    ),
  );
  api.openapi(route, async (c) => {
    const found = await spec.load(validated<z.infer<S>>(c, 'param'), urlsOf(c));
    if (found === null) throw missing(spec.what);
    if (found instanceof Moved) return c.redirect(found.location, 301);
    return c.json(found as never, 200);
  });
}
