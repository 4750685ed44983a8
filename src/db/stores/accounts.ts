/**
 * The accounts' store: users and their roles per body, sessions, password-reset links and the
 * failed-login counter. Tokens are stored only as their SHA-256 (the callers hash them); a user
 * row leaves here with its password hash only where a login must check it.
 */
import { and, asc, count, eq, gt, inArray, isNull, lt, or } from 'drizzle-orm';
import type { BodyRole } from '../../domain/roles.js';
import type { Db, DbOrTx } from '../client.js';
import { bodies, loginAttempts, passwordResets, sessions, userRoles, users } from '../schema/index.js';

// Users

export interface UserLogin {
  id: number;
  name: string;
  passwordHash: string | null;
  disabledAt: Date | null;
}

/** The user with this (normalised) e-mail address, as a login sees it; null when there is none. */
export async function findUserLogin(db: DbOrTx, email: string): Promise<UserLogin | null> {
  const [user] = await db
    .select({ id: users.id, name: users.name, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, email));
  return user ?? null;
}

export async function findUserEmail(db: DbOrTx, userId: number): Promise<string | null> {
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return user?.email ?? null;
}

/** A new user; null when the e-mail address is taken. */
export async function insertUser(
  db: DbOrTx,
  values: { email: string; name: string; passwordHash: string | null; isAdmin: boolean },
): Promise<number | null> {
  const [created] = await db
    .insert(users)
    .values(values)
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return created?.id ?? null;
}

/** Sets an active user's password hash; the user's id and e-mail, or null when none is active. */
export async function setActiveUserPassword(
  db: DbOrTx,
  userId: number,
  passwordHash: string,
): Promise<{ id: number; email: string } | null> {
  const [user] = await db
    .update(users)
    .set({ passwordHash })
    .where(and(eq(users.id, userId), isNull(users.disabledAt)))
    .returning({ id: users.id, email: users.email });
  return user ?? null;
}

export interface UserWithRoles {
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
  hasPassword: boolean;
  isDisabled: boolean;
  createdAt: Date;
  roles: { bodyId: number; bodyName: string; bodySlug: string; role: BodyRole }[];
}

/** Every user (or one), by e-mail, with their roles by body name; never a password hash. */
export async function listUsersWithRoles(db: Db, userId?: number): Promise<UserWithRoles[]> {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isAdmin: users.isAdmin,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(userId === undefined ? undefined : eq(users.id, userId))
    .orderBy(asc(users.email));
  const roles = await db
    .select({
      userId: userRoles.userId,
      bodyId: userRoles.bodyId,
      role: userRoles.role,
      bodyName: bodies.name,
      bodySlug: bodies.slug,
    })
    .from(userRoles)
    .innerJoin(bodies, eq(bodies.id, userRoles.bodyId))
    .where(userId === undefined ? undefined : eq(userRoles.userId, userId))
    .orderBy(asc(bodies.name));
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    isAdmin: row.isAdmin,
    hasPassword: row.passwordHash !== null,
    isDisabled: row.disabledAt !== null,
    createdAt: row.createdAt,
    roles: roles
      .filter((role) => role.userId === row.id)
      .map(({ bodyId, bodyName, bodySlug, role }) => ({ bodyId, bodyName, bodySlug, role })),
  }));
}

// Roles

/** A user's role in a body (null: none); with `lock`, the row is locked for the transaction. */
export async function findUserRole(
  db: DbOrTx,
  { userId, bodyId, lock = false }: { userId: number; bodyId: number; lock?: boolean },
): Promise<BodyRole | null> {
  const query = db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(and(eq(userRoles.userId, userId), eq(userRoles.bodyId, bodyId)));
  const [row] = lock ? await query.for('update') : await query;
  return row?.role ?? null;
}

/** Gives a user a role in a body, or takes it away (null). */
export async function saveUserRole(
  db: DbOrTx,
  { userId, bodyId, role }: { userId: number; bodyId: number; role: BodyRole | null },
): Promise<void> {
  if (role === null) {
    await db.delete(userRoles).where(and(eq(userRoles.userId, userId), eq(userRoles.bodyId, bodyId)));
    return;
  }
  await db
    .insert(userRoles)
    .values({ userId, bodyId, role })
    .onConflictDoUpdate({ target: [userRoles.userId, userRoles.bodyId], set: { role } });
}

