/**
 * Open data: the JSON API (/api/v1, documented at /api/openapi.json and /api/docs), OParl 1.1
 * (/oparl/v1), calendars (.ics) and feeds (.atom). All of it is read-only and public: CORS for
 * reading, ETag and Cache-Control on every successful answer. Mounted by app.tsx before the
 * portal's routes (whose /moede/:id and /sag/:number would otherwise take the .ics and .atom URLs).
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { openDataSamples } from '../../db/queries/api-meetings.js';
import { ApiDocsPage } from '../../render/html/api-docs-page.js';
import { oparlRoutes } from '../oparl/routes.js';
import { calendarRoutes } from '../portal/calendar-routes.js';
import { feedRoutes } from '../portal/feed-routes.js';
import { presentApiDocs } from './docs.js';
import { jsonNotFound } from './errors.js';
import { publicCaching } from './http-cache.js';
import { apiRoutes, type OpenDataDeps, openApiDocument } from './routes.js';

const readable = () =>
  cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'OPTIONS'],
    exposeHeaders: ['ETag', 'Content-Disposition'],
    maxAge: 86_400,
  });

export function openDataRoutes(deps: OpenDataDeps) {
  const app = new Hono();
  for (const prefix of ['/api/*', '/oparl/*']) app.use(prefix, readable(), publicCaching());

  const api = apiRoutes(deps);
  let document: ReturnType<typeof openApiDocument> | null = null;
  const documentFor = (origin: string) => {
    document ??= openApiDocument(api, '');
    return { ...document, servers: [{ url: origin }] };
  };
  app.get('/api/openapi.json', (c) => c.json(documentFor(new URL(c.req.url).origin)));
  app.get('/api/docs', async (c) => {
    const origin = new URL(c.req.url).origin;
    const document = documentFor(origin) as unknown as Parameters<typeof presentApiDocs>[0];
    return c.render(<ApiDocsPage {...presentApiDocs(document, origin, await openDataSamples(deps.db))} />);
  });
  app.route('/', api);
  app.route('/', oparlRoutes(deps));
  app.route('/', calendarRoutes(deps));
  app.route('/', feedRoutes(deps));
  app.all('/api/*', jsonNotFound);
  app.all('/oparl/*', jsonNotFound);
  return app;
}
