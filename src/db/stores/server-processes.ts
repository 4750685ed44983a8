/**
 * The serve processes on this database (server_processes): each registers at start, beats every
 * half minute and leaves at shutdown; a process silent for longer than ALIVE_MS is taken for gone.
 */
import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { serverProcesses } from '../schema/index.js';

/** A process not heard from for this long is gone (killed, or its machine is). */
export const ALIVE_MS = 90_000;

export interface ServerProcess {
  id: string;
  host: string;
  pid: number;
  keyFingerprint: string | null;
}

/** Registers this process and gives the others that are alive. */
export async function registerServerProcess(db: DbOrTx, me: ServerProcess): Promise<ServerProcess[]> {
  await db
    .delete(serverProcesses)
    .where(lt(serverProcesses.lastSeenAt, sql`now() - ${`${ALIVE_MS} milliseconds`}::interval`));
  await db.insert(serverProcesses).values(me);
  return db
    .select({
      id: serverProcesses.id,
      host: serverProcesses.host,
      pid: serverProcesses.pid,
      keyFingerprint: serverProcesses.keyFingerprint,
    })
    .from(serverProcesses)
    .where(
      and(
        ne(serverProcesses.id, me.id),
        gt(serverProcesses.lastSeenAt, sql`now() - ${`${ALIVE_MS} milliseconds`}::interval`),
      ),
    );
}

export async function beatServerProcess(db: DbOrTx, id: string): Promise<void> {
  await db.update(serverProcesses).set({ lastSeenAt: sql`now()` }).where(eq(serverProcesses.id, id));
}

export async function unregisterServerProcess(db: DbOrTx, id: string): Promise<void> {
  await db.delete(serverProcesses).where(eq(serverProcesses.id, id));
}
