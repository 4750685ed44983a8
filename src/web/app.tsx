/**
 * The HTTP app. Routes are pipelines: validate → authorize → use case or query → present.
 * Public pages live in portal routes; the error handlers here make sure that no stack trace or
 * internal message reaches the public.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { jsxRenderer } from 'hono/jsx-renderer';
import type { DbHandle } from '../db/client.js';
import { listRegionsWithCouncils } from '../db/queries/regions.js';
import { isAppError } from '../errors.js';
import { createLogger, type Logger } from '../log.js';
import { NotFoundPage, ServerErrorPage } from '../render/html/error-page.js';
import { FrontPage } from '../render/html/front-page.js';

export interface AppDeps {
  handle: DbHandle;
  logger?: Logger;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DKFDS_DIST = path.relative(process.cwd(), path.join(HERE, '../../node_modules/dkfds/dist'));
const STATIC_DIR = path.relative(process.cwd(), path.join(HERE, 'static'));

export function createApp({ handle, logger = createLogger('silent') }: AppDeps) {
  const app = new Hono();
  const { db } = handle;

  app.use(
    '*',
    jsxRenderer(({ children }) => <>{children}</>, { docType: true }),
  );

  app.use('/dkfds/*', serveStatic({ root: DKFDS_DIST, rewriteRequestPath: (p) => p.replace(/^\/dkfds/, '') }));
  app.use('/static/*', serveStatic({ root: STATIC_DIR, rewriteRequestPath: (p) => p.replace(/^\/static/, '') }));

  app.get('/healthz', async (c) => {
    await handle.query('select 1');
    return c.json({ status: 'ok', database: handle.driver });
  });

  app.get('/', async (c) => c.render(<FrontPage regions={await listRegionsWithCouncils(db)} />));

  app.notFound((c) => {
    c.status(404);
    return c.render(<NotFoundPage />);
  });

  app.onError((error, c) => {
    if (isAppError(error) && error.status < 500) {
      c.status(error.status as 400);
      return error.status === 404 ? c.render(<NotFoundPage />) : c.text(error.message);
    }
    logger.error('request failed', { path: c.req.path, error: String(error) });
    c.status(500);
    return c.render(<ServerErrorPage />);
  });

  return app;
}
