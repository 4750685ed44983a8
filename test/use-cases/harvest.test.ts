/**
 * Harvesting into the archive (PGlite and PostgreSQL): a replayed First Agenda site through faults
 * into the database through the import path; a second run that fetches only the list and the
 * recent and future meetings; agenda → minutes; two publishers' same-named committees meeting at
 * the same date and time stay two bodies and two meetings; attachments stored once by checksum
 * with their text (scans marked); each run recorded; provenance on every meeting.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { searchItems } from '../../src/db/search/search-items.js';
import { addDays } from '../../src/domain/danish-dates.js';
import { slugify } from '../../src/domain/slug.js';
import { createLogger, type Logger } from '../../src/log.js';
import {
  type HarvestInput,
  harvestPublicationSite,
  siteForHarvest,
} from '../../src/use-cases/harvest/harvest-publication-site.js';
import { listSitesWithRuns } from '../../src/use-cases/harvest/list-sites.js';
import { startHarvestSchedule } from '../../src/use-cases/harvest/run-harvest-schedule.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { FakeSite } from '../helpers/firstagenda-site.js';
import { publisherNamed } from '../helpers/publishers.js';
import { FAST_CLIENT, type ReplayServer, startReplayServer } from '../helpers/replay-server.js';

const doc = (guid: string) => `/api/agenda/dagsorden/${guid}`;
/** No waiting between retries or requests: the faults are the server's, the time is the test's. */

