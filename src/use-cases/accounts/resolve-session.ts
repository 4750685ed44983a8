/**
 * resolveSession: the token from a cookie → who is signed in, with their roles and the session's
 * CSRF token; null for an unknown, expired or idle session, or a disabled account (an expired or
 * idle session is deleted on the way). Marks the session as seen, at most once a minute.
 *
 * Who may call it: the session middleware, on every request that carries a session cookie.
 */
import type { Db } from '../../db/client.js';
import { deleteSession, findSession, listUserRoles, touchSession } from '../../db/stores/accounts.js';
import type { Actor, BodyRole } from '../../domain/roles.js';
import { hashToken } from './account-secrets.js';
import { SESSION_LIMITS } from './start-session.js';

export interface SignedInUser extends Actor {
  userId: number;
  email: string;
  name: string;
  /** The synchronizer token for this session's forms. */
  csrfToken: string;
  expiresAt: Date;
}

const TOUCH_INTERVAL_MS = 60_000;

export async function resolveSession({
  db,
  token,
  now = new Date(),
}: {
  db: Db;
  token: string;
  now?: Date;
}): Promise<SignedInUser | null> {
  if (!token || token.length > 200) return null;
  const idHash = hashToken(token);
  const row = await findSession(db, idHash);
  if (!row) return null;
  const idle = now.getTime() - row.lastSeenAt.getTime() > SESSION_LIMITS.idleMs;
  if (row.expiresAt <= now || idle || row.disabledAt) {
    await deleteSession(db, idHash);
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchSession(db, idHash, now);
  }
  const roles = await listUserRoles(db, row.userId);
  return {
    userId: row.userId,
    email: row.email,
    name: row.name,
    isAdmin: row.isAdmin,
    roles: new Map<number, BodyRole>(roles.map((r) => [r.bodyId, r.role])),
    csrfToken: row.csrfSecret,
    expiresAt: row.expiresAt,
  };
}
