/**
 * One harvest of a host at a time, whatever the number of processes: a lease on the site's row,
 * claimed with one atomic UPDATE and renewed while the harvest runs; while any site of a host is
 * leased, no other site of that host can be (a region's site holds several health councils'
 * committees: one process asks it at a time, two requests in flight at most). Claims on one host
 * take turns under a transaction-scoped advisory lock on the host's name. A process that dies leaves a
 * lease that runs out (LEASE_MS), after which another may take the site; on the same machine a
 * lease whose process is gone (killed) is taken over at once. Works the same on PGlite (no
 * connection is held for the length of the harvest) and on PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { type AnyColumn, and, eq, type SQL, sql } from 'drizzle-orm';
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
  const hostOf = (url: AnyColumn | SQL) => sql`substring(${url} from '^[a-z]+://([^/]+)')`;
  const claimed = await db.transaction(async (tx) => {
    const [site] = await tx
      .select({ host: hostOf(harvestSites.url).mapWith(String) })
      .from(harvestSites)
      .where(eq(harvestSites.id, siteId));
    if (!site) return false;
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`harvest-host:${site.host}`}))`);
    // Another site of the host leased by a live holder: busy. A dead holder's lease (killed, on this machine) is taken over.
    const holders = await tx
      .select({ id: harvestSites.id, owner: harvestSites.leaseOwner })
      .from(harvestSites)
      .where(and(sql`${hostOf(harvestSites.url)} = ${site.host}`, sql`${harvestSites.leaseUntil} >= now()`));
    if (holders.some((holder) => !holderIsGone(holder.owner))) return false;
    for (const holder of holders) {
      await tx
        .update(harvestSites)
        .set({ leaseOwner: null, leaseUntil: null })
        .where(and(eq(harvestSites.id, holder.id), eq(harvestSites.leaseOwner, holder.owner!)));
    }
    await tx.update(harvestSites).set({ leaseOwner: owner, leaseUntil: until }).where(eq(harvestSites.id, siteId));
    return true;
  });
  if (!claimed) return { ok: false };
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
