/**
 * What the routes of the question scheme, follow-ups, meeting plan and notifications share: the
 * signed-in gate, ids in paths, the audit actor, and the dates and deadlines as the pages show them.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Db } from '../../db/client.js';
import { formatDate } from '../../domain/danish-dates.js';
import { computeDeadline, deadlineStatus, deadlineStatusText, QUESTION_SCHEME_RULE } from '../../domain/deadlines.js';
import { type Actor, type BodyAction, can } from '../../domain/roles.js';
import { AppError } from '../../errors.js';
import type { DeadlineView } from '../../render/html/questions/question-pages.js';
import type { SignedInUser } from '../../use-cases/accounts/resolve-session.js';
import type { AuditActor } from '../../use-cases/audit/record-audit-entry.js';
import { signedInOf } from '../auth/context.js';
import { unauthenticated } from '../auth/require-role.js';

export interface WorkDeps {
  db: Db;
  now: () => Date;
}

/** 401 for the public; the routes behind it read the user with `userOf(c)`. */
export const signedInOnly: MiddlewareHandler = async (c, next) => {
  if (!signedInOf(c)) return unauthenticated(c);
  c.header('Cache-Control', 'no-store');
  return next();
};

export function userOf(c: Context): SignedInUser {
  const user = signedInOf(c);
  if (!user) throw new AppError('unauthenticated', 'not signed in');
  return user;
}

export function auditActorOf(c: Context): AuditActor {
  const user = userOf(c);
  return { userId: user.userId, label: user.email };
}

/** A database id in a path; anything else is not found. */
export function idParam(c: Context, name = 'id'): number {
  const value = c.req.param(name) ?? '';
  const id = /^\d{1,10}$/.test(value) ? Number(value) : 0;
  if (id < 1 || id > 2_147_483_647) throw new AppError('not_found', 'not found');
  return id;
}

/** The bodies where the actor may do `action`: every body for admins (null), else their roles'. */
export function bodiesWhere(actor: Actor, action: BodyAction): number[] | null {
  if (actor.isAdmin) return null;
  return [...actor.roles.keys()].filter((bodyId) => can(actor, action, { bodyId }));
}

/** A string field of a parsed form (arrays and files are not strings). */
export function field(form: Record<string, unknown>, name: string, max = 100_000): string {
  const value = form[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** The question deadline as the pages explain it. */
export function presentDeadline(input: {
  receivedOn: string;
  dueOn: string;
  answeredOn: string | null;
  state: string;
  today: string;
}): DeadlineView {
  const explained = computeDeadline({ receivedOn: input.receivedOn, rule: QUESTION_SCHEME_RULE });
  // The stored due date is the truth (the rule may change); the explanation is the rule's when they agree.
  const explanation = explained.dueOn === input.dueOn ? explained.explanation : `frist ${formatDate(input.dueOn)}`;
  const closed = input.state === 'declined' || input.state === 'outside_scheme';
  const status = deadlineStatus({
    dueOn: input.dueOn,
    answeredOn: input.state === 'answered' ? input.answeredOn : null,
    today: input.today,
  });
  return {
    dueText: formatDate(input.dueOn),
    explanation: explanation.charAt(0).toUpperCase() + explanation.slice(1),
    statusText: closed ? 'ingen frist (lukket)' : deadlineStatusText(status),
    statusKind: closed ? 'closed' : status.status,
  };
}
