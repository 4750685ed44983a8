/**
 * The two databases a benchmark measures: a fresh embedded PGlite folder and a fresh PostgreSQL
 * database (DATABASE_URL or TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test),
 * each migrated with the reference data loaded, removed again afterwards.
 *   --only pglite|postgres   measure one of them
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb, type DbHandle } from '../src/db/client.js';
import { loadReferenceData } from '../src/db/load-reference-data.js';

export type DatabaseName = 'pglite' | 'postgres';

export function selectedDatabases(): DatabaseName[] {
  const index = process.argv.indexOf('--only');
  const only = index >= 0 ? process.argv[index + 1] : undefined;
  return (['pglite', 'postgres'] as const).filter((name) => !only || only === name);
}

/** Runs `measure` on a fresh, migrated database of that kind; the data folder is given for PGlite. */
export async function withFreshDatabase<T>(
  name: DatabaseName,
  measure: (handle: DbHandle, dataDir: string, databaseUrl?: string) => Promise<T>,
): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-bench-'));
  if (name === 'pglite') {
    const handle = await createDb({ dataDir });
    try {
      await loadReferenceData(handle.db);
      return await measure(handle, dataDir);
    } finally {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const serverUrl =
    process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const database = `protokol_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const handle = await createDb({ databaseUrl: url.toString() });
  try {
    await loadReferenceData(handle.db);
    return await measure(handle, dataDir, url.toString());
  } finally {
    await handle.close();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The median of some runs' figures. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
