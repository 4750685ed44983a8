/** Read queries for the body page: what the body is, its members and its meetings. */

import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { BodyKind, BodyLevel } from '../../domain/body-kind.js';
import type { MeetingStatus } from '../../domain/meeting.js';
import { BODY_SLUG_SEPARATOR } from '../../domain/publisher.js';
import type { Db } from '../client.js';
import {
  bodies,
  bodyMunicipalities,
  bodySlugAliases,
  meetings,
  memberships,
  municipalities,
  organisations,
  persons,
  regions,
} from '../schema/index.js';
import {
  byMembershipRole,
  linkOf,
  type MeetingRef,
  type MembershipTerms,
  meetingItemCount,
  meetingRefColumns,
  membershipTermColumns,
} from '../selections.js';

export interface BodyRef {
  name: string;
  slug: string;
}

export interface PublicBody {
  id: number;
  name: string;
  slug: string;
  kind: BodyKind;
  level: BodyLevel | null;
  description: string | null;
  isFictitious: boolean;
  region: { name: string; slug: string } | null;
  /** Who the body belongs to; null while its publisher is not known. */
  publisher: { name: string; slug: string } | null;
  successor: BodyRef | null;
  predecessors: BodyRef[];
  municipalities: string[];
}

export interface BodyMember extends MembershipTerms {
  name: string;
  personSlug: string;
}

export interface BodyMeeting extends MeetingRef {
  status: MeetingStatus;
  itemCount: number;
}

/**
 * The current slug of a body named by an older address: a slug it had before (before publishers,
 * or before its publisher was set), else the one body whose slug ends in "--<slug>" (a link made
 * by hand from the name alone). Null when there is none, or more than one.
 */
export async function currentBodySlug(db: Db, slug: string): Promise<string | null> {
  const [aliased] = await db
    .select({ slug: bodies.slug })
    .from(bodySlugAliases)
    .innerJoin(bodies, eq(bodies.id, bodySlugAliases.bodyId))
    .where(eq(bodySlugAliases.slug, slug));
  return aliased ? aliased.slug : slugOfBodyNamed(db, slug);
}

/**
 * The slug of the one body whose slug is "<publisher>--<slug>": a slug from before publishers that
 * no alias records, or a link made by hand from the name alone. Null when there is none, or more
 * than one.
 */
export async function slugOfBodyNamed(db: Db, slug: string): Promise<string | null> {
  if (slug.includes(BODY_SLUG_SEPARATOR)) return null;
  const named = await db
    .select({ slug: bodies.slug })
    .from(bodies)
    .where(sql`${bodies.slug} like ${`%${BODY_SLUG_SEPARATOR}${slug}`}`)
    .limit(2);
  return named.length === 1 ? named[0].slug : null;
}

/** The body with the given slug, or null. */
export async function findBodyBySlug(db: Db, slug: string): Promise<PublicBody | null> {
  const successors = alias(bodies, 'successors');
  const [body] = await db
    .select({
      id: bodies.id,
      name: bodies.name,
      slug: bodies.slug,
      kind: bodies.kind,
      level: bodies.level,
      description: bodies.description,
      isFictitious: bodies.isFictitious,
      regionName: regions.name,
      regionSlug: regions.slug,
      publisherName: organisations.name,
      publisherSlug: organisations.slug,
      successorName: successors.name,
      successorSlug: successors.slug,
    })
    .from(bodies)
    .leftJoin(regions, eq(regions.id, bodies.regionId))
    .leftJoin(organisations, eq(organisations.id, bodies.publisherId))
    .leftJoin(successors, eq(successors.id, bodies.successorId))
    .where(eq(bodies.slug, slug));
  if (!body) return null;
  const [predecessors, covered] = await Promise.all([
    db
      .select({ name: bodies.name, slug: bodies.slug })
      .from(bodies)
      .where(eq(bodies.successorId, body.id))
      .orderBy(asc(bodies.name)),
    db
      .select({ name: municipalities.name })
      .from(bodyMunicipalities)
      .innerJoin(municipalities, eq(municipalities.code, bodyMunicipalities.municipalityCode))
      .where(eq(bodyMunicipalities.bodyId, body.id))
      .orderBy(asc(municipalities.name)),
  ]);
  const { regionName, regionSlug, publisherName, publisherSlug, successorName, successorSlug, ...rest } = body;
  return {
    ...rest,
    region: linkOf(regionName, regionSlug),
    publisher: linkOf(publisherName, publisherSlug),
    successor: linkOf(successorName, successorSlug),
    predecessors,
    municipalities: covered.map((m) => m.name),
  };
}

/** The body's members with role, party and organisation; chair first, then by name. Merged persons never. */
export async function listBodyMembers(db: Db, bodyId: number): Promise<BodyMember[]> {
  return db
    .select({
      name: persons.name,
      personSlug: persons.slug,
      ...membershipTermColumns,
    })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(and(eq(memberships.bodyId, bodyId), isNull(persons.mergedIntoId)))
    .orderBy(byMembershipRole, asc(persons.name));
}

/** Every meeting of the body, newest first, with its number of items. */
export async function listBodyMeetings(db: Db, bodyId: number): Promise<BodyMeeting[]> {
  return db
    .select({
      ...meetingRefColumns,
      status: meetings.status,
      itemCount: meetingItemCount,
    })
    .from(meetings)
    .where(eq(meetings.bodyId, bodyId))
    .orderBy(desc(meetings.heldOn), desc(meetings.startTime));
}

/** Bodies that have meetings, for the search filter. */
export async function listBodiesWithMeetings(db: Db): Promise<(BodyRef & { isFictitious: boolean })[]> {
  return db
    .select({ name: bodies.name, slug: bodies.slug, isFictitious: bodies.isFictitious })
    .from(bodies)
    .where(sql`exists (select 1 from meetings m where m.body_id = "bodies"."id")`)
    .orderBy(asc(bodies.name));
}
