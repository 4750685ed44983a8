/**
 * Read queries of the admins' person pages (web/admin): one person with what ties rows to them
 * (publisher names, memberships, meeting participations), the persons an admin may merge them with
 * (same or similar name, each summed up so that two of one name can be told apart), and the recent
 * merges and splits. The changes themselves are use cases (use-cases/people).
 */
import { and, asc, count, desc, eq, inArray, isNull, max, min, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Db, selectRows } from '../client.js';
import {
  bodies,
  meetingParticipants,
  meetings,
  memberships,
  organisations,
  personChanges,
  personNames,
  persons,
} from '../schema/index.js';
import { type MembershipTerms, membershipTermColumns, personBodies, personRefColumns } from '../selections.js';
import { containing } from './admin-people.js';

/** Participations shown (and offered for a split) per person; a person with more is split in steps. */
export const PARTICIPATIONS_SHOWN = 500;

export interface PersonRefRow {
  id: number;
  name: string;
  slug: string;
  publisherName: string | null;
  /** Set when the person was merged into another. */
  mergedInto: { id: number; name: string } | null;
}

export interface AdminPersonDetail extends PersonRefRow {
  /** The publishers under which the importer matches the name to this person. */
  names: { publisherId: number; publisherName: string }[];
  memberships: (MembershipTerms & { id: number; bodyName: string; publisherName: string | null })[];
  participations: {
    id: number;
    meetingId: number;
    heldOn: string;
    bodyName: string;
    publisherName: string | null;
    role: string | null;
    party: string | null;
    organisation: string | null;
    isAbsent: boolean;
  }[];
  /** All participations, also those beyond PARTICIPATIONS_SHOWN. */
  participationCount: number;
}

const mergedInto = alias(persons, 'merged_into');

async function findPersonRow(db: Db, id: number): Promise<PersonRefRow | null> {
  const [row] = await db
    .select({
      ...personRefColumns,
      publisherName: organisations.name,
      mergedIntoId: mergedInto.id,
      mergedIntoName: mergedInto.name,
    })
    .from(persons)
    .leftJoin(organisations, eq(organisations.id, persons.publisherId))
    .leftJoin(mergedInto, eq(mergedInto.id, persons.mergedIntoId))
    .where(eq(persons.id, id));
  if (!row) return null;
  const { mergedIntoId, mergedIntoName, ...person } = row;
  return { ...person, mergedInto: mergedIntoId !== null ? { id: mergedIntoId, name: mergedIntoName ?? '' } : null };
}

/** The person with their names, memberships and (the latest PARTICIPATIONS_SHOWN) participations; null when none. */
export async function findAdminPerson(db: Db, id: number): Promise<AdminPersonDetail | null> {
  const person = await findPersonRow(db, id);
  if (!person) return null;
  const [names, membershipRows, participations, [{ total }]] = await Promise.all([
    db
      .select({ publisherId: personNames.publisherId, publisherName: organisations.name })
      .from(personNames)
      .innerJoin(organisations, eq(organisations.id, personNames.publisherId))
      .where(eq(personNames.personId, id))
      .orderBy(asc(organisations.name)),
    db
      .select({
        id: memberships.id,
        bodyName: bodies.name,
        publisherName: organisations.name,
        ...membershipTermColumns,
      })
      .from(memberships)
      .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
      .leftJoin(organisations, eq(organisations.id, bodies.publisherId))
      .where(eq(memberships.personId, id))
      .orderBy(asc(bodies.name), asc(memberships.id)),
    db
      .select({
        id: meetingParticipants.id,
        meetingId: meetings.id,
        heldOn: meetings.heldOn,
        bodyName: bodies.name,
        publisherName: organisations.name,
        role: meetingParticipants.role,
        party: meetingParticipants.party,
        organisation: meetingParticipants.organisation,
        isAbsent: meetingParticipants.isAbsent,
      })
      .from(meetingParticipants)
      .innerJoin(meetings, eq(meetings.id, meetingParticipants.meetingId))
      .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
      .leftJoin(organisations, eq(organisations.id, bodies.publisherId))
      .where(eq(meetingParticipants.personId, id))
      .orderBy(desc(meetings.heldOn), asc(meetingParticipants.id))
      .limit(PARTICIPATIONS_SHOWN),
    db.select({ total: count() }).from(meetingParticipants).where(eq(meetingParticipants.personId, id)),
  ]);
  return { ...person, names, memberships: membershipRows, participations, participationCount: Number(total) };
}

