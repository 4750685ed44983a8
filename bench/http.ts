/**
 * bench/http: each public route's rate and p99 beside /healthz's, in the same run, on real-shaped
 * data (the demo set and --meetings First Agenda meetings of the real size distribution,
 * bench/_portal.ts). The app runs in-process; autocannon runs in a worker thread so that the load
 * generator does not share the server's event loop, each route for --duration seconds with its
 * requests spread over the route's addresses (every meeting, item, body …). Each route runs as the
 * portal runs (page cache on, warm: every address visited once before the measure, as a running
 * portal's pages are — without it most of a route's thousands of addresses were met for the first
 * time within the measure, and a cached meeting page measured no faster than an uncached one) and
 * with the cache off ("_uncached": every request queries and renders: a first visit). Figures are
 * the median of --runs runs.
 * Targets (issue 13): an uncached meeting page ≥ 0.25 × /healthz's rate, p99 ≤ 50 ms. Issue 14: a
 * process of 200 steps (process_page, bench/_processes.ts) and a hearing of 2,000 responses
 * (hearing_page, bench/_hearings.ts) render in under 200 ms on PostgreSQL.
 *   npm run bench -- http [--meetings 100] [--duration 5] [--connections 20] [--runs 3] [--only pglite|postgres]
 */
import type { DbHandle } from '../src/db/client.js';
import { createApp } from '../src/web/app.js';
import { startServer } from '../src/web/server.js';
import { autocannon } from './_autocannon.js';
import { argNumber } from './_corpus.js';
import { median, selectedDatabases, withFreshDatabase } from './_databases.js';
import { fillHearing } from './_hearings.js';
import { fillPortal, portalRoutes } from './_portal.js';
import { fillProcess } from './_processes.js';

const duration = argNumber('duration', 5);
const connections = argNumber('connections', 20);
const runs = argNumber('runs', 3);
const meetings = argNumber('meetings', 100);

/** The routes measured on both variants; /healthz first, as the yardstick. */
const ROUTES = [
  'healthz',
  'meeting_page',
  'item_page',
  'body_page',
  'publisher_page',
  'search',
  'api_meeting',
  'feed',
  'process_page',
  'hearing_page',
];

/** Visits every address once, a few at a time (fills the page cache). */
async function visitEach(base: string, paths: string[]): Promise<void> {
  for (let i = 0; i < paths.length; i += 8) {
    await Promise.all(paths.slice(i, i + 8).map(async (path) => (await fetch(base + path)).arrayBuffer()));
  }
}

async function measure(database: string, handle: DbHandle) {
  await fillPortal(handle, meetings);
  const routes = {
    healthz: ['/healthz'],
    ...(await portalRoutes(handle)),
    process_page: [`/forloeb/${await fillProcess(handle, 200)}`], // Processes (forløb)
    hearing_page: [`/hoering/${await fillHearing(handle, 2_000)}`], // Hearings: 2,000 responses (never cached: its form's token)
  };
  for (const [variant, cache] of [
    ['', {}],
    ['_uncached', false],
  ] as const) {
    const figures = new Map<string, { rps: number; p99: number; failed: number }[]>();
    for (let run = 0; run < runs; run++) {
      const app = createApp({ handle, cache });
      const server = await startServer(app, 0, '127.0.0.1');
      const base = `http://127.0.0.1:${server.port}`;
      try {
        for (const route of ROUTES) {
          const paths = routes[route as keyof typeof routes];
          const check = await fetch(base + paths[0]);
          if (check.status !== 200) throw new Error(`${paths[0]} answered ${check.status}`);
          const requests = paths.map((path) => ({ method: 'GET' as const, path }));
          if (run === 0) await autocannon({ url: base, connections, duration: 1, workers: 1, requests }); // warm-up
          if (cache !== false) await visitEach(base, paths);
          const result = await autocannon({ url: base, connections, duration, workers: 1, requests });
          const list = figures.get(route) ?? [];
          list.push({
            rps: result.requests.average,
            p99: result.latency.p99,
            failed: result.errors + result.timeouts + result.non2xx,
          });
          figures.set(route, list);
        }
      } finally {
        await server.close();
      }
    }
    const healthz = median(figures.get('healthz')!.map((f) => f.rps));
    for (const [route, list] of figures) {
      const key = `http_${database}_${route}${route === 'healthz' ? '' : variant}`;
      if (route === 'healthz' && variant) continue;
      const rps = median(list.map((f) => f.rps));
      console.log(`${key}_rps: ${Math.round(rps)} req/s`);
      console.log(`${key}_p99: ${median(list.map((f) => f.p99))} ms`);
      if (route !== 'healthz') console.log(`${key}_over_healthz: ${(rps / healthz).toFixed(2)} ×`);
      console.log(`${key}_failed: ${Math.max(...list.map((f) => f.failed))} requests`);
    }
  }
}

console.log(
  `# ${meetings} real-shaped meetings + demo set; ${connections} connections, ${duration} s per route, median of ${runs} runs`,
);
for (const database of selectedDatabases()) await withFreshDatabase(database, (handle) => measure(database, handle));
