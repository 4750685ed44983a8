/**
 * The accounts as admins see them: users with their roles per body, one user, and the bodies a
 * role can be given in. Read models, no changes; never a password hash.
 *
 * Who may call it: admins (web), operators (CLI).
 */
import type { Db } from '../../db/client.js';
import { findUserLogin, listUsersWithRoles, type UserWithRoles } from '../../db/stores/accounts.js';
import { type BodyRef, findBodyIdBySlug as findBodyId, listBodies } from '../../db/stores/people.js';
import { normalizeEmail } from '../../domain/account.js';

export type UserView = UserWithRoles;

export async function listUsers({ db }: { db: Db }): Promise<UserView[]> {
  return listUsersWithRoles(db);
}

export async function findUser({ db, userId }: { db: Db; userId: number }): Promise<UserView | null> {
  const [user] = await listUsersWithRoles(db, userId);
  return user ?? null;
}

export async function findUserIdByEmail({ db, email }: { db: Db; email: string }): Promise<number | null> {
  return (await findUserLogin(db, normalizeEmail(email)))?.id ?? null;
}

/** Every body, by name: where a role can be given. */
export async function listBodyChoices({ db }: { db: Db }): Promise<BodyRef[]> {
  return listBodies(db);
}

export async function findBodyIdBySlug({ db, slug }: { db: Db; slug: string }): Promise<number | null> {
  return findBodyId(db, slug);
}
