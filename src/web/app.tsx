/**
 * The HTTP app: the kit's middleware (web/kit: language, page renderer, error pages), who is
 * asking (web/auth: security headers, session, CSRF), the page cache, static files — and the
 * site map: one Hono app per area, each at its own path prefix.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { except } from 'hono/combine';
import type { DbHandle } from '../db/client.js';
import { dataVersion } from '../db/queries/data-version.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { createLogger, type Logger } from '../log.js';
import { accountApps, OIDC_START_PATH } from './accounts/index.js';
import { adminApp } from './admin/index.js';
import { agreementApps } from './agreements/index.js';
import { apiApp } from './api/index.js';
import { type Auth, type AuthOptions, createAuth, signedInOf } from './auth/index.js';
import { feedApps } from './feeds/index.js';
import { publicOrigin } from './feeds/public-origin.js';
import { frameApps } from './frames/index.js';
import { gpCapacityApps } from './gp-capacity/index.js';
import { hearingApps, hearingUploadLimit } from './hearings/index.js';
import { assetsOf, serveAssets } from './kit/assets.js';
import { compression } from './kit/compression.js';
import { errorPages, notFoundPage } from './kit/errors.js';
import { redirectOldBodySlugs } from './kit/old-addresses.js';
import { type PageEnv, pageLanguage, pageRenderer } from './kit/page.js';
import { revalidation } from './kit/revalidation.js';
import { memberApps } from './member/index.js';
import { oparlApp } from './oparl/routes.js';
import { pageCache } from './page-cache.js';
import { planApps } from './plans/index.js';
import { portalApps } from './portal/index.js';
import { processApps } from './processes/index.js';
import { projectApps } from './projects/index.js';
import { questionApps } from './questions/index.js';
import { publicReadsOnReplica } from './replica-reads.js';
import { secretariatApp, uploadLimit } from './secretariat/index.js';
import { subscriptionApp } from './subscriptions/index.js';

export interface AppDeps {
  handle: DbHandle;
  logger?: Logger;
  /** The clock for "upcoming" and "latest"; tests pass a fixed one. */
  now?: () => Date;
  /**
   * The page cache; `false` turns it off. By default the data's fingerprint is checked once a
   * second; `onClear` receives the function that empties it when the database announces a change.
   */
  cache?: false | { probeIntervalMs?: number; maxBytes?: number; onClear?: (clear: () => void) => void };
  /** Accounts (src/web/auth): configuration (loadConfig().auth) and, in tests, a mailer. */
  auth?: Pick<AuthOptions, 'config' | 'mailer' | 'fetch'>;
  /** The secretariat's work: the data folder (PROTOKOL_DATA) where attachments are stored; without it, no uploads. */
  dataDir?: string;
}

/** The portal's pages that may be served from the page cache (not files, not the language switch); /kilder too (its statuses are at most a minute old: entries expire after 60 s). */
const CACHEABLE = /^\/(?:$|moede\/|punkt\/|organ\/|sag\/|person\/|udgiver(?:$|\/)|sog$|kilder$)/;

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DKFDS_DIST = path.relative(process.cwd(), path.join(HERE, '../../node_modules/dkfds/dist'));
const STATIC_DIR = path.relative(process.cwd(), path.join(HERE, 'static'));
/** IBM Plex Sans in its Latin-1 split, as woff2: the fonts the reduced DKFDS stylesheet names (bin/build-css.ts). */
const FONTS_DIR = path.join(HERE, '../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2');
/** DKFDS's own files at their plain addresses (its images, the whole stylesheet): kept a day. */
const DKFDS_CACHE = 'public, max-age=86400';

export function createApp({
  handle,
  logger = createLogger('silent'),
  now = () => new Date(),
  cache = {},
  auth: authOptions = {},
  dataDir,
}: AppDeps) {
  const app = new Hono<PageEnv>();
  const auth = createAuth({ db: handle.db, logger, now, ...authOptions });
  useMiddleware(app, { handle, cache, auth, logger });
  mountSiteMap(app, { db: handle.db, now, logger, dataDir, accounts: auth.accounts });
  app.notFound(notFoundPage);
  app.onError(errorPages(logger));
  return app;
}

/**
 * What every request passes, in order: compression (outermost, so it sees every answer), the
 * language, the upload limit, revalidation (ETag, 304, Cache-Control), who is asking (security
 * headers, session, CSRF), the static files, the page cache, the page renderer; then /healthz.
 */
