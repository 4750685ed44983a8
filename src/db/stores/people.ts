/**
 * The store of people, bodies, their publishers and memberships as admins and the secretariat
 * change them (the importer writes those it meets through meeting-store.ts; merging and splitting
 * persons is in stores/persons.ts).
 */
import { and, asc, eq, gte, inArray, isNull, like, ne, or, sql } from 'drizzle-orm';
import type { BodyKind } from '../../domain/body-kind.js';
import type { MembershipRole } from '../../domain/membership.js';
import { nameKey, type OrganisationKind } from '../../domain/publisher.js';
import type { Db, DbOrTx, Tx } from '../client.js';
import {
  agendaItems,
  bodies,
  bodySlugAliases,
  cases,
  meetings,
  memberships,
  organisations,
  personNames,
  persons,
  regions,
} from '../schema/index.js';
import {
  type BodyRef as BodyChoice,
  bodyRefColumns,
  byMembershipRole,
  type MembershipTerms,
  personBodies,
} from '../selections.js';

// Bodies

export interface BodyRef extends BodyChoice {
  /** Its publisher's name (null: unknown), where a list must tell same-named bodies apart. */
  publisherName?: string | null;
}

export async function findBody(db: DbOrTx, bodyId: number): Promise<BodyRef | null> {
  const [body] = await db.select(bodyRefColumns).from(bodies).where(eq(bodies.id, bodyId));
  return body ?? null;
}

export async function findBodyIdBySlug(db: DbOrTx, slug: string): Promise<number | null> {
  const [row] = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, slug));
  return row?.id ?? null;
}

/** Every body with its publisher's name, by name and publisher (98 municipalities each have an Økonomiudvalg). */
export async function listBodies(db: Db): Promise<BodyRef[]> {
  return db
    .select({ ...bodyRefColumns, publisherName: organisations.name })
    .from(bodies)
    .leftJoin(organisations, eq(organisations.id, bodies.publisherId))
    .orderBy(asc(bodies.name), asc(organisations.name), asc(bodies.id));
}

/** A new body; null when its slug was taken meanwhile. An old address (alias) with the slug now leads to it. */
export async function insertBody(
  db: DbOrTx,
  values: {
    slug: string;
    name: string;
    kind: BodyKind;
    description: string | null;
    publisherId: number;
    regionId: number | null;
  },
): Promise<number | null> {
  const [created] = await db
    .insert(bodies)
    .values(values)
    .onConflictDoNothing({ target: bodies.slug })
    .returning({ id: bodies.id });
  if (created) await db.delete(bodySlugAliases).where(eq(bodySlugAliases.slug, values.slug));
  return created?.id ?? null;
}

/** A body with its publisher, locked for the rest of the transaction; null when there is none. */
export interface BodyPlacement extends BodyRef {
  publisherId: number | null;
  publisherSlug: string | null;
  regionId: number | null;
}

export async function lockBodyPlacement(tx: Tx, bodyId: number): Promise<BodyPlacement | null> {
  const [row] = await tx
    .select({
      ...bodyRefColumns,
      publisherId: bodies.publisherId,
      publisherSlug: organisations.slug,
      regionId: bodies.regionId,
    })
    .from(bodies)
    .leftJoin(organisations, eq(organisations.id, bodies.publisherId))
    .where(eq(bodies.id, bodyId))
    .for('update', { of: bodies });
  return row ?? null;
}

/** Whether another body has the slug. */
export async function isBodySlugTaken(db: DbOrTx, slug: string, exceptBodyId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: bodies.id })
    .from(bodies)
    .where(and(eq(bodies.slug, slug), ne(bodies.id, exceptBodyId)));
  return row !== undefined;
}

/**
 * Places the body under its publisher at its new slug; the old slug stays as an alias (old
 * addresses redirect), and an alias that was the new slug goes.
 */
