/**
 * Persons and memberships for the open-data interfaces, paged by keyset. A person merged into
 * another by an admin is no object of its own any more: lists leave it out, and finding it by its
 * slug gives the slug of the person it became (the web layer redirects there). Its memberships
 * and participations moved to that person with the merge.
 */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PublisherRef } from '../../domain/publisher.js';
import type { Db } from '../client.js';
import { bodies, memberships, persons } from '../schema/index.js';
import { type MembershipTerms, membershipTermColumns } from '../selections.js';
import { publisherRef } from './api-publishers.js';
import { epochMs, storedInstantOf, type TimeFilter, timeConditions } from './api-time.js';
import { type BodyFilterInput, bodyAlias, bodyFilters } from './body-filters.js';
import { after, type Page, pageOf, type SortKey } from './keyset.js';

export interface ApiPerson {
  id: number;
  slug: string;
  name: string;
  /** The publisher the person was first met under; null for a person from before publishers not yet placed. */
  publisher: PublisherRef | null;
  /** When the person was made and last changed (their name, their memberships). */
  createdAt: Date;
  modifiedAt: Date;
}

/** Persons with a membership of a body that fits the filters. */
export interface PersonListInput extends BodyFilterInput {
  afterId?: number;
  /** OParl's created/modified filters. */
  times?: TimeFilter;
  /** Only these persons (the change feed's records). */
  ids?: number[];
  limit: number;
}

const PERSON_CREATED = sql`"persons"."created_at"`;
const PERSON_MODIFIED = sql`"persons"."updated_at"`;

const personColumns = {
  id: persons.id,
  slug: persons.slug,
  name: persons.name,
  publisher: publisherRef(sql`"persons"."publisher_id"`),
  createdAt: epochMs(PERSON_CREATED),
  modifiedAt: epochMs(PERSON_MODIFIED),
};

type TimedRow = { createdAt: number | string | null; modifiedAt: number | string | null };

/** A row's epoch milliseconds → dates. */
function timed<T extends TimedRow>(row: T): Omit<T, keyof TimedRow> & { createdAt: Date; modifiedAt: Date } {
  return { ...row, createdAt: storedInstantOf(row.createdAt), modifiedAt: storedInstantOf(row.modifiedAt) };
}

const idIn = (column: SQL, ids: number[] | undefined) =>
  ids
    ? sql`${column} in (${sql.join(
        (ids.length > 0 ? ids : [0]).map((id) => sql`${id}`),
        sql`, `,
      )})`
    : undefined;

export async function listApiPersons(db: Db, input: PersonListInput): Promise<Page<ApiPerson>> {
  const membershipOf = bodyFilters(input, bodyAlias('b')).filter(
    (condition): condition is SQL => condition !== undefined,
  );
  const conditions = [
    sql`${persons.mergedIntoId} is null`,
    ...timeConditions(input.times, PERSON_CREATED, PERSON_MODIFIED),
    idIn(sql`"persons"."id"`, input.ids),
    membershipOf.length > 0
      ? sql`exists (select 1 from memberships ms join bodies b on b.id = ms.body_id
          where ms.person_id = "persons"."id" and ${sql.join(membershipOf, sql` and `)})`
      : undefined,
    input.afterId !== undefined ? after([[sql`"persons"."id"`, 'asc']], [input.afterId]) : undefined,
  ];
  const rows = await db
    .select(personColumns)
    .from(persons)
    .where(and(...conditions))
    .orderBy(asc(persons.id))
    .limit(input.limit + 1);
  return pageOf(rows.map(timed), input.limit);
}

/** The person with this slug; a merged person as the slug of the person it was merged into. */
export async function findApiPerson(
  db: Db,
  slug: string,
): Promise<{ person: ApiPerson } | { mergedInto: string } | null> {
  const [row] = await db
    .select({
      ...personColumns,
      mergedInto: sql<string | null>`(select p.slug from persons p where p.id = "persons"."merged_into_id")`,
    })
    .from(persons)
    .where(eq(persons.slug, slug));
  if (!row) return null;
  const { mergedInto, ...person } = row;
  return mergedInto ? { mergedInto } : { person: timed(person) };
}

export interface ApiMembership extends MembershipTerms {
  id: number;
  person: { slug: string; name: string };
  body: { slug: string; name: string; publisher: PublisherRef | null };
  createdAt: Date;
  modifiedAt: Date;
}

export interface MembershipListInput extends BodyFilterInput {
  person?: string;
  /** Memberships of any of these bodies / persons (slugs). */
  bodies?: string[];
  persons?: string[];
  afterId?: number;
  /** OParl's created/modified filters. */
  times?: TimeFilter;
  /** Only these memberships (the change feed's records). */
  ids?: number[];
  limit: number;
}

const MEMBERSHIP_CREATED = sql`"memberships"."created_at"`;
const MEMBERSHIP_MODIFIED = sql`"memberships"."updated_at"`;

const membershipColumns = {
  id: memberships.id,
  person: { slug: persons.slug, name: persons.name },
  body: { slug: bodies.slug, name: bodies.name, publisher: publisherRef(sql`"bodies"."publisher_id"`) },
  ...membershipTermColumns,
  createdAt: epochMs(MEMBERSHIP_CREATED),
  modifiedAt: epochMs(MEMBERSHIP_MODIFIED),
};

/** Memberships with their person and body. */
function selectMemberships(db: Db) {
  return db
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .innerJoin(bodies, eq(bodies.id, memberships.bodyId));
}

export async function listApiMemberships(db: Db, input: MembershipListInput): Promise<Page<ApiMembership>> {
  const keys: SortKey[] = [[sql`${memberships.id}`, 'asc']];
  const rows = await selectMemberships(db)
    .where(
      and(
        ...bodyFilters(input),
        input.person ? eq(persons.slug, input.person) : undefined,
        input.bodies ? inArray(bodies.slug, input.bodies.length > 0 ? input.bodies : ['']) : undefined,
        input.persons ? inArray(persons.slug, input.persons.length > 0 ? input.persons : ['']) : undefined,
        ...timeConditions(input.times, MEMBERSHIP_CREATED, MEMBERSHIP_MODIFIED),
        idIn(sql`"memberships"."id"`, input.ids),
        input.afterId !== undefined ? after(keys, [input.afterId]) : undefined,
      ),
    )
    .orderBy(asc(memberships.id))
    .limit(input.limit + 1);
  return pageOf(rows.map(timed), input.limit);
}

export async function findApiMembership(db: Db, id: number): Promise<ApiMembership | null> {
  const [row] = await selectMemberships(db).where(eq(memberships.id, id));
  return row ? timed(row) : null;
}
