/**
 * Issue 18's replay of the national archive, end to end: four local First Agenda sites (the
 * project's own site generator and its First Agenda JSON fixtures, split over them), harvested
 * with attachments by the server's schedule, round after round, on PGlite and PostgreSQL:
 *
 * - one site answers under two host names (127.0.0.1 and localhost): two sources, each meeting stored once;
 * - one starts answering 403 in the second round: blocked for 6 hours, left alone by the next round;
 * - one drops a meeting (kept, marked "removed at the source" on its page and in /kilder) and lists
 *   a new one it cannot deliver (500): coverage under 95 %, an alarm logged, e-mailed to the admins
 *   over a real SMTP server and recorded for their overview, cleared when the meeting comes;
 * - one turns an agenda into minutes and then corrects them: the same meeting, rewritten;
 * - one attachment is a scanned PDF made by the test (no text layer), read by Tesseract;
 * - one section of a fixture carries a CPR-shaped number (synthetic: "born" in 2046).
 *
 * Each round checks statuses and coverage; every request each site logged is matched to the grant
 * of the host budget (in the database) it went through, and counted per host and budget window:
 * never more than the budget, which is small enough here to make the harvest wait. A last round
 * runs two schedules at once: each site is harvested by one of them, no document fetched twice.
 *
 * On the crawl database (PostgreSQL when the run has one: CRAWL_DATABASES) also: the OCR'd words
 * found by search (naming the attachment and the page), and the masked number absent from every
 * surface — a crawl from the front page, /kilder, OParl's system and the API through pages, the
 * JSON API, OParl, feeds and downloads (one page of each shape, every page of the meeting with the
 * number), plus search, the change feed and the exports. On PostgreSQL: two real `protokol serve`
 * processes harvesting on the same schedule (HARVEST_SCHEDULE=1m, its least value; their first
 * round comes soon after start-up: started before everything else and checked last).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db, type DbHandle } from '../../src/db/client.js';
import { loadReferenceData } from '../../src/db/load-reference-data.js';
import { searchItems } from '../../src/db/search/search-items.js';
import type { HarvestSiteRow } from '../../src/db/stores/harvest-sites-store.js';
import { CPR_MASK } from '../../src/domain/cpr.js';
import type { RequestBudget } from '../../src/importer/harvest/site-client.js';
import { createLogger } from '../../src/log.js';
import { siteForHarvest } from '../../src/use-cases/harvest/harvest-publication-site.js';
import { databaseBudget } from '../../src/use-cases/harvest/host-budget.js';
import { listSitesWithRuns, type SiteWithStatus } from '../../src/use-cases/harvest/list-sites.js';
import { readScannedPages } from '../../src/use-cases/harvest/read-scanned-pages.js';
import { startHarvestSchedule } from '../../src/use-cases/harvest/run-harvest-schedule.js';
import { EXPORT_TABLES, exportArchive } from '../../src/use-cases/open-data/export-archive.js';
import { createApp } from '../../src/web/app.js';
import { createSmtpMailer } from '../../src/web/auth/mailers.js';
import { CRAWL_DATABASES, createPostgresDatabase, TEST_DATABASES } from '../helpers/databases.js';
import { type FakeAttachment, FakeSite, type FakeSiteOptions } from '../helpers/firstagenda-site.js';
import { visibleText } from '../helpers/portal.js';
import { publisherNamed } from '../helpers/publishers.js';
import { FAST_CLIENT, type ReplayServer, startReplayServer } from '../helpers/replay-server.js';
import { ocrMissing, pdftotext, scannedPdf } from '../helpers/scanned-pdf.js';
import { type ServeProcess, startServe } from '../helpers/serve-process.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const OCR_MISSING = ocrMissing();
if (OCR_MISSING) console.warn(`OCR part of the national replay skipped: ${OCR_MISSING}`);

const HOUR = 3_600_000;
const LISTING = '/api/agenda/udvalgsliste';
const FIXTURES = path.resolve('test/fixtures/minutes/firstagenda-json');
const ORIGIN = 'https://protokol.example.dk';
/** Small, so that the harvest has to wait for it: 4 requests per host in a window of half a second. */
const BUDGET = { perMinute: 4, windowMs: 500, perDay: 100_000 };

/** A synthetic personal number: "born" 24 September 2046 (no person has it), failing modulus 11. */
const SYNTHETIC_CPR = '240946-5003';
/** The number in each way it can be written: with a dash or a space, or without one. */
const NUMBER = new RegExp(`${SYNTHETIC_CPR.slice(0, 6)}\\D?${SYNTHETIC_CPR.slice(7)}`);
const CPR_SENTENCE = `<p>Borgerens CPR-nr. ${SYNTHETIC_CPR} fremgår af henvendelsen.</p>\n`;

/** A path's shape: its first segment and its words kept, ids, slugs, case numbers and dates as ":x"; the query's names. */
function shapeOf(pathAndQuery: string): string {
  const url = new URL(pathAndQuery, ORIGIN);
  const segments = url.pathname
    .split('/')
    .map((segment, index) => (index <= 1 || /^[a-zæøå]+(?:\.[a-z]+)?$/.test(segment) ? segment : ':x'));
  return `${segments.join('/')}?${[...new Set(url.searchParams.keys())].sort().join('&')}`;
}

