/**
 * Identity within a publisher, for everything an imported document names: bodies (publisher +
 * name), persons (a name is matched only within the publishers in scope, through `person_names`),
 * cases (publisher + number) and meetings (any of their identities in `meeting_identities`). Runs
 * inside the caller's transaction; each look-up is one statement for the whole meeting.
 */
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { guessBodyKind, guessBodyLevel } from '../../domain/body-kind.js';
import { bodySlug, nameKey, personScope } from '../../domain/publisher.js';
import type { Db, Tx } from '../client.js';
import {
  bodies,
  bodyMunicipalities,
  cases,
  meetingIdentities,
  meetings,
  organisations,
  personNames,
  persons,
} from '../schema/index.js';

/** The publisher as the import path needs it. */
export interface PublisherRow {
  id: number;
  slug: string;
  name: string;
  kind: string;
  regionId: number | null;
}

/** A body of the publisher by name: the exact slug, else a near name within the same publisher ("og Øer" / "og Øerne"). */
export async function findBodyOfPublisher(db: Db | Tx, publisher: PublisherRow, name: string) {
  const slug = bodySlug(publisher.slug, name);
  const [exact] = await db.select().from(bodies).where(eq(bodies.slug, slug)).limit(1);
  if (exact) return exact;
  const [near] = await db
    .select()
    .from(bodies)
    .where(and(eq(bodies.publisherId, publisher.id), sql`similarity(${bodies.slug}, ${slug}) > 0.8`))
    .orderBy(sql`similarity(${bodies.slug}, ${slug}) desc`)
    .limit(1);
  return near ?? null;
}

/** The body's id, creating it under the publisher when it is new. */
export async function ensureBodyOfPublisher(
  tx: Tx,
  publisher: PublisherRow,
  name: string,
  isFictitious: boolean,
): Promise<number> {
  const existing = await findBodyOfPublisher(tx, publisher, name);
  if (existing) return existing.id;
  // Another import running at the same time may create the same body: then take its row.
  const [created] = await tx
    .insert(bodies)
    .values({
      slug: bodySlug(publisher.slug, name),
      name,
      kind: guessBodyKind(name),
      level: guessBodyLevel(name),
      publisherId: publisher.id,
      regionId: publisher.regionId,
      isFictitious,
    })
    .onConflictDoUpdate({ target: bodies.slug, set: { slug: sql`excluded.slug` } })
    .returning({ id: bodies.id });
  return created.id;
}

/** The publishers within which a body's participants are matched by name, and the body's own (home). */
export interface PersonScope {
  home: number | null;
  scope: number[];
}

/** The publishers within which a body's participants are matched by name (src/domain/publisher.ts). */
export async function personScopeOfBody(tx: Db | Tx, bodyId: number): Promise<PersonScope> {
  const [body] = await tx
    .select({ publisherId: bodies.publisherId, kind: bodies.kind, regionId: bodies.regionId })
    .from(bodies)
    .where(eq(bodies.id, bodyId));
  if (!body) return { home: null, scope: [] };
  const related = await tx
    .select({ id: organisations.id, kind: organisations.kind })
    .from(organisations)
    .where(
      sql`(${organisations.kind} = 'region' and ${organisations.regionId} = ${body.regionId ?? -1})
        or ${organisations.municipalityCode} in (select ${bodyMunicipalities.municipalityCode} from ${bodyMunicipalities} where ${bodyMunicipalities.bodyId} = ${bodyId})`,
    );
  const scope = personScope({
    publisherId: body.publisherId,
    kind: body.kind,
    regionPublisherId: related.find((r) => r.kind === 'region')?.id ?? null,
    municipalityPublisherIds: related.filter((r) => r.kind === 'municipality').map((r) => r.id),
  });
  return { home: body.publisherId, scope };
}

/**
 * The person of each name (keyed by `nameKey`), matched only within the publishers in scope and
 * preferring the home publisher's; names not known there become new persons of the home
 * publisher. A merged person's names lead to the person it was merged into.
 */
export async function ensurePersonsInScope(
  tx: Tx,
  names: string[],
  { home, scope }: PersonScope,
): Promise<Map<string, number>> {
  const wanted = new Map(names.map((name) => [nameKey(name), name.trim()] as const));
  wanted.delete('');
  const found = await matchNames(tx, [...wanted.keys()], home, scope);
  const missing = [...wanted.keys()].filter((key) => !found.has(key)).sort();
  if (missing.length === 0 || home === null) return found;
  // One importer at a time creates a publisher's new persons, so that two imports of meetings
  // with the same new name make one person, not two.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`persons:${home}`}))`);
  const again = await matchNames(tx, missing, home, scope);
  for (const [key, id] of again) found.set(key, id);
  const fresh = missing.filter((key) => !found.has(key));
  if (fresh.length === 0) return found;
  const [publisher] = await tx
    .select({ slug: organisations.slug })
    .from(organisations)
    .where(eq(organisations.id, home));
  const slugs = await freePersonSlugs(tx, fresh, publisher?.slug ?? String(home));
  const created = await tx
    .insert(persons)
    .values(fresh.map((key) => ({ name: wanted.get(key)!, slug: slugs.get(key)!, publisherId: home })))
    .returning({ id: persons.id, slug: persons.slug });
  const idBySlug = new Map(created.map((row) => [row.slug, row.id]));
  const nameRows = fresh.map((key) => ({ publisherId: home, nameKey: key, personId: idBySlug.get(slugs.get(key)!)! }));
  await tx.insert(personNames).values(nameRows).onConflictDoNothing();
  for (const row of nameRows) found.set(row.nameKey, row.personId);
  return found;
}

