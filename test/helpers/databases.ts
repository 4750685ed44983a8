/**
 * The databases every database test runs on: the embedded PGlite (in memory) always, and a real
 * PostgreSQL server when TEST_DATABASE_URL is set. Each `open()` gives a fresh, migrated database
 * of its own (on PostgreSQL a new database, dropped again on close), so test files never share state.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type DbHandle } from '../../src/db/client.js';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(options?: { migrate?: boolean }): Promise<DbHandle>;
}

const serverUrl = process.env.TEST_DATABASE_URL;

export const TEST_DATABASES: TestDatabase[] = [
  { name: 'pglite', open: (options) => createDb({ migrate: options?.migrate }) },
  ...(serverUrl ? [{ name: 'postgres' as const, open: openFreshPostgres }] : []),
];

/** A new, empty database on the TEST_DATABASE_URL server: its address, and how to drop it again. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `protokol_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

async function openFreshPostgres(options?: { migrate?: boolean }): Promise<DbHandle> {
  const database = await createPostgresDatabase();
  const handle = await createDb({ databaseUrl: database.url, migrate: options?.migrate });
  return {
    ...handle,
    async close() {
      await handle.close();
      await database.drop();
    },
  };
}
