/**
 * harvestSite over a real local server: a whole site through every fault (retried and stored, or
 * failed with its URL named while the rest goes on), behind the anonymous-authentication cookie;
 * a second run over an unchanged site (the list and the recent and future meetings only); changes
 * on the site (agenda → minutes, corrected minutes, a moved Dato, a new meeting); --full, --since,
 * --body, --dry-run; the zero GUID never used as an identity; a run stopped half-way completed by
 * the next without duplicates.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HarvestProgress } from '../../../src/importer/harvest/harvest-site.js';
import { ZERO_GUID } from '../../helpers/firstagenda-site.js';
import { type Harness, recentOrFuture, startHarness } from './harness.js';

const LISTING = '/api/agenda/udvalgsliste';
const doc = (guid: string) => `/api/agenda/dagsorden/${guid}`;

let h: Harness;
afterEach(() => h?.close());

describe('harvestSite: a whole site through every fault', () => {
  beforeEach(async () => {
    h = await startHarness({ seed: 11, committees: 3, meetingsPerCommittee: 8 }, { requireAuth: 'status' });
  });

  it('stores every meeting, retrying the faulty ones; records the hopeless ones by URL and goes on', async () => {
    const { site, server, sink } = h;
    const meetings = site.meetings();
    site.addZeroGuidMeeting(0, site.today);
    server.fault(LISTING, { kind: 'status', status: 503 });
    server.fault(doc(meetings[0].guid), { kind: 'retry-after', retryAfter: '2' });
    server.fault(doc(meetings[1].guid), { kind: 'slow', delayMs: 30_000 });
    server.fault(doc(meetings[2].guid), { kind: 'truncate' });
    server.fault(doc(meetings[3].guid), { kind: 'reset' });
    server.fault(doc(meetings[4].guid), { kind: 'status', status: 502, times: 2 });
    server.fault(doc(meetings[5].guid), { kind: 'malformed', times: Number.POSITIVE_INFINITY });
    server.fault(doc(meetings[6].guid), { kind: 'status', status: 503, times: Number.POSITIVE_INFINITY });
    const events: HarvestProgress[] = [];

    const report = await h.run(
      {},
      { client: h.client({ timeoutMs: 1000 }), onProgress: (event) => events.push(event) },
    );

    expect(report.counts).toMatchObject({ listed: 24, planned: 24, fetched: 22, new: 22, failed: 2, skipped: 0 });
    expect(report.failures.map((f) => f.url).sort()).toEqual(
      [`${server.url}${doc(meetings[5].guid)}`, `${server.url}${doc(meetings[6].guid)}`].sort(),
    );
    const messages = new Map(report.failures.map((f) => [f.url, f.message]));
    expect(messages.get(`${server.url}${doc(meetings[5].guid)}`)).toMatch(/: svaret er ikke gyldig JSON/);
    expect(messages.get(`${server.url}${doc(meetings[6].guid)}`)).toBe(
      `${server.url}${doc(meetings[6].guid)}: svarede 503 efter 4 forsøg`,
    );
    expect(h.sleeps).toContain(2000);
    expect(report.warnings.some((w) => w.includes(ZERO_GUID))).toBe(true);
    expect(report.requests.authVisits).toBe(1);

    // The identity is the list's GUID, never the document's zero Moede.Id.
    expect(sink.meetings.size).toBe(22);
    expect([...sink.meetings.keys()]).not.toContain(ZERO_GUID);
    expect(server.count(doc(ZERO_GUID))).toBe(0);
    const first = sink.meetings.get(meetings[0].guid)!;
    expect(first.agendaGuid).toBe(meetings[0].agendaGuid);
    expect(first.sourceUrl).toBe(`${server.url}/vis/pdf/dagsorden/${meetings[0].agendaGuid}`);
    expect(first.documentUrl).toBe(`${server.url}${doc(meetings[0].guid)}`);
    expect(first.document.format).toBe('firstagenda-json');
    expect(first.document.items.length).toBeGreaterThanOrEqual(10);
    expect(sink.state.get(meetings[0].guid)).toMatchObject({ listedDato: meetings[0].dato, checksum: first.checksum });

    const meetingEvents = events.filter((e) => e.type === 'meeting');
    expect(meetingEvents).toHaveLength(24);
    expect(meetingEvents.at(-1)).toMatchObject({ done: 24, total: 24 });
    expect(events[0]).toMatchObject({ type: 'planned', planned: 24 });

    // Next run: the two failures are fetched again (still "new"), besides the recent and future ones.
    server.clearFaults();
    server.resetLog();
    const second = await h.run();
    expect(second.reasons.new).toBe(2);
    expect(second.counts.new).toBe(2);
    expect(sink.meetings.size).toBe(24);
    const failed = new Set([meetings[5].guid, meetings[6].guid]);
    expect(second.requests.byKind.document).toBe(failed.size + recentOrFuture(site, failed));
  });
});

/** Six years of a site, "today" six weeks before its last planned meeting: as on a real site. */
async function sixYearSite(): Promise<Harness> {
  const harness = await startHarness({
    seed: 12,
    committees: 4,
    meetingsPerCommittee: 15,
    from: '2020-01-01',
    to: '2025-12-31',
    today: '2025-11-20',
  });
  harness.site.addMeeting(2, '2025-12-08');
  return harness;
}

