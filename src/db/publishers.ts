/**
 * Publishers (organisations) as the import path and the upgrade need them, and the upgrade that
 * places records from before publishers existed: bodies get the publisher the reference data or
 * their documents name (else stay "publisher unknown" for an admin to set), their slugs show the
 * publisher (the old slug stays as an alias, so old URLs redirect), persons and their names are
 * placed under the publishers they appear for, and a case number used by two publishers becomes
 * two cases. Idempotent and cheap when there is nothing to place; runs with the reference data.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { InferenceFacts, OrganisationKind, PublisherFacts } from '../domain/publisher.js';
import { bodySlug, inferPublisher, nameKey } from '../domain/publisher.js';
import { slugify } from '../domain/slug.js';
import { type DbOrTx, selectRows, type Tx } from './client.js';
import {
  agendaItems,
  bodies,
  bodySlugAliases,
  cases,
  meetings,
  organisations,
  personNames,
  persons,
  sourceFiles,
} from './schema/index.js';
import { personBodies } from './selections.js';
import type { PublisherRow } from './stores/identities.js';

/** The region whose publisher owns the fictitious demo bodies (src/use-cases/imports/load-demo-data.ts). */
export const DEMO_PUBLISHER = 'Region Syddanmark';

export async function listPublishers(db: DbOrTx): Promise<PublisherFacts[]> {
  const rows = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .orderBy(organisations.name);
  return rows
    .filter((row) => row.slug !== null)
    .map((row) => ({ ...row, slug: row.slug!, kind: row.kind as OrganisationKind }));
}

export async function findPublisherRow(db: DbOrTx, id: number): Promise<PublisherRow | null> {
  const [row] = await db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
      regionId: organisations.regionId,
    })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row?.slug ? { ...row, slug: row.slug } : null;
}

/** What `inferPublisher` needs: the health councils with their region's publisher, and every publisher. */
export async function loadInferenceFacts(
  db: DbOrTx,
  councilNames: { name: string; region: string }[],
): Promise<InferenceFacts> {
  const publishers = await listPublishers(db);
  const byName = new Map(publishers.map((p) => [p.name, p]));
  return {
    publishers,
    healthCouncils: councilNames.flatMap(({ name, region }) => {
      const publisher = byName.get(region);
      return publisher ? [{ name, publisher }] : [];
    }),
  };
}

/** Places everything from before publishers (see the file's comment). */
export async function placeUnpublishedRecords(tx: Tx, facts: InferenceFacts): Promise<void> {
  await placeBodies(tx, facts);
  await renameBodySlugs(tx);
  await placePersons(tx);
  await placeCases(tx);
}

async function placeBodies(tx: Tx, facts: InferenceFacts): Promise<void> {
  const unplaced = await tx
    .select({ id: bodies.id, name: bodies.name, isFictitious: bodies.isFictitious })
    .from(bodies)
    .where(isNull(bodies.publisherId));
  if (unplaced.length === 0) return;
  const demo = facts.publishers.find((p) => p.name === DEMO_PUBLISHER) ?? null;
  for (const body of unplaced) {
    const publisher =
      inferPublisher(body.name, facts) ??
      (body.isFictitious ? demo : await publisherNamedBySources(tx, body.id, facts));
    if (publisher) await tx.update(bodies).set({ publisherId: publisher.id }).where(eq(bodies.id, body.id));
  }
}

/**
 * The publisher that a body's imported documents name: a publisher's full name in the first
 * part of their text, or a municipality's short name as a word of the file name
 * ("greve-sundhedsudvalget-2024.json"), when exactly one publisher is named.
 */
async function publisherNamedBySources(tx: Tx, bodyId: number, facts: InferenceFacts): Promise<PublisherFacts | null> {
  const files = await tx
    .select({
      fileName: sourceFiles.fileName,
      head: sql<Uint8Array | null>`substring(${sourceFiles.content} from 1 for 4000)`,
    })
    .from(meetings)
    .innerJoin(sourceFiles, eq(sourceFiles.id, meetings.sourceFileId))
    .where(
      and(
        eq(meetings.bodyId, bodyId),
        sql`${sourceFiles.format} <> 'edoc-pdf-text' and ${sourceFiles.format} <> 'acadre-pdf-text'`,
      ),
    )
    .limit(3);
  const named = new Set<number>();
  for (const file of files) {
    const head = file.head ? new TextDecoder('utf-8', { fatal: false }).decode(file.head) : '';
    const text = ` ${slugify(head).replace(/-/g, ' ')} `;
    const words = new Set(slugify(file.fileName).split('-'));
    // Regions' and municipalities' full names only: "KL" or "PLO" also read as "kl." (o'clock) or a participant's organisation.
    for (const publisher of facts.publishers) {
      if (publisher.kind !== 'region' && publisher.kind !== 'municipality') continue;
      if (text.includes(` ${slugify(publisher.name).replace(/-/g, ' ')} `)) named.add(publisher.id);
      if (publisher.kind === 'municipality' && words.has(slugify(publisher.name.replace(/\s+kommune$/i, ''))))
        named.add(publisher.id);
    }
  }
  return named.size === 1 ? (facts.publishers.find((p) => named.has(p.id)) ?? null) : null;
}

