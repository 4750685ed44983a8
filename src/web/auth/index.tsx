/**
 * Who is asking, on the web: createAuth(options) gives
 *   - `middleware`: security headers, the session (who is signed in) and the CSRF check of every
 *     unsafe request — register it on the app before the page cache and before any route;
 *   - `accounts`: what the accounts' pages (web/accounts) and the admins' users need: the mailer
 *     and OpenID Connect client made from the configuration, the CSRF tokens, the request facts.
 * Routes authorize with `requireRole(action)` or `signedInOnly` and read the user with `actorOf(c)`,
 * `userOf(c)` or `auditActorOf(c)`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { raw } from 'hono/html';
import type { AuthConfig } from '../../config.js';
import type { Db } from '../../db/client.js';
import { createLogger, type Logger } from '../../log.js';
import { AuthProblemPage } from '../../render/html/accounts/problem-page.js';
import { PageContext } from '../../render/html/page-context.js';
import { ACCOUNT_MESSAGES } from '../../render/messages/accounts.js';
import type { Mailer } from '../../use-cases/notifications/mailer.js';
import type { AccountsDeps } from '../accounts/deps.js';
import { createOidcClient } from '../accounts/oidc.js';
import { csrfProtection } from '../kit/csrf.js';
import { langOf } from '../kit/page.js';
import { createLogMailer, createSmtpMailer, mailGoesOut } from './mailers.js';
import { requestFacts } from './request-facts.js';
import { securityHeaders } from './security-headers.js';
import { sessionMiddleware } from './session.js';

export { signedInOf } from './context.js';
export { requireRole } from './require-role.js';

/**
 * Posts without a CSRF token: the "Følg" form (it stands on pages the page cache serves to everyone;
 * it only queues a confirmation e-mail, rate-limited per address and client) and the one-click
 * unsubscribe that mail clients post (RFC 8058; protected by the unguessable token in its path).
 */
const CSRF_EXEMPT = /^\/foelg(?:\/afmeld\/[A-Za-z0-9_-]{43})?\/?$/;

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
  accounts: AccountsDeps;
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
    isExempt: (c) => c.req.method === 'POST' && CSRF_EXEMPT.test(c.req.path),
    // Runs before the page renderer, so it writes its own document (in the language pageLanguage chose).
    onRefused: (c) => {
      const lang = langOf(c);
      const m = ACCOUNT_MESSAGES[lang];
      return c.html(
        <>
          {raw('<!DOCTYPE html>')}
          <PageContext.Provider value={{ lang, path: new URL(c.req.url).pathname }}>
            <AuthProblemPage title={m.formRefusedTitle} text={m.formRefusedText} />
          </PageContext.Provider>
        </>,
        403,
      );
    },
  });
  const accounts: AccountsDeps = {
    db,
    logger,
    now,
    facts,
    csrf,
    mailer: mailer ?? (config.smtp ? createSmtpMailer(config.smtp) : createLogMailer(logger, environment)),
    sendsEmail: mailer !== undefined || mailGoesOut({ smtp: config.smtp, environment }),
    publicUrl: config.publicUrl,
    oidc: config.oidc ? createOidcClient(config.oidc, { now, fetchFn }) : null,
    key,
  };
  return {
    middleware: [securityHeaders(facts), sessionMiddleware({ db, now, facts }), csrf.middleware],
    accounts,
  };
}
