/**
 * bench/import: import throughput (meetings/s) of the synthetic corpus, through the real
 * importMeetings (parse + one transaction per meeting), on a fresh PGlite folder and on a fresh
 * PostgreSQL database (DATABASE_URL or TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test).
 * Targets: ≥ 30 meetings/s on PGlite, ≥ 100 on PostgreSQL.
 *   npm run bench -- import [--meetings 2000] [--only pglite|postgres]
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb, type DbHandle } from '../src/db/client.js';
import { loadReferenceData } from '../src/db/load-reference-data.js';
import { importMeetings } from '../src/use-cases/imports/import-meetings.js';
import { argNumber, writeCorpus } from './_corpus.js';

const meetings = argNumber('meetings', 2000);
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
const corpusDir = path.resolve('bench/out/corpus', String(meetings));
writeCorpus({ meetings, dir: corpusDir });

async function measure(name: string, handle: DbHandle) {
  await loadReferenceData(handle.db);
  const started = performance.now();
  const concurrency = handle.driver === 'postgres' ? 4 : 1;
  const summary = await importMeetings({
    db: handle.db,
    paths: [corpusDir],
    concurrency,
    publisher: 'Region Syddanmark',
  });
  const seconds = (performance.now() - started) / 1000;
  const again = performance.now();
  const second = await importMeetings({
    db: handle.db,
    paths: [corpusDir],
    concurrency,
    publisher: 'Region Syddanmark',
  });
  const unchangedSeconds = (performance.now() - again) / 1000;
  console.log(`import_${name}_meetings: ${summary.counts.new} meetings`);
  console.log(`import_${name}_errors: ${summary.counts.error} files`);
  console.log(`import_${name}_throughput: ${(summary.counts.new / seconds).toFixed(1)} meetings/s`);
  console.log(`import_${name}_reimport_unchanged: ${second.counts.unchanged} meetings`);
  console.log(`import_${name}_reimport_throughput: ${(meetings / unchangedSeconds).toFixed(1)} meetings/s`);
}

if (only !== 'postgres') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-bench-'));
  const handle = await createDb({ dataDir: dir });
  try {
    await measure('pglite', handle);
  } finally {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (only !== 'pglite') {
  const serverUrl =
    process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `protokol_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ databaseUrl: url.toString() });
  try {
    await measure('postgres', handle);
  } finally {
    await handle.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
