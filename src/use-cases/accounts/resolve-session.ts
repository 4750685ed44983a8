import { deleteSession, findSession, listUserRoles, touchSession } from '../../db/stores/accounts.js';
import type { Actor, BodyRole } from '../../domain/roles.js';
import { type PresentedToken, presentedTokenHash } from './account-secrets.js';
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

export async function resolveSession({ db, token, now = new Date() }: PresentedToken): Promise<SignedInUser | null> {
  const idHash = presentedTokenHash(token);
  if (idHash === null) return null;
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
