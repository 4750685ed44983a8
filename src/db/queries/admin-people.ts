/**
 * Read queries of the admins' people and memberships pages (web/admin): every person (not those
 * merged into another) with their publisher and number of current memberships, a body's
 * memberships (current and ended), and the body a membership belongs to. The writes are use cases
 * (use-cases/people). One person's page, merging and splitting: admin-persons.ts.
 */
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { bodies, memberships, organisations, persons } from '../schema/index.js';
import {
  type BodyRef,
  bodyRefColumns,
  type MembershipTerms,
  membershipTermColumns,
  personRefColumns,
} from '../selections.js';

export interface AdminPersonRow {
  id: number;
  name: string;
  slug: string;
  /** The publisher the person was first met under (null: not placed). */
  publisherName: string | null;
  /** Memberships without a last day. */
  current: number;
}

/** An ILIKE pattern for names that hold the text as typed (its % and _ taken literally). */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** People shown on one page of the admins' list. */
export const ADMIN_PEOPLE_PAGE_SIZE = 100;

/**
 * One page of the persons not merged into another — those whose name holds the query, when one is
 * given — by name, with their publisher and number of current memberships, and how many there are.
 */
export async function listAdminPersons(
  db: Db,
  { query = '', page = 1 }: { query?: string; page?: number } = {},
): Promise<{ rows: AdminPersonRow[]; total: number }> {
  const wanted = query.trim();
  const where = and(
    isNull(persons.mergedIntoId),
    wanted ? sql`${persons.name} ilike ${containing(wanted)}` : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        ...personRefColumns,
        publisherName: organisations.name,
        current: count(memberships.id),
      })
      .from(persons)
      .leftJoin(organisations, eq(organisations.id, persons.publisherId))
      .leftJoin(memberships, and(eq(memberships.personId, persons.id), isNull(memberships.toOn)))
      .where(where)
      .groupBy(persons.id, organisations.name)
      .orderBy(asc(persons.name), asc(persons.id))
      .limit(ADMIN_PEOPLE_PAGE_SIZE)
      .offset((page - 1) * ADMIN_PEOPLE_PAGE_SIZE),
    db.select({ total: count() }).from(persons).where(where),
  ]);
  return { rows: rows.map((row) => ({ ...row, current: Number(row.current) })), total: Number(total) };
}

/** Every person not merged into another, by name: the choices of the form that adds a membership. */
export async function listPersonChoices(db: Db): Promise<{ id: number; name: string; slug: string }[]> {
  return db
    .select(personRefColumns)
    .from(persons)
    .where(isNull(persons.mergedIntoId))
    .orderBy(asc(persons.name), asc(persons.id));
}

export interface AdminMembershipRow extends MembershipTerms {
  id: number;
  personName: string;
  personSlug: string;
}

/** A body's memberships, current and ended, by the person's name. */
export async function listBodyMemberships(db: Db, bodyId: number): Promise<AdminMembershipRow[]> {
  return db
    .select({
      id: memberships.id,
      personName: persons.name,
      personSlug: persons.slug,
      ...membershipTermColumns,
    })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(eq(memberships.bodyId, bodyId))
    .orderBy(asc(persons.name), asc(memberships.id));
}

/** The body a membership belongs to, or null when there is no such membership. */
export async function findMembershipBody(db: Db, membershipId: number): Promise<BodyRef | null> {
  const [row] = await db
    .select(bodyRefColumns)
    .from(memberships)
    .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
    .where(eq(memberships.id, membershipId));
  return row ?? null;
}
