/**
 * What the auth middleware puts on each request's context, and how routes read it: `actorOf(c)`
 * for authorization (null for the public), `signedInOf(c)` for the page (name, CSRF token),
 * `userOf(c)` and `auditActorOf(c)` in routes that only the signed-in reach.
 */
import type { Context } from 'hono';
import type { Actor } from '../../domain/roles.js';
import { AppError } from '../../errors.js';
import type { SignedInUser } from '../../use-cases/accounts/resolve-session.js';
import type { AuditActor } from '../../use-cases/audit/record-audit-entry.js';

export interface AuthVariables {
  /** The signed-in user, or null. Set by the session middleware on every request. */
  signedIn: SignedInUser | null;
  /** The raw session token from the cookie (when it named a live session). */
  sessionToken: string | null;
}

export type AuthEnv = { Variables: AuthVariables & { lang?: string } };

// biome-ignore lint/suspicious/noExplicitAny: any app's context, whatever else its variables hold
type AnyContext = Context<any>;

export function signedInOf(c: AnyContext): SignedInUser | null {
  return (c.get('signedIn') as SignedInUser | null | undefined) ?? null;
}

/** Who is asking, for `can(actor, …)`: null for the public. */
export function actorOf(c: AnyContext): Actor | null {
  return signedInOf(c);
}

/** The signed-in user of a route behind `requireRole` or `signedInOnly`; 401 when there is none. */
export function userOf(c: AnyContext): SignedInUser {
  const user = signedInOf(c);
  if (!user) throw new AppError('unauthenticated', 'not signed in');
  return user;
}

/** The signed-in user as the audit log names them. */
export function auditActorOf(c: AnyContext): AuditActor {
  const user = userOf(c);
  return { userId: user.userId, label: user.email };
}
