/**
 * bench/harvest --sites N: the national harvest on this machine. N replayed First Agenda sites
 * (each its own host, `--meetings` real-shaped meetings of ≈ 120 KB, held before the recent window),
 * registered for N publishers and harvested by the server's schedule (startHarvestSchedule's
 * round: every site one after the other, each host's budget in force, the alarms checked after
 * the round). Reports, per database:
 *   - the first round (every meeting new): meetings/s;
 *   - the most requests any host received within 60 s, across every round;
 *   - an unchanged round over all N sites with the client's real politeness (0.2 s between
 *     requests): seconds, and the requests it made;
 *   - a round in which each site has one new meeting: the p95 of "seen on the list → searchable"
 *     of those meetings, and the most "published → searchable" can be with a 15-minute schedule
 *     (a meeting published just after its site was read waits for the next round: 15 minutes
 *     plus the whole round's time, an upper bound);
 *   - reading every source's status, coverage and freshness (what /kilder renders), uncached: median of 5.
 * The replay servers run in this process, so the times include serving the sites.
 * Targets (issue 18): unchanged round < 60 s; p95 seen → searchable with a 15-minute schedule < 60 min.
 *   npm run bench -- harvest --sites 100 [--meetings 50] [--only postgres]
 */
import { listSeenToSearchable } from '../src/db/stores/harvest-sites-store.js';
import { quantile } from '../src/domain/quantile.js';
import { createLogger } from '../src/log.js';
import { siteForHarvest } from '../src/use-cases/harvest/harvest-publication-site.js';
import { DEFAULT_HOST_BUDGET } from '../src/use-cases/harvest/host-budget.js';
import { listSourcesWithFreshness } from '../src/use-cases/harvest/list-sites.js';
import { startHarvestSchedule } from '../src/use-cases/harvest/run-harvest-schedule.js';
import { FakeSite } from '../test/helpers/firstagenda-site.js';
import { publisherNamed } from '../test/helpers/publishers.js';
import { type ReplayServer, startReplayServer } from '../test/helpers/replay-server.js';
import { median, selectedDatabases, withFreshDatabase } from './_databases.js';

const TODAY = '2026-11-20';
const NOW = new Date(`${TODAY}T12:00:00+01:00`);

/** The most requests within any 60 s, by arrival (performance.now in this process). */
function maxPerMinute(server: ReplayServer): number {
  const times = server.requests.map((request) => request.startedAt).sort((a, b) => a - b);
  let most = 0;
  for (let first = 0, last = 0; last < times.length; last++) {
    while (times[last] - times[first] >= 60_000) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

export async function benchHarvestSites({ sites, meetings }: { sites: number; meetings: number }): Promise<void> {
  const fakes = Array.from(
    { length: sites },
    (_, index) =>
      new FakeSite({
        seed: 1000 + index,
        committees: 2,
        meetingsPerCommittee: Math.ceil(meetings / 2),
        from: '2025-01-01',
        to: '2026-08-31',
        today: TODAY,
      }),
  );
  const servers = await Promise.all(fakes.map((fake) => startReplayServer(fake)));
  const logger = createLogger('error');
  try {
    for (const database of selectedDatabases()) {
      await withFreshDatabase(database, async (handle) => {
        // Only the replayed sites: the reference data's real ones are paused (no network here).
        await handle.query("update harvest_sites set state = 'paused'");
        const names = (
          await handle.query<{ name: string }>(
            "select name from organisations where kind = 'municipality' order by name",
          )
        ).map((row) => row.name);
        for (const [index, server] of servers.entries()) {
          await siteForHarvest(handle.db, {
            url: server.url,
            publisher: await publisherNamed(handle.db, names[index % names.length]),
          });
        }
        const round = async (client: { minGapMs: number }) => {
          const schedule = startHarvestSchedule({
            db: handle.db,
            dataDir: '',
            intervalMs: 3_600_000,
            attachments: false,
            budget: DEFAULT_HOST_BUDGET,
            logger,
            client: { ...client, timeoutMs: 60_000 },
            now: () => NOW,
          });
          const started = performance.now();
          await schedule.runOnce();
          await schedule.stop();
          return (performance.now() - started) / 1000;
        };
        const requests = () => servers.reduce((sum, server) => sum + server.requests.length, 0);

        const firstSeconds = await round({ minGapMs: 0 });
        const [stored] = await handle.query<{ n: number }>('select count(*)::int as n from harvest_meetings');
        const mostPerMinute = Math.max(...servers.map(maxPerMinute));
        for (const server of servers) server.resetLog();

        const unchangedSeconds = await round({ minGapMs: 200 });
        const unchangedRequests = requests();
        const mostPerMinuteLater = Math.max(...servers.map(maxPerMinute));

        for (const fake of fakes) fake.addMeeting(0, '2026-11-19');
        const newRoundStarted = new Date();
        const newSeconds = await round({ minGapMs: 200 });
        const fresh = (await listSeenToSearchable(handle.db, newRoundStarted)).map((row) => row.seconds);
        const p95 = quantile(fresh, 0.95) ?? Number.NaN;

        // What /kilder and /api/v1/sources read (uncached): every site with status, coverage and freshness.
        const overviewTimes: number[] = [];
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          await listSourcesWithFreshness({ db: handle.db, now: NOW });
          overviewTimes.push(performance.now() - started);
        }

        const name = `harvest_sites_${database}`;
        console.log(`${name}_sites: ${sites} sites`);
        console.log(`${name}_meetings: ${stored.n} meetings`);
        console.log(`${name}_first_round: ${(stored.n / firstSeconds).toFixed(1)} meetings/s`);
        console.log(`${name}_first_round_time: ${firstSeconds.toFixed(1)} s`);
        console.log(`${name}_max_requests_per_host_minute: ${Math.max(mostPerMinute, mostPerMinuteLater)} requests`);
        console.log(`${name}_unchanged_round: ${unchangedSeconds.toFixed(2)} s`);
        console.log(`${name}_unchanged_round_requests: ${unchangedRequests} requests`);
        console.log(`${name}_round_with_new_meetings: ${newSeconds.toFixed(2)} s`);
        console.log(`${name}_new_meetings: ${fresh.length} meetings`);
        console.log(`${name}_seen_to_searchable_p95: ${p95.toFixed(2)} s`);
        console.log(`${name}_sources_overview: ${median(overviewTimes).toFixed(0)} ms`);
        console.log(`${name}_published_to_searchable_max_at_15m: ${(15 + newSeconds / 60).toFixed(1)} min`);
      });
    }
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
}
