/**
 * JSON errors of the open-data interfaces: `{ error: { status, code, message, problems } }`, never
 * an HTML page and never an internal message or stack trace.
 */
import type { Context } from 'hono';
import { isAppError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { logFailure } from '../kit/errors.js';

export interface ErrorBody {
  error: { status: number; code: string; message: string; problems: { parameter: string; message: string }[] };
}

export function errorBody(
  status: number,
  code: string,
  message: string,
  problems: ErrorBody['error']['problems'] = [],
): ErrorBody {
  return { error: { status, code, message, problems } };
}

/** An onError handler: AppErrors by their status, anything else a 500 whose error (stack and causes) is logged. */
export function jsonErrors(logger?: Logger) {
  return (error: Error, c: Context) => {
    if (isAppError(error) && error.status < 500) {
      const problems =
        error.code === 'input_invalid'
          ? error.message.split('\n').map((message) => ({ parameter: message.split(':')[0], message }))
          : [];
      return c.json(errorBody(error.status, error.code, error.message, problems), error.status as 400);
    }
    if (logger) logFailure(logger, c, error);
    return c.json(errorBody(500, 'internal', 'Der skete en fejl / internal error'), 500);
  };
}

/** The answer for a path under /api or /oparl that names nothing. */
export function jsonNotFound(c: Context) {
  return c.json(errorBody(404, 'not_found', 'Findes ikke / not found'), 404);
}
