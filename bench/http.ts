/**
 * bench/http: the portal under load on loopback. Starts the app in-process over a fresh database
 * with the demo set, then runs autocannon (in a worker thread, so that the load generator does not
 * share the server's event loop) against a meeting page and a search, ~10 s each.
 * Each target runs twice: as the portal runs (with its page cache) and with the cache off
 * ("_uncached": every request queries and renders).
 * Targets: a meeting page ≥ 1,000 req/s with p99 ≤ 50 ms.
 *   npm run bench -- http [--duration 10] [--connections 20] [--only pglite|postgres]
 * The PostgreSQL run uses DATABASE_URL or TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test)
 * and creates and drops a database of its own.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';
import { createDb, type DbHandle } from '../src/db/client.js';
import { loadReferenceData } from '../src/db/load-reference-data.js';
import { loadDemoData } from '../src/use-cases/imports/load-demo-data.js';
import { createApp } from '../src/web/app.js';
import { startServer } from '../src/web/server.js';
import { argNumber } from './_corpus.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  workers?: number;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const duration = argNumber('duration', 10);
const connections = argNumber('connections', 20);
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;

async function load(url: string, seconds: number) {
  return autocannon({ url, connections, duration: seconds, workers: 1 });
}

async function measure(name: string, handle: DbHandle) {
  await loadReferenceData(handle.db);
  await loadDemoData({ db: handle.db });
  const [meeting] = await handle.query<{ id: number }>(
    `select m.id from meetings m join bodies b on b.id = m.body_id
     where b.name = 'Sundhedsråd Fjordby' and m.held_on = '2026-03-16'`,
  );
  // The portal as it runs (page cache on), and with the cache off: every request renders and queries.
  for (const [variant, cache] of [
    ['', {}],
    ['_uncached', false],
  ] as const) {
    const app = createApp({ handle, cache });
    const server = await startServer(app, 0, '127.0.0.1');
    const base = `http://127.0.0.1:${server.port}`;
    const targets: [string, string][] = [
      ['meeting_page', `${base}/moede/${meeting.id}`],
      ['search', `${base}/sog?q=${encodeURIComponent('lægedækning')}`],
    ];
    try {
      for (const [target, url] of targets) {
        const check = await fetch(url);
        if (check.status !== 200) throw new Error(`${url} answered ${check.status}`);
        await load(url, 2); // warm-up: JIT, the database's caches
        const result = await load(url, duration);
        const failed = result.errors + result.timeouts + result.non2xx;
        const key = `${target}${variant}_${name}`;
        console.log(`${key}_rps: ${Math.round(result.requests.average)} req/s`);
        console.log(`${key}_p50: ${result.latency.p50} ms`);
        console.log(`${key}_p99: ${result.latency.p99} ms`);
        console.log(`${key}_failed: ${failed} requests`);
      }
    } finally {
      await server.close();
    }
  }
}

console.log(`# ${connections} connections, ${duration} s per target, autocannon in a worker thread`);

if (only !== 'postgres') {
  const handle = await createDb({});
  try {
    await measure('pglite', handle);
  } finally {
    await handle.close();
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
