/**
 * What the projects on one frame allocation commit and spend, as SQL for the frame's page and the
 * project form's choice of allocations (domain/project.ts states the rule): committed is each
 * granted project's amount minus what it gave back when it stopped; spent is the sum of their
 * spending entries. Both as text (bigint sums), for BigInt().
 */
import { asc, desc, eq, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { bodies, frameAllocations, frames, organisations } from '../schema/index.js';

/** The committed sum of the allocation at (`frameId`, `position`). */
export function allocationCommittedSql(frameId: SQLWrapper, position: SQLWrapper): SQL<string> {
  return sql<string>`(select coalesce(sum(p.granted_ore - coalesce(p.returned_ore, 0)), 0)::text from projects p
    where p.frame_id = ${frameId} and p.allocation_position = ${position} and p.status <> 'applied')`;
}

/** The spent sum of the allocation at (`frameId`, `position`). */
export function allocationSpentSql(frameId: SQLWrapper, position: SQLWrapper): SQL<string> {
  return sql<string>`(select coalesce(sum(s.amount_ore), 0)::text from project_spendings s join projects p on p.id = s.project_id
    where p.frame_id = ${frameId} and p.allocation_position = ${position})`;
}

export interface AllocationOption {
  frameId: number;
  position: number;
  frameTitle: string;
  recipient: string;
  amountOre: bigint;
  committedOre: bigint;
}

/** Every frame's allocations with what is committed of each, newest frame first: the form's choice. */
export async function listAllocationOptions(db: DbOrTx): Promise<AllocationOption[]> {
  const rows = await db
    .select({
      frameId: frameAllocations.frameId,
      position: frameAllocations.position,
      frameTitle: frames.title,
      recipient: sql<string>`coalesce(${bodies.name}, ${organisations.name})`,
      amountOre: frameAllocations.amountOre,
      committedOre: allocationCommittedSql(frameAllocations.frameId, frameAllocations.position),
    })
    .from(frameAllocations)
    .innerJoin(frames, eq(frames.id, frameAllocations.frameId))
    .leftJoin(bodies, eq(bodies.id, frameAllocations.recipientBodyId))
    .leftJoin(organisations, eq(organisations.id, frameAllocations.recipientPublisherId))
    .orderBy(desc(frames.id), asc(frameAllocations.position))
    .limit(2_000);
  return rows.map((row) => ({ ...row, amountOre: BigInt(row.amountOre), committedOre: BigInt(row.committedOre) }));
}
