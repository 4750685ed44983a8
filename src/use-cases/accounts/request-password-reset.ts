/**
 * requestPasswordReset: "forgot password". When the address belongs to an active account, a
 * single-use link valid for one hour is e-mailed to it; only the token's SHA-256 is stored. The
 * caller always gets the same answer, so the form does not tell which addresses have accounts.
 * At most RESET_LIMITS.perEmail requests per address in the window are honoured (no mail bombs).
 *
 * issuePasswordReset makes the token without sending anything (the CLI prints the link).
 *
 * Who may call it: anyone (the form), admins (a new user's first password), operators (CLI).
 */
import type { Db } from '../../db/client.js';
import {
  countLoginAttempts,
  findUserLogin,
  insertPasswordReset,
  recordLoginAttempts,
} from '../../db/stores/accounts.js';
import { normalizeEmail } from '../../domain/account.js';
import type { Mailer } from '../notifications/mailer.js';
import { hashToken, newToken } from './account-secrets.js';

export const RESET_LIMITS = {
  /** A link works for this long, once. */
  lifetimeMs: 60 * 60_000,
  windowMs: 60 * 60_000,
  perEmail: 3,
};

export async function issuePasswordReset({
  db,
  userId,
  now = new Date(),
}: {
  db: Db;
  userId: number;
  now?: Date;
}): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + RESET_LIMITS.lifetimeMs);
  await insertPasswordReset(db, { tokenHash: hashToken(token), userId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

export interface RequestPasswordResetInput {
  db: Db;
  email: string;
  mailer: Mailer;
  /** The link to the reset page for a token. */
  resetUrl: (token: string) => string;
  now?: Date;
}

/** Returns whether a mail was sent, for logs and tests only: never show it to the requester. */
export async function requestPasswordReset({
  db,
  email,
  mailer,
  resetUrl,
  now = new Date(),
}: RequestPasswordResetInput): Promise<{ sent: boolean }> {
  const address = normalizeEmail(email);
  const key = `reset:${address}`;
  const windowStart = new Date(now.getTime() - RESET_LIMITS.windowMs);
  const recent = await countLoginAttempts(db, [key], windowStart);
  if ((recent.get(key) ?? 0) >= RESET_LIMITS.perEmail) return { sent: false };
  await recordLoginAttempts(db, { keys: [key], at: now, expiredBefore: windowStart });
  const user = await findUserLogin(db, address);
  if (!user || user.disabledAt) return { sent: false };
  const { token } = await issuePasswordReset({ db, userId: user.id, now });
  await mailer.send(address, 'Nulstil dit kodeord til Protokol', resetMailText(user.name, resetUrl(token)));
  return { sent: true };
}

export function resetMailText(name: string, link: string): string {
  return [
    `Kære ${name}`,
    '',
    'Nogen (forhåbentlig dig) har bedt om at nulstille kodeordet til din konto i Protokol.',
    'Åbn linket herunder for at vælge et nyt kodeord. Linket virker i én time og kun én gang.',
    '',
    link,
    '',
    'Har du ikke bedt om det, kan du se bort fra denne e-mail; dit kodeord er uændret.',
    '',
    'Venlig hilsen',
    'Protokol',
  ].join('\n');
}
