/**
 * createDb(config) → the database handle. The only place that knows the driver: the embedded
 * PGlite under `<data>/pglite` when no DATABASE_URL is set, else PostgreSQL through `pg`. Both run
 * the same migrations (src/db/migrations) and the same queries.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { AppError } from '../errors.js';
import { acquireDataLock } from './data-lock.js';
import { type ReadRouting, type ReplicaOptions, readRouting } from './read-replicas.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction: the one type every store and use case takes inside `db.transaction(…)`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or a transaction, for functions that work inside or outside one. */
export type DbOrTx = Db | Tx;

/** The rows of a raw SQL statement (both drivers answer `{ rows }`). */
export async function selectRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export interface DbHandle {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Runs raw SQL and returns rows, the same on both drivers. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (no parameters), the same on both drivers. */
  exec(script: string): Promise<void>;
  /**
   * Calls `onNotify` for every NOTIFY on the channel (delivered at the notifying transaction's
   * commit), on a connection of its own that is opened again when it is lost (`onNotify` is then
   * called once, for what may have been missed). Resolves to the function that stops listening.
   */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /** Present when replicas are configured: `db` is then its router (src/db/read-replicas.ts). */
  replicas?: ReadRouting<Db>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** postgres://… ; undefined for the embedded PGlite. */
  databaseUrl?: string;
  /** Data folder for PGlite; undefined with no databaseUrl means in memory (tests). */
  dataDir?: string;
  /** Run the migrations on open (default true). */
  migrate?: boolean;
  /**
   * An in-memory PGlite started from this dump (PGlite's `dumpDataDir`) of a database instead of an
   * empty one: the tests' fresh migrated databases (test/helpers/databases.ts) start from one made
   * once, since PGlite's own set-up (initdb) takes two thirds of opening one.
   */
  pgliteTemplate?: Blob;
  /** Streaming replicas for the public's reads (DATABASE_READ_URL); PostgreSQL only. */
  replicas?: ReplicaOptions;
}

/** PostgreSQL's type id of bytea. */
const BYTEA_OID = 17;

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export async function createDb(options: DbOptions): Promise<DbHandle> {
  const handle = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.replicas)
    : await openPglite(options.dataDir, options.pgliteTemplate);
  if (options.migrate ?? true) {
    try {
      await migrateDb(handle);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }
  return handle;
}

async function openPglite(dataDir: string | undefined, template: Blob | undefined): Promise<DbHandle> {
  const [{ PGlite }, { pg_trgm }, { drizzle }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('drizzle-orm/pglite'),
  ]);
  const lock = dataDir ? acquireDataLock(dataDir) : null;
  try {
    const pgliteDir = dataDir ? path.join(dataDir, 'pglite') : undefined;
    if (pgliteDir) fs.mkdirSync(pgliteDir, { recursive: true });
    const client = await PGlite.create({
      dataDir: pgliteDir,
      loadDataDir: template,
      extensions: { pg_trgm },
      // PGlite's own bytea conversion builds one string per byte: a 150 KB source file took longer
      // than storing the rest of its meeting. The bytes are handed on as they are: PGlite's wire
      // protocol sends a Uint8Array parameter in the binary format (its types say string), so no
      // hex text is built, sent and decoded.
      serializers: { [BYTEA_OID]: (value: unknown) => value as string },
      parsers: { [BYTEA_OID]: (value: string) => new Uint8Array(Buffer.from(value.slice(2), 'hex')) },
    });
    const db = drizzle(client, { schema }) as unknown as Db;
    return {
      db,
      driver: 'pglite',
      async query<T>(text: string, params?: unknown[]) {
        return (await client.query<T>(text, params)).rows;
      },
      async exec(script: string) {
        await client.exec(script);
      },
      async listen(channel: string, onNotify: () => void) {
        const stop = await client.listen(channel, () => onNotify());
        return async () => stop();
      },
      async close() {
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function openPostgres(databaseUrl: string, replicas: ReplicaOptions | undefined): Promise<DbHandle> {
  const [{ default: pg }, { drizzle }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
  // DATE columns stay "YYYY-MM-DD" strings (as on PGlite), never shifted by the process's time zone.
  pg.types.setTypeParser(1082, (value: string) => value);
  const open = (url: string, options: import('pg').PoolConfig = {}) => {
    const pool = new pg.Pool({ connectionString: url, max: 10, ...options });
    // An idle connection closed by the server (restart, admin command) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', () => {});
    // Nor may a connection lost while it is checked out (in a transaction, between two
    // statements): its next statement fails instead, and the transaction with it.
    pool.on('connect', (client) => client.on('error', () => {}));
    return { pool, db: drizzle(pool, { schema }) as unknown as Db };
  };
  const { pool, db: primary } = open(databaseUrl);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw new AppError(
      'database_unavailable',
      `Kan ikke forbinde til PostgreSQL (DATABASE_URL): ${(error as Error).message}`,
      { cause: error },
    );
  }
  // A replica that does not answer within a second is passed over, not waited for.
  const routing = replicas?.urls.length
    ? readRouting(primary, pool, (url) => open(url, { connectionTimeoutMillis: 1000, query_timeout: 5000 }), replicas)
    : undefined;
  return {
    db: routing?.db ?? primary,
    driver: 'postgres',
    replicas: routing,
    async query<T>(text: string, params?: unknown[]) {
      return (await pool.query(text, params)).rows as T[];
    },
    async exec(script: string) {
      await pool.query(script);
    },
    // A notification announces a change: replicas must catch up with it before they serve again
    // (changed() holds them back before the listener's own work runs).
    listen: (channel: string, onNotify: () => void) =>
      listenOnPostgres(pg, databaseUrl, channel, () => {
        void routing?.changed();
        onNotify();
      }),
    async close() {
      await routing?.close();
      await pool.end();
    },
  };
}

/** LISTEN on a connection of its own, opened again (after a growing wait) whenever it is lost. */
async function listenOnPostgres(
  pg: typeof import('pg').default,
  databaseUrl: string,
  channel: string,
  onNotify: () => void,
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new AppError('internal', `ugyldig kanal: ${channel}`);
  let stopped = false;
  let client: InstanceType<typeof pg.Client> | null = null;
  let wait = 500;
  const connect = async (): Promise<void> => {
    if (stopped) return;
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', () => onNotify());
    next.on('error', () => {}); // 'end' follows and reconnects
    next.on('end', () => {
      if (stopped) return;
      client = null;
      setTimeout(() => void connect().catch(() => {}), wait).unref();
      wait = Math.min(wait * 2, 30_000);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
      client = next;
      wait = 500;
      onNotify(); // anything may have changed while no one listened
    } catch {
      await next.end().catch(() => {});
    }
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}

/** Runs the committed migrations (idempotent); tests of an upgrade pass a folder holding the earlier ones only. */
export async function migrateDb(handle: DbHandle, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  if (handle.driver === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    // Several processes starting at once migrate one after the other (a session lock held on a
    // connection of its own while the migrator works): the later ones find nothing left to do.
    const pool = (handle.db as unknown as { $client: import('pg').Pool }).$client;
    const lock = await pool.connect();
    try {
      await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await migrate(handle.db as never, { migrationsFolder });
    } finally {
      await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
      lock.release();
    }
  }
}

/** The advisory lock key of migrations (any fixed number no other lock of ours uses). */
const MIGRATION_LOCK = 7_331_001;
