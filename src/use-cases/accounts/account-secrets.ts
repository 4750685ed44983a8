/**
 * The secrets of accounts and how they are kept: passwords as argon2id hashes (the library's
 * defaults: m=19456 KiB, t=2, p=1, OWASP's minimum), tokens (session ids, reset links) as 32
 * random bytes, of which only the SHA-256 is ever stored.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../../db/client.js';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** True when the password matches the argon2id hash; false for a wrong password or a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * A hash of a random password, to verify against when there is no account (or no password): the
 * answer then takes as long as for a real account, so timing does not tell which addresses exist.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash(randomBytes(24).toString('base64url'));
  return dummyHash;
}

/** A new random token for a cookie or a link: 32 bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a token: its SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** What a use case takes that is handed a token from outside (a cookie, a link). */
export interface PresentedToken {
  db: Db;
  token: string;
  now?: Date;
}

/** What is stored of a token from outside; null for none, or one longer than any token of ours can be. */
export function presentedTokenHash(token: string): string | null {
  return !token || token.length > 200 ? null : hashToken(token);
}

/** Compares two strings in constant time (for equal lengths; different lengths are simply unequal). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