describe('harvestSite: incremental runs', () => {
  beforeEach(async () => {
    h = await sixYearSite();
  });

  it('a second run over an unchanged site fetches the list and the recent and future meetings only', async () => {
    const { site, server, sink } = h;
    const first = await h.run();
    expect(first.counts.new).toBe(61);
    const expected = recentOrFuture(site);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(10);
    const stores = sink.calls.storeMeeting;
    server.resetLog();

    const second = await h.run();
    expect(server.count(LISTING)).toBe(1);
    expect(server.requests).toHaveLength(1 + expected);
    expect(second.counts).toMatchObject({
      planned: expected,
      fetched: expected,
      unchanged: expected,
      skipped: 61 - expected,
    });
    expect(sink.calls.storeMeeting).toBe(stores);
    expect(second.requests.total).toBe(1 + expected);
  });

  it('notices an agenda that became minutes, corrected minutes, a moved Dato and a new meeting', async () => {
    const { site, sink } = h;
    await h.run();
    const future = site.meetings().find((m) => !m.hasMinutes)!;
    const old = site.meetings().find((m) => m.dato < '2021-01-01')!;
    const corrected = site.meetings().find((m) => m.hasMinutes && m.dato > '2021-01-01' && m.dato < '2022-01-01')!;
    expect(sink.meetings.get(future.guid)!.document.documentType).toBe('dagsorden');

    site.publishMinutes(future.guid);
    site.changeDato(old.guid, old.dato.replace(/T\d\d:\d\d/, 'T09:00'));
    site.correctMinutes(corrected.guid);
    site.correctMinutes(corrected.guid);
    const added = site.addMeeting(1, site.today, '10:00');
    const removed = site.meetings().find((m) => m.hasMinutes && ![future, old, corrected].includes(m))!;
    site.removeMeeting(removed.guid);
    const report = await h.run({ since: '2020-06-01' });

    expect(report.removedAtSource).toEqual([removed.guid]);
    expect(sink.meetings.has(removed.guid)).toBe(true);
    const outcome = (guid: string) => report.meetings.find((m) => m.meetingGuid === guid);
    expect(outcome(future.guid)).toMatchObject({ reason: 'future', outcome: 'update' });
    expect(sink.meetings.get(future.guid)!.document.documentType).toBe('referat');
    expect(outcome(added.guid)).toMatchObject({ reason: 'new', outcome: 'new' });
    // Before --since: not looked at, even though it moved.
    expect(outcome(old.guid)).toBeUndefined();
    // Corrected long ago, outside the recent window: found only by --full.
    expect(outcome(corrected.guid)).toBeUndefined();

    const moved = await h.run();
    expect(moved.meetings.find((m) => m.meetingGuid === old.guid)).toMatchObject({
      reason: 'listing_changed',
      outcome: 'update',
    });
    expect(sink.state.get(old.guid)?.listedDato).toContain('T09:00');
    expect(sink.meetings.get(old.guid)!.document.startTime).toBe('09:00');

    const full = await h.run({ full: true });
    expect(full.counts.planned).toBe(61);
    expect(full.meetings.find((m) => m.meetingGuid === corrected.guid)).toMatchObject({
      reason: 'full',
      outcome: 'update',
    });
    expect(full.counts.update).toBe(1);
    expect(full.counts.unchanged).toBe(60);
    expect(sink.meetings.get(corrected.guid)!.document.items.find((i) => i.decision)?.decision?.text).toMatch(/Rettet/);
  });
});

