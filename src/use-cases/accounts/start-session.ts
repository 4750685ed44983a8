/**
 * startSession: signs a user in with a new session. The session id is a fresh random token on
 * every login (a session is never fixed: a token from before the login, if any, is ended); only
 * its SHA-256 is stored. Each session has its own CSRF secret for its forms.
 *
 * Who may call it: the login routes, after the password (or the identity provider) said yes.
 * Returns the token for the cookie and when it expires.
 */
import type { Db } from '../../db/client.js';
import { deleteSession, deleteUserSessions, insertSession } from '../../db/stores/accounts.js';
import { hashToken, newToken } from './account-secrets.js';

export const SESSION_LIMITS = {
  /** A session ends this long after the login, however active. */
  lifetimeMs: 12 * 60 * 60_000,
  /** … or after this long without a request. */
  idleMs: 2 * 60 * 60_000,
};

export interface StartSessionInput {
  db: Db;
  userId: number;
  /** The token of the session the browser had before (if any): it is ended. */
  replacing?: string | null;
  now?: Date;
}

export async function startSession({
  db,
  userId,
  replacing,
  now = new Date(),
}: StartSessionInput): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIMITS.lifetimeMs);
  await db.transaction(async (tx) => {
    if (replacing) await deleteSession(tx, hashToken(replacing));
    await deleteUserSessions(tx, userId, now);
    await insertSession(tx, {
      idHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      csrfSecret: newToken(),
    });
  });
  return { token, expiresAt };
}