/** What tells two persons of one name apart: publisher, bodies, memberships and meetings. */
export interface PersonSummaryRow extends PersonRefRow {
  memberships: number;
  meetings: number;
  firstMeetingOn: string | null;
  lastMeetingOn: string | null;
  /** The bodies they sat in or met in, by name, with each body's publisher. */
  bodies: string[];
}

/** The persons, summed up, in the order of the ids given. */
export async function summarisePersons(db: Db, ids: number[]): Promise<PersonSummaryRow[]> {
  if (ids.length === 0) return [];
  const [people, membershipCounts, meetingStats, bodyRows] = await Promise.all([
    Promise.all(ids.map((id) => findPersonRow(db, id))),
    db
      .select({ personId: memberships.personId, n: count() })
      .from(memberships)
      .where(inArray(memberships.personId, ids))
      .groupBy(memberships.personId),
    db
      .select({
        personId: meetingParticipants.personId,
        n: count(),
        first: min(meetings.heldOn),
        last: max(meetings.heldOn),
      })
      .from(meetingParticipants)
      .innerJoin(meetings, eq(meetings.id, meetingParticipants.meetingId))
      .where(inArray(meetingParticipants.personId, ids))
      .groupBy(meetingParticipants.personId),
    selectRows<{ person_id: number; body_name: string; publisher_name: string | null }>(
      db,
      sql`
      select distinct a.person_id, b.name as body_name, o.name as publisher_name
      from ${personBodies} a join bodies b on b.id = a.body_id
      left join organisations o on o.id = b.publisher_id
      where a.person_id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})
      order by body_name, publisher_name`,
    ),
  ]);
  return people.flatMap((person) => {
    if (!person) return [];
    const stats = meetingStats.find((row) => row.personId === person.id);
    return [
      {
        ...person,
        memberships: Number(membershipCounts.find((row) => row.personId === person.id)?.n ?? 0),
        meetings: Number(stats?.n ?? 0),
        firstMeetingOn: stats?.first ?? null,
        lastMeetingOn: stats?.last ?? null,
        bodies: bodyRows
          .filter((row) => Number(row.person_id) === person.id)
          .map((row) => (row.publisher_name ? `${row.body_name} (${row.publisher_name})` : row.body_name)),
      },
    ];
  });
}

/**
 * The persons that `personId` may be merged with: not merged themselves, whose name is like the
 * query (the same words, or a trigram similarity above 0.3 — "Anne Jensen" finds "Anne Marie
 * Jensen"), the most alike first; at most 20.
 */
export async function listMergeCandidates(db: Db, { personId, query }: { personId: number; query: string }) {
  const wanted = query.trim();
  if (!wanted) return [];
  const rows = await db
    .select({ id: persons.id })
    .from(persons)
    .where(
      and(
        ne(persons.id, personId),
        isNull(persons.mergedIntoId),
        or(sql`${persons.name} ilike ${containing(wanted)}`, sql`similarity(${persons.name}, ${wanted}) > 0.3`),
      ),
    )
    .orderBy(sql`similarity(${persons.name}, ${wanted}) desc`, asc(persons.name), asc(persons.id))
    .limit(20);
  return summarisePersons(
    db,
    rows.map((row) => row.id),
  );
}

export interface PersonChangeListRow {
  id: number;
  kind: 'merge' | 'split';
  from: { id: number; name: string };
  to: { id: number; name: string };
  createdAt: Date;
  undoneAt: Date | null;
}

const changeFrom = alias(persons, 'change_from');
const changeTo = alias(persons, 'change_to');

/** The recent merges and splits, newest first — of one person (either side) or of everyone. */
export async function listPersonChanges(
  db: Db,
  { personId, limit = 50 }: { personId?: number; limit?: number } = {},
): Promise<PersonChangeListRow[]> {
  const rows = await db
    .select({
      id: personChanges.id,
      kind: personChanges.kind,
      fromId: changeFrom.id,
      fromName: changeFrom.name,
      toId: changeTo.id,
      toName: changeTo.name,
      createdAt: personChanges.createdAt,
      undoneAt: personChanges.undoneAt,
    })
    .from(personChanges)
    .innerJoin(changeFrom, eq(changeFrom.id, personChanges.fromPersonId))
    .innerJoin(changeTo, eq(changeTo.id, personChanges.toPersonId))
    .where(
      personId === undefined
        ? undefined
        : or(eq(personChanges.fromPersonId, personId), eq(personChanges.toPersonId, personId)),
    )
    .orderBy(desc(personChanges.id))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    from: { id: row.fromId, name: row.fromName },
    to: { id: row.toId, name: row.toName },
    createdAt: row.createdAt,
    undoneAt: row.undoneAt,
  }));
}