/** The scanned attachment's one page, and a word of it that is nowhere else. */
const SCAN_LINES = ['Notat om fortove og stier', 'Kommunen afsætter midler til vejbelysning ved skolestien.'];
const SCAN_WORD = 'vejbelysning';

/** A day in Copenhagen, counted from today (YYYY-MM-DD): the harvest's "recent" window runs on the real clock. */
function copenhagenDay(offsetDays = 0): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + offsetDays)).toISOString().slice(0, 10);
}

interface SiteDocument {
  Udvalg: { Id: string; Navn: string; Historisk: boolean };
  Moede: { Dato: string };
  Dagsordenpunkter: {
    Punktnummer: string;
    Felter: { Html: string }[];
    Bilag?: { Id: string; Navn: string }[];
  }[];
}

interface FixtureMeeting {
  guid: string;
  document: SiteDocument;
  json: string;
  attachments: FakeAttachment[];
}

/**
 * A generated First Agenda site (firstagenda-site.ts) that also serves some of the project's
 * First Agenda fixtures (test/fixtures/minutes/firstagenda-json) as meetings of their own
 * committee, with their attachments; text can be put into a meeting's first item. Generated
 * meetings carry no attachments here (the fixtures do): fewer requests, a faster replay.
 */
class ReplaySite extends FakeSite {
  readonly fixtures: FixtureMeeting[] = [];
  /** Meeting GUID → HTML put into its first item, after `after`. */
  readonly insertions = new Map<string, { after: string; html: string }>();

  serveFixture(name: string, meetingGuid: string): FixtureMeeting {
    const json = fs.readFileSync(path.join(FIXTURES, name, 'source.json'), 'utf8');
    const document = JSON.parse(json) as SiteDocument;
    const attachments = document.Dagsordenpunkter.flatMap((item) =>
      (item.Bilag ?? []).map(
        (entry): FakeAttachment => ({
          guid: entry.Id.toLowerCase(),
          meetingGuid,
          itemNumber: Number(item.Punktnummer),
          title: entry.Navn,
          hasTextLayer: true,
          isClosed: false,
          hasLink: false,
        }),
      ),
    );
    const fixture = { guid: meetingGuid, document, json, attachments };
    this.fixtures.push(fixture);
    return fixture;
  }

  override listing(): unknown {
    const listing = super.listing() as { Udvalg: Record<string, unknown[]> };
    for (const { guid, document } of this.fixtures) {
      listing.Udvalg['Aktuelle politiske udvalg'] ??= [];
      listing.Udvalg['Aktuelle politiske udvalg'].push({
        ...document.Udvalg,
        Moeder: [{ Id: guid, Dato: document.Moede.Dato }],
      });
    }
    return listing;
  }

  override documentJson(meetingGuid: string, baseUrl: string): string | undefined {
    const fixture = this.fixtures.find((f) => f.guid === meetingGuid.toLowerCase());
    const json = fixture
      ? fixture.json.replaceAll('https://dagsordener.example.invalid', baseUrl)
      : super.documentJson(meetingGuid, baseUrl);
    if (json === undefined) return undefined;
    const document = JSON.parse(json) as SiteDocument;
    if (!fixture) for (const item of document.Dagsordenpunkter) item.Bilag = [];
    const insertion = this.insertions.get(meetingGuid.toLowerCase());
    if (insertion) {
      const field = document.Dagsordenpunkter[0].Felter[0];
      if (!field.Html.includes(insertion.after)) throw new Error(`no »${insertion.after}« to insert after`);
      field.Html = field.Html.replace(insertion.after, `${insertion.after}${insertion.html}`);
    }
    return JSON.stringify(document);
  }

  override attachment(attachmentGuid: string): FakeAttachment | undefined {
    const wanted = attachmentGuid.toLowerCase();
    return this.fixtures.flatMap((f) => f.attachments).find((a) => a.guid === wanted) ?? super.attachment(wanted);
  }
}

/** Old meetings (never in the harvest's recent window): an unchanged site costs one request. */
const OLD: FakeSiteOptions = {
  committees: 1,
  meetingsPerCommittee: 2,
  from: '2025-09-01',
  to: '2025-10-31',
  today: '2025-12-01',
  sizeScale: 0.03,
};

function collector() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** Two `protokol serve` processes on a PostgreSQL database of their own, with two replayed sites. */
interface ServeWorld {
  database: { url: string; drop(): Promise<void> };
  handle: DbHandle;
  servers: ReplayServer[];
  sites: HarvestSiteRow[];
  processes: ServeProcess[];
  dirs: string[];
}

const SERVE_BUDGET_PER_MINUTE = 12;
/** Filled as it starts, so that whatever started is stopped again. */
const serveWorld: Partial<ServeWorld> & { servers: ReplayServer[]; processes: ServeProcess[]; dirs: string[] } = {
  servers: [],
  processes: [],
  dirs: [],
};
let serveWorldStarted: Promise<void> | undefined;

/**
 * Two `protokol serve` processes with the schedule on a database of their own. Started before
 * everything else and not waited for: their first round comes soon after each starts, and the
 * replays below run meanwhile. The sites are registered (and the reference data's real sites
 * paused) before the processes start.
 */
