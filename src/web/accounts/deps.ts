/** What the accounts' routes share: the database, the clock, the mailer and the request helpers. */
import type { Context } from 'hono';
import type { Db } from '../../db/client.js';
import type { Logger } from '../../log.js';
import type { Mailer } from '../../use-cases/notifications/mailer.js';
import type { RequestFacts } from '../auth/request-facts.js';
import type { Csrf } from '../kit/csrf.js';
import type { OidcClient } from './oidc.js';

export interface AccountsDeps {
  db: Db;
  logger: Logger;
  now: () => Date;
  facts: RequestFacts;
  csrf: Csrf;
  mailer: Mailer;
  /** Whether e-mail really goes out (SMTP_URL, a test's mailer, or the development log): a form promises none otherwise. */
  sendsEmail: boolean;
  /** The portal's public address for links in e-mails; without it the request's own origin. */
  publicUrl: string | undefined;
  oidc: OidcClient | null;
  /** Signs the OpenID Connect state cookie. */
  key: Buffer;
}

const SITE = 'http://protokol.invalid';

/**
 * Where to go back to after logging in: only a path on this site — one "/" and then not "/" or
 * "\", no scheme, no control characters — else the front page. What the browser would make of it
 * (a URL parser folds "\" into "/" and drops tabs) must still be this site; the answer is that
 * URL's path, query and fragment, percent-encoded so it can stand in a Location header.
 */
export function safeBackPath(value: string | undefined): string {
  if (!value?.startsWith('/') || value.length > 2000) return '/';
  if (value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (/[\u0000-\u001f\u007f]/.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, SITE);
  } catch {
    return '/';
  }
  if (url.origin !== SITE) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The base of links in e-mails. */
export function publicBase(c: Context, publicUrl: string | undefined): string {
  return publicUrl ?? new URL(c.req.url).origin;
}

/**
 * A mailer that sends in the background: the page answers as fast whether or not a mail went out
 * (so timing does not tell which addresses have accounts). Failures are logged.
 */
export function backgroundMailer(mailer: Mailer, logger: Logger): Mailer {
  return {
    send(to, subject, text) {
      mailer.send(to, subject, text).catch((error: unknown) => {
        logger.error('e-mail kunne ikke sendes', { subject, error });
      });
      return Promise.resolve();
    },
  };
}

/** Where a reset link in an e-mail leads. */
export function resetLink(c: Context, publicUrl: string | undefined, token: string): string {
  return `${publicBase(c, publicUrl)}/nulstil-kodeord/${token}`;
}