/** Every body's slug shows its publisher; the slug it had before stays as an alias. */
async function renameBodySlugs(tx: Tx): Promise<void> {
  const rows = await tx
    .select({ id: bodies.id, slug: bodies.slug, name: bodies.name, publisherSlug: organisations.slug })
    .from(bodies)
    .leftJoin(organisations, eq(organisations.id, bodies.publisherId));
  for (const row of rows) {
    const wanted = bodySlug(row.publisherSlug, row.name);
    if (row.slug === wanted) continue;
    // A body placed later moves from "ukendt-udgiver/…" to its publisher's slug; both old slugs keep working.
    const [clash] = await tx.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, wanted));
    if (clash) continue;
    await tx.insert(bodySlugAliases).values({ slug: row.slug, bodyId: row.id }).onConflictDoNothing();
    await tx.update(bodies).set({ slug: wanted }).where(eq(bodies.id, row.id));
    await tx.delete(bodySlugAliases).where(eq(bodySlugAliases.slug, wanted));
  }
}

/** Persons get the publisher they appear for most, and their name is known under each publisher they appear for. */
async function placePersons(tx: Tx): Promise<void> {
  const rows = await selectRows<{ person_id: number; publisher_id: number }>(
    tx,
    sql`
    select a.person_id, b.publisher_id, count(*)::int as n
    from ${personBodies} a join bodies b on b.id = a.body_id
    where a.person_id is not null and b.publisher_id is not null
      and a.person_id in (select id from ${persons} where ${persons.publisherId} is null
                        or not exists (select 1 from ${personNames} where ${personNames.personId} = ${persons.id}))
    group by a.person_id, b.publisher_id order by a.person_id, n desc, b.publisher_id`,
  );
  if (rows.length === 0) return;
  const ids = [...new Set(rows.map((r) => r.person_id))];
  const names = new Map(
    (await tx.select({ id: persons.id, name: persons.name }).from(persons).where(inArray(persons.id, ids))).map((p) => [
      p.id,
      p.name,
    ]),
  );
  const home = new Map<number, number>();
  for (const row of rows) if (!home.has(row.person_id)) home.set(row.person_id, row.publisher_id);
  for (const [personId, publisherId] of home) {
    await tx
      .update(persons)
      .set({ publisherId })
      .where(and(eq(persons.id, personId), isNull(persons.publisherId)));
  }
  const nameRows = rows.map((row) => ({
    publisherId: row.publisher_id,
    nameKey: nameKey(names.get(row.person_id) ?? ''),
    personId: row.person_id,
  }));
  await tx
    .insert(personNames)
    .values(nameRows.filter((r) => r.nameKey))
    .onConflictDoNothing();
}

/** A case gets the publisher of the bodies whose items name it; one number used by two publishers becomes two cases. */
async function placeCases(tx: Tx): Promise<void> {
  const uses = await tx
    .selectDistinct({ caseId: cases.id, number: cases.number, publisherId: bodies.publisherId })
    .from(cases)
    .innerJoin(agendaItems, eq(agendaItems.caseId, cases.id))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(and(isNull(cases.publisherId), sql`${bodies.publisherId} is not null`))
    .orderBy(cases.id, bodies.publisherId);
  const byCase = new Map<number, { number: string; publishers: number[] }>();
  for (const use of uses) {
    const entry = byCase.get(use.caseId) ?? { number: use.number, publishers: [] };
    entry.publishers.push(use.publisherId!);
    byCase.set(use.caseId, entry);
  }
  for (const [caseId, { number, publishers }] of byCase) {
    let reused = false;
    for (const publisherId of publishers) {
      const [existing] = await tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.publisherId, publisherId), eq(cases.number, number)));
      let target: number;
      if (existing) target = existing.id;
      else if (!reused) {
        await tx.update(cases).set({ publisherId }).where(eq(cases.id, caseId));
        target = caseId;
        reused = true;
      } else {
        const [created] = await tx.insert(cases).values({ number, publisherId }).returning({ id: cases.id });
        target = created.id;
      }
      if (target !== caseId) await moveItems(tx, caseId, target, publisherId);
    }
  }
}

/** Points the items of `fromCaseId` held by the publisher's bodies at `toCaseId`. */
async function moveItems(tx: Tx, fromCaseId: number, toCaseId: number, publisherId: number) {
  await tx.execute(sql`
    update ${agendaItems} set case_id = ${toCaseId}
    where case_id = ${fromCaseId} and meeting_id in (
      select ${meetings.id} from ${meetings} join ${bodies} on ${bodies.id} = ${meetings.bodyId}
      where ${bodies.publisherId} = ${publisherId})`);
}
