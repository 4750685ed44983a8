/**
 * The HTTP app. Routes are pipelines: validate → authorize → use case or query → present.
 * Public pages live in portal routes (src/web/portal/); the error handlers here make sure that
 * no stack trace or internal message reaches the public.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { except } from 'hono/combine';
import { getCookie } from 'hono/cookie';
import { jsxRenderer } from 'hono/jsx-renderer';
import type { DbHandle } from '../db/client.js';
import { dataVersion } from '../db/queries/data-version.js';
import { isAppError } from '../errors.js';
import { createLogger, type Logger } from '../log.js';
import { BadRequestPage, NotFoundPage, ServerErrorPage } from '../render/html/error-page.js';
import { SignedInContext } from '../render/html/layout.js';
import { PageContext } from '../render/html/page-context.js';
import { isLang, type Lang } from '../render/i18n.js';
import { peopleRoutes } from './admin/people-routes.js'; // Admin: people and memberships
import { openDataRoutes } from './api/index.js'; // Open data
import { type AuthOptions, createAuth, signedInOf } from './auth/index.js';
import { notificationRoutes } from './notifications/notification-routes.js'; // Question scheme
import { pageCache } from './page-cache.js';
import { attachmentRoutes } from './portal/attachment-routes.js'; // The secretariat's work
import { directoryRoutes } from './portal/directory-routes.js';
import { frontRoutes } from './portal/front-routes.js';
import { LANG_COOKIE, languageRoutes } from './portal/language-routes.js';
import { meetingRoutes } from './portal/meeting-routes.js';
import { searchRoutes } from './portal/search-routes.js';
import { followUpRoutes } from './questions/follow-up-routes.js'; // Question scheme
import { meetingPlanRoutes } from './questions/meeting-plan-routes.js'; // Question scheme
import { questionRoutes } from './questions/question-routes.js'; // Question scheme
import { secretariatRoutes, uploadLimit } from './secretariat/index.js'; // The secretariat's work

export interface AppDeps {
  handle: DbHandle;
  logger?: Logger;
  /** The clock for "upcoming" and "latest"; tests pass a fixed one. */
  now?: () => Date;
  /** The page cache; `false` turns it off. By default the data's fingerprint is checked once a second. */
  cache?: false | { probeIntervalMs?: number };
  /** Accounts (src/web/auth): configuration (loadConfig().auth) and, in tests, a mailer. */
  auth?: Pick<AuthOptions, 'config' | 'mailer' | 'fetch'>;
  /** The secretariat's work: the data folder (PROTOKOL_DATA) where attachments are stored; without it, no uploads. */
  dataDir?: string;
}

/** The portal's pages that may be served from the page cache (not files, not the language switch). */
const CACHEABLE = /^\/(?:$|moede\/|punkt\/|organ\/|sag\/|person\/|sog$)/;

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DKFDS_DIST = path.relative(process.cwd(), path.join(HERE, '../../node_modules/dkfds/dist'));
const STATIC_DIR = path.relative(process.cwd(), path.join(HERE, 'static'));

type Env = { Variables: { lang: Lang } };

export function createApp({
  handle,
  logger = createLogger('silent'),
  now = () => new Date(),
  cache = {},
  auth: authOptions = {},
  dataDir,
}: AppDeps) {
  const app = new Hono<Env>();
  const deps = { db: handle.db, now };

  app.use('*', async (c, next) => {
    const wanted = getCookie(c, LANG_COOKIE);
    c.set('lang', isLang(wanted) ? wanted : 'da');
    await next();
    if (c.res.headers.get('content-type')?.startsWith('text/html')) {
      c.res.headers.set('Content-Language', c.get('lang'));
      c.res.headers.append('Vary', 'Cookie');
    }
  });

  // Accounts (src/web/auth): security headers, the session and the CSRF check, before the page cache.
  const auth = createAuth({ db: handle.db, logger, now, ...authOptions });
  app.use('/sekretariat/*', uploadLimit); // The secretariat's work: before the CSRF check reads the body
  app.use('*', ...auth.middleware);

  if (cache !== false) {
    const cached = pageCache({
      version: () => dataVersion(handle.db),
      probeIntervalMs: cache.probeIntervalMs,
      isCacheable: (path) => CACHEABLE.test(path),
    });
    // Accounts: a signed-in user's pages are their own; only the public's come from the cache.
    app.use(
      '*',
      except((c) => signedInOf(c) !== null, cached),
    );
  }

  app.use(
    '*',
    jsxRenderer(
      ({ children }, c) => {
        const url = new URL(c.req.url);
        const user = signedInOf(c); // Accounts: the header's log-out button
        return (
          <PageContext.Provider value={{ lang: c.get('lang') ?? 'da', path: `${url.pathname}${url.search}` }}>
            <SignedInContext.Provider value={user ? { name: user.name, csrfToken: user.csrfToken } : null}>
              {children}
            </SignedInContext.Provider>
          </PageContext.Provider>
        );
      },
      { docType: true },
    ),
  );

  app.use('/dkfds/*', serveStatic({ root: DKFDS_DIST, rewriteRequestPath: (p) => p.replace(/^\/dkfds/, '') }));
  app.use('/static/*', serveStatic({ root: STATIC_DIR, rewriteRequestPath: (p) => p.replace(/^\/static/, '') }));

  app.get('/healthz', async (c) => {
    await handle.query('select 1');
    return c.json({ status: 'ok', database: handle.driver });
  });

  // Open data (src/web/api): JSON API, OParl, calendars and feeds; before the portal's routes,
  // whose /moede/:id and /sag/:number would otherwise take the .ics and .atom URLs.
  app.route('/', openDataRoutes({ ...deps, logger }));
  app.route('/', frontRoutes(deps));
  app.route('/', meetingRoutes(deps));
  app.route('/', directoryRoutes(deps));
  // Question scheme, follow-ups, meeting plan, notifications (src/web/questions)
  app.route('/', questionRoutes(deps));
  app.route('/', notificationRoutes(deps));
  app.route('/', followUpRoutes(deps));
  app.route('/', meetingPlanRoutes(deps));
  app.route('/', searchRoutes(deps));
  app.route('/', languageRoutes());
  app.route('/', auth.routes); // Accounts: log in/out, passwords, OpenID Connect, /admin
  // The secretariat's work: /sekretariat, /mig, /admin/organer, and the attachments at /bilag/:id.
  app.route('/', secretariatRoutes({ ...deps, dataDir }));
  app.route('/', peopleRoutes(deps)); // Admin: people and memberships (/admin/personer, /admin/organer/:slug/medlemmer)
  app.route('/', attachmentRoutes({ db: handle.db, dataDir }));

  app.notFound((c) => {
    c.status(404);
    return c.render(<NotFoundPage />);
  });

  app.onError((error, c) => {
    if (isAppError(error) && error.status < 500) {
      c.status(error.status as 400);
      if (error.status === 404) return c.render(<NotFoundPage />);
      if (error.code === 'input_invalid') return c.render(<BadRequestPage problems={error.message.split('\n')} />);
      return c.render(<BadRequestPage problems={[]} />);
    }
    logger.error('request failed', { path: c.req.path, error: String(error) });
    c.status(500);
    return c.render(<ServerErrorPage />);
  });

  return app;
}
