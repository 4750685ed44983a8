/**
 * Old addresses keep working: a body's page, feeds, calendar and API object under a slug it had
 * before (before publishers: "/organ/sundhedsraad-fjordby") are answered with a permanent redirect
 * to its current slug ("/organ/region-syddanmark--sundhedsraad-fjordby/…"). Only a request that
 * would otherwise be 404 is looked at, so current addresses cost nothing.
 */
import type { MiddlewareHandler } from 'hono';
import type { Db } from '../../db/client.js';
import { currentBodySlug } from '../../db/queries/bodies.js';

/** Paths with a body's slug in them: prefix, slug, rest. */
const BODY_PATHS =
  /^(\/organ\/|\/api\/v1\/bodies\/|\/admin\/organer\/|\/sekretariat\/organ\/)([a-z0-9-]+)(\/.*|\.[a-z]+)?$/;

export function redirectOldBodySlugs(db: Db): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status !== 404 || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return;
    const match = BODY_PATHS.exec(c.req.path);
    if (!match) return;
    const current = await currentBodySlug(db, match[2]);
    if (!current || current === match[2]) return;
    const url = new URL(c.req.url);
    c.res = c.redirect(`${match[1]}${current}${match[3] ?? ''}${url.search}`, 301);
  };
}
