/** Read queries for the person page: memberships and the meetings attended and missed. */
import { asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../client.js';
import { bodies, meetingParticipants, meetings, memberships, persons } from '../schema/index.js';
import { type MeetingRef, type MembershipTerms, meetingRefColumns, membershipTermColumns } from '../selections.js';

export interface PublicPerson {
  id: number;
  name: string;
  slug: string;
  memberships: (MembershipTerms & { body: { name: string; slug: string; isFictitious: boolean } })[];
  meetings: (MeetingRef & { body: { name: string; slug: string }; isAbsent: boolean })[];
}

/** A person, or the slug of the person it was merged into (its page redirects there). */
export type PersonLookup = { person: PublicPerson } | { mergedInto: string };

export async function findPersonBySlug(db: Db, slug: string): Promise<PersonLookup | null> {
  const kept = alias(persons, 'kept');
  const [found] = await db
    .select({ id: persons.id, name: persons.name, slug: persons.slug, keptSlug: kept.slug })
    .from(persons)
    .leftJoin(kept, eq(kept.id, persons.mergedIntoId))
    .where(eq(persons.slug, slug));
  if (!found) return null;
  const { keptSlug, ...person } = found;
  if (keptSlug) return { mergedInto: keptSlug };
  const [membershipRows, meetingRows] = await Promise.all([
    db
      .select({
        body: { name: bodies.name, slug: bodies.slug, isFictitious: bodies.isFictitious },
        ...membershipTermColumns,
      })
      .from(memberships)
      .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
      .where(eq(memberships.personId, person.id))
      .orderBy(asc(bodies.name)),
    db
      .select({
        ...meetingRefColumns,
        body: { name: bodies.name, slug: bodies.slug },
        isAbsent: meetingParticipants.isAbsent,
      })
      .from(meetingParticipants)
      .innerJoin(meetings, eq(meetings.id, meetingParticipants.meetingId))
      .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
      .where(eq(meetingParticipants.personId, person.id))
      .orderBy(desc(meetings.heldOn), desc(meetings.startTime)),
  ]);
  return { person: { ...person, memberships: membershipRows, meetings: meetingRows } };
}