async function matchNames(tx: Tx, keys: string[], home: number | null, scope: number[]): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  if (keys.length === 0 || scope.length === 0) return result;
  const rows = await tx
    .select({
      nameKey: personNames.nameKey,
      publisherId: personNames.publisherId,
      personId: sql<number>`coalesce(${persons.mergedIntoId}, ${persons.id})`,
    })
    .from(personNames)
    .innerJoin(persons, eq(persons.id, personNames.personId))
    .where(and(inArray(personNames.publisherId, scope), inArray(personNames.nameKey, keys)))
    .orderBy(personNames.publisherId);
  // The home publisher's person first; else the first in scope.
  for (const row of rows) {
    if (row.publisherId === home || !result.has(row.nameKey)) result.set(row.nameKey, Number(row.personId));
  }
  // Names known only in another publisher of the scope become known under the home one too.
  if (home !== null) {
    const adopted = rows.filter(
      (row) => row.publisherId !== home && !rows.some((r) => r.nameKey === row.nameKey && r.publisherId === home),
    );
    if (adopted.length > 0) {
      await tx
        .insert(personNames)
        .values([
          ...new Map(
            adopted.map((row) => [
              row.nameKey,
              { publisherId: home, nameKey: row.nameKey, personId: result.get(row.nameKey)! },
            ]),
          ).values(),
        ])
        .onConflictDoNothing();
    }
  }
  return result;
}

/** "anne-jensen", or "anne-jensen-greve-kommune" when another Anne Jensen has it, then "-2" … */
async function freePersonSlugs(tx: Tx, keys: string[], publisherSlug: string): Promise<Map<string, string>> {
  const taken = new Set(
    (
      await tx
        .select({ slug: persons.slug })
        .from(persons)
        .where(
          sql`${persons.slug} in (select unnest(${sql.param(keys)}::text[])) or ${like(persons.slug, `%-${publisherSlug}%`)}`,
        )
    ).map((row) => row.slug),
  );
  const result = new Map<string, string>();
  for (const key of keys) {
    const candidates = [key, `${key}-${publisherSlug}`];
    let slug = candidates.find((c) => !taken.has(c));
    for (let n = 2; !slug; n++) if (!taken.has(`${key}-${publisherSlug}-${n}`)) slug = `${key}-${publisherSlug}-${n}`;
    taken.add(slug);
    result.set(key, slug);
  }
  return result;
}

/** The case of each number within the publisher, created when new. */
export async function ensureCasesOfPublisher(
  tx: Tx,
  publisherId: number | null,
  numbers: string[],
): Promise<Map<string, number>> {
  const unique = [...new Set(numbers)].sort();
  if (unique.length === 0) return new Map();
  if (publisherId === null) {
    const rows = await tx
      .select({ id: cases.id, number: cases.number })
      .from(cases)
      .where(and(sql`${cases.publisherId} is null`, inArray(cases.number, unique)));
    const known = new Map(rows.map((row) => [row.number, row.id]));
    const missing = unique.filter((n) => !known.has(n));
    if (missing.length > 0) {
      const created = await tx
        .insert(cases)
        .values(missing.map((number) => ({ number })))
        .returning();
      for (const row of created) known.set(row.number, row.id);
    }
    return known;
  }
  // "Do update" with an unchanged value, so that RETURNING gives the existing rows too: one round trip.
  const rows = await tx
    .insert(cases)
    .values(unique.map((number) => ({ number, publisherId })))
    .onConflictDoUpdate({ target: [cases.publisherId, cases.number], set: { number: sql`excluded.number` } })
    .returning({ id: cases.id, number: cases.number });
  return new Map(rows.map((row) => [row.number, row.id]));
}

/**
 * The stored meeting known by any of the keys (a source key wins over the natural key) with its
 * content hash, or null. `forUpdate` locks the meetings the keys name until the transaction ends.
 */
export async function findMeetingByKeys(
  db: Db | Tx,
  keys: string[],
  forUpdate = false,
): Promise<{ id: number; contentHash: string | null } | null> {
  if (keys.length === 0) return null;
  const query = db
    .select({ key: meetingIdentities.key, id: meetings.id, contentHash: meetings.contentHash })
    .from(meetingIdentities)
    .innerJoin(meetings, eq(meetings.id, meetingIdentities.meetingId))
    .where(inArray(meetingIdentities.key, keys));
  const rows = forUpdate ? await query.for('update', { of: meetings }) : await query;
  for (const key of keys) {
    const row = rows.find((r) => r.key === key);
    if (row) return { id: row.id, contentHash: row.contentHash };
  }
  return null;
}

/** Records every key the meeting is known by (a key that already means another meeting stays with it). */
export async function recordMeetingKeys(tx: Tx, meetingId: number, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx
    .insert(meetingIdentities)
    .values(keys.map((key) => ({ key, meetingId })))
    .onConflictDoNothing();
}
