/**
 * Errors on the web. A route throws `notFound()` (or any AppError) and the app's error handler
 * answers with the Danish error page for its status; anything else is a 500 whose error — stack
 * and chain of causes — goes to the log and never to the public. The JSON interfaces (/api,
 * /oparl) answer the same errors as JSON (web/api/errors.ts) and log them with `logFailure`.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { isDatabaseUnavailable } from '../../db/unavailable.js';
import { AppError, isAppError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { BadRequestPage, NotFoundPage, ServerErrorPage, UnavailablePage } from '../../render/html/error-page.js';
import { page } from './page.js';

/** What a route throws for a thing that does not exist (or that the reader may not know exists). */
export function notFound(message = 'not found'): AppError {
  return new AppError('not_found', message);
}

/** The 404 page for a path no route answers. */
export const notFoundPage: NotFoundHandler = (c) => page(c, <NotFoundPage />, 404);

/** Logs a failed request: method, path and the error with its stack and causes (src/log.ts writes them). */
export function logFailure(logger: Logger, c: Context, error: unknown): void {
  logger.error('request failed', { method: c.req.method, path: c.req.path, error });
}

/** The app's error handler: an AppError's page by its status; anything else logged and a plain 500 page. */
export function errorPages(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (isAppError(error) && error.status < 500) {
      if (error.status === 404) return page(c, <NotFoundPage />, 404);
      const problems = error.code === 'input_invalid' ? error.message.split('\n') : [];
      c.status(error.status as 400);
      return c.render(<BadRequestPage problems={problems} />);
    }
    if (isDatabaseUnavailable(error)) {
      logger.warn('request failed: the database is unavailable', { method: c.req.method, path: c.req.path, error });
      c.status(503);
      c.header('Retry-After', '10');
      return c.render(<UnavailablePage />);
    }
    logFailure(logger, c, error);
    c.status(500);
    return c.render(<ServerErrorPage />);
  };
}