export async function placeBody(
  tx: Tx,
  body: BodyPlacement,
  to: { publisherId: number; regionId: number | null; slug: string },
): Promise<void> {
  if (to.slug !== body.slug) {
    await tx.insert(bodySlugAliases).values({ slug: body.slug, bodyId: body.id }).onConflictDoNothing();
  }
  await tx
    .update(bodies)
    .set({ publisherId: to.publisherId, slug: to.slug, regionId: to.regionId ?? body.regionId })
    .where(eq(bodies.id, body.id));
  await tx.delete(bodySlugAliases).where(eq(bodySlugAliases.slug, to.slug));
}

/**
 * After a body is placed: the names of the persons who sat in it are known under its publisher (so
 * later imports there find them), a person without a publisher gets this one, and its items'
 * unplaced cases become the publisher's (publisher + number; an existing case of that number is
 * used). Returns how many names and cases were placed.
 */
export async function placeBodyRecords(
  tx: Tx,
  bodyId: number,
  publisherId: number,
): Promise<{ names: number; cases: number }> {
  const people = await tx
    .selectDistinct({ id: persons.id, name: persons.name })
    .from(persons)
    .where(
      and(
        isNull(persons.mergedIntoId),
        sql`${persons.id} in (select a.person_id from ${personBodies} a where a.body_id = ${bodyId})`,
      ),
    );
  const names = people.map((p) => ({ publisherId, nameKey: nameKey(p.name), personId: p.id })).filter((n) => n.nameKey);
  const placedNames =
    names.length === 0
      ? []
      : await tx.insert(personNames).values(names).onConflictDoNothing().returning({ key: personNames.nameKey });
  if (people.length > 0) {
    await tx
      .update(persons)
      .set({ publisherId })
      .where(
        and(
          isNull(persons.publisherId),
          inArray(
            persons.id,
            people.map((p) => p.id),
          ),
        ),
      );
  }
  return { names: placedNames.length, cases: await placeBodyCases(tx, bodyId, publisherId) };
}

/** The body's items' cases without a publisher → the publisher's case of the same number. */
async function placeBodyCases(tx: Tx, bodyId: number, publisherId: number): Promise<number> {
  const unplaced = await tx
    .selectDistinct({ id: cases.id, number: cases.number })
    .from(cases)
    .innerJoin(agendaItems, eq(agendaItems.caseId, cases.id))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(isNull(cases.publisherId), eq(meetings.bodyId, bodyId)));
  for (const found of unplaced) {
    const [existing] = await tx
      .insert(cases)
      .values({ number: found.number, publisherId })
      .onConflictDoUpdate({ target: [cases.publisherId, cases.number], set: { number: found.number } })
      .returning({ id: cases.id });
    await tx.execute(sql`
      update ${agendaItems} set case_id = ${existing.id}
      where case_id = ${found.id}
        and meeting_id in (select ${meetings.id} from ${meetings} where ${meetings.bodyId} = ${bodyId})`);
    // The unplaced case goes when nothing names it any more.
    await tx.execute(sql`
      delete from ${cases} where ${cases.id} = ${found.id}
        and not exists (select 1 from ${agendaItems} where ${agendaItems.caseId} = ${found.id})`);
  }
  return unplaced.length;
}

// Publishers (organisations)

/** Whether a publisher has this name (any case) or slug. */
export async function isOrganisationTaken(db: DbOrTx, { name, slug }: { name: string; slug: string }) {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(or(sql`lower(${organisations.name}) = lower(${name})`, eq(organisations.slug, slug)))
    .limit(1);
  return row !== undefined;
}

export async function regionExists(db: DbOrTx, regionId: number): Promise<boolean> {
  const [row] = await db.select({ id: regions.id }).from(regions).where(eq(regions.id, regionId));
  return row !== undefined;
}

/** A new publisher; null when its name or slug was taken meanwhile. */
export async function insertOrganisation(
  db: DbOrTx,
  values: { name: string; slug: string; kind: OrganisationKind; regionId: number | null },
): Promise<number | null> {
  const [created] = await db
    .insert(organisations)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: organisations.id });
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

/** A new membership: its person, body and terms (it has no last day yet). */
export interface MembershipValues extends Omit<MembershipTerms, 'toOn'> {
  personId: number;
  bodyId: number;
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
    .orderBy(byMembershipRole, asc(persons.name));
}
