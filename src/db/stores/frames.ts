/**
 * Keys and frames in the database: a key version saved whole with its weights (the key made on its
 * first version), a frame saved whole with its allocations, recipients found by slug, and the demo
 * set's frames and keys removed. Used by src/use-cases/frames/.
 */
import { and, eq, inArray, isNotNull, max, sql } from 'drizzle-orm';
import type { KeyKind, RecipientId } from '../../domain/allocation-key.js';
import type { DbOrTx } from '../client.js';
import {
  agendaItems,
  allocationKeys,
  allocationKeyVersions,
  allocationKeyWeights,
  bodies,
  frameAllocations,
  frames,
  meetings,
  organisations,
} from '../schema/index.js';

export interface RecipientWeight {
  recipient: RecipientId;
  /** Exact decimal with a point ("19.5"). */
  weight: string;
  isFictitious: boolean;
}

export interface NewKeyVersion {
  slug: string;
  name: string;
  isFictitiousKey: boolean;
  kind: KeyKind;
  source: string;
  sourceOn: string;
  weights: readonly RecipientWeight[];
}

const recipientColumns = (recipient: RecipientId) => ({
  recipientBodyId: recipient.kind === 'body' ? recipient.id : null,
  recipientPublisherId: recipient.kind === 'publisher' ? recipient.id : null,
});

/** Saves the next version of the key (made when new); its id and number. */
export async function insertKeyVersion(
  tx: DbOrTx,
  input: NewKeyVersion,
): Promise<{ keyId: number; versionId: number; version: number }> {
  const [key] = await tx
    .insert(allocationKeys)
    .values({ slug: input.slug, name: input.name, isFictitious: input.isFictitiousKey })
    .onConflictDoUpdate({ target: allocationKeys.slug, set: { name: input.name, updatedAt: sql`now()` } })
    .returning({ id: allocationKeys.id });
  // One import of a key at a time: the next number is read under the key row's lock.
  await tx.execute(sql`select 1 from allocation_keys where id = ${key.id} for update`);
  const [{ last }] = await tx
    .select({ last: max(allocationKeyVersions.version) })
    .from(allocationKeyVersions)
    .where(eq(allocationKeyVersions.keyId, key.id));
  const version = (last ?? 0) + 1;
  const [row] = await tx
    .insert(allocationKeyVersions)
    .values({ keyId: key.id, version, kind: input.kind, source: input.source, sourceOn: input.sourceOn })
    .returning({ id: allocationKeyVersions.id });
  await tx.insert(allocationKeyWeights).values(
    input.weights.map((w, position) => ({
      versionId: row.id,
      position,
      ...recipientColumns(w.recipient),
      weight: w.weight,
      isFictitious: w.isFictitious,
    })),
  );
  return { keyId: key.id, versionId: row.id, version };
}

/** A key version's weights in their order, with the recipients' ids. */
export async function loadKeyWeights(tx: DbOrTx, versionId: number): Promise<RecipientWeight[] | null> {
  const [version] = await tx
    .select({ id: allocationKeyVersions.id })
    .from(allocationKeyVersions)
    .where(eq(allocationKeyVersions.id, versionId));
  if (!version) return null;
  const rows = await tx
    .select()
    .from(allocationKeyWeights)
    .where(eq(allocationKeyWeights.versionId, versionId))
    .orderBy(allocationKeyWeights.position);
  return rows.map((row) => ({
    recipient:
      row.recipientBodyId !== null
        ? { kind: 'body', id: row.recipientBodyId }
        : { kind: 'publisher', id: row.recipientPublisherId as number },
    weight: row.weight,
    isFictitious: row.isFictitious,
  }));
}

/** The bodies and publishers with these slugs (a body's current slug; a publisher's). */
export async function findRecipientsBySlug(
  tx: DbOrTx,
  slugs: readonly string[],
): Promise<{ bodies: Map<string, number>; publishers: Map<string, number> }> {
  if (slugs.length === 0) return { bodies: new Map(), publishers: new Map() };
  const [bodyRows, publisherRows] = await Promise.all([
    tx
      .select({ id: bodies.id, slug: bodies.slug })
      .from(bodies)
      .where(inArray(bodies.slug, [...slugs])),
    tx
      .select({ id: organisations.id, slug: organisations.slug })
      .from(organisations)
      .where(and(isNotNull(organisations.slug), inArray(organisations.slug, [...slugs]))),
  ]);
  return {
    bodies: new Map(bodyRows.map((row) => [row.slug, row.id])),
    publishers: new Map(publisherRows.map((row) => [row.slug as string, row.id])),
  };
}

/** The body whose meeting holds the item (null: no such item). */
export async function findItemBody(tx: DbOrTx, itemId: number): Promise<number | null> {
  const [row] = await tx
    .select({ bodyId: meetings.bodyId })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, itemId));
  return row?.bodyId ?? null;
}

export interface NewFrame {
  title: string;
  purpose: string;
  conditions: string | null;
  ownerId: number;
  decidingBodyId: number;
  decisionItemId: number | null;
  totalOre: bigint;
  fromYear: number;
  toYear: number;
  keyVersionId: number;
  isFictitious: boolean;
  createdByUserId: number | null;
  allocations: readonly { recipient: RecipientId; weight: string; amountOre: bigint }[];
}

/** Saves a frame with its allocations; its id. */
export async function insertFrame(tx: DbOrTx, input: NewFrame): Promise<number> {
  const { allocations, ...frame } = input;
  const [row] = await tx.insert(frames).values(frame).returning({ id: frames.id });
  await tx.insert(frameAllocations).values(
    allocations.map((allocation, position) => ({
      frameId: row.id,
      position,
      ...recipientColumns(allocation.recipient),
      weight: allocation.weight,
      amountOre: allocation.amountOre,
    })),
  );
  return row.id;
}

/** Whether the organisation exists. */
export async function publisherExists(tx: DbOrTx, id: number): Promise<boolean> {
  const [row] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
  return row !== undefined;
}

/** Removes the demo set's frames and keys (fictitious ones); how many frames. */
export async function removeFictitiousFrames(tx: DbOrTx): Promise<number> {
  const removed = await tx.delete(frames).where(eq(frames.isFictitious, true)).returning({ id: frames.id });
  await tx
    .delete(allocationKeys)
    .where(
      and(
        eq(allocationKeys.isFictitious, true),
        sql`not exists (select 1 from frames f join allocation_key_versions v on v.id = f.key_version_id where v.key_id = ${allocationKeys.id})`,
      ),
    );
  return removed.length;
}

/** Whether the demo frames are there. */
export async function hasFictitiousFrames(tx: DbOrTx): Promise<boolean> {
  const [row] = await tx.select({ id: frames.id }).from(frames).where(eq(frames.isFictitious, true)).limit(1);
  return row !== undefined;
}

/** A publisher's id and region by its slug. */
export async function findPublisherBySlug(
  tx: DbOrTx,
  slug: string,
): Promise<{ id: number; regionId: number | null } | null> {
  const [row] = await tx
    .select({ id: organisations.id, regionId: organisations.regionId })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  return row ?? null;
}
