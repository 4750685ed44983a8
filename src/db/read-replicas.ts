/**
 * Reads from streaming replicas (DATABASE_READ_URL). The handle's `db` becomes a router: inside
 * `onReplica(work)` — the public's page views, which the web layer marks — every statement goes to
 * a replica that is up, lags no more than the bound and has replayed the last change this process
 * heard of; everywhere else (every write, a signed-in user's pages, the command line, background
 * work) to the primary. So a publisher sees their own publish at once, and a page put in the page
 * cache after a change announced by NOTIFY is never older than that change: until a replica has
 * replayed the primary's position at the announcement, the primary serves.
 *
 * Each replica is probed every `checkIntervalMs` (is it up, in recovery, how far has it replayed,
 * how old is its last replayed transaction); a replica that fails a probe or a request is skipped
 * until a probe succeeds again. A server that is not in recovery (a stand-in database in a test or
 * a logical copy) counts as caught up. Written here rather than by a pooler (pgpool-II, pgcat):
 * which reads may go to a replica is the application's knowledge, and a pooler in front would be
 * one more server to run.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { isDatabaseUnavailable } from './unavailable.js';

export interface ReplicaOptions {
  urls: string[];
  /** A replica whose last replayed transaction is older than this (while it has WAL to replay) is skipped. */
  maxLagMs: number;
  checkIntervalMs?: number;
}

/** What /healthz and the logs may say of a replica: never its address. */
export interface ReplicaStatus {
  replica: number;
  up: boolean;
  lagMs: number | null;
  caughtUp: boolean;
}

export interface ReadRouting<Db extends object = object> {
  /** The router: the primary's Db, or a replica's inside `onReplica`. */
  db: Db;
  /** Runs `work` with its reads on a replica, when one is up, within the lag bound and caught up. */
  onReplica<T>(work: () => Promise<T>): Promise<T>;
  /** The data changed (NOTIFY): replicas serve again once they have replayed the primary's current position. */
  changed(): Promise<void>;
  /** A request on a replica failed: if the replica is unreachable, it is skipped until a probe succeeds. */
  failed(error: unknown): void;
  status(): ReplicaStatus[];
  close(): Promise<void>;
}

interface Replica<Db> {
  index: number;
  pool: pg.Pool;
  db: Db;
  up: boolean;
  inRecovery: boolean;
  replayed: bigint | null;
  lagMs: number | null;
}

interface Routed<Db> {
  db: Db;
  replica: Replica<Db> | null;
}

/** Builds a pool and Db for one address (the client's own setup, so both drivers' types agree). */
export type OpenPool<Db> = (url: string) => { pool: pg.Pool; db: Db };

export function readRouting<Db extends object>(
  primary: Db,
  primaryPool: pg.Pool,
  open: OpenPool<Db>,
  options: ReplicaOptions,
): ReadRouting<Db> {
  const replicas: Replica<Db>[] = options.urls.map((url, index) => ({
    index: index + 1,
    ...open(url),
    up: false,
    inRecovery: false,
    replayed: null,
    lagMs: null,
  }));
  const storage = new AsyncLocalStorage<Routed<Db>>();
  // The primary's WAL position at the last change heard of; `pending` while it is being asked for.
  let required: bigint | null = null;
  let pending = 0;
  let next = 0;

  const caughtUp = (replica: Replica<Db>) =>
    pending === 0 && (!replica.inRecovery || required === null || (replica.replayed ?? -1n) >= required);
  const usable = (replica: Replica<Db>) =>
    replica.up && (replica.lagMs === null || replica.lagMs <= options.maxLagMs) && caughtUp(replica);

  async function probe(replica: Replica<Db>): Promise<void> {
    try {
      const { rows } = await replica.pool.query<{ recovery: boolean; replayed: string | null; lag_ms: number | null }>(
        `select pg_is_in_recovery() as recovery, pg_last_wal_replay_lsn()::text as replayed,
           case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                else extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000 end::float8 as lag_ms`,
      );
      const [row] = rows;
      replica.inRecovery = row.recovery;
      replica.replayed = row.replayed === null ? null : lsn(row.replayed);
      replica.lagMs = row.recovery ? row.lag_ms : 0;
      replica.up = true;
    } catch {
      replica.up = false;
    }
  }
  const probeAll = () => Promise.all(replicas.map(probe));
  const timer = setInterval(() => void probeAll(), options.checkIntervalMs ?? 250);
  timer.unref();
  void probeAll();

  const db = new Proxy(primary, {
    get(_target, property) {
      const current = storage.getStore()?.db ?? primary;
      const value = Reflect.get(current, property, current);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  }) as Db;

  return {
    db,
    onReplica(work) {
      const candidates = replicas.filter(usable);
      if (candidates.length === 0) return work();
      const replica = candidates[next++ % candidates.length];
      return storage.run({ db: replica.db, replica }, work);
    },
    async changed() {
      pending++;
      try {
        const { rows } = await primaryPool.query<{ position: string }>('select pg_current_wal_lsn()::text as position');
        const position = lsn(rows[0].position);
        if (required === null || position > required) required = position;
      } catch {
        // The primary is away: nothing can be published meanwhile; the replicas keep the last bound.
      } finally {
        pending--;
      }
      await probeAll();
    },
    failed(error) {
      const replica = storage.getStore()?.replica;
      if (replica && isDatabaseUnavailable(error)) replica.up = false;
    },
    status: () =>
      replicas.map((replica) => ({
        replica: replica.index,
        up: replica.up,
        lagMs: replica.lagMs === null ? null : Math.round(replica.lagMs),
        caughtUp: caughtUp(replica),
      })),
    async close() {
      clearInterval(timer);
      await Promise.all(replicas.map((replica) => replica.pool.end().catch(() => {})));
    },
  };
}

/** A WAL position "16/B374D848" as a number that compares. */
function lsn(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}
