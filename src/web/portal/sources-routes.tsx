/**
 * GET /kilder: every publisher with its publication sites, each site's status, when it was last
 * harvested and how many meetings the archive holds of those on the site's list (mounted at
 * /kilder; the same as data at /api/v1/sources).
 */
import { Hono } from 'hono';
import { listPublishers } from '../../db/queries/publishers.js';
import { SourcesPage } from '../../render/html/sources-page.js';
import { listSitesWithRuns } from '../../use-cases/harvest/list-sites.js';
import type { PortalDeps } from './deps.js';
import { presentSourcesPage } from './source-presenters.js';

export function sourcesRoutes({ db, now }: PortalDeps) {
  const app = new Hono();
  app.get('/', async (c) => {
    const [publishers, sites] = await Promise.all([listPublishers(db), listSitesWithRuns({ db, now: now() })]);
    return c.render(<SourcesPage {...presentSourcesPage(publishers, sites)} />);
  });
  return app;
}
