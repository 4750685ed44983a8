/**
 * One harvest of a site at a time, whatever the number of processes: a lease on the site's row,
 * claimed with one atomic UPDATE and renewed while the harvest runs. A process that dies leaves a
 * lease that runs out (LEASE_MS), after which another may take the site; on the same machine a
 * lease whose process is gone (killed) is taken over at once. Works the same on PGlite (no
 * connection is held for the length of the harvest) and on PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { harvestSites } from '../schema/index.js';

const LEASE_MS = 5 * 60_000;
const RENEW_MS = 60_000;

/** "host:pid:random": who holds a lease, so that a dead holder on this machine can be recognised. */
function leaseOwner(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID()}`;
}

/** Whether a lease's holder is a process of this machine that no longer runs. */
function holderIsGone(owner: string | null): boolean {
  if (!owner) return true;
  const [host, pid] = owner.split(':');
  if (host !== os.hostname() || !/^\d+$/.test(pid ?? '')) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Runs `work` holding the site's lease; `{ ok: false }` when another process holds it. */
export async function withSiteLock<T>(
  db: DbOrTx,
  siteId: number,
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false }> {
  const owner = leaseOwner();
  const until = sql`now() + ${`${LEASE_MS} milliseconds`}::interval`;
  let claimed = await db
    .update(harvestSites)
    .set({ leaseOwner: owner, leaseUntil: until })
    .where(
      and(eq(harvestSites.id, siteId), sql`(${harvestSites.leaseUntil} is null or ${harvestSites.leaseUntil} < now())`),
    )
    .returning({ id: harvestSites.id });
  if (claimed.length === 0) {
    const [held] = await db
      .select({ owner: harvestSites.leaseOwner })
      .from(harvestSites)
      .where(eq(harvestSites.id, siteId));
    if (!held || !holderIsGone(held.owner)) return { ok: false };
    // The holder was killed: take its lease over (only if it is still that holder's).
    claimed = await db
      .update(harvestSites)
      .set({ leaseOwner: owner, leaseUntil: until })
      .where(and(eq(harvestSites.id, siteId), eq(harvestSites.leaseOwner, held.owner!)))
      .returning({ id: harvestSites.id });
    if (claimed.length === 0) return { ok: false };
  }
  const renew = setInterval(() => {
    db.update(harvestSites)
      .set({ leaseUntil: sql`now() + ${`${LEASE_MS} milliseconds`}::interval` })
      .where(and(eq(harvestSites.id, siteId), eq(harvestSites.leaseOwner, owner)))
      .catch(() => {}); // the next renewal tries again; the lease outlives a few failures
  }, RENEW_MS);
  renew.unref();
  try {
    return { ok: true, value: await work() };
  } finally {
    clearInterval(renew);
    await db
      .update(harvestSites)
      .set({ leaseOwner: null, leaseUntil: null })
      .where(and(eq(harvestSites.id, siteId), eq(harvestSites.leaseOwner, owner)))
      .catch(() => {});
  }
}
