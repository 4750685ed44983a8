/**
 * The JSON API (mounted at /api): version 1 (/api/v1/…), its OpenAPI 3.1 document
 * (/api/openapi.json) and its documentation (/api/docs). Read-only and public: CORS for reading,
 * ETag and Cache-Control on every successful answer; JSON errors, a JSON 404 for any other path.
 */
import { Hono } from 'hono';
import { openDataSamples } from '../../db/queries/api-meetings.js';
import { ApiDocsPage } from '../../render/html/api-docs-page.js';
import { presentApiDocs } from './docs.js';
import { jsonNotFound } from './errors.js';
import { publicCaching, readable } from './http-cache.js';
import { apiV1, type OpenDataDeps, openApiDocument } from './routes.js';

export type { OpenDataDeps } from './routes.js';

export function apiApp(deps: OpenDataDeps) {
  const app = new Hono();
  app.use('*', readable(), publicCaching());

  const v1 = apiV1(deps);
  let document: ReturnType<typeof openApiDocument> | null = null;
  const documentFor = (origin: string) => {
    document ??= openApiDocument(v1, '');
    return { ...document, servers: [{ url: origin }] };
  };
  app.get('/openapi.json', (c) => c.json(documentFor(new URL(c.req.url).origin)));
  app.get('/docs', async (c) => {
    const origin = new URL(c.req.url).origin;
    const document = documentFor(origin) as unknown as Parameters<typeof presentApiDocs>[0];
    return c.render(<ApiDocsPage {...presentApiDocs(document, origin, await openDataSamples(deps.db))} />);
  });
  app.route('/v1', v1);
  app.all('/*', jsonNotFound);
  return app;
}
