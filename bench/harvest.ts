/**
 * bench/harvest: harvesting a First Agenda site of real-shaped meetings (≈ 120 KB of JSON each,
 * 10–40 items; test/helpers/firstagenda-site.ts) from a replay server on this machine, with no
 * artificial delay, through the real harvester and import path, on PGlite and PostgreSQL.
 * Reports the first run (meetings/s, MB/s) and a second run over the unchanged site (requests,
 * seconds), as the median of --runs runs (default 3), each on a fresh database.
 * Targets: first run ≥ 15 meetings/s on PGlite and ≥ 40 on PostgreSQL; second run < 5 s.
 *   npm run bench -- harvest [--meetings 400] [--runs 3] [--only pglite|postgres]
 * With --sites N: the national harvest of N replayed sites by the schedule (bench/_harvest-sites.ts).
 *   npm run bench -- harvest --sites 100 [--meetings 50] [--only postgres]
 */

import { harvestPublicationSite, siteForHarvest } from '../src/use-cases/harvest/harvest-publication-site.js';
import { FakeSite } from '../test/helpers/firstagenda-site.js';
import { publisherNamed } from '../test/helpers/publishers.js';
import { startReplayServer } from '../test/helpers/replay-server.js';
import { argNumber } from './_corpus.js';
import { median, selectedDatabases, withFreshDatabase } from './_databases.js';

if (process.argv.includes('--sites')) {
  const { benchHarvestSites } = await import('./_harvest-sites.js');
  await benchHarvestSites({ sites: argNumber('sites', 100), meetings: argNumber('meetings', 50) });
  process.exit(0);
}

const meetings = argNumber('meetings', 400);
const runs = argNumber('runs', 3);
const committees = 8;
const site = new FakeSite({ seed: 400, committees, meetingsPerCommittee: Math.ceil(meetings / committees) });
const server = await startReplayServer(site);
const client = { minGapMs: 0, timeoutMs: 60_000 };
const now = new Date(`${site.today}T12:00:00+01:00`);

try {
  for (const database of selectedDatabases()) {
    const results: { first: number; mb: number; secondRequests: number; secondSeconds: number; stored: number }[] = [];
    for (let run = 0; run < runs; run++) {
      results.push(
        await withFreshDatabase(database, async (handle) => {
          const registered = await siteForHarvest(handle.db, {
            url: server.url,
            publisher: await publisherNamed(handle.db, 'Greve Kommune'),
          });
          const harvest = () => harvestPublicationSite({ db: handle.db, site: registered, now, client });
          const started = performance.now();
          const first = await harvest();
          const firstSeconds = (performance.now() - started) / 1000;
          const again = performance.now();
          const second = await harvest();
          const secondSeconds = (performance.now() - again) / 1000;
          if (!first.ok || !second.ok) throw new Error('site busy');
          return {
            first: first.report.counts.new / firstSeconds,
            mb: first.report.bytes / 1e6 / firstSeconds,
            stored: first.report.counts.new,
            secondRequests: second.report.requests.total,
            secondSeconds,
          };
        }),
      );
    }
    const at = (key: keyof (typeof results)[number]) => median(results.map((r) => r[key]));
    console.log(`harvest_${database}_meetings: ${at('stored')} meetings`);
    console.log(`harvest_${database}_first_run: ${at('first').toFixed(1)} meetings/s`);
    console.log(`harvest_${database}_first_run_bytes: ${at('mb').toFixed(1)} MB/s`);
    console.log(`harvest_${database}_second_run_requests: ${at('secondRequests')} requests`);
    console.log(`harvest_${database}_second_run: ${at('secondSeconds').toFixed(2)} s`);
    console.log(
      `harvest_${database}_first_run_spread: ${Math.min(...results.map((r) => r.first)).toFixed(1)}–${Math.max(...results.map((r) => r.first)).toFixed(1)} meetings/s`,
    );
  }
} finally {
  await server.close();
}
