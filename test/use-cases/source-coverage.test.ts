/**
 * Complete and current, proven per source (PGlite and PostgreSQL), over a replayed First Agenda
 * site harvested with its attachments: coverage per committee (the site's own list against the
 * meetings held, documents offered against those held in their current version), freshness (seen
 * on the list → searchable), a meeting removed at the source kept and marked on its page, and the
 * alarms: a meeting that cannot be fetched brings a committee under 95 %, the admins get one
 * e-mail over a real SMTP server, the log says it every round, and it clears when the meeting
 * comes; a source not harvested for 36 hours raises "Forældet".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { createLogger } from '../../src/log.js';
import { checkSourceAlarms } from '../../src/use-cases/harvest/check-source-alarms.js';
import { harvestPublicationSite, siteForHarvest } from '../../src/use-cases/harvest/harvest-publication-site.js';
import { listSitesWithRuns, listSourcesWithFreshness } from '../../src/use-cases/harvest/list-sites.js';
import { createApp } from '../../src/web/app.js';
import { createSmtpMailer } from '../../src/web/auth/mailers.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { FakeSite } from '../helpers/firstagenda-site.js';
import { publisherNamed } from '../helpers/publishers.js';
import { FAST_CLIENT, type ReplayServer, startReplayServer } from '../helpers/replay-server.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';

const NOW = new Date('2026-11-20T12:00:00Z');

/** A replayed site whose documents can stop naming some attachments (by their GUID). */
class SiteDroppingAttachments extends FakeSite {
  readonly dropped = new Set<string>();

  override documentJson(meetingGuid: string, baseUrl: string): string | undefined {
    const json = super.documentJson(meetingGuid, baseUrl);
    if (json === undefined || this.dropped.size === 0) return json;
    const document = JSON.parse(json) as { Dagsordenpunkter: { Bilag?: { Id: string }[] }[] };
    for (const item of document.Dagsordenpunkter) {
      if (item.Bilag) item.Bilag = item.Bilag.filter((entry) => !this.dropped.has(entry.Id.toLowerCase()));
    }
    return JSON.stringify(document);
  }
}
const HOUR = 3_600_000;