async function startServeWorld(world: typeof serveWorld): Promise<void> {
  world.database = await createPostgresDatabase({ migrated: true });
  world.handle = await createDb({ databaseUrl: world.database.url, migrate: false });
  // Everything in place before the processes start: their first round comes soon after start-up.
  await loadReferenceData(world.handle.db);
  // The real sites of the reference data are never asked from a test (loading them again keeps this).
  await world.handle.query("update harvest_sites set state = 'paused' where reference_key is not null");
  world.sites = [];
  for (const [seed, publisher] of [
    [191, 'Køge Kommune'],
    [192, 'Herning Kommune'],
  ] as const) {
    const server = await startReplayServer(new ReplaySite({ ...OLD, seed, meetingsPerCommittee: 3 }));
    world.servers.push(server);
    world.sites.push(
      await siteForHarvest(world.handle.db, {
        url: server.url,
        publisher: await publisherNamed(world.handle.db, publisher),
      }),
    );
  }
  // At once (migrations and reference data take turns under their advisory locks).
  const started = await Promise.allSettled(
    [0, 1].map(async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-national-serve-'));
      world.dirs.push(dir);
      const serve = await startServe({
        DATABASE_URL: world.database!.url,
        SECRET_KEY: 'a-shared-secret-key-of-the-national-replay-test',
        PROTOKOL_DATA: dir,
        HARVEST_SCHEDULE: '1m',
        HARVEST_BUDGET_PER_MINUTE: String(SERVE_BUDGET_PER_MINUTE),
        LOG_LEVEL: 'info',
      });
      world.processes.push(serve);
    }),
  );
  for (const outcome of started) if (outcome.status === 'rejected') throw outcome.reason;
}

beforeAll(() => {
  if (!serverUrl) return;
  serveWorldStarted = startServeWorld(serveWorld);
  serveWorldStarted.catch(() => {}); // reported by the test that needs it
});

