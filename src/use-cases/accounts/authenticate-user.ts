/**
 * authenticateUser: e-mail and password → the user, with the login rate limit. Failed attempts are
 * counted per e-mail address and per client address over a sliding window; over either limit the
 * attempt is refused before any password is checked. An unknown address, a disabled account and
 * an account without a password are verified against a dummy hash, so the answer takes as long as
 * for a real account and says no more than "wrong e-mail or password".
 *
 * Who may call it: the login page. Returns the user's id, or why not.
 */
import { and, count, eq, gt, inArray, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { loginAttempts, users } from '../../db/schema/index.js';
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
  const failures = await countAttempts(db, [emailKey, ipKey], windowStart);
  if ((failures.get(emailKey) ?? 0) >= LOGIN_LIMITS.perEmail || (failures.get(ipKey) ?? 0) >= LOGIN_LIMITS.perIp) {
    return { ok: false, reason: 'rate_limited' };
  }
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, address));
  const usable = user?.passwordHash && !user.disabledAt ? user.passwordHash : null;
  const matches = await verifyPassword(usable ?? (await dummyPasswordHash()), password);
  if (!user || !usable || !matches) {
    await recordFailedAttempt(db, [emailKey, ipKey], now);
    return { ok: false, reason: 'invalid_credentials' };
  }
  await db.delete(loginAttempts).where(eq(loginAttempts.key, emailKey));
  return { ok: true, userId: user.id };
}

/** Failed attempts per key since `since`. */
export async function countAttempts(db: Db, keys: string[], since: Date): Promise<Map<string, number>> {
  const rows = await db
    .select({ key: loginAttempts.key, n: count() })
    .from(loginAttempts)
    .where(and(inArray(loginAttempts.key, keys), gt(loginAttempts.attemptedAt, since)))
    .groupBy(loginAttempts.key);
  return new Map(rows.map((row) => [row.key, Number(row.n)]));
}

/** Records one attempt under each key and prunes the keys' attempts older than the window. */
export async function recordFailedAttempt(
  db: Db,
  keys: string[],
  now: Date,
  windowMs = LOGIN_LIMITS.windowMs,
): Promise<void> {
  await db.insert(loginAttempts).values(keys.map((key) => ({ key, attemptedAt: now })));
  const expired = new Date(now.getTime() - windowMs);
  await db
    .delete(loginAttempts)
    .where(and(or(...keys.map((key) => eq(loginAttempts.key, key))), lt(loginAttempts.attemptedAt, expired)));
}