describe.each(TEST_DATABASES)('coverage, freshness and alarms of a source on $name', ({ open }) => {
  let handle: DbHandle;
  let site: SiteDroppingAttachments;
  let server: ReplayServer;
  let smtp: TestSmtpServer;
  let dataDir: string;
  let siteId: number;
  const logLines: string[] = [];
  const logger = createLogger('info', (line) => logLines.push(line));

  const sourceOf = async (now = NOW) => {
    const found = (await listSitesWithRuns({ db: handle.db, now })).find((s) => s.id === siteId);
    if (!found) throw new Error('the site is not listed');
    return found;
  };
  const harvest = async (now = NOW, full = false) => {
    const site = (await listSitesWithRuns({ db: handle.db, now })).find((s) => s.id === siteId)!;
    return harvestPublicationSite({
      db: handle.db,
      site: { ...site, url: site.url! },
      dataDir,
      attachments: true,
      full,
      client: FAST_CLIENT,
      now,
    });
  };
  const check = (now = NOW) =>
    checkSourceAlarms({
      db: handle.db,
      logger,
      mailer: createSmtpMailer({ url: smtp.url, from: 'protokol@example.dk' }),
      publicUrl: 'https://protokol.example.dk/',
      now,
    });

  beforeAll(async () => {
    handle = await open({ seed: 'reference' });
    await handle.query(
      `insert into users (email, name, is_admin) values ('admin-a@example.dk', 'Admin A', true),
        ('admin-b@example.dk', 'Admin B', true), ('slukket@example.dk', 'Gammel admin', true),
        ('medlem@example.dk', 'Medlem', false)`,
    );
    await handle.query(`update users set disabled_at = now() where email = 'slukket@example.dk'`);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-coverage-'));
    site = new SiteDroppingAttachments({
      seed: 23,
      committees: 2,
      meetingsPerCommittee: 5,
      from: '2026-01-01',
      to: '2026-10-31',
      today: '2026-11-20',
      sizeScale: 0.05,
    });
    server = await startReplayServer(site);
    smtp = await startSmtpServer();
    const registered = await siteForHarvest(handle.db, {
      url: server.url,
      publisher: await publisherNamed(handle.db, 'Solrød Kommune'),
    });
    siteId = registered.id;
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
    await handle?.close();
    fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
  });

  it('holds every meeting and document the site offers: 100 %, seen → searchable measured, no alarm', async () => {
    expect((await sourceOf()).committees).toEqual([]); // the list is not read yet
    const result = await harvest();
    expect(result.ok).toBe(true);
    const source = await sourceOf();
    expect(source.committees).toHaveLength(2);
    for (const committee of source.committees) {
      expect(committee).toMatchObject({ listed: 5, held: 5, removed: 0, meetingsShare: 1, documentsShare: 1 });
    }
    const openAttachments = site.attachments().filter((a) => !a.isClosed).length;
    expect(openAttachments).toBeGreaterThan(0);
    expect(source.coverage).toMatchObject({
      listed: 10,
      held: 10,
      documentsOffered: 10 + openAttachments,
      documentsHeld: 10 + openAttachments,
    });
    expect(source.alarm).toBeNull();
    // Seen on the list before any meeting was fetched, searchable when stored: within the run.
    expect(source.freshness.meetings).toBe(10);
    expect(source.freshness.medianSeconds).toBeGreaterThanOrEqual(0);
    expect(source.freshness.p95Seconds).toBeLessThan(120);
    const { freshness } = await listSourcesWithFreshness({ db: handle.db, now: NOW });
    expect(freshness.meetings).toBe(10);
    // Minutes were stored: when they replaced the agenda is kept.
    const [minutes] = await handle.query<{ n: number }>(
      'select count(*)::int as n from harvest_meetings where site_id = $1 and minutes_at is not null',
      [siteId],
    );
    expect(minutes.n).toBe(site.meetings().filter((m) => m.hasMinutes).length);

    const report = await check();
    expect(report.raised).toEqual([]);
    expect(smtp.received).toHaveLength(0);
  });

  it('keeps a meeting removed at the source, marked with the date on its page and counted', async () => {
    const gone = site.meetings()[3];
    const [row] = await handle.query<{ meeting_id: number }>(
      'select meeting_id from harvest_meetings where site_id = $1 and meeting_guid = $2',
      [siteId, gone.guid],
    );
    site.removeMeeting(gone.guid);
    const removedOn = new Date('2026-11-21T09:00:00Z');
    await harvest(removedOn);
    const source = await sourceOf(removedOn);
    expect(source.coverage).toMatchObject({ listed: 9, held: 9, removed: 1 });
    expect(source.alarm).toBeNull();
    const [listing] = await handle.query<{ removed_at: Date }>(
      'select removed_at from harvest_listings where site_id = $1 and meeting_guid = $2',
      [siteId, gone.guid],
    );
    expect(listing.removed_at).not.toBeNull();
    // Still in the archive, marked on its page with the day it went (Danish time).
    const app = createApp({ handle, now: () => removedOn });
    const page = await app.request(`/moede/${row.meeting_id}`);
    expect(page.status).toBe(200);
    const today = new Intl.DateTimeFormat('da-DK', {
      timeZone: 'Europe/Copenhagen',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(listing.removed_at));
    expect(await page.text()).toContain(`(fjernet fra udgiverens side den ${today}; beholdt her)`);
    // /kilder says it too.
    const sources = await (await app.request('/kilder')).text();
    expect(sources).toContain('1 møde fjernet ved kilden (beholdt her)');
    expect(sources).toContain('Møder: 9 af 9 (100 %)');
    expect(sources).toMatch(
      /Fra et møde dukker op på en kildes liste, til det kan findes her, går der typisk [^;]+; 95 % er fundet inden for/,
    );
    // And as data.
    const api = JSON.parse(await (await app.request('/api/v1/sources')).text()) as {
      data: { url: string | null; coverage: unknown; committees: unknown[]; freshness: { meetings: number } }[];
      freshness: { meetings: number; medianSeconds: number | null };
    };
    const ours = api.data.find((entry) => entry.url === server.url)!;
    expect(ours.coverage).toMatchObject({ listed: 9, held: 9, removed: 1, meetingsShare: 1 });
    expect(ours.committees).toHaveLength(2);
    expect(ours.freshness.meetings).toBe(10);
    expect(api.freshness.meetings).toBe(10);
    expect(api.freshness.medianSeconds).not.toBeNull();
  });

  it('raises an alarm when a committee falls under 95 %, e-mails the admins once, and clears it', async () => {
    // Two new meetings of the first committee; one cannot be fetched (the site answers 500).
    site.addMeeting(0, '2026-11-18');
    const broken = site.addMeeting(0, '2026-11-19');
    server.fault(`/api/agenda/dagsorden/${broken.guid}`, {
      kind: 'status',
      status: 500,
      times: Number.POSITIVE_INFINITY,
    });
    await harvest();
    const source = await sourceOf();
    const listed = site.committees[0].meetings.length;
    const first = source.committees.find((c) => c.committeeGuid === site.committees[0].guid)!;
    expect(first).toMatchObject({ listed, held: listed - 1 });
    expect(first.meetingsShare).toBeLessThan(0.95);
    const shortfall = `${listed - 1} af ${listed} møder (${Math.floor(((listed - 1) / listed) * 100)} %)`;
    expect(source.alarm).toContain('Dækning under 95 %');
    expect(source.alarm).toContain(`${site.committees[0].name}: ${shortfall}`);

    logLines.length = 0;
    const report = await check();
    expect(report.raised.map((r) => r.siteId)).toEqual([siteId]);
    expect(report.mailedTo.sort()).toEqual(['admin-a@example.dk', 'admin-b@example.dk']);
    const mails = await smtp.waitFor(2);
    expect(mails.flatMap((m) => m.to).sort()).toEqual(['admin-a@example.dk', 'admin-b@example.dk']);
    expect(mails[0].subject).toBe('Protokol: alarm for en kilde');
    expect(mails[0].text).toContain(shortfall);
    expect(mails[0].text).toContain(`https://protokol.example.dk/admin/kilder/${siteId}`);
    expect(logLines.some((line) => line.includes(' WARN kilde: Dækning under 95 %'))).toBe(true);
    // The admins' overview shows it, with since when.
    expect((await sourceOf()).recordedAlarm?.text).toBe(source.alarm);

    // The next round: still raised and logged, not e-mailed again.
    logLines.length = 0;
    const again = await check();
    expect(again).toMatchObject({ raised: [], ongoing: 1 });
    expect(smtp.received).toHaveLength(2);
    expect(logLines.some((line) => line.includes('Dækning under 95 %'))).toBe(true);

    // The meeting comes: the alarm clears.
    server.clearFaults();
    await harvest();
    expect((await sourceOf()).alarm).toBeNull();
    const cleared = await check();
    expect(cleared.cleared).toBe(1);
    expect((await sourceOf()).recordedAlarm).toBeNull();
  });

  it('counts a document fetched for an older date on the list as out of date', async () => {
    const moved = site.meetings().find((m) => m.committeeIndex === 1)!;
    site.changeDato(moved.guid, moved.dato.replace(/T\d\d:/, 'T09:'));
    server.fault(`/api/agenda/dagsorden/${moved.guid}`, {
      kind: 'status',
      status: 500,
      times: Number.POSITIVE_INFINITY,
    });
    await harvest();
    server.clearFaults();
    const committeeOf = async () =>
      (await sourceOf()).committees.find((c) => c.committeeGuid === site.committees[1].guid)!;
    const second = await committeeOf();
    expect(second.held).toBe(second.listed);
    expect(second.documentsHeld).toBe(second.documentsOffered - 1);
    await harvest();
    expect((await committeeOf()).documentsShare).toBe(1);
  });

  it("keeps an attachment its site's document no longer names, marked on its item's page, until it comes back", async () => {
    const [held] = await handle.query<{ document_id: string; item_id: number; meeting_id: number }>(
      `select a.document_id, i.id as item_id, i.meeting_id from attachments a
       join agenda_items i on i.id = a.item_id join harvest_meetings hm on hm.meeting_id = i.meeting_id
       where hm.site_id = $1 and a.sha256 is not null and not a.is_closed order by a.id limit 1`,
      [siteId],
    );
    const removedOf = async () =>
      (
        await handle.query<{ removed_at_source: Date | null; sha256: string | null }>(
          `select a.removed_at_source, a.sha256 from attachments a join agenda_items i on i.id = a.item_id
           where i.meeting_id = $1 and a.document_id = $2`,
          [held.meeting_id, held.document_id],
        )
      )[0];
    site.dropped.add(held.document_id.toLowerCase());
    await harvest(NOW, true);
    const kept = await removedOf();
    expect(kept.removed_at_source).not.toBeNull();
    expect(kept.sha256).not.toBeNull(); // its file and text stay
    const [item] = await handle.query<{ id: number }>('select id from agenda_items where meeting_id = $1 and id = $2', [
      held.meeting_id,
      held.item_id,
    ]);
    const app = createApp({ handle, now: () => NOW, cache: false });
    expect(await (await app.request(`/punkt/${item?.id ?? held.item_id}`)).text()).toContain(
      '(fjernet fra udgiverens side den',
    );
    // Still gone at the next rewrite: marked since the first time.
    await harvest(NOW, true);
    expect((await removedOf()).removed_at_source).toEqual(kept.removed_at_source);
    // Back on the site: no longer marked.
    site.dropped.clear();
    await harvest(NOW, true);
    expect((await removedOf()).removed_at_source).toBeNull();
  });

  it('raises "Forældet" when no run succeeded for 36 hours, and e-mails it', async () => {
    // Runs are timed by the clock, not the harvest's `now`: 60 hours after the last one.
    const later = new Date(Date.now() + 60 * HOUR);
    const before = smtp.received.length;
    const report = await check(later);
    expect(report.raised).toHaveLength(1);
    expect(report.raised[0].alarm).toContain('Forældet');
    const mails = await smtp.waitFor(before + 2);
    expect(mails.at(-1)?.text).toContain('Forældet: ikke hentet med held i over 36 timer');
  });
});

describe.each(TEST_DATABASES)('one site under two host names on $name', ({ open }) => {
  let handle: DbHandle;
  let site: FakeSite;
  let server: ReplayServer;

  beforeAll(async () => {
    handle = await open({ seed: 'reference' });
    site = new FakeSite({ seed: 31, committees: 1, meetingsPerCommittee: 4, today: '2026-11-20', sizeScale: 0.05 });
    server = await startReplayServer(site);
  });
  afterAll(async () => {
    await server?.close();
    await handle?.close();
  });

  it('stores a meeting harvested from both names once, and marks it removed only when neither lists it', async () => {
    const publisher = await publisherNamed(handle.db, 'Albertslund Kommune');
    const other = server.url.replace('127.0.0.1', 'localhost');
    expect(other).not.toBe(server.url);
    const sites = [
      await siteForHarvest(handle.db, { url: server.url, publisher }),
      await siteForHarvest(handle.db, { url: other, publisher }),
    ];
    expect(sites[0].id).not.toBe(sites[1].id);
    for (const registered of sites) {
      const result = await harvestPublicationSite({ db: handle.db, site: registered, client: FAST_CLIENT, now: NOW });
      expect(result.ok && result.report.counts.failed).toBe(0);
    }
    const meetingsOf = () =>
      handle.query<{ meeting_id: number; n: number }>(
        `select meeting_id, count(*)::int as n from harvest_meetings where site_id in ($1, $2) group by meeting_id`,
        [sites[0].id, sites[1].id],
      );
    const held = await meetingsOf();
    expect(held).toHaveLength(4); // four meetings, each held by both sites' state
    expect(held.every((row) => row.n === 2)).toBe(true);
    const [count] = await handle.query<{ n: number }>(
      `select count(*)::int as n from meetings m join bodies b on b.id = m.body_id
       join organisations o on o.id = b.publisher_id where o.name = 'Albertslund Kommune'`,
    );
    expect(count.n).toBe(4);

    // Gone from the list: one name harvested since says so, the other still lists it — not removed yet.
    const gone = site.meetings()[0];
    const meetingId = (
      await handle.query<{ meeting_id: number }>(
        'select meeting_id from harvest_meetings where site_id = $1 and meeting_guid = $2',
        [sites[0].id, gone.guid],
      )
    )[0].meeting_id;
    site.removeMeeting(gone.guid);
    // One portal: its page cache is emptied when removed_at changes (the data's version moves on).
    const app = createApp({ handle, now: () => NOW, cache: { probeIntervalMs: 0 } });
    const page = async () => (await app.request(`/moede/${meetingId}`)).text();
    await harvestPublicationSite({ db: handle.db, site: sites[0], client: FAST_CLIENT, now: NOW });
    expect(await page()).not.toContain('fjernet fra udgiverens side');
    await harvestPublicationSite({ db: handle.db, site: sites[1], client: FAST_CLIENT, now: NOW });
    expect(await page()).toContain('fjernet fra udgiverens side');
  });
});
