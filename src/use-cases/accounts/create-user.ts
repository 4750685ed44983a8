/**
 * createUser: a new local account. The e-mail is stored lower-case and must be free; a password is
 * optional (without one, the user chooses it through a reset link, or signs in through OpenID
 * Connect). Writes the audit log in the same transaction.
 *
 * Who may call it: admins (web) and operators (CLI). Returns the new user's id, or why not.
 */
import type { Db } from '../../db/client.js';
import { insertUser } from '../../db/stores/accounts.js';
import { isEmailAddress, normalizeEmail, type PasswordProblem, passwordProblem } from '../../domain/account.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { hashPassword } from './account-secrets.js';

export interface CreateUserInput {
  db: Db;
  email: string;
  name: string;
  password?: string | null;
  isAdmin?: boolean;
  actor: AuditActor;
}

export type CreateUserResult =
  | { ok: true; userId: number; email: string }
  | { ok: false; reason: 'email_invalid' | 'name_missing' | 'email_taken' }
  | { ok: false; reason: 'password_invalid'; problem: PasswordProblem };

export async function createUser({
  db,
  email,
  name,
  password,
  isAdmin = false,
  actor,
}: CreateUserInput): Promise<CreateUserResult> {
  const address = normalizeEmail(email);
  if (!isEmailAddress(address)) return { ok: false, reason: 'email_invalid' };
  const displayName = name.trim();
  if (!displayName) return { ok: false, reason: 'name_missing' };
  let passwordHash: string | null = null;
  if (password) {
    const problem = passwordProblem(password);
    if (problem) return { ok: false, reason: 'password_invalid', problem };
    passwordHash = await hashPassword(password);
  }
  return db.transaction(async (tx) => {
    const userId = await insertUser(tx, { email: address, name: displayName, passwordHash, isAdmin });
    if (userId === null) return { ok: false, reason: 'email_taken' } as const;
    await recordAuditEntry(tx, {
      actor,
      action: 'user.create',
      entity: 'user',
      entityId: userId,
      before: null,
      after: { email: address, name: displayName, isAdmin, hasPassword: passwordHash !== null },
    });
    return { ok: true, userId, email: address } as const;
  });
}
