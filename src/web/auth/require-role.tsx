/**
 * The authorize step of a route's pipeline: `requireRole(action[, bodyOf])` and `signedInOnly`.
 * The public gets 401 (with a way to log in), a signed-in user without the permission 403; the
 * rules themselves are `can` in src/domain/roles.ts. Body actions name the body through `bodyOf`
 * (null: no such thing → 404).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { type BodyAction, can, type GlobalAction } from '../../domain/roles.js';
import { AppError } from '../../errors.js';
import { AuthProblemPage } from '../../render/html/accounts/problem-page.js';
import { ACCOUNT_MESSAGES } from '../../render/messages/accounts.js';
import { langOf } from '../kit/page.js';
import { actorOf, signedInOf } from './context.js';

export function requireRole(action: GlobalAction): MiddlewareHandler;
export function requireRole(
  action: BodyAction,
  bodyOf: (c: Context) => number | null | Promise<number | null>,
): MiddlewareHandler;
export function requireRole(
  action: GlobalAction | BodyAction,
  bodyOf?: (c: Context) => number | null | Promise<number | null>,
): MiddlewareHandler {
  return async (c, next) => {
    const actor = actorOf(c);
    if (!actor) return unauthenticated(c);
    let allowed: boolean;
    if (bodyOf) {
      const bodyId = await bodyOf(c);
      if (bodyId === null) throw new AppError('not_found', 'not found');
      allowed = can(actor, action as BodyAction, { bodyId });
    } else {
      allowed = can(actor, action as GlobalAction);
    }
    if (!allowed) return forbidden(c);
    return next();
  };
}

/** 401 for the public; the routes behind it read the user with `userOf(c)`. Their pages are never stored. */
export const signedInOnly: MiddlewareHandler = async (c, next) => {
  if (!signedInOf(c)) return unauthenticated(c);
  c.header('Cache-Control', 'no-store');
  return next();
};

/** The 401 or 403 page; never stored. */
function problemPage(c: Context, status: 401 | 403, page: Parameters<typeof AuthProblemPage>[0]) {
  c.status(status);
  c.header('Cache-Control', 'no-store');
  return c.render(<AuthProblemPage {...page} />);
}

export function unauthenticated(c: Context): Response | Promise<Response> {
  const url = new URL(c.req.url);
  const back = c.req.method === 'GET' ? `${url.pathname}${url.search}` : '/';
  const m = ACCOUNT_MESSAGES[langOf(c)];
  return problemPage(c, 401, {
    title: m.unauthenticatedTitle,
    text: m.unauthenticatedText,
    loginHref: `/log-ind?tilbage=${encodeURIComponent(back)}`,
  });
}

export function forbidden(c: Context): Response | Promise<Response> {
  const m = ACCOUNT_MESSAGES[langOf(c)];
  return problemPage(c, 403, {
    title: m.forbiddenTitle,
    text: m.forbiddenText,
  });
}
