/**
 * The store of people, bodies and memberships as admins and the secretariat change them (the
 * importer writes those it meets through meeting-store.ts).
 */
import { and, asc, eq, gte, isNull, like, or, sql } from 'drizzle-orm';
import type { BodyKind } from '../../domain/body-kind.js';
import type { MembershipRole } from '../../domain/membership.js';
import type { Db, DbOrTx } from '../client.js';
import { bodies, memberships, persons } from '../schema/index.js';

// Bodies

export interface BodyRef {
  id: number;
  name: string;
  slug: string;
}

export async function findBody(db: DbOrTx, bodyId: number): Promise<BodyRef | null> {
  const [body] = await db
    .select({ id: bodies.id, name: bodies.name, slug: bodies.slug })
    .from(bodies)
    .where(eq(bodies.id, bodyId));
  return body ?? null;
}

export async function findBodyIdBySlug(db: DbOrTx, slug: string): Promise<number | null> {
  const [row] = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, slug));
  return row?.id ?? null;
}

/** Every body, by name. */
export async function listBodies(db: Db): Promise<BodyRef[]> {
  return db.select({ id: bodies.id, name: bodies.name, slug: bodies.slug }).from(bodies).orderBy(asc(bodies.name));
}

/** A new body; null when its slug was taken meanwhile. */
export async function insertBody(
  db: DbOrTx,
  values: { slug: string; name: string; kind: BodyKind; description: string | null },
): Promise<number | null> {
  const [created] = await db
    .insert(bodies)
    .values(values)
    .onConflictDoNothing({ target: bodies.slug })
    .returning({ id: bodies.id });
  return created?.id ?? null;
}

// Persons

export async function personExists(db: DbOrTx, personId: number): Promise<boolean> {
  const [person] = await db.select({ id: persons.id }).from(persons).where(eq(persons.id, personId));
  return person !== undefined;
}

/** The slugs taken by `base` and its numbered variants ("anne-hansen", "anne-hansen-2" …). */
export async function listPersonSlugsLike(db: DbOrTx, base: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: persons.slug })
    .from(persons)
    .where(or(eq(persons.slug, base), like(persons.slug, `${base}-%`)));
  return new Set(rows.map((row) => row.slug));
}

export async function insertPerson(
  db: DbOrTx,
  values: { name: string; slug: string },
): Promise<{ id: number; slug: string }> {
  const [created] = await db.insert(persons).values(values).returning({ id: persons.id, slug: persons.slug });
  return created;
}

// Memberships

export interface MembershipValues {
  personId: number;
  bodyId: number;
  role: MembershipRole;
  party: string | null;
  organisation: string | null;
  title: string | null;
  fromOn: string | null;
}

export type MembershipRow = MembershipValues & { id: number; toOn: string | null };

export async function insertMembership(db: DbOrTx, values: MembershipValues): Promise<number> {
  const [created] = await db.insert(memberships).values(values).returning({ id: memberships.id });
  return created.id;
}

/** The membership, locked for the rest of the transaction; null when there is none. */
export async function lockMembership(db: DbOrTx, membershipId: number): Promise<MembershipRow | null> {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, membershipId)).for('update');
  return row ?? null;
}

export async function setMembershipEnd(db: DbOrTx, membershipId: number, toOn: string): Promise<void> {
  await db.update(memberships).set({ toOn }).where(eq(memberships.id, membershipId));
}

/**
 * The body's members on a day (not its secretariat), chair first, then vice-chair, members and
 * the rest, each by name.
 */
export async function listMembersOn(
  db: DbOrTx,
  { bodyId, on }: { bodyId: number; on: string },
): Promise<{ name: string; role: MembershipRole; title: string | null }[]> {
  return db
    .select({ name: persons.name, role: memberships.role, title: memberships.title })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(
      and(
        eq(memberships.bodyId, bodyId),
        or(isNull(memberships.toOn), gte(memberships.toOn, on)),
        sql`${memberships.role} <> 'secretariat'`,
      ),
    )
    .orderBy(
      sql`case ${memberships.role} when 'chair' then 0 when 'vice_chair' then 1 when 'member' then 2 else 3 end`,
      asc(persons.name),
    );
}