describe.each(TEST_DATABASES)('harvesting into the archive on $name', ({ open }) => {
  let handle: DbHandle;
  let site: FakeSite;
  let server: ReplayServer;
  let dataDir: string;
  let harvest: (extra?: Partial<HarvestInput>) => ReturnType<typeof harvestPublicationSite>;
  const rows = <T>(sql: string, params: unknown[] = []) => handle.query<T>(sql, params);

  beforeAll(async () => {
    handle = await open({ seed: 'reference' });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-harvest-'));
    site = new FakeSite({
      seed: 5,
      committees: 2,
      meetingsPerCommittee: 6,
      from: '2025-01-01',
      to: '2026-12-31',
      today: '2026-11-20',
    });
    server = await startReplayServer(site);
    const registered = await siteForHarvest(handle.db, {
      url: server.url,
      publisher: await publisherNamed(handle.db, 'Greve Kommune'),
    });
    const now = new Date(`${site.today}T12:00:00+01:00`);
    harvest = (extra = {}) =>
      harvestPublicationSite({ db: handle.db, site: registered, dataDir, now, client: FAST_CLIENT, ...extra });
  });
  afterAll(async () => {
    await server?.close();
    await handle?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores a whole site through faults, each meeting whole, and names the one that cannot be read', async () => {
    const meetings = site.meetings();
    server.fault(doc(meetings[0].guid), { kind: 'status', status: 503 });
    server.fault(doc(meetings[1].guid), { kind: 'reset' });
    server.fault(doc(meetings[2].guid), { kind: 'malformed', times: Number.POSITIVE_INFINITY });
    const result = await harvest();
    server.clearFaults();
    if (!result.ok) throw new Error('site busy');
    expect(result.report.counts).toMatchObject({ listed: meetings.length, new: meetings.length - 1, failed: 1 });
    expect(result.report.failures[0].url).toBe(`${server.url}${doc(meetings[2].guid)}`);

    const stored = await rows<{ n: number; bodies: number; publishers: string }>(
      `select count(*)::int as n, count(distinct m.body_id)::int as bodies, string_agg(distinct o.name, ',') as publishers
       from meetings m join bodies b on b.id = m.body_id join organisations o on o.id = b.publisher_id`,
    );
    expect(stored[0]).toEqual({ n: meetings.length - 1, bodies: 2, publishers: 'Greve Kommune' });
    // Provenance: the site's PDF of the whole document.
    const [first] = await rows<{ source_url: string; items: number }>(
      `select m.source_url, (select count(*)::int from agenda_items i where i.meeting_id = m.id) as items
       from meetings m join meeting_identities k on k.meeting_id = m.id where k.key = $1`,
      [`source:${meetings[0].guid}`],
    );
    expect(first.source_url).toBe(`${server.url}/vis/pdf/dagsorden/${meetings[0].agendaGuid}`);
    expect(first.items).toBeGreaterThanOrEqual(10);

    const [overview] = (await listSitesWithRuns({ db: handle.db })).filter((s) => s.url === server.url);
    expect(overview.lastRun).toMatchObject({ state: 'partial', counts: { new: meetings.length - 1, failed: 1 } });
    expect(overview.lastRun?.errors[0].message).toContain(doc(meetings[2].guid));
  });

  it('fetches only the list, what failed and the recent and future meetings on the second run', async () => {
    server.resetLog();
    const result = await harvest();
    if (!result.ok) throw new Error('site busy');
    const today = site.today;
    const recentOrFuture = site
      .meetings()
      .filter((m) => m.dato.slice(0, 10) >= addDays(today, -60) && m.dato.slice(0, 10) !== '');
    expect(server.count('/api/agenda/udvalgsliste')).toBe(1);
    // The failed one (new) plus the recent and future ones: never the whole site.
    expect(server.count((p) => p.startsWith('/api/agenda/dagsorden/'))).toBe(recentOrFuture.length + 1);
    expect(recentOrFuture.length + 1).toBeLessThan(site.meetings().length);
    expect(result.report.counts).toMatchObject({ new: 1, update: 0, failed: 0 });
  });

  it('updates a meeting whose agenda became minutes, keeping it one meeting', async () => {
    const agenda = site.meetings().find((m) => !m.hasMinutes)!;
    const [before] = await rows<{ id: number; document_type: string }>(
      `select m.id, m.document_type from meetings m join meeting_identities k on k.meeting_id = m.id where k.key = $1`,
      [`source:${agenda.guid}`],
    );
    expect(before.document_type).toBe('dagsorden');
    site.publishMinutes(agenda.guid);
    const result = await harvest();
    if (!result.ok) throw new Error('site busy');
    expect(result.report.counts.update).toBe(1);
    const [after] = await rows<{ id: number; document_type: string }>(
      `select m.id, m.document_type from meetings m join meeting_identities k on k.meeting_id = m.id where k.key = $1`,
      [`source:${agenda.guid}`],
    );
    expect(after).toEqual({ id: before.id, document_type: 'referat' });
  });

  it("keeps two publishers' same-named committees meeting at the same date and time apart", async () => {
    const other = new FakeSite({
      seed: 6,
      committees: 1,
      meetingsPerCommittee: 1,
      from: '2024-01-01',
      to: '2024-02-01',
    });
    const twin = other.addMeeting(0, '2025-03-19', '16:00');
    const ours = site.addMeeting(0, '2025-03-19', '16:00');
    const otherServer = await startReplayServer(other);
    try {
      const aarhus = await siteForHarvest(handle.db, {
        url: otherServer.url,
        publisher: await publisherNamed(handle.db, 'Aarhus Kommune'),
      });
      await harvest();
      await harvestPublicationSite({ db: handle.db, site: aarhus, client: FAST_CLIENT });
      const both = await rows<{ slug: string; location: string | null }>(
        `select b.slug, m.location from meetings m join bodies b on b.id = m.body_id
         where m.held_on = '2025-03-19' and m.start_time = '16:00' order by b.slug`,
      );
      expect(both.map((b) => b.slug)).toEqual([
        `aarhus-kommune--${slugify(other.committees[twin.committeeIndex].name)}`,
        `greve-kommune--${slugify(site.committees[ours.committeeIndex].name)}`,
      ]);
    } finally {
      await otherServer.close();
    }
  });

  it('stores open attachments once by checksum with their text, marks scans, and never asks for closed ones', async () => {
    const result = await harvest({ attachments: true, full: true });
    if (!result.ok) throw new Error('site busy');
    expect(result.report.attachments.new).toBeGreaterThan(0);
    expect(server.count((p) => site.attachments().some((a) => a.isClosed && p.endsWith(a.guid)))).toBe(0);
    const texts = await rows<{ state: string; n: number }>(
      'select state, count(*)::int as n from attachment_texts group by state order by state',
    );
    expect(texts.find((t) => t.state === 'text')?.n).toBeGreaterThan(0);
    expect(texts.find((t) => t.state === 'no_text')?.n).toBeGreaterThan(0);
    const [linked] = await rows<{ n: number; files: number }>(
      `select count(*)::int as n, count(distinct sha256)::int as files from attachments where file_path is not null`,
    );
    expect(linked.n).toBeGreaterThan(0);
    for (const file of await rows<{ file_path: string }>(
      'select distinct file_path from attachments where file_path is not null',
    )) {
      expect(fs.existsSync(path.join(dataDir, file.file_path))).toBe(true);
    }
    // Their text is searchable: a hit names the attachment, its page and its item, never a closed one.
    const found = await searchItems(handle.db, { query: 'bilagets anden side', publisher: 'greve-kommune' });
    expect(found.attachmentHits.length).toBeGreaterThan(0);
    expect(found.attachmentHits[0]).toMatchObject({ page: 2, publisher: { slug: 'greve-kommune' } });
    const shown = await rows<{ closed: boolean }>(
      `select a.is_closed or i.is_closed as closed from attachments a join agenda_items i on i.id = a.item_id
       where a.id = any($1::int[])`,
      [found.attachmentHits.map((hit) => hit.attachmentId)],
    );
    expect(shown.map((row) => row.closed)).toEqual(found.attachmentHits.map(() => false));
    const elsewhere = await searchItems(handle.db, { query: 'bilagets anden side', publisher: 'aarhus-kommune' });
    expect(elsewhere.attachmentHits).toEqual([]);
    // A meeting rewritten later keeps its attachments' files.
    const agenda = site.meetings().find((m) => m.hasMinutes && m.dato.slice(0, 10) >= addDays(site.today, -60));
    if (agenda) {
      site.correctMinutes(agenda.guid);
      await harvest();
      const [kept] = await rows<{ n: number }>(
        'select count(*)::int as n from attachments where file_path is not null',
      );
      expect(kept.n).toBe(linked.n);
    }
  });

  /** A server's hourly harvest schedule over this database (rounds run when the test says). */
  const hourlySchedule = (logger: Logger, extra: { firstRoundAfterMs?: number } = {}) =>
    startHarvestSchedule({
      db: handle.db,
      dataDir,
      intervalMs: 3_600_000,
      attachments: false,
      logger,
      client: FAST_CLIENT,
      ...extra,
    });

  it("harvests the registered sites on the server's schedule, once per site however many servers run it", async () => {
    const logger = createLogger('silent');
    // Only this site: the reference data's real sites and the other test's closed server are left alone.
    await rows("update harvest_sites set state = 'paused' where url is distinct from $1", [server.url]);
    const schedules = [1, 2].map(() => hourlySchedule(logger));
    server.resetLog();
    site.addMeeting(1, site.today, '09:00');
    try {
      await Promise.all(schedules.map((schedule) => schedule.runOnce()));
    } finally {
      await Promise.all(schedules.map((schedule) => schedule.stop()));
    }
    expect(server.count('/api/agenda/udvalgsliste')).toBe(1);
    const [overview] = (await listSitesWithRuns({ db: handle.db })).filter((s) => s.url === server.url);
    expect(overview.lastRun?.counts.new).toBe(1);
  });

  it('starts its first timed round when told, not one interval after start', async () => {
    const logger = createLogger('silent');
    await rows("update harvest_sites set state = 'paused' where url is distinct from $1", [server.url]);
    await rows(
      "update harvest_runs set started_at = started_at - interval '2 hours' where site_id = (select id from harvest_sites where url = $1)",
      [server.url],
    );
    server.resetLog();
    const schedule = hourlySchedule(logger, { firstRoundAfterMs: 0 });
    try {
      await expect.poll(() => server.count('/api/agenda/udvalgsliste'), { timeout: 60_000 }).toBe(1);
    } finally {
      await schedule.stop();
    }
  });

  it("passes over, in a timed round, a site another server's round harvested within the last half interval", async () => {
    const logger = createLogger('silent');
    await rows("update harvest_sites set state = 'paused' where url is distinct from $1", [server.url]);
    const [first, second] = [1, 2].map(() => hourlySchedule(logger));
    server.resetLog();
    try {
      await first.runOnce();
      expect(server.count('/api/agenda/udvalgsliste')).toBe(1);
      // The other server's timed round a moment later: nothing is asked again.
      await second.runScheduled();
      expect(server.count('/api/agenda/udvalgsliste')).toBe(1);
      // Half an interval later it is this server's turn.
      await rows(
        "update harvest_runs set started_at = started_at - interval '31 minutes' where site_id = (select id from harvest_sites where url = $1)",
        [server.url],
      );
      await second.runScheduled();
      expect(server.count('/api/agenda/udvalgsliste')).toBe(2);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});