function useMiddleware(
  app: Hono<PageEnv>,
  { handle, cache, auth, logger }: { handle: DbHandle; cache: AppDeps['cache']; auth: Auth; logger: Logger },
) {
  app.use('*', compression());
  app.use('*', pageLanguage());
  if (handle.replicas) app.use('*', publicReadsOnReplica(handle.replicas)); // before the cache: its probe reads there too
  app.use('/sekretariat/*', uploadLimit); // before the CSRF check reads the body
  app.use('/hoering/*', hearingUploadLimit); // a hearing response's PDF (10 MB), likewise
  app.use('/mig/anmodninger', uploadLimit); // a member's request for an item may carry a file
  // Outside who-is-asking, so that its word on a signed-in person's answers (private) is the last.
  app.use('*', revalidation({ isCacheable: (path) => CACHEABLE.test(path) }));
  app.use('*', ...auth.middleware);
  // Static files before the pages' middleware: from memory, fingerprinted (web/kit/assets.ts).
  app.use('/static/*', serveAssets(assetsOf(path.join(HERE, 'static'), FONTS_DIR)));
  app.use('/static/*', serveStatic({ root: STATIC_DIR, rewriteRequestPath: (p) => p.replace(/^\/static/, '') }));
  const dkfds = serveStatic({
    root: DKFDS_DIST,
    rewriteRequestPath: (p) => p.replace(/^\/dkfds/, ''),
    onFound: (_path, c) => c.header('Cache-Control', DKFDS_CACHE),
  });
  app.use('/dkfds/*', dkfds);
  if (cache !== false) {
    const cached = pageCache({
      version: () => dataVersion(handle.db),
      probeIntervalMs: cache?.probeIntervalMs,
      maxBytes: cache?.maxBytes,
      onClear: cache?.onClear,
      isCacheable: (path) => CACHEABLE.test(path),
    });
    // A signed-in user's pages are their own; only the public's come from the cache.
    app.use(
      '*',
      except((c) => signedInOf(c) !== null, cached),
    );
  }
  app.use('*', publicOrigin(auth.accounts.publicUrl)); // absolute links in pages: PUBLIC_URL, not the Host header
  app.use('*', pageRenderer());
  app.use('*', redirectOldBodySlugs(handle.db)); // a body's address from before publishers → 301
  // Says why when the database cannot be reached (a load balancer takes the process out meanwhile);
  // any other failure is an error like any page's. The error's text goes to the log, not the answer.
  app.get('/healthz', async (c) => {
    try {
      await handle.query('select 1');
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logger.warn('healthz: the database is unavailable', { error });
      return c.json({ status: 'unavailable', database: handle.driver, reason: 'database_unavailable' }, 503);
    }
    // Replicas are named by number (never their address): up, how far behind, caught up with the last change.
    const replicas = handle.replicas?.status();
    return c.json({ status: 'ok', database: handle.driver, ...(replicas ? { replicas } : {}) });
  });
}

interface SiteDeps {
  db: DbHandle['db'];
  now: () => Date;
  logger: Logger;
  dataDir: string | undefined;
  accounts: Auth['accounts'];
}

/** Money: frames (rammer) shared by key, grants and projects on a frame's part or an outside pool, investment agreements. */
function mountMoney(app: Hono<PageEnv>, deps: SiteDeps) {
  const frames = frameApps(deps);
  app.route('/rammer', frames.list);
  app.route('/ramme', frames.frame); // /ramme/:id, /ramme/:id/fordeling.csv
  app.route('/sekretariat/rammer', frames.secretariat); // /sekretariat/rammer/ny
  const projects = projectApps(deps);
  app.route('/projekter', projects.list);
  app.route('/projekt', projects.project); // /projekt/:id
  app.route('/sekretariat/projekter', projects.secretariat); // /ny, /:id and its forms
  const agreements = agreementApps(deps); // web/agreements: investment agreements (investeringsmotoren)
  app.route('/aftaler', agreements.list);
  app.route('/aftale', agreements.agreement); // /aftale/:id
  app.route('/sekretariat/aftaler', agreements.secretariat); // /ny, /:id and its forms
}

/** Plans in versions, hearings with their responses and memo, processes across meetings and bodies. */
function mountPlanning(app: Hono<PageEnv>, deps: SiteDeps) {
  // web/plans and web/hearings: plans in versions, hearings with their responses and memo
  const plans = planApps(deps);
  app.route('/planer', plans.list);
  app.route('/plan', plans.plan); // /plan/:id, /plan/:id/forskel?fra=&til=
  app.route('/sekretariat/planer', plans.secretariat);
  const hearings = hearingApps(deps);
  app.route('/hoeringer', hearings.list);
  app.route('/hoering', hearings.hearing); // /hoering/:id (the response form), /tak, /svar/:id.pdf
  app.route('/sekretariat/hoeringer', hearings.secretariat);
  // web/processes: processes (forløb) across meetings and bodies — the public's pages and the secretariat's
  const processes = processApps(deps);
  app.route('/forloeb', processes.public); // /forloeb, /forloeb/:id
  app.route('/sekretariat/forloeb', processes.secretariat);
}

