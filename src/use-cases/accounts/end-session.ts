/**
 * endSession: signs out. The session's row is deleted, so its token is dead for good, whoever
 * holds a copy. endUserSessions ends every session of a user (after a password reset).
 *
 * Who may call it: the logout route (the session's own holder); password reset. Returns nothing.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions } from '../../db/schema/index.js';
import { type DbOrTx, hashToken } from './account-secrets.js';

export async function endSession({ db, token }: { db: Db; token: string }): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, hashToken(token)));
}

export async function endUserSessions(db: DbOrTx, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