export async function listUserRoles(db: DbOrTx, userId: number): Promise<{ bodyId: number; role: BodyRole }[]> {
  return db
    .select({ bodyId: userRoles.bodyId, role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, userId));
}

/** The active users with one of `roles` in a body, and which role. */
export async function listActiveRoleHolders(
  db: DbOrTx,
  { bodyId, roles }: { bodyId: number; roles: readonly BodyRole[] },
): Promise<{ userId: number; role: BodyRole }[]> {
  return db
    .select({ userId: userRoles.userId, role: userRoles.role })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.bodyId, bodyId), inArray(userRoles.role, [...roles]), isNull(users.disabledAt)));
}

/** The addresses of every admin whose account is not disabled (alarms are sent to them). */
export async function listActiveAdminEmails(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.isAdmin, true), isNull(users.disabledAt)))
    .orderBy(users.email);
  return rows.map((row) => row.email);
}

// Sessions

export interface SessionWithUser {
  userId: number;
  expiresAt: Date;
  lastSeenAt: Date;
  csrfSecret: string;
  email: string;
  name: string;
  isAdmin: boolean;
  disabledAt: Date | null;
}

export async function findSession(db: DbOrTx, idHash: string): Promise<SessionWithUser | null> {
  const [row] = await db
    .select({
      userId: sessions.userId,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      csrfSecret: sessions.csrfSecret,
      email: users.email,
      name: users.name,
      isAdmin: users.isAdmin,
      disabledAt: users.disabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, idHash));
  return row ?? null;
}

export async function insertSession(
  db: DbOrTx,
  values: { idHash: string; userId: number; createdAt: Date; lastSeenAt: Date; expiresAt: Date; csrfSecret: string },
): Promise<void> {
  await db.insert(sessions).values(values);
}

export async function touchSession(db: DbOrTx, idHash: string, lastSeenAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt }).where(eq(sessions.idHash, idHash));
}

export async function deleteSession(db: DbOrTx, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Ends every session of a user; with `expiredBefore`, only those that expired before it. */
export async function deleteUserSessions(db: DbOrTx, userId: number, expiredBefore?: Date): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), expiredBefore ? lt(sessions.expiresAt, expiredBefore) : undefined));
}

// Password resets

export async function insertPasswordReset(
  db: DbOrTx,
  values: { tokenHash: string; userId: number; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(passwordResets).values(values);
}

/** The e-mail of the active user whose unused, unexpired link this is; null otherwise. */
export async function findUsableResetEmail(db: DbOrTx, tokenHash: string, now: Date): Promise<string | null> {
  const [row] = await db
    .select({ email: users.email })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now),
        isNull(users.disabledAt),
      ),
    );
  return row?.email ?? null;
}

/** Marks an unused, unexpired link used, in one statement (two requests cannot both claim it); its user, or null. */
export async function claimPasswordReset(db: DbOrTx, tokenHash: string, now: Date): Promise<number | null> {
  const [claimed] = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(
      and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)),
    )
    .returning({ userId: passwordResets.userId });
  return claimed?.userId ?? null;
}

/** Marks every unused link of a user used. */
export async function voidPasswordResets(db: DbOrTx, userId: number, now: Date): Promise<void> {
  await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
}

// Failed logins (and reset requests), counted per key: "email:…", "ip:…", "reset:…"

/** Attempts per key since `since`. */
export async function countLoginAttempts(db: DbOrTx, keys: string[], since: Date): Promise<Map<string, number>> {
  const rows = await db
    .select({ key: loginAttempts.key, n: count() })
    .from(loginAttempts)
    .where(and(inArray(loginAttempts.key, keys), gt(loginAttempts.attemptedAt, since)))
    .groupBy(loginAttempts.key);
  return new Map(rows.map((row) => [row.key, Number(row.n)]));
}

/** Records one attempt under each key and deletes the keys' attempts from before `expiredBefore`. */
export async function recordLoginAttempts(
  db: DbOrTx,
  { keys, at, expiredBefore }: { keys: string[]; at: Date; expiredBefore: Date },
): Promise<void> {
  await db.insert(loginAttempts).values(keys.map((key) => ({ key, attemptedAt: at })));
  await db
    .delete(loginAttempts)
    .where(and(or(...keys.map((key) => eq(loginAttempts.key, key))), lt(loginAttempts.attemptedAt, expiredBefore)));
}

export async function clearLoginAttempts(db: DbOrTx, key: string): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
}
