/**
 * Merging two persons and splitting one, as an admin decides (names are not identities): the rows
 * that say who someone is — memberships, meeting participations, the names by which the importer
 * matches them within a publisher, and linked user accounts — move from one person to another,
 * and the move is kept in `person_changes` so that it can be undone exactly. A merged person's
 * row stays (merged_into_id), so that its page can point to the person it became.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { nameKey } from '../../domain/publisher.js';
import type { DbOrTx, Tx } from '../client.js';

export type { PersonChangeRows } from '../schema/index.js';

import {
  meetingParticipants,
  memberships,
  type PersonChangeRows,
  personChanges,
  personNames,
  persons,
  users,
} from '../schema/index.js';

export interface PersonSummary {
  id: number;
  name: string;
  slug: string;
  mergedIntoId: number | null;
}

export async function findPersonById(db: DbOrTx, id: number): Promise<PersonSummary | null> {
  const [row] = await db
    .select({ id: persons.id, name: persons.name, slug: persons.slug, mergedIntoId: persons.mergedIntoId })
    .from(persons)
    .where(eq(persons.id, id));
  return row ?? null;
}

/** Everything that ties rows to the person, for a merge (all of it) or a split (the admin's choice). */
export async function personRows(db: DbOrTx, personId: number): Promise<PersonChangeRows> {
  const [membershipRows, participantRows, nameRows, userRows] = await Promise.all([
    db.select({ id: memberships.id }).from(memberships).where(eq(memberships.personId, personId)),
    db
      .select({ id: meetingParticipants.id })
      .from(meetingParticipants)
      .where(eq(meetingParticipants.personId, personId)),
    db
      .select({ publisherId: personNames.publisherId, nameKey: personNames.nameKey })
      .from(personNames)
      .where(eq(personNames.personId, personId)),
    db.select({ id: users.id }).from(users).where(eq(users.personId, personId)),
  ]);
  return {
    memberships: membershipRows.map((r) => r.id),
    participants: participantRows.map((r) => r.id),
    names: nameRows,
    users: userRows.map((r) => r.id),
  };
}

/** Moves the rows from one person to another (only those still at `from`); returns what moved. */
async function moveRows(tx: Tx, rows: PersonChangeRows, from: number, to: number): Promise<PersonChangeRows> {
  const moved: PersonChangeRows = { memberships: [], participants: [], names: [], users: [] };
  if (rows.memberships.length > 0) {
    moved.memberships = (
      await tx
        .update(memberships)
        .set({ personId: to })
        .where(and(inArray(memberships.id, rows.memberships), eq(memberships.personId, from)))
        .returning({ id: memberships.id })
    ).map((r) => r.id);
  }
  if (rows.participants.length > 0) {
    moved.participants = (
      await tx
        .update(meetingParticipants)
        .set({ personId: to })
        .where(and(inArray(meetingParticipants.id, rows.participants), eq(meetingParticipants.personId, from)))
        .returning({ id: meetingParticipants.id })
    ).map((r) => r.id);
  }
  for (const name of rows.names) {
    const updated = await tx
      .update(personNames)
      .set({ personId: to })
      .where(
        and(
          eq(personNames.publisherId, name.publisherId),
          eq(personNames.nameKey, name.nameKey),
          eq(personNames.personId, from),
        ),
      )
      .returning({ publisherId: personNames.publisherId });
    if (updated.length > 0) moved.names.push(name);
  }
  if (rows.users.length > 0) {
    moved.users = (
      await tx
        .update(users)
        .set({ personId: to })
        .where(and(inArray(users.id, rows.users), eq(users.personId, from)))
        .returning({ id: users.id })
    ).map((r) => r.id);
  }
  return moved;
}

/** Merges `fromId` into `intoId`; returns the change's id. */
export async function mergePersonRows(tx: Tx, fromId: number, intoId: number): Promise<number> {
  const moved = await moveRows(tx, await personRows(tx, fromId), fromId, intoId);
  await tx.update(persons).set({ mergedIntoId: intoId }).where(eq(persons.id, fromId));
  // Anyone merged into the merged person now leads to the kept one.
  await tx.update(persons).set({ mergedIntoId: intoId }).where(eq(persons.mergedIntoId, fromId));
  const [change] = await tx
    .insert(personChanges)
    .values({ kind: 'merge', fromPersonId: fromId, toPersonId: intoId, moved })
    .returning({ id: personChanges.id });
  return change.id;
}

/**
 * Splits the chosen rows off `fromId` into a new person of the name (and the publisher's name
 * key, so that the importer matches the new person there from now on); returns the new person
 * and the change's id.
 */
export async function splitPersonRows(
  tx: Tx,
  fromId: number,
  chosen: Pick<PersonChangeRows, 'memberships' | 'participants'> & { publisherIds: number[] },
  newPerson: { name: string; publisherId: number | null; slug: string },
): Promise<{ personId: number; changeId: number }> {
  const [created] = await tx
    .insert(persons)
    .values({ name: newPerson.name, slug: newPerson.slug, publisherId: newPerson.publisherId })
    .returning({ id: persons.id });
  const names = (await personRows(tx, fromId)).names.filter((n) => chosen.publisherIds.includes(n.publisherId));
  const moved = await moveRows(
    tx,
    { memberships: chosen.memberships, participants: chosen.participants, names, users: [] },
    fromId,
    created.id,
  );
  const [change] = await tx
    .insert(personChanges)
    .values({ kind: 'split', fromPersonId: fromId, toPersonId: created.id, moved })
    .returning({ id: personChanges.id });
  return { personId: created.id, changeId: change.id };
}

export interface PersonChange {
  id: number;
  kind: 'merge' | 'split';
  fromPersonId: number;
  toPersonId: number;
  moved: PersonChangeRows;
  undoneAt: Date | null;
}

export async function findPersonChange(db: DbOrTx, id: number): Promise<PersonChange | null> {
  const [row] = await db.select().from(personChanges).where(eq(personChanges.id, id));
  return row ?? null;
}

/** Moves the rows back; a merged person is a person again, a split-off person is merged back. */
export async function undoPersonChangeRows(tx: Tx, change: PersonChange): Promise<PersonChangeRows> {
  const moved = await moveRows(tx, change.moved, change.toPersonId, change.fromPersonId);
  if (change.kind === 'merge') {
    await tx.update(persons).set({ mergedIntoId: null }).where(eq(persons.id, change.fromPersonId));
  } else {
    await tx.update(persons).set({ mergedIntoId: change.fromPersonId }).where(eq(persons.id, change.toPersonId));
  }
  await tx
    .update(personChanges)
    .set({ undoneAt: new Date() })
    .where(and(eq(personChanges.id, change.id), isNull(personChanges.undoneAt)));
  return moved;
}

/** A slug for a new person of this name: the name's, else with the publisher's slug, else numbered. */
export async function freeSlugFor(db: DbOrTx, name: string, suffix: string): Promise<string> {
  const base = nameKey(name);
  const taken = new Set(
    (
      await db
        .select({ slug: persons.slug })
        .from(persons)
        .where(sql`${persons.slug} like ${`${base}%`}`)
    ).map((r) => r.slug),
  );
  for (const candidate of [base, `${base}-${suffix}`]) if (!taken.has(candidate)) return candidate;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${suffix}-${n}`)) return `${base}-${suffix}-${n}`;
}
