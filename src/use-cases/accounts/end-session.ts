/**
 * endSession: signs out. The session's row is deleted, so its token is dead for good, whoever
 * holds a copy. (A password reset ends every session of its user: reset-password.ts.)
 *
 * Who may call it: the logout route (the session's own holder). Returns nothing.
 */
import type { Db } from '../../db/client.js';
import { deleteSession } from '../../db/stores/accounts.js';
import { hashToken } from './account-secrets.js';

export async function endSession({ db, token }: { db: Db; token: string }): Promise<void> {
  await deleteSession(db, hashToken(token));
}