afterAll(async () => {
  await serveWorldStarted?.catch(() => {});
  await Promise.all(serveWorld.processes.map((p) => p.stop()));
  await Promise.all(serveWorld.servers.map((s) => s.close()));
  await serveWorld.handle?.close();
  await serveWorld.database?.drop();
  for (const dir of serveWorld.dirs) fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe.each(TEST_DATABASES)('the national archive replayed on $name', ({ name, open }) => {
  let handle: DbHandle;
  let smtp: TestSmtpServer;
  let mailer: ReturnType<typeof createSmtpMailer>;
  let dataDir: string;
  const logLines: string[] = [];
  const logger = createLogger('info', (line) => logLines.push(line));

  /** The four sites; `twoNames` is registered twice, under 127.0.0.1 and under localhost. */
  let twoNames: ReplaySite;
  let refusing: ReplaySite;
  let dropping: ReplaySite;
  let correcting: ReplaySite;
  let servers: Record<'twoNames' | 'refusing' | 'dropping' | 'correcting', ReplayServer>;
  let sourceIds: Record<'twoNamesIp' | 'twoNamesLocalhost' | 'refusing' | 'dropping' | 'correcting', number>;
  let scan: FakeAttachment;
  let cprFixture: FixtureMeeting;

  /** Every grant of the host budget, with the request it was for. */
  const grants: { host: string; path: string; windowStart: number }[] = [];
  const recordingBudget = (db: Db): RequestBudget => ({
    take: (url, signal) =>
      databaseBudget(db, BUDGET, {
        onGrant: (host, windowStart) =>
          grants.push({ host, path: new URL(url).pathname, windowStart: windowStart.getTime() }),
      }).take(url, signal),
  });

  /** Runs one round of the schedule, or rounds of several schedules at once (several servers). */
  async function runRound(schedules = 1): Promise<void> {
    const started = Array.from({ length: schedules }, () =>
      startHarvestSchedule({
        db: handle.db,
        dataDir,
        intervalMs: HOUR,
        attachments: true,
        logger,
        mailer,
        publicUrl: `${ORIGIN}/`,
        // The real client and the real budget in the database, each grant recorded on its way.
        client: { ...FAST_CLIENT, budget: recordingBudget(handle.db) },
      }),
    );
    try {
      await Promise.all(started.map((schedule) => schedule.runOnce()));
    } finally {
      await Promise.all(started.map((schedule) => schedule.stop()));
    }
  }

  const sources = async () => {
    const all = await listSitesWithRuns({ db: handle.db });
    const byId = (id: number) => all.find((site) => site.id === id)!;
    return {
      all,
      twoNamesIp: byId(sourceIds.twoNamesIp),
      twoNamesLocalhost: byId(sourceIds.twoNamesLocalhost),
      refusing: byId(sourceIds.refusing),
      dropping: byId(sourceIds.dropping),
      correcting: byId(sourceIds.correcting),
    };
  };
  const ours = (all: SiteWithStatus[]) => all.filter((site) => Object.values(sourceIds).includes(site.id));
  const rows = <T>(sql: string, params: unknown[] = []) => handle.query<T>(sql, params);
  const meetingIdOf = async (siteId: number, meetingGuid: string) =>
    (
      await rows<{ meeting_id: number }>(
        'select meeting_id from harvest_meetings where site_id = $1 and meeting_guid = $2',
        [siteId, meetingGuid],
      )
    )[0]?.meeting_id;

  /**
   * The budget, measured against the sites' own logs: every request a site received is matched
   * (by host and path, in order) to a grant of the budget in the database, and each host's
   * requests are counted per budget window — never more than the budget. Nothing was granted that
   * no site received.
   */
  function expectBudgetKept(): { maxPerWindow: number; mostPerHost: number } {
    const pending = new Map<string, number[]>();
    for (const grant of grants) {
      const key = `${grant.host} ${grant.path}`;
      pending.set(key, [...(pending.get(key) ?? []), grant.windowStart]);
    }
    const perWindow = new Map<string, number>();
    const perHost = new Map<string, number>();
    let received = 0;
    for (const server of Object.values(servers)) {
      for (const request of server.requests) {
        const key = `${request.host} ${request.path}`;
        const window = pending.get(key)?.shift();
        expect(window, `${key} reached the site without a grant of the budget`).toBeDefined();
        const slot = `${request.host} ${window}`;
        perWindow.set(slot, (perWindow.get(slot) ?? 0) + 1);
        perHost.set(request.host!, (perHost.get(request.host!) ?? 0) + 1);
        received++;
      }
    }
    expect(received).toBe(grants.length);
    const maxPerWindow = Math.max(...perWindow.values());
    expect(maxPerWindow).toBeLessThanOrEqual(BUDGET.perMinute);
    return { maxPerWindow, mostPerHost: Math.max(...perHost.values()) };
  }

  beforeAll(async () => {
    handle = await open();
    await loadReferenceData(handle.db);
    await rows("update harvest_sites set state = 'paused' where reference_key is not null");
    await rows(
      `insert into users (email, name, is_admin) values ('kildeadmin@example.dk', 'Kildeadmin', true),
        ('medlem@example.dk', 'Medlem', false)`,
    );
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-national-'));
    smtp = await startSmtpServer();
    mailer = createSmtpMailer({ url: smtp.url, from: 'protokol@example.dk' });

    twoNames = new ReplaySite({ ...OLD, seed: 181 });
    refusing = new ReplaySite({ ...OLD, seed: 182 });
    dropping = new ReplaySite({ ...OLD, seed: 183 });
    // Recent meetings (re-read every round): the first one's minutes are out, the second is an agenda.
    correcting = new ReplaySite({
      seed: 184,
      committees: 1,
      meetingsPerCommittee: 2,
      from: copenhagenDay(-20),
      to: copenhagenDay(-6),
      today: copenhagenDay(-14),
      sizeScale: 0.03,
    });
    // The fixtures: minutes with a scanned attachment and a personal number in a section; an agenda
    // with an attachment that has a text layer.
    cprFixture = dropping.serveFixture('committee-minutes', 'a0a0a0a0-1818-4000-8000-000000000001');
    dropping.insertions.set(cprFixture.guid, { after: '<h4>Sagsbeskrivelse</h4>\n', html: CPR_SENTENCE });
    [scan] = cprFixture.attachments;
    scan.pdf = scannedPdf([SCAN_LINES]);
    correcting.serveFixture('agenda-utc-date', 'a0a0a0a0-1818-4000-8000-000000000002');

    servers = {
      twoNames: await startReplayServer(twoNames),
      refusing: await startReplayServer(refusing),
      dropping: await startReplayServer(dropping),
      correcting: await startReplayServer(correcting),
    };
    const register = async (url: string, publisher: string) =>
      (await siteForHarvest(handle.db, { url, publisher: await publisherNamed(handle.db, publisher) })).id;
    sourceIds = {
      twoNamesIp: await register(servers.twoNames.url, 'Region Sjælland'),
      twoNamesLocalhost: await register(servers.twoNames.url.replace('127.0.0.1', 'localhost'), 'Region Sjælland'),
      refusing: await register(servers.refusing.url, 'Albertslund Kommune'),
      dropping: await register(servers.dropping.url, 'Greve Kommune'),
      correcting: await register(servers.correcting.url, 'Solrød Kommune'),
    };
  });

  afterAll(async () => {
    mailer?.close();
    await Promise.all(Object.values(servers ?? {}).map((server) => server.close()));
    await smtp?.close();
    await handle?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
  });

  it('the sites really carry what the replay is about (so the test can fail)', () => {
    expect(dropping.documentJson(cprFixture.guid, servers.dropping.url)).toContain(SYNTHETIC_CPR);
    expect(pdftotext(scan.pdf!)).toBe(''); // a scan: no text layer
    expect(correcting.meetings().map((m) => m.hasMinutes)).toEqual([true, false]);
    expect(servers.twoNames.url).toContain('127.0.0.1');
  });

  it('round 1: every site harvested and fully covered; one meeting under two host names; the budget holds', async () => {
    expect(ours((await sources()).all).map((s) => s.status.status)).toEqual(Array(5).fill('never_harvested'));
    await runRound();

    const now = await sources();
    for (const source of ours(now.all)) {
      expect(source.status, source.url!).toMatchObject({ status: 'ok', failedRuns: 0, blockedUntil: null });
      expect(source.alarm).toBeNull();
      for (const committee of source.committees) {
        expect(committee, source.url!).toMatchObject({ removed: 0, meetingsShare: 1, documentsShare: 1 });
      }
    }
    // The reference data's sites are paused here, never asked.
    expect(now.all.filter((s) => s.referenceKey !== null).every((s) => s.status.status === 'paused')).toBe(true);
    // The fixture's committee is a committee of its own beside the generated one; the attachments count.
    expect(now.dropping.committees).toHaveLength(2);
    expect(now.dropping.coverage).toMatchObject({ listed: 3, held: 3, documentsOffered: 4, documentsHeld: 4 });
    expect(now.correcting.coverage).toMatchObject({ listed: 3, held: 3, documentsOffered: 4, documentsHeld: 4 });
    expect(now.dropping.freshness.meetings).toBe(3);

    // Under two host names: two sources, each holding both meetings — stored once.
    expect(now.twoNamesIp.meetingsHeld).toBe(2);
    expect(now.twoNamesLocalhost.meetingsHeld).toBe(2);
    const held = await rows<{ meeting_id: number; n: number }>(
      'select meeting_id, count(*)::int as n from harvest_meetings where site_id in ($1, $2) group by meeting_id',
      [sourceIds.twoNamesIp, sourceIds.twoNamesLocalhost],
    );
    expect(held.map((row) => row.n)).toEqual([2, 2]);
    const [region] = await rows<{ n: number }>(
      `select count(*)::int as n from meetings m join bodies b on b.id = m.body_id
       join organisations o on o.id = b.publisher_id where o.name = 'Region Sjælland'`,
    );
    expect(region.n).toBe(2);
    // The one server saw both names.
    expect(new Set(servers.twoNames.requests.map((r) => r.host)).size).toBe(2);

    const { mostPerHost } = expectBudgetKept();
    expect(mostPerHost).toBeGreaterThan(BUDGET.perMinute); // so the budget had to make the harvest wait
    for (const server of Object.values(servers)) expect(server.maxInFlight).toBeLessThanOrEqual(2);
    expect(smtp.received).toHaveLength(0);
  });

  it('round 2: a site refusing us is blocked; a dropped meeting is kept and marked; an undeliverable one raises the alarm', async () => {
    servers.refusing.fault(LISTING, { kind: 'status', status: 403, times: Number.POSITIVE_INFINITY });
    const [gone] = dropping.meetings();
    const goneId = await meetingIdOf(sourceIds.dropping, gone.guid);
    dropping.removeMeeting(gone.guid);
    const broken = dropping.addMeeting(0, copenhagenDay(-2));
    servers.dropping.fault(`/api/agenda/dagsorden/${broken.guid}`, {
      kind: 'status',
      status: 500,
      times: Number.POSITIVE_INFINITY,
    });
    const agenda = correcting.meetings()[1];
    correcting.publishMinutes(agenda.guid);
    logLines.length = 0;
    await runRound();

    const now = await sources();
    // 403: blocked, and the schedule will wait 6 hours.
    expect(now.refusing.status.status).toBe('blocked');
    expect(now.refusing.lastRun?.httpStatus).toBe(403);
    expect(now.refusing.status.blockedUntil!.getTime() - now.refusing.lastRun!.finishedAt!.getTime()).toBe(6 * HOUR);
    expect(now.refusing.status.lastSuccessAt).not.toBeNull();

    // The dropped meeting: kept, counted apart, marked on its page and in /kilder.
    expect(goneId).toBeDefined();
    expect(now.dropping.status.status).toBe('ok');
    expect(now.dropping.coverage).toMatchObject({ listed: 3, held: 2, removed: 1 });
    const [listing] = await rows<{ removed_at: Date | null }>(
      'select removed_at from harvest_listings where site_id = $1 and meeting_guid = $2',
      [sourceIds.dropping, gone.guid],
    );
    expect(listing.removed_at).not.toBeNull();
    const app = createApp({ handle, cache: false });
    const page = await app.request(`/moede/${goneId}`);
    expect(page.status).toBe(200);
    expect(visibleText(await page.text())).toContain('(fjernet fra udgiverens side den');
    const kilder = visibleText(await (await app.request('/kilder')).text());
    expect(kilder).toContain('1 møde fjernet ved kilden (beholdt her)');
    expect(kilder).toContain('Blokeret');

    // The meeting the site lists but cannot deliver: the committee is under 95 %, within this round.
    const committee = now.dropping.committees.find((c) => c.committeeGuid === dropping.committees[0].guid)!;
    expect(committee).toMatchObject({ listed: 2, held: 1, meetingsShare: 0.5 });
    expect(now.dropping.alarm).toMatch(/^Dækning under 95 % – /);
    expect(now.dropping.alarm).toContain(`${dropping.committees[0].name}: 1 af 2 møder (50 %)`);
    expect(now.dropping.recordedAlarm?.text).toBe(now.dropping.alarm);
    expect(logLines.filter((line) => line.includes(' WARN kilde: Dækning under 95 %'))).toHaveLength(1);
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toEqual(['kildeadmin@example.dk']);
    expect(mail.text).toContain('1 af 2 møder (50 %)');
    expect(mail.text).toContain(`${ORIGIN}/admin/kilder/${sourceIds.dropping}`);
    // No other source raised one (the blocked one says so in its status).
    expect(
      ours(now.all)
        .filter((s) => s.alarm !== null)
        .map((s) => s.id),
    ).toEqual([sourceIds.dropping]);

    // The agenda turned into minutes: the same meeting, rewritten, with when the minutes came.
    expect(now.correcting.lastRun?.counts).toMatchObject({ new: 0, update: 1 });
    const [minutes] = await rows<{ minutes_at: Date | null; document_type: string }>(
      `select hm.minutes_at, m.document_type from harvest_meetings hm join meetings m on m.id = hm.meeting_id
       where hm.site_id = $1 and hm.meeting_guid = $2`,
      [sourceIds.correcting, agenda.guid],
    );
    expect(minutes).toMatchObject({ document_type: 'referat' });
    expect(minutes.minutes_at).not.toBeNull();
    expectBudgetKept();
  });

  it('round 3: the blocked site is left alone, the alarm clears when the meeting comes, corrected minutes replace the old', async () => {
    servers.dropping.clearFaults();
    const corrected = correcting.meetings()[1];
    const meetingId = await meetingIdOf(sourceIds.correcting, corrected.guid);
    correcting.correctMinutes(corrected.guid);
    const askedBefore = servers.refusing.requests.length;
    logLines.length = 0;
    await runRound();

    const now = await sources();
    expect(servers.refusing.requests.length).toBe(askedBefore);
    expect(logLines.some((line) => line.includes('siden afviser os') && line.includes(servers.refusing.url))).toBe(
      true,
    );
    expect(now.refusing.status.status).toBe('blocked');

    expect(now.dropping.alarm).toBeNull();
    expect(now.dropping.recordedAlarm).toBeNull();
    expect(now.dropping.coverage).toMatchObject({ listed: 3, held: 3, removed: 1 });
    expect(logLines.some((line) => line.includes('kilde: alarmen er ophørt'))).toBe(true);
    expect(smtp.received).toHaveLength(1);

    // The correction: the same meeting, its decisions as corrected.
    expect(await meetingIdOf(sourceIds.correcting, corrected.guid)).toBe(meetingId);
    expect(now.correcting.lastRun?.counts).toMatchObject({ new: 0, update: 1 });
    const decisions = await rows<{ text: string }>(
      `select d.text from decisions d join agenda_items i on i.id = d.item_id where i.meeting_id = $1`,
      [meetingId],
    );
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.every((d) => d.text.includes('Rettet 1. gang efter mødet.'))).toBe(true);
    expectBudgetKept();
  });

  it('round 4: two schedules at once (two servers) never fetch a document twice', async () => {
    twoNames.addMeeting(0, '2025-11-10');
    dropping.addMeeting(0, '2025-11-12');
    const before = Object.fromEntries(Object.entries(servers).map(([key, s]) => [key, s.requests.length]));
    logLines.length = 0;
    await runRound(2);
    // Each of the four sites due was harvested by one schedule and passed over by the other.
    const passedOver = logLines.filter((line) =>
      /høst: siden (?:høstes af en anden proces|er høstet i denne runde)/.test(line),
    );
    expect(passedOver).toHaveLength(4);

    const asked = Object.entries(servers).flatMap(([key, server]) => server.requests.slice(before[key]));
    const count = (what: (path: string) => boolean) => {
      const seen = new Map<string, number>();
      for (const r of asked.filter((r) => what(r.path)))
        seen.set(`${r.host} ${r.path}`, (seen.get(`${r.host} ${r.path}`) ?? 0) + 1);
      return seen;
    };
    // Each site's list once (the blocked one not at all), each document and file at most once per host name.
    const listings = count((p) => p === LISTING);
    expect(listings.size).toBe(4);
    expect([...listings.values()].every((n) => n === 1)).toBe(true);
    const documents = count((p) => p.startsWith('/api/agenda/dagsorden/') || p.toLowerCase().startsWith('/vis/pdf/'));
    expect(documents.size).toBeGreaterThan(0);
    expect([...documents.entries()].filter(([, n]) => n > 1)).toEqual([]);
    // The new meeting of the site with two names: fetched under each name, stored once.
    const [region] = await rows<{ n: number }>(
      `select count(*)::int as n from meetings m join bodies b on b.id = m.body_id
       join organisations o on o.id = b.publisher_id where o.name = 'Region Sjælland'`,
    );
    expect(region.n).toBe(3);
    const now = await sources();
    expect(now.dropping.coverage).toMatchObject({ listed: 4, held: 4 });
    expectBudgetKept();
  });

  if (name !== CRAWL_DATABASES[0].name) return;

  it.skipIf(OCR_MISSING)(
    'reads the scanned attachment by OCR; search finds its words, naming the attachment and the page',
    async () => {
      const [held] = await rows<{ id: number; title: string; sha256: string }>(
        `select a.id, a.title, a.sha256 from attachments a where a.document_id = $1`,
        [scan.guid],
      );
      expect(held).toBeDefined();
      expect((await searchItems(handle.db, { query: SCAN_WORD })).attachmentHits).toEqual([]);
      const report = await readScannedPages({ db: handle.db, dataDir, ocr: { dpi: 150 } });
      expect(report).toMatchObject({ read: 1, failed: 0 });
      const [text] = await rows<{ text_source: string }>('select text_source from attachment_texts where sha256 = $1', [
        held.sha256,
      ]);
      expect(text.text_source).toBe('ocr');
      const found = await searchItems(handle.db, { query: SCAN_WORD });
      expect(found.attachmentHits).toHaveLength(1);
      expect(found.attachmentHits[0]).toMatchObject({ attachmentId: held.id, page: 1, readByOcr: true });
      expect(found.attachmentHits[0].publisher).toMatchObject({ slug: 'greve-kommune' });
      const page = visibleText(await (await createApp({ handle, cache: false }).request(`/sog?q=${SCAN_WORD}`)).text());
      expect(page).toContain(`${held.title} (side 1, læst med tekstgenkendelse`);
    },
  );

  it('masks the personal number where it stood, and no surface shows it: pages, API, OParl, feeds, exports, search', async () => {
    const cprMeeting = await meetingIdOf(sourceIds.dropping, cprFixture.guid);
    const items = await rows<{ id: number; number: number }>(
      'select id, number from agenda_items where meeting_id = $1 order by number',
      [cprMeeting],
    );
    const [section] = await rows<{ text: string }>(
      `select s.text from sections s where s.item_id = $1 and s.text like '%Borgerens%'`,
      [items[0].id],
    );
    expect(section.text).toContain(`Borgerens CPR-nr. ${CPR_MASK} fremgår af henvendelsen.`);
    const [findings] = await rows<{ n: number }>(
      'select count(*)::int as n from personal_number_findings where meeting_id = $1',
      [cprMeeting],
    );
    expect(findings.n).toBe(1);

    const app = createApp({ handle, cache: false, dataDir });
    const visited = new Map<string, number>();
    const masked = new Set<string>();
    const expectNoNumber = (text: string, where: string, echo?: string) => {
      let checked = text;
      if (echo) {
        const forms = [echo, encodeURIComponent(echo), new URLSearchParams({ q: echo }).toString().slice(2)];
        for (const form of [...forms, ...forms.map((f) => encodeURIComponent(f))])
          checked = checked.split(form).join(' ');
      }
      expect(NUMBER.test(checked), `the number in ${where}`).toBe(false);
    };
    /** Requests a URL; no number in its body (unzipped, unfolded) or headers; its links. */
    const get = async (url: string, echo?: string) => {
      const response = await app.request(url.startsWith('http') ? url : `${ORIGIN}${url}`);
      visited.set(url, response.status);
      expect(response.status, url).toBeLessThan(500);
      let bytes = Buffer.from(await response.arrayBuffer());
      if (response.headers.get('content-type') === 'application/gzip' && response.status === 200)
        bytes = gunzipSync(bytes);
      let text = bytes.toString('utf8');
      if (response.headers.get('content-type')?.startsWith('text/calendar')) text = text.replace(/\r\n[ \t]/g, '');
      expectNoNumber(text, url, echo);
      response.headers.forEach((value, header) => {
        expectNoNumber(value, `header ${header} of ${url}`, echo);
      });
      if (text.includes(CPR_MASK)) masked.add(url);
      const links = new Set<string>();
      for (const match of text.matchAll(/(?:href|src)="([^"#]+)"/g)) links.add(match[1].replaceAll('&amp;', '&'));
      for (const match of text.matchAll(/"((?:https:\/\/protokol\.example\.dk)?\/(?:api\/v1|oparl\/v1)\/[^"\s]*)"/g))
        links.add(match[1]);
      return { status: response.status, text, links: [...links] };
    };

    // The crawl: from the front page and OParl's system, every link followed — two pages of each
    // shape, and every page of the meeting with the number (its items, files, body and publisher).
    const [{ slug: bodySlug }] = await rows<{ slug: string }>(
      'select b.slug from bodies b join meetings m on m.body_id = b.id where m.id = $1',
      [cprMeeting],
    );
    // Its pages by their path (not by a query naming its publisher: every search filter would be
    // "mine"), its publisher's and its body's, and OParl's list of bodies (walked to the publisher).
    const mine = new RegExp(
      `^(?:${ORIGIN})?(?:/oparl/v1/bodies|(?:/udgiver|/oparl/v1/body|/api/v1/publishers)/greve-kommune|(?:/organ|/oparl/v1/organization|/api/v1/bodies)/${bodySlug}|(?:/[a-z0-9]+)*/(?:moede|meetings|meeting)/${cprMeeting}|(?:/[a-z0-9]+)*/(?:punkt|items|agendaItem)/(?:${items.map((i) => i.id).join('|')}))(?:[/.?]|$)`,
    );
    const skip = /^\/(?:log-ud|log-ind|sprog|static)(?:[/?]|$)|\.(?:css|js|svg|png|ico|woff2?)(?:$|\?)/;
    const queue = ['/', '/kilder', `${ORIGIN}/oparl/v1/system`, '/api/v1/sources', '/api/v1/meetings?limit=200'];
    const seen = new Set(queue);
    const shapes = new Map<string, number>();
    while (queue.length > 0 && visited.size < 900) {
      const url = queue.shift()!;
      const { links } = await get(url);
      for (const link of links) {
        const local = link.startsWith(ORIGIN) ? link : link.startsWith('/') && !link.startsWith('//') ? link : null;
        if (!local || seen.has(local)) continue;
        const pathOnly = local.replace(ORIGIN, '');
        if (skip.test(pathOnly)) continue;
        seen.add(local);
        const shape = shapeOf(pathOnly);
        const taken = shapes.get(shape) ?? 0;
        if (!mine.test(pathOnly) && taken >= 1) continue;
        shapes.set(shape, taken + 1);
        queue.push(local);
      }
    }
    expect(queue).toEqual([]); // the crawl ran out of links, not of patience
    // It reached the meeting, its items, OParl's meeting and the body's feeds by links.
    const reached = [...visited.keys()].map((url) => url.replace(ORIGIN, ''));
    for (const expected of [`/moede/${cprMeeting}`, `/punkt/${items[0].id}`, `/oparl/v1/meeting/${cprMeeting}`]) {
      expect(reached, expected).toContain(expected);
    }
    expect(reached.some((url) => url.endsWith('.atom'))).toBe(true);
    expect(reached.some((url) => url.endsWith('.ics'))).toBe(true);
    expect(reached.some((url) => /\.csv(?:$|\?)/.test(url))).toBe(true);
    // The mask was there to be seen (so the crawl could have seen the number).
    expect(masked).toContain(`/punkt/${items[0].id}`);
    expect([...masked].some((url) => url.includes('/oparl/v1/'))).toBe(true);

    // What no link leads to: the records of the meeting's items, the change feed, the dump, the exports.
    for (const item of items) await get(`/api/v1/items/${item.id}`);
    let changes = 0;
    for (let since = ''; ; ) {
      const lines = (await get(`/api/v1/changes?limit=1000${since}`)).text.split('\n').filter(Boolean);
      if (lines.length === 0) break;
      changes += lines.length;
      since = `&since=${(JSON.parse(lines.at(-1)!) as { cursor: string }).cursor}`;
    }
    expect(changes).toBeGreaterThan(0);
    expect((await get('/api/v1/export')).text).toContain(CPR_MASK);
    const ndjson = collector();
    await exportArchive({ db: handle.db, target: { format: 'ndjson', out: ndjson.stream } });
    expectNoNumber(ndjson.text(), 'the NDJSON export');
    expect(ndjson.text()).toContain(CPR_MASK);
    for (const table of EXPORT_TABLES) {
      const csv = collector();
      await exportArchive({
        db: handle.db,
        target: { format: 'csv', tables: [table], table: () => ({ stream: csv.stream, close: async () => {} }) },
      });
      expectNoNumber(csv.text(), `the CSV export of ${table}`);
    }

    // Search: the words around the number find the item with the mask; the number finds nothing.
    for (const word of ['Borgerens', 'henvendelsen']) {
      expect(visibleText((await get(`/sog?q=${word}`, word)).text)).toContain(CPR_MASK);
      const api = JSON.parse((await get(`/api/v1/search?q=${word}&limit=50`, word)).text) as { data: unknown[] };
      expect(api.data.length).toBeGreaterThan(0);
      await get(`/sog.atom?q=${word}`, word);
      await get(`/sog.csv?q=${word}`, word);
    }
    for (const form of [SYNTHETIC_CPR, SYNTHETIC_CPR.replace('-', ''), SYNTHETIC_CPR.slice(0, 6)]) {
      const api = JSON.parse((await get(`/api/v1/search?q=${encodeURIComponent(form)}`, form)).text) as {
        data: unknown[];
      };
      expect(api.data, form).toEqual([]);
      expect(visibleText((await get(`/sog?q=${encodeURIComponent(form)}`, form)).text)).not.toContain('Borgerens');
    }
  }, 120_000);
});

describe.skipIf(!serverUrl)('two `protokol serve` processes harvesting on the same schedule (PostgreSQL)', () => {
  const perSite =
    /høst: (?:side høstet|siden høstes af en anden proces|siden er høstet i denne runde|siden kunne ikke høstes)/g;

  it('fetch every document once between them, every request through the hosts’ shared budget', async () => {
    await serveWorldStarted;
    const world = serveWorld as Required<ServeWorld>;
    // Each process logs one line per site in its round (harvested, or passed over as busy).
    const roundsDone = () =>
      world.processes.every((p) => (p.stderr().match(perSite) ?? []).length >= world.sites.length);
    await expect.poll(roundsDone, { timeout: 150_000, interval: 250 }).toBe(true);
    const logs = world.processes.map((p) => p.stderr());
    expect(logs.join('\n')).not.toContain('siden kunne ikke høstes');

    const meetings = world.servers.flatMap((s) => (s.site as ReplaySite).meetings());
    const documents = world.servers.flatMap((s) =>
      s.requests.filter((r) => r.path.startsWith('/api/agenda/dagsorden/')),
    );
    expect(documents.map((r) => r.path).sort()).toEqual(meetings.map((m) => `/api/agenda/dagsorden/${m.guid}`).sort());
    const [stored] = await world.handle.query<{ n: number; meetings: number }>(
      'select count(*)::int as n, count(distinct meeting_id)::int as meetings from harvest_meetings',
    );
    expect(stored).toEqual({ n: meetings.length, meetings: meetings.length });
    for (const server of world.servers) {
      // Each process reads a site's list at most once a round.
      expect(server.count(LISTING)).toBeGreaterThanOrEqual(1);
      expect(server.count(LISTING)).toBeLessThanOrEqual(2);
      // Every request the site saw was counted in the budget both processes share, per minute within it.
      const host = new URL(server.url).host;
      const [budget] = await world.handle.query<{ day_count: number }>(
        'select day_count from host_request_budgets where host = $1',
        [host],
      );
      expect(budget.day_count).toBe(server.requests.length);
      const perMinute = new Map<number, number>();
      for (const request of server.requests) {
        const minute = Math.floor((performance.timeOrigin + request.startedAt) / 60_000);
        perMinute.set(minute, (perMinute.get(minute) ?? 0) + 1);
      }
      expect(Math.max(...perMinute.values())).toBeLessThanOrEqual(SERVE_BUDGET_PER_MINUTE);
      expect(server.maxInFlight).toBeLessThanOrEqual(2);
    }
    const statuses = (await listSitesWithRuns({ db: world.handle.db })).filter((s) =>
      world.sites.some((site) => site.id === s.id),
    );
    expect(statuses.map((s) => s.status.status)).toEqual(['ok', 'ok']);
  }, 180_000);
});