describe('harvestSite: filters, dry run, in-flight limit', () => {
  beforeEach(async () => {
    h = await sixYearSite();
  });

  it('--body takes one committee (by name without accents, or GUID); --dry-run stores nothing', async () => {
    const { site, sink, server } = h;
    const council = site.committees.find((c) => c.name === 'Sundhedsrådet for Fjordklyngen')!;
    const dry = await h.run({ bodies: ['sundhedsradet for  FJORDKLYNGEN'], dryRun: true });
    expect(dry.counts).toMatchObject({ planned: 15, fetched: 15, new: 15, excluded: 46 });
    expect(dry.dryRun).toBe(true);
    expect(sink.meetings.size).toBe(0);
    expect(sink.calls).toMatchObject({ storeMeeting: 0, recordFetched: 0 });

    server.resetLog();
    const real = await h.run({ bodies: [council.guid.toUpperCase()] });
    expect(real.counts.new).toBe(15);
    expect(new Set([...sink.meetings.values()].map((m) => m.committee))).toEqual(new Set([council.name]));
    expect(server.requests).toHaveLength(16);
  });

  it('keeps at most maxInFlight requests at the server', async () => {
    await h.close();
    h = await startHarness({ seed: 13, committees: 2, meetingsPerCommittee: 6 }, { latencyMs: 25 });
    const report = await h.run({}, { client: h.client({ maxInFlight: 2 }) });
    expect(report.counts.new).toBe(12);
    expect(h.server.maxInFlight).toBe(2);
  });
});

describe('harvestSite: stopped half-way', () => {
  beforeEach(async () => {
    h = await startHarness({ seed: 14, committees: 2, meetingsPerCommittee: 10 });
  });

  it('leaves every stored meeting whole, and the next run completes it without duplicates', async () => {
    const { sink } = h;
    const controller = new AbortController();
    const stopped = await h.run(
      {},
      {
        signal: controller.signal,
        onProgress: (event) => {
          if (event.type === 'meeting' && event.done === 7) controller.abort();
        },
      },
    );
    expect(stopped.aborted).toBe(true);
    expect(stopped.failures).toEqual([]);
    const storedFirst = sink.meetings.size;
    expect(storedFirst).toBeGreaterThanOrEqual(7);
    expect(storedFirst).toBeLessThan(20);
    for (const [guid, meeting] of sink.meetings) expect(sink.state.get(guid)?.checksum).toBe(meeting.checksum);

    // A store that dies (the database) fails that meeting only.
    sink.failStoreAfter = 2;
    const next = await h.run();
    expect(next.counts.failed).toBe(1);
    expect(next.failures[0].message).toMatch(/databasen forsvandt/);
    const last = await h.run();
    expect(last.counts.failed).toBe(0);
    expect(sink.meetings.size).toBe(20);
    expect([...sink.meetings.values()].every((m) => m.writes === 1)).toBe(true);
  });

  it('a failing committee list stops the run with the URL named', async () => {
    h.server.fault(LISTING, { kind: 'malformed', times: Number.POSITIVE_INFINITY });
    await expect(h.run()).rejects.toThrow(new RegExp(`^${h.server.url}${LISTING}: svaret er ikke gyldig JSON`));
    h.server.clearFaults();
    h.server.fault(LISTING, { kind: 'html', times: Number.POSITIVE_INFINITY });
    await expect(h.run()).rejects.toThrow(/siden kræver login/);
  });
});