function mountSiteMap(app: Hono<PageEnv>, deps: SiteDeps) {
  const accounts = accountApps(deps.accounts);
  const feeds = feedApps(deps);
  const member = memberApps(deps);
  const questions = questionApps(deps);
  const portal = portalApps(deps);

  // ── The site map ─────────────────────────────────────────────────────────────────────────────
  // One line per path prefix, grouped by the folder that owns it. Hono tries routes in the order
  // they are added, and where two apps share a prefix the first that answers wins: open data's
  // files (.ics, .atom) come before the portal's pages at /moede, /organ, /sag and /udgiver, whose
  // /moede/:id and /sag/:number would otherwise take /moede/7.ics and /sag/…/beslutninger.atom.
  // The question scheme (web/questions) is mounted at each prefix it has pages under — a member's
  // (/sporgsmaal), the secretariat's (/sekretariat/…) and the public's (/organ) — rather than
  // inside those areas' apps, so that one folder owns the scheme end to end.

  // web/api and web/oparl: open data
  app.route('/api', apiApp(deps)); // /api/v1/…, /api/openapi.json, /api/docs
  app.route('/oparl', oparlApp(deps)); // /oparl/v1/…
  // web/feeds: calendars and feeds, beside the pages they follow
  app.route('/kalender.ics', feeds.councilsCalendar); // every health council's meetings
  app.route('/sog.atom', feeds.searchFeed); // a search as a feed
  app.route('/', feeds.searchDownloads); // /sog.csv, /sog.json: a search's every hit
  app.route('/static/feed.xsl', feeds.feedStylesheet); // the feeds as a readable page in a browser
  app.route('/foelg-med', feeds.following); // how to follow along: calendars, feeds, data, downloads
  // web/subscriptions: following by e-mail without an account (the "Følg" forms, confirm, manage, unsubscribe)
  app.route('/foelg', subscriptionApp(deps));
  app.route('/moede', feeds.meetings); // /moede/:id.ics
  app.route('/organ', feeds.bodies); // /organ/:slug/kalender.ics, referater.atom, moeder.csv, moeder.json
  app.route('/sag', feeds.cases); // /sag/:number/beslutninger.atom
  app.route('/udgiver', feeds.publishers); // /udgiver/:slug/kalender.ics, /udgiver/:slug/referater.atom
  // web/accounts: logging in and out, passwords
  app.route('/log-ind', accounts.logIn);
  if (accounts.oidc) app.route(OIDC_START_PATH, accounts.oidc); // /log-ind/oidc, /log-ind/oidc/retur
  app.route('/log-ud', accounts.logOut);
  app.route('/glemt-kodeord', accounts.forgotPassword);
  app.route('/nulstil-kodeord', accounts.resetPassword); // /nulstil-kodeord/:token
  // web/member and web/notifications: a signed-in person's own pages
  app.route('/mig', member.home);
  app.route('/notifikationer', member.notifications);
  app.route('/indstillinger', member.settings); // /indstillinger/notifikationer
  // web/questions: the question scheme, follow-ups, the meeting calendar
  app.route('/sporgsmaal', questions.ask); // /sporgsmaal/ny, /sporgsmaal/:id
  app.route('/mine-sporgsmaal', questions.mine);
  app.route('/sekretariat/sporgsmaal', questions.queue); // the secretariat's queue and one question
  app.route('/sekretariat/opfoelgning', questions.followUps);
  app.route('/sekretariat/beslutning', questions.decisions); // a decision's new follow-up
  app.route('/sekretariat/moedeplan', questions.plan);
  app.route('/organ', questions.public); // /organ/:slug/spoergsmaal, /statistik, /moedeplan
  mountMoney(app, deps); // web/frames and web/projects: frames shared by key, grants and projects
  mountPlanning(app, deps); // web/plans, web/hearings, web/processes: plans, hearings and processes (forløb)
  // web/gp-capacity: GP capacity (lægedækning) per health council — the public's board and the secretariat's
  const gpCapacity = gpCapacityApps(deps);
  app.route('/laegedaekning', gpCapacity.public); // /laegedaekning, /laegedaekning/:slug
  app.route('/sekretariat/laegedaekning', gpCapacity.secretariat); // upload, /:slug and its forms
  // web/secretariat: the overview, meetings and agendas, items, attachments, publishing
  app.route('/sekretariat', secretariatApp(deps));
  // web/admin: users, audit log, bodies, people, memberships
  app.route('/admin', adminApp(deps.accounts));
  // web/portal: the public portal
  app.route('/', portal.front);
  app.route('/sog', portal.search);
  app.route('/sprog', portal.language);
  app.route('/ordliste', portal.glossary); // the words of meetings explained
  app.route('/moede', portal.meetings); // /moede/:id, /moede/:id.pdf, .txt, /moede/:id/version/:n
  app.route('/punkt', portal.items);
  app.route('/kilde', portal.sources);
  app.route('/kilder', portal.sourcesList); // every publisher's publication sites and their status
  // The same in English: the language switch sets English and goes to /kilder.
  app.get('/en/sources', (c) => c.redirect('/sprog?til=en&tilbage=/kilder', 302));
  app.route('/organ', portal.bodies);
  app.route('/sag', portal.cases);
  app.route('/person', portal.persons);
  app.route('/udgiver', portal.publishers); // /udgiver, /udgiver/:slug
  app.route('/bilag', portal.attachments);
}
