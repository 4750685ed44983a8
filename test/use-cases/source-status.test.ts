/**
 * Every known site, and the status of each (PGlite and PostgreSQL): the reference data's sites
 * loaded and tied to their publishers (a health council's to its body and committee, the one
 * without an address kept as "address unknown"); an admin's correction, pause and retirement in
 * the change log and never overwritten by loading the reference data again; and each status
 * computed from real runs over a replayed First Agenda site: never harvested, ok, stale after
 * 36 h, failing (why), blocked on 403 and 429 (the schedule waits hours, and says so), paused,
 * retired.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { loadReferenceData } from '../../src/db/load-reference-data.js';
import { createLogger } from '../../src/log.js';
import type { AuditActor } from '../../src/use-cases/audit/record-audit-entry.js';
import { changeSiteState } from '../../src/use-cases/harvest/change-site-state.js';
import { correctSite } from '../../src/use-cases/harvest/correct-site.js';
import { harvestPublicationSite, siteForHarvest } from '../../src/use-cases/harvest/harvest-publication-site.js';
import { listSitesDue, listSitesWithRuns } from '../../src/use-cases/harvest/list-sites.js';
import { startHarvestSchedule } from '../../src/use-cases/harvest/run-harvest-schedule.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { FakeSite } from '../helpers/firstagenda-site.js';
import { publisherNamed } from '../helpers/publishers.js';
import { FAST_CLIENT, type ReplayServer, startReplayServer } from '../helpers/replay-server.js';

const ACTOR: AuditActor = { userId: null, label: 'test' };
const HOUR = 3_600_000;
const LISTING = '/api/agenda/udvalgsliste';

describe.each(TEST_DATABASES)('known sites and their status on $name', ({ open }) => {
  let handle: DbHandle;
  let site: FakeSite;
  let server: ReplayServer;
  const rows = <T>(sql: string, params: unknown[] = []) => handle.query<T>(sql, params);
  const statusOf = async (url: string, now = new Date()) => {
    const found = (await listSitesWithRuns({ db: handle.db, now })).find((s) => s.url === url);
    if (!found) throw new Error(`no site ${url}`);
    return found;
  };

  beforeAll(async () => {
    handle = await open({ seed: 'reference' });
    site = new FakeSite({ seed: 11, committees: 1, meetingsPerCommittee: 3, today: '2026-11-20' });
    server = await startReplayServer(site);
  });
  afterAll(async () => {
    await server?.close();
    await handle?.close();
  });

  it('loads every known site, each tied to its publisher, a health council to its committee', async () => {
    const sites = await listSitesWithRuns({ db: handle.db });
    expect(sites).toHaveLength(101);
    const greve = sites.find((s) => s.publisherName === 'Greve Kommune');
    expect(greve).toMatchObject({ url: 'https://dagsordener.greve.dk', bodies: [], body: null, state: 'active' });
    expect(greve?.status.status).toBe('never_harvested');
    const fyn = sites.find((s) => s.body?.name === 'Sundhedsråd Fyn');
    expect(fyn).toMatchObject({
      url: 'https://dagsordener-referater.regionsyddanmark.dk',
      publisherName: 'Region Syddanmark',
      bodies: ['ca441349-474b-4e42-b637-bbc4d0f09745'],
    });
    // Every health council has its row; the region's site is shared by its councils.
    expect(sites.filter((s) => s.body !== null)).toHaveLength(17);
    expect(sites.filter((s) => s.url === 'https://dagsorden.regionoest.dk')).toHaveLength(6);
    // The council without a known address is listed, never harvested.
    const lillebaelt = sites.find((s) => s.body?.name === 'Sundhedsråd Lillebælt');
    expect(lillebaelt).toMatchObject({ url: null, publisherName: 'Region Syddanmark' });
    expect(lillebaelt?.status.status).toBe('address_unknown');
    const due = await listSitesDue({ db: handle.db });
    expect(due.due.some((s) => s.id === lillebaelt?.id)).toBe(false);
    expect(due.due).toHaveLength(100);
  });

  it("never overwrites an admin's correction when the reference data are loaded again; the change log has each change", async () => {
    const sites = await listSitesWithRuns({ db: handle.db });
    const koege = sites.find((s) => s.publisherName === 'Køge Kommune')!;
    const herning = sites.find((s) => s.publisherName === 'Herning Kommune')!;
    const corrected = await correctSite({
      db: handle.db,
      siteId: koege.id,
      url: 'https://Dagsordener.Koege.dk/ny/',
      actor: ACTOR,
    });
    expect(corrected).toMatchObject({ ok: true, site: { url: 'https://dagsordener.koege.dk/ny' } });
    expect(
      await changeSiteState({
        db: handle.db,
        siteId: herning.id,
        state: 'paused',
        reason: 'Ny leverandør',
        actor: ACTOR,
      }),
    ).toMatchObject({ ok: true, changed: true });
    // A site nobody corrected follows the file: a stray edit is put back.
    await rows(
      "update harvest_sites set url = 'https://forkert.example' where reference_key = 'Greve Kommune|https://dagsordener.greve.dk'",
    );

    await loadReferenceData(handle.db);
    const after = await listSitesWithRuns({ db: handle.db });
    expect(after).toHaveLength(101);
    expect(after.find((s) => s.id === koege.id)?.url).toBe('https://dagsordener.koege.dk/ny');
    expect(after.find((s) => s.id === herning.id)).toMatchObject({ state: 'paused', url: herning.url });
    expect(after.find((s) => s.id === herning.id)?.status.status).toBe('paused');
    expect(after.find((s) => s.publisherName === 'Greve Kommune')?.url).toBe('https://dagsordener.greve.dk');

    const log = await rows<{
      action: string;
      actor_label: string;
      before: { url: string };
      after: Record<string, unknown>;
    }>("select action, actor_label, before, after from audit_log where entity = 'harvest_site' order by id");
    expect(log.map((entry) => entry.action)).toEqual(['harvest_site.correct', 'harvest_site.pause']);
    expect(log[0]).toMatchObject({
      actor_label: 'test',
      before: { url: 'https://dagsordener.koege.dk' },
      after: { url: 'https://dagsordener.koege.dk/ny', publisher: 'Køge Kommune' },
    });
    expect(log[1].after).toMatchObject({ state: 'paused', reason: 'Ny leverandør' });
    // Unknown sites are refused as values.
    expect(await changeSiteState({ db: handle.db, siteId: 999_999, state: 'retired', actor: ACTOR })).toEqual({
      ok: false,
      reason: 'not_found',
    });
    await changeSiteState({ db: handle.db, siteId: herning.id, state: 'active', actor: ACTOR });
  });

  it('computes each status from the runs: never harvested, ok, stale, failing, blocked, paused, retired', async () => {
    const registered = await siteForHarvest(handle.db, {
      url: server.url,
      publisher: await publisherNamed(handle.db, 'Solrød Kommune'),
    });
    const harvest = () =>
      harvestPublicationSite({ db: handle.db, site: registered, client: FAST_CLIENT }).catch((error: Error) => error);
    expect((await statusOf(server.url)).status).toMatchObject({ status: 'never_harvested', lastAttemptAt: null });

    await harvest();
    const ok = await statusOf(server.url);
    expect(ok.status).toMatchObject({ status: 'ok', failedRuns: 0, blockedUntil: null });
    expect(ok.status.lastSuccessAt).toEqual(ok.lastRun?.finishedAt);
    expect(ok.meetingsHeld).toBe(site.meetings().length);
    // No successful run within 36 hours: stale.
    const later = new Date(ok.status.lastSuccessAt!.getTime() + 37 * HOUR);
    expect((await statusOf(server.url, later)).status.status).toBe('stale');

    // The committee list cannot be read: failing, with why, counted run by run.
    server.fault(LISTING, { kind: 'status', status: 500, times: Number.POSITIVE_INFINITY });
    await harvest();
    await harvest();
    server.clearFaults();
    const failing = await statusOf(server.url);
    expect(failing.status).toMatchObject({ status: 'failing', failedRuns: 2 });
    expect(failing.status.lastErrors[0].message).toContain('svarede 500');
    expect(failing.status.lastSuccessAt).toEqual(ok.status.lastSuccessAt);

    // A 403 (even after the anonymous log-in): blocked, the schedule waits 6 hours, then 12.
    server.fault(LISTING, { kind: 'status', status: 403, times: Number.POSITIVE_INFINITY });
    await harvest();
    server.clearFaults();
    const blocked = await statusOf(server.url);
    expect(blocked.status.status).toBe('blocked');
    expect(blocked.lastRun?.httpStatus).toBe(403);
    expect(blocked.status.blockedUntil!.getTime() - blocked.lastRun!.finishedAt!.getTime()).toBe(6 * HOUR);
    // 429 counts too, and the wait doubles.
    server.fault(LISTING, { kind: 'status', status: 429, times: Number.POSITIVE_INFINITY });
    await harvest();
    server.clearFaults();
    const twice = await statusOf(server.url);
    expect(twice.status.status).toBe('blocked');
    expect(twice.status.blockedUntil!.getTime() - twice.lastRun!.finishedAt!.getTime()).toBe(12 * HOUR);

    // The schedule leaves it alone until then, and says so; after the wait it asks again.
    const due = await listSitesDue({ db: handle.db });
    expect(due.blocked.map((b) => b.site.id)).toEqual([registered.id]);
    expect(due.due.some((s) => s.id === registered.id)).toBe(false);
    const lines: string[] = [];
    const logger = createLogger('warn', (line) => lines.push(line));
    await rows("update harvest_sites set state = 'paused' where reference_key is not null");
    server.resetLog();
    const schedule = startHarvestSchedule({
      db: handle.db,
      dataDir: '',
      intervalMs: HOUR,
      attachments: false,
      logger,
      client: FAST_CLIENT,
    });
    await schedule.runOnce();
    await schedule.stop();
    expect(server.count(LISTING)).toBe(0);
    expect(lines.join('\n')).toContain('siden afviser os');
    const afterWait = startHarvestSchedule({
      db: handle.db,
      dataDir: '',
      intervalMs: HOUR,
      attachments: false,
      logger,
      client: FAST_CLIENT,
      now: () => new Date(twice.status.blockedUntil!.getTime() + 1000),
    });
    await afterWait.runOnce();
    await afterWait.stop();
    expect(server.count(LISTING)).toBe(1);
    expect((await statusOf(server.url)).status.status).toBe('ok');

    await changeSiteState({ db: handle.db, siteId: registered.id, state: 'paused', actor: ACTOR });
    expect((await statusOf(server.url)).status.status).toBe('paused');
    await changeSiteState({ db: handle.db, siteId: registered.id, state: 'retired', actor: ACTOR });
    expect((await statusOf(server.url)).status.status).toBe('retired');
    await rows("update harvest_sites set state = 'active' where reference_key is not null");
  });
});
