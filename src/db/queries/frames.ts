/**
 * Frames and keys for pages and the API: the list of frames (paged by id; those of one body or one
 * publisher — deciding, owning or receiving), one frame with its allocations, key and decision,
 * and the key versions and publishers a new frame can name. A linked decision's item shows its
 * title only when the item is open: a closed item is named by its number alone.
 */
import { and, asc, desc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import type { KeyKind } from '../../domain/allocation-key.js';
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
import { type DecisionRef, decisionRefColumns, decisionRefOf } from '../selections.js';
import { allocationCommittedSql, allocationSpentSql } from './project-money.js';

export interface NamedRef {
  slug: string;
  name: string;
}

export interface FrameSummary {
  id: number;
  title: string;
  totalOre: bigint;
  fromYear: number;
  toYear: number;
  isFictitious: boolean;
  owner: NamedRef;
  decidingBody: NamedRef;
  key: { name: string; slug: string; version: number; kind: KeyKind };
  recipients: number;
}

export interface FrameRecipient {
  kind: 'body' | 'publisher';
  slug: string;
  name: string;
}

export interface FrameAllocationRow {
  recipient: FrameRecipient;
  /** The weight as saved ("19.5"). */
  weight: string;
  amountOre: bigint;
  /** Committed: granted minus given back, of the projects on this part; spent: their spending (domain/project.ts). */
  committedOre: bigint;
  spentOre: bigint;
  /** The key's weight for the recipient is a fictitious demo value. */
  isFictitious: boolean;
}

export interface FrameDetail extends FrameSummary {
  purpose: string;
  conditions: string | null;
  key: FrameSummary['key'] & { source: string; sourceOn: string };
  decision: DecisionRef | null;
  allocations: FrameAllocationRow[];
  createdAt: Date;
  updatedAt: Date;
}

const owner = sql<string>`(select o.name from organisations o where o.id = ${frames.ownerId})`;
const ownerSlug = sql<string>`(select o.slug from organisations o where o.id = ${frames.ownerId})`;
const recipientCount = sql<number>`(select count(*)::int from frame_allocations a where a.frame_id = ${frames.id})`;

const summaryColumns = {
  id: frames.id,
  title: frames.title,
  totalOre: frames.totalOre,
  fromYear: frames.fromYear,
  toYear: frames.toYear,
  isFictitious: frames.isFictitious,
  ownerName: owner,
  ownerSlug,
  bodySlug: bodies.slug,
  bodyName: bodies.name,
  keyName: allocationKeys.name,
  keySlug: allocationKeys.slug,
  keyVersion: allocationKeyVersions.version,
  keyKind: allocationKeyVersions.kind,
  recipients: recipientCount,
};

type SummaryRow = { [K in keyof typeof summaryColumns]: unknown } & Record<string, unknown>;

function summaryOf(row: SummaryRow): FrameSummary {
  return {
    id: row.id as number,
    title: row.title as string,
    totalOre: BigInt(row.totalOre as bigint),
    fromYear: row.fromYear as number,
    toYear: row.toYear as number,
    isFictitious: row.isFictitious as boolean,
    owner: { slug: (row.ownerSlug as string | null) ?? '', name: row.ownerName as string },
    decidingBody: { slug: row.bodySlug as string, name: row.bodyName as string },
    key: {
      name: row.keyName as string,
      slug: row.keySlug as string,
      version: row.keyVersion as number,
      kind: row.keyKind as KeyKind,
    },
    recipients: Number(row.recipients),
  };
}

const summaryQuery = (db: DbOrTx) =>
  db
    .select(summaryColumns)
    .from(frames)
    .innerJoin(bodies, eq(bodies.id, frames.decidingBodyId))
    .innerJoin(allocationKeyVersions, eq(allocationKeyVersions.id, frames.keyVersionId))
    .innerJoin(allocationKeys, eq(allocationKeys.id, allocationKeyVersions.keyId));

/** Frames a body decided or receives from; a publisher owns or receives from (itself or one of its bodies). */
function concerning(filter: { bodyId?: number; publisherId?: number }) {
  if (filter.bodyId !== undefined)
    return or(
      eq(frames.decidingBodyId, filter.bodyId),
      sql`exists (select 1 from frame_allocations a where a.frame_id = ${frames.id} and a.recipient_body_id = ${filter.bodyId})`,
    );
  if (filter.publisherId !== undefined)
    return or(
      eq(frames.ownerId, filter.publisherId),
      sql`exists (select 1 from frame_allocations a left join bodies rb on rb.id = a.recipient_body_id
        where a.frame_id = ${frames.id} and (a.recipient_publisher_id = ${filter.publisherId} or rb.publisher_id = ${filter.publisherId}))`,
    );
  return undefined;
}

/** A page of frames in id order (newest last), of one body or publisher when asked. */
export async function listFrames(
  db: DbOrTx,
  options: { afterId?: number; limit: number; bodyId?: number; publisherId?: number },
): Promise<{ rows: FrameSummary[]; hasMore: boolean }> {
  const rows = await summaryQuery(db)
    .where(and(options.afterId === undefined ? undefined : gt(frames.id, options.afterId), concerning(options)))
    .orderBy(asc(frames.id))
    .limit(options.limit + 1);
  return { rows: rows.slice(0, options.limit).map(summaryOf), hasMore: rows.length > options.limit };
}

/** The frames of one body or publisher, newest first (for its page). */
export async function listFramesConcerning(
  db: DbOrTx,
  filter: { bodyId: number } | { publisherId: number },
): Promise<FrameSummary[]> {
  const rows = await summaryQuery(db)
    .where(concerning(filter))
    .orderBy(desc(frames.fromYear), desc(frames.id))
    .limit(50);
  return rows.map(summaryOf);
}

/** A frame's allocations in their order, with each recipient and whether its weight is fictitious. */
async function allocationsOf(db: DbOrTx, frameId: number, versionId: number): Promise<FrameAllocationRow[]> {
  const rows = await db
    .select({
      bodySlug: bodies.slug,
      bodyName: bodies.name,
      publisherSlug: organisations.slug,
      publisherName: organisations.name,
      weight: frameAllocations.weight,
      amountOre: frameAllocations.amountOre,
      committedOre: allocationCommittedSql(frameAllocations.frameId, frameAllocations.position),
      spentOre: allocationSpentSql(frameAllocations.frameId, frameAllocations.position),
      isFictitious: sql<boolean>`coalesce(${allocationKeyWeights.isFictitious}, false)`,
    })
    .from(frameAllocations)
    .leftJoin(bodies, eq(bodies.id, frameAllocations.recipientBodyId))
    .leftJoin(organisations, eq(organisations.id, frameAllocations.recipientPublisherId))
    .leftJoin(
      allocationKeyWeights,
      and(
        eq(allocationKeyWeights.versionId, versionId),
        or(
          eq(allocationKeyWeights.recipientBodyId, frameAllocations.recipientBodyId),
          eq(allocationKeyWeights.recipientPublisherId, frameAllocations.recipientPublisherId),
        ),
      ),
    )
    .where(eq(frameAllocations.frameId, frameId))
    .orderBy(asc(frameAllocations.position));
  return rows.map((row) => ({
    recipient:
      row.bodySlug !== null
        ? { kind: 'body', slug: row.bodySlug, name: row.bodyName as string }
        : { kind: 'publisher', slug: row.publisherSlug ?? '', name: row.publisherName as string },
    weight: row.weight,
    amountOre: BigInt(row.amountOre),
    committedOre: BigInt(row.committedOre),
    spentOre: BigInt(row.spentOre),
    isFictitious: Boolean(row.isFictitious),
  }));
}

/** One frame with its allocations, key and decision; null when there is none. */
export async function findFrame(db: DbOrTx, id: number): Promise<FrameDetail | null> {
  const [row] = await db
    .select({
      ...summaryColumns,
      purpose: frames.purpose,
      conditions: frames.conditions,
      keyVersionId: frames.keyVersionId,
      source: allocationKeyVersions.source,
      sourceOn: allocationKeyVersions.sourceOn,
      ...decisionRefColumns,
      createdAt: frames.createdAt,
      updatedAt: frames.updatedAt,
    })
    .from(frames)
    .innerJoin(bodies, eq(bodies.id, frames.decidingBodyId))
    .innerJoin(allocationKeyVersions, eq(allocationKeyVersions.id, frames.keyVersionId))
    .innerJoin(allocationKeys, eq(allocationKeys.id, allocationKeyVersions.keyId))
    .leftJoin(agendaItems, eq(agendaItems.id, frames.decisionItemId))
    .leftJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(frames.id, id));
  if (!row) return null;
  const summary = summaryOf(row);
  return {
    ...summary,
    purpose: row.purpose,
    conditions: row.conditions,
    key: { ...summary.key, source: row.source, sourceOn: row.sourceOn },
    decision: decisionRefOf(row),
    allocations: await allocationsOf(db, id, row.keyVersionId),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export interface KeyVersionOption {
  id: number;
  keyName: string;
  version: number;
  kind: KeyKind;
  sourceOn: string;
  recipients: number;
  hasFictitious: boolean;
}

/** Every key version, newest of each key first, for the form's choice. */
export async function listKeyVersions(db: DbOrTx): Promise<KeyVersionOption[]> {
  const rows = await db
    .select({
      id: allocationKeyVersions.id,
      keyName: allocationKeys.name,
      version: allocationKeyVersions.version,
      kind: allocationKeyVersions.kind,
      sourceOn: allocationKeyVersions.sourceOn,
      recipients: sql<number>`(select count(*)::int from allocation_key_weights w where w.version_id = ${allocationKeyVersions.id})`,
      hasFictitious: sql<boolean>`exists (select 1 from allocation_key_weights w where w.version_id = ${allocationKeyVersions.id} and w.is_fictitious)`,
    })
    .from(allocationKeyVersions)
    .innerJoin(allocationKeys, eq(allocationKeys.id, allocationKeyVersions.keyId))
    .orderBy(asc(allocationKeys.name), desc(allocationKeyVersions.version));
  return rows.map((row) => ({ ...row, recipients: Number(row.recipients), hasFictitious: Boolean(row.hasFictitious) }));
}

/** Publishers a frame can belong to, by name. */
export async function listOwnerOptions(db: DbOrTx): Promise<{ id: number; name: string }[]> {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(sql`${organisations.slug} is not null`)
    .orderBy(asc(organisations.name));
}

/** The bodies with these ids (or every body), by name: the form's deciding bodies. */
export async function listBodyOptions(
  db: DbOrTx,
  ids: number[] | null,
): Promise<{ id: number; name: string; publisher: string | null }[]> {
  if (ids !== null && ids.length === 0) return [];
  return db
    .select({
      id: bodies.id,
      name: bodies.name,
      publisher: sql<string | null>`(select o.name from organisations o where o.id = ${bodies.publisherId})`,
    })
    .from(bodies)
    .where(ids === null ? undefined : inArray(bodies.id, ids))
    .orderBy(asc(bodies.name));
}
