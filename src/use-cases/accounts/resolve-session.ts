/**
 * resolveSession: the token from a cookie → who is signed in, with their roles and the session's
 * CSRF token; null for an unknown, expired or idle session, or a disabled account (an expired or
 * idle session is deleted on the way). Marks the session as seen, at most once a minute.
 *
 * Who may call it: the session middleware, on every request that carries a session cookie.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions, userRoles, users } from '../../db/schema/index.js';
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
  const [row] = await db
    .select({
      userId: sessions.userId,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      csrfSecret: sessions.csrfSecret,
      email: users.email,
      name: users.name,
      isAdmin: users.isAdmin,
      disabledAt: users.disabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, idHash));
  if (!row) return null;
  const idle = now.getTime() - row.lastSeenAt.getTime() > SESSION_LIMITS.idleMs;
  if (row.expiresAt <= now || idle || row.disabledAt) {
    await db.delete(sessions).where(eq(sessions.idHash, idHash));
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
  }
  const roles = await db
    .select({ bodyId: userRoles.bodyId, role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, row.userId));
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
