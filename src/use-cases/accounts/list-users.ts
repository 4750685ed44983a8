/**
 * The accounts as admins see them: users with their roles per body, one user, and the bodies a
 * role can be given in. Read models, no changes; never a password hash.
 *
 * Who may call it: admins (web), operators (CLI).
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { bodies, userRoles, users } from '../../db/schema/index.js';
import { normalizeEmail } from '../../domain/account.js';
import type { BodyRole } from '../../domain/roles.js';

export interface UserRoleView {
  bodyId: number;
  bodyName: string;
  bodySlug: string;
  role: BodyRole;
}

export interface UserView {
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
  hasPassword: boolean;
  isDisabled: boolean;
  createdAt: Date;
  roles: UserRoleView[];
}

export async function listUsers({ db }: { db: Db }): Promise<UserView[]> {
  return selectUsers(db);
}

export async function findUser({ db, userId }: { db: Db; userId: number }): Promise<UserView | null> {
  const [user] = await selectUsers(db, userId);
  return user ?? null;
}

export async function findUserIdByEmail({ db, email }: { db: Db; email: string }): Promise<number | null> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  return row?.id ?? null;
}

export interface BodyChoice {
  id: number;
  name: string;
  slug: string;
}

/** Every body, by name: where a role can be given. */
export async function listBodyChoices({ db }: { db: Db }): Promise<BodyChoice[]> {
  return db.select({ id: bodies.id, name: bodies.name, slug: bodies.slug }).from(bodies).orderBy(asc(bodies.name));
}

export async function findBodyIdBySlug({ db, slug }: { db: Db; slug: string }): Promise<number | null> {
  const [row] = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, slug));
  return row?.id ?? null;
}

async function selectUsers(db: Db, userId?: number): Promise<UserView[]> {
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
