import {
  claimPasswordReset,
  clearLoginAttempts,
  deleteUserSessions,
  findUsableResetEmail,
  setActiveUserPassword,
  voidPasswordResets,
} from '../../db/stores/accounts.js';
import { type PasswordProblem, passwordProblem } from '../../domain/account.js';
import { recordAuditEntry } from '../audit/record-audit-entry.js';
import { hashPassword, hashToken, type PresentedToken, presentedTokenHash } from './account-secrets.js';

export async function checkPasswordReset({
  db,
  token,
  now = new Date(),
}: PresentedToken): Promise<{ ok: true; email: string } | { ok: false }> {
  const tokenHash = presentedTokenHash(token);
  if (tokenHash === null) return { ok: false };
  const email = await findUsableResetEmail(db, tokenHash, now);
  return email !== null ? { ok: true, email } : { ok: false };
}

export type ResetPasswordResult =
  | { ok: true; userId: number }
  | { ok: false; reason: 'invalid_token' }
  | { ok: false; reason: 'password_invalid'; problem: PasswordProblem };

export async function resetPassword({
  db,
  token,
  password,
  now = new Date(),
}: PresentedToken & { password: string }): Promise<ResetPasswordResult> {
  const problem = passwordProblem(password);
  if (problem) return { ok: false, reason: 'password_invalid', problem };
  if (!(await checkPasswordReset({ db, token, now })).ok) return { ok: false, reason: 'invalid_token' };
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    // Claiming the token and checking it are one statement: two requests cannot both use it.
    const claimedBy = await claimPasswordReset(tx, hashToken(token), now);
    if (claimedBy === null) return { ok: false, reason: 'invalid_token' } as const;
    const user = await setActiveUserPassword(tx, claimedBy, passwordHash);
    if (!user) return { ok: false, reason: 'invalid_token' } as const;
    await voidPasswordResets(tx, user.id, now);
    // Whoever was signed in as the user is signed out.
    await deleteUserSessions(tx, user.id);
    // Whoever locked the address out with wrong passwords does not keep its owner out after a reset.
    await clearLoginAttempts(tx, `email:${user.email}`);
    await recordAuditEntry(tx, {
      actor: { userId: user.id, label: user.email },
      action: 'user.password_reset',
      entity: 'user',
      entityId: user.id,
      before: null,
      after: { passwordChanged: true },
    });
    return { ok: true, userId: user.id } as const;
  });
}
