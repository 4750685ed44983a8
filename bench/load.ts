/**
 * bench/load: `protokol serve` (a process of its own, on PostgreSQL) under 200 concurrent clients
 * for 60 s on a mix of the public's requests — meeting, item, body and publisher pages, search,
 * the JSON API and feeds — spread over real-shaped data (bench/_portal.ts). Meanwhile one client
 * asks /healthz ten times a second, so that the server's tail can be read beside an empty
 * request's in the same run. Reports the mix's rate, p50/p99, errors, /healthz's p99 and the
 * server's peak memory (VmHWM). Median of --runs runs.
 * Target (issue 13): 0 errors and p99 ≤ 250 ms on this machine.
 *   npm run bench -- load [--connections 200] [--duration 60] [--meetings 200] [--runs 3]
 */
import fs from 'node:fs';
import { startServe } from '../test/helpers/serve-process.js';
import { autocannon } from './_autocannon.js';
import { argNumber } from './_corpus.js';
import { median, withFreshDatabase } from './_databases.js';
import { fillPortal, portalRoutes } from './_portal.js';

const connections = argNumber('connections', 200);
const duration = argNumber('duration', 60);
const runs = argNumber('runs', 3);
const meetings = argNumber('meetings', 200);
/** How the mix is weighted: pages most, then search, open data and feeds. */
const WEIGHTS: Record<string, number> = {
  meeting_page: 4,
  item_page: 4,
  body_page: 2,
  publisher_page: 1,
  search: 2,
  api_meeting: 2,
  api_items: 1,
  feed: 1,
  calendar: 1,
};

/** The routes' addresses interleaved by weight, so that every client meets the whole mix. */
function mix(routes: Record<string, string[]>): { method: 'GET'; path: string }[] {
  const queues = Object.entries(WEIGHTS).map(([route, weight]) => ({ paths: routes[route] ?? [], weight, at: 0 }));
  const total = 4000;
  const out: { method: 'GET'; path: string }[] = [];
  while (out.length < total) {
    for (const queue of queues) {
      for (let i = 0; i < queue.weight && queue.paths.length > 0; i++) {
        out.push({ method: 'GET', path: queue.paths[queue.at++ % queue.paths.length] });
      }
    }
  }
  return out;
}

/** /healthz every 100 ms while the load runs: its latencies in ms. */
function probeHealthz(url: string) {
  const latencies: number[] = [];
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      const started = performance.now();
      await fetch(`${url}/healthz`).then((r) => r.arrayBuffer());
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await done;
      const sorted = latencies.sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? Number.NaN;
    },
  };
}

/** The process's peak resident memory (Linux /proc), in MB. */
function peakMemoryMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

await withFreshDatabase('postgres', async (handle, _dataDir, databaseUrl) => {
  await fillPortal(handle, meetings);
  const requests = mix(await portalRoutes(handle));
  const figures: { rps: number; p50: number; p99: number; failed: number; healthz: number; memory: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const server = await startServe({ DATABASE_URL: databaseUrl, SECRET_KEY: 'b'.repeat(40), LOG_LEVEL: 'error' });
    try {
      await autocannon({ url: server.url, connections: 20, duration: 3, workers: 1, requests }); // warm-up
      const healthz = probeHealthz(server.url);
      const result = await autocannon({ url: server.url, connections, duration, workers: 1, requests });
      figures.push({
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        failed: result.errors + result.timeouts + result.non2xx,
        healthz: await healthz.stop(),
        memory: peakMemoryMb(server.child.pid!),
      });
    } finally {
      await server.stop();
    }
  }
  const at = (key: keyof (typeof figures)[number]) => median(figures.map((f) => f[key]));
  console.log(
    `# ${connections} clients for ${duration} s, ${requests.length} addresses in the mix, median of ${runs} runs`,
  );
  console.log(`load_rps: ${Math.round(at('rps'))} req/s`);
  console.log(`load_p50: ${at('p50')} ms`);
  console.log(`load_p99: ${at('p99')} ms`);
  console.log(`load_healthz_p99: ${at('healthz').toFixed(1)} ms`);
  console.log(`load_failed: ${Math.max(...figures.map((f) => f.failed))} requests`);
  console.log(`load_server_peak_memory: ${at('memory').toFixed(0)} MB`);
});
