/**
 * authenticateUser: e-mail and password → the user, with the login rate limit. Failed attempts are
 * counted per e-mail address and per client address over a sliding window; over either limit the
 * attempt is refused before any password is checked. An unknown address, a disabled account and
 * an account without a password are verified against a dummy hash, so the answer takes as long as
 * for a real account and says no more than "wrong e-mail or password".
 *
 * Who may call it: the login page. Returns the user's id, or why not.
 */
import type { Db } from '../../db/client.js';
import {
  clearLoginAttempts,
  countLoginAttempts,
  findUserLogin,
  recordLoginAttempts,
} from '../../db/stores/accounts.js';
import { normalizeEmail } from '../../domain/account.js';
import { dummyPasswordHash, verifyPassword } from './account-secrets.js';

export const LOGIN_LIMITS = {
  windowMs: 15 * 60_000,
  /** Failed logins per e-mail address in the window. */
  perEmail: 5,
  /** Failed logins per client address in the window (an office behind one address has several users). */
  perIp: 20,
};

export interface AuthenticateUserInput {
  db: Db;
  email: string;
  password: string;
  /** The client's address, as the web layer determined it. */
  ip: string;
  now?: Date;
}

export type AuthenticateUserResult =
  | { ok: true; userId: number }
  | { ok: false; reason: 'invalid_credentials' | 'rate_limited' };

export async function authenticateUser({
  db,
  email,
  password,
  ip,
  now = new Date(),
}: AuthenticateUserInput): Promise<AuthenticateUserResult> {
  const address = normalizeEmail(email);
  const emailKey = `email:${address}`;
  const ipKey = `ip:${ip}`;
  const windowStart = new Date(now.getTime() - LOGIN_LIMITS.windowMs);
  const failures = await countLoginAttempts(db, [emailKey, ipKey], windowStart);
  if ((failures.get(emailKey) ?? 0) >= LOGIN_LIMITS.perEmail || (failures.get(ipKey) ?? 0) >= LOGIN_LIMITS.perIp) {
    return { ok: false, reason: 'rate_limited' };
  }
  const user = await findUserLogin(db, address);
  const usable = user?.passwordHash && !user.disabledAt ? user.passwordHash : null;
  const matches = await verifyPassword(usable ?? (await dummyPasswordHash()), password);
  if (!user || !usable || !matches) {
    await recordLoginAttempts(db, { keys: [emailKey, ipKey], at: now, expiredBefore: windowStart });
    return { ok: false, reason: 'invalid_credentials' };
  }
  await clearLoginAttempts(db, emailKey);
  return { ok: true, userId: user.id };
}
