/**
 * GET /kilder: every publisher with its publication sites, each site's status, when it was last
 * harvested, its coverage (meetings and documents on the site's list against those held, meetings
 * removed at the source) and the archive's freshness (seen → searchable, median and p95 over 30
 * days); mounted at /kilder, the same as data at /api/v1/sources.
 */
import { Hono } from 'hono';
import { listPublishers } from '../../db/queries/publishers.js';
import { SourcesPage } from '../../render/html/sources-page.js';
import { listSourcesWithFreshness } from '../../use-cases/harvest/list-sites.js';
import type { PortalDeps } from './deps.js';
import { presentSourcesPage } from './source-presenters.js';

export function sourcesRoutes({ db, now }: PortalDeps) {
  const app = new Hono();
  app.get('/', async (c) => {
    const [publishers, { sites, freshness }] = await Promise.all([
      listPublishers(db),
      listSourcesWithFreshness({ db, now: now() }),
    ]);
    return c.render(<SourcesPage {...presentSourcesPage(publishers, sites, freshness)} />);
  });
  return app;
}
