/**
 * Accounts on the web: createAuth(options) gives
 *   - `middleware`: security headers, the session (who is signed in) and the CSRF check of every
 *     unsafe request — register it on the app before the page cache and before any route;
 *   - `routes`: log in/out, forgotten password, OpenID Connect (when configured) and the admins'
 *     pages — mount with app.route('/', auth.routes);
 *   - `csrfTokenFor(c)`: the token for a form on any page.
 * Routes elsewhere authorize with `requireRole(action)` and read the user with `actorOf(c)`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { raw } from 'hono/html';
import type { AuthConfig } from '../../config.js';
import type { Db } from '../../db/client.js';
import { createLogger, type Logger } from '../../log.js';
import type { Mailer } from '../../use-cases/notifications/mailer.js';
import { adminRoutes } from './admin-routes.js';
import { authRoutes } from './auth-routes.js';
import type { AuthEnv } from './context.js';
import { csrfProtection } from './csrf.js';
import type { AuthRouteDeps } from './deps.js';
import { createLogMailer, createSmtpMailer } from './mailers.js';
import { createOidcClient } from './oidc.js';
import { oidcRoutes } from './oidc-routes.js';
import { AuthProblemPage } from './pages.js';
import { requestFacts } from './request-facts.js';
import { securityHeaders } from './security-headers.js';
import { sessionMiddleware } from './session.js';

export { type AuthEnv, actorOf, signedInOf } from './context.js';
export { forbidden, requireRole, unauthenticated } from './require-role.js';

export interface AuthOptions {
  db: Db;
  logger?: Logger;
  now?: () => Date;
  /** From loadConfig().auth; unset fields take the defaults (no SMTP, no OpenID Connect, random key). */
  config?: Partial<AuthConfig>;
  /** Overrides the mailer made from the configuration. */
  mailer?: Mailer;
  /** For OpenID Connect's requests to the provider. */
  fetch?: typeof fetch;
}

export interface Auth {
  middleware: MiddlewareHandler[];
  routes: Hono<AuthEnv>;
  csrfTokenFor(c: Context): string;
}

export function createAuth({
  db,
  logger = createLogger('silent'),
  now = () => new Date(),
  config = {},
  mailer,
  fetch: fetchFn,
}: AuthOptions): Auth {
  const environment = config.environment ?? 'development';
  if (!config.secretKey && environment === 'production') {
    logger.warn(
      'SECRET_KEY er ikke sat: formularer åbnet før en genstart skal genindlæses (og flere servere deler ikke nøgle)',
    );
  }
  const key = config.secretKey ? createHash('sha256').update(`protokol:${config.secretKey}`).digest() : randomBytes(32);
  const facts = requestFacts({ trustProxy: config.trustProxy ?? false, cookieSecure: config.cookieSecure ?? false });
  const csrf = csrfProtection({
    key,
    facts,
    // Runs before the page renderer, so it writes its own document.
    onRefused: (c) =>
      c.html(
        <>
          {raw('<!DOCTYPE html>')}
          <AuthProblemPage
            title="Formularen kunne ikke sendes"
            text="Formularen var udløbet eller kom ikke fra Protokol. Gå tilbage, genindlæs siden, og prøv igen."
          />
        </>,
        403,
      ),
  });
  const deps: AuthRouteDeps = {
    db,
    logger,
    now,
    facts,
    csrf,
    mailer: mailer ?? (config.smtp ? createSmtpMailer(config.smtp) : createLogMailer(logger, environment)),
    publicUrl: config.publicUrl,
    oidc: config.oidc ? createOidcClient(config.oidc, { now, fetchFn }) : null,
    key,
  };

  const routes = new Hono<AuthEnv>();
  routes.route('/', authRoutes(deps));
  if (deps.oidc) routes.route('/', oidcRoutes({ ...deps, oidc: deps.oidc }));
  routes.route('/', adminRoutes(deps));

  return {
    middleware: [securityHeaders(facts), sessionMiddleware({ db, now, facts }), csrf.middleware],
    routes,
    csrfTokenFor: csrf.tokenFor,
  };
}
