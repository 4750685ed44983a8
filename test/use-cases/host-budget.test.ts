/**
 * Each host's request budget and lease, across runs and processes (PGlite and PostgreSQL), over a
 * replayed First Agenda site whose three committees are registered as three sites on one host (as
 * a region's site holds several health councils): one harvest of the host at a time; every request
 * is granted by the budget in the database, never more in a window than it allows, however many
 * clients ask; a spent day's budget ends the run with a reason naming the host; two servers on the
 * same schedule never fetch a document twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import type { HarvestSiteRow } from '../../src/db/stores/harvest-sites-store.js';
import { createLogger } from '../../src/log.js';
import { harvestPublicationSite, siteForHarvest } from '../../src/use-cases/harvest/harvest-publication-site.js';
import { startHarvestSchedule } from '../../src/use-cases/harvest/run-harvest-schedule.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { FakeSite } from '../helpers/firstagenda-site.js';
import { publisherNamed } from '../helpers/publishers.js';
import { FAST_CLIENT, type ReplayServer, startReplayServer } from '../helpers/replay-server.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const PER_WINDOW = 6;
const WINDOW_MS = 1000;

describe.each(TEST_DATABASES)("a host's budget and lease on $name", ({ open }) => {
  let handle: DbHandle;
  let site: FakeSite;
  let server: ReplayServer;
  let sites: HarvestSiteRow[];
  const grants: { host: string; windowStart: number }[] = [];
  const harvest = (registered: HarvestSiteRow, perDay = 10_000) =>
    harvestPublicationSite({
      db: handle.db,
      site: registered,
      client: FAST_CLIENT,
      now: NOW,
      budget: { perMinute: PER_WINDOW, windowMs: WINDOW_MS, perDay },
      onBudgetGrant: (host, windowStart) => grants.push({ host, windowStart: windowStart.getTime() }),
    });

  beforeAll(async () => {
    handle = await open({ seed: 'reference' });
    await handle.query("update harvest_sites set state = 'paused' where reference_key is not null");
    site = new FakeSite({ seed: 41, committees: 3, meetingsPerCommittee: 4, today: '2026-11-20', sizeScale: 0.05 });
    server = await startReplayServer(site);
    const publisher = await publisherNamed(handle.db, 'Region Sjælland');
    sites = [];
    for (const committee of site.committees) {
      sites.push(await siteForHarvest(handle.db, { url: server.url, publisher, bodies: [committee.guid] }));
    }
  });
  afterAll(async () => {
    await server?.close();
    await handle?.close();
  });

  it('lets one harvest ask a host at a time: a second site of the same host is busy meanwhile', async () => {
    const results = await Promise.all([harvest(sites[0]), harvest(sites[1])]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: 'site_busy' }]);
    expect(server.maxInFlight).toBeLessThanOrEqual(2);
  });

  it('grants every request from the budget, never more in a window than it allows, across runs and clients', async () => {
    for (const registered of sites) {
      const result = await harvest(registered);
      expect(result.ok).toBe(true);
    }
    // Every request the site saw was granted by the budget (the first test's too).
    expect(grants).toHaveLength(server.count());
    expect(new Set(grants.map((grant) => grant.host))).toEqual(new Set([new URL(server.url).host]));
    const perWindow = new Map<number, number>();
    for (const grant of grants) perWindow.set(grant.windowStart, (perWindow.get(grant.windowStart) ?? 0) + 1);
    expect(Math.max(...perWindow.values())).toBeLessThanOrEqual(PER_WINDOW);
    expect(grants.length).toBeGreaterThan(PER_WINDOW * 2); // so the budget had to make runs wait
    expect(perWindow.size).toBeGreaterThanOrEqual(Math.ceil(grants.length / PER_WINDOW));
  });

  it("ends a run whose host has spent the day's budget, naming the host, after exactly what was left", async () => {
    const [row] = await handle.query<{ day_count: number }>(
      'select day_count from host_request_budgets where host = $1',
      [new URL(server.url).host],
    );
    expect(row.day_count).toBe(grants.length);
    const before = server.count();
    site.addMeeting(0, '2026-11-19');
    site.addMeeting(0, '2026-11-19', '10:00');
    const result = await harvest(sites[0], row.day_count + 2);
    expect(server.count() - before).toBe(2);
    expect(result.ok).toBe(true);
    const report = result.ok ? result.report : null;
    expect(report?.failures.length).toBeGreaterThan(0);
    expect(report?.failures[0].message).toContain(`dagens budget for ${new URL(server.url).host} er brugt`);
  });

  it('never fetches a document twice when two servers harvest on the same schedule', async () => {
    server.resetLog();
    site.addMeeting(1, '2026-11-18');
    const lines: string[] = [];
    const schedule = () =>
      startHarvestSchedule({
        db: handle.db,
        dataDir: '',
        intervalMs: 3_600_000,
        attachments: false,
        budget: { perMinute: 10_000, perDay: 1_000_000 },
        logger: createLogger('info', (line) => lines.push(line)),
        client: FAST_CLIENT,
        now: () => NOW,
      });
    const servers = [schedule(), schedule()];
    await Promise.all(servers.map((s) => s.runOnce()));
    await Promise.all(servers.map((s) => s.stop()));
    const documents = server.requests.filter((request) => request.path.startsWith('/api/agenda/dagsorden/'));
    expect(documents.length).toBeGreaterThan(0);
    expect(new Set(documents.map((request) => request.path)).size).toBe(documents.length);
    expect(lines.some((line) => line.includes('siden høstes af en anden proces'))).toBe(true);
  });
});
