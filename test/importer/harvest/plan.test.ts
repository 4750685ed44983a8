/**
 * Incremental planning: reasons (new, listing_changed, future, recent, attachments, full), the
 * `since` and `bodies` filters, and properties over random listings and states: a second plan
 * after storing everything fetches only recent and future meetings; `full` fetches all that the
 * filters let through; nothing outside the filters is ever fetched.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ListedCommittee, ListedMeeting } from '../../../src/importer/harvest/listing.js';
import { addDays, foldName, type MeetingState, planHarvest } from '../../../src/importer/harvest/plan.js';

const NOW = new Date('2025-06-15T10:00:00Z');
const TODAY = '2025-06-15';

const health: ListedCommittee = {
  guid: 'c0000000-0000-4000-8000-000000000001',
  name: 'Sundhedsrådet',
  group: 'Aktuelle',
  isHistoric: false,
};
const cafe: ListedCommittee = {
  guid: 'c0000000-0000-4000-8000-000000000002',
  name: 'Café- og Kulturudvalget',
  group: 'Aktuelle',
  isHistoric: false,
};

function meeting(n: number, date: string, committee = health): ListedMeeting {
  const guid = `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return { guid, committee, date, startTime: '16:00', dato: `${date}T16:00:00+02:00` };
}

function stored(m: ListedMeeting, extra: Partial<MeetingState> = {}): [string, MeetingState] {
  return [m.guid, { listedDato: m.dato, lastFetchedAt: '2025-06-01T00:00:00Z', checksum: 'x', ...extra }];
}

describe('plan: reasons', () => {
  const old = meeting(1, '2024-01-10');
  const recent = meeting(2, addDays(TODAY, -60));
  const tooOld = meeting(3, addDays(TODAY, -61));
  const today = meeting(4, TODAY);
  const future = meeting(5, '2025-09-01');
  const moved = meeting(6, '2024-02-01');
  const fresh = meeting(7, '2023-05-05');
  const halfDone = meeting(8, '2023-06-06');
  const all = [old, recent, tooOld, today, future, moved, fresh, halfDone];
  const state = new Map([
    stored(old),
    stored(recent),
    stored(tooOld),
    stored(today),
    stored(future),
    stored(moved, { listedDato: '2024-01-31T16:00:00+01:00' }),
    stored(halfDone, { attachmentsComplete: false }),
  ]);

  it('fetches new, moved, future and recent meetings, newest first, and skips the rest', () => {
    const plan = planHarvest(all, state, { now: NOW });
    expect(plan.today).toBe(TODAY);
    expect(plan.fetch.map((p) => [p.meeting.guid, p.reason])).toEqual([
      [future.guid, 'future'],
      [today.guid, 'recent'],
      [recent.guid, 'recent'],
      [moved.guid, 'listing_changed'],
      [fresh.guid, 'new'],
    ]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('treats a meeting whose last fetch failed (no checksum) as new', () => {
    const plan = planHarvest([old], new Map([stored(old, { checksum: null, lastFetchedAt: null })]), { now: NOW });
    expect(plan.fetch.map((p) => p.reason)).toEqual(['new']);
  });

  it('with attachments, fetches meetings whose attachments are not complete', () => {
    const plan = planHarvest(all, state, { now: NOW, attachments: true });
    expect(plan.fetch.find((p) => p.meeting.guid === halfDone.guid)?.reason).toBe('attachments');
    expect(plan.fetch.find((p) => p.meeting.guid === old.guid)?.reason).toBe('attachments');
  });

  it('--full fetches everything; --since leaves out older meetings', () => {
    expect(planHarvest(all, state, { now: NOW, full: true }).fetch.every((p) => p.reason === 'full')).toBe(true);
    const plan = planHarvest(all, state, { now: NOW, since: '2024-01-15' });
    expect(plan.fetch.map((p) => p.meeting.guid)).not.toContain(fresh.guid);
    expect(plan.skipped.filter((s) => s.reason === 'before_since').map((s) => s.meeting.guid)).toEqual([
      old.guid,
      fresh.guid,
      halfDone.guid,
    ]);
  });

  it('--body matches names case- and accent-insensitively, or committee GUIDs; reports names that match nothing', () => {
    const meetings = [meeting(1, '2023-01-01', health), meeting(2, '2023-01-01', cafe)];
    for (const body of ['cafe- og kulturudvalget', 'CAFÉ- OG  KULTURUDVALGET', cafe.guid!.toUpperCase()]) {
      const plan = planHarvest(meetings, new Map(), { now: NOW, bodies: [body, 'Ingen Sådan'] });
      expect(plan.fetch.map((p) => p.meeting.committee.name)).toEqual([cafe.name]);
      expect(plan.unmatchedBodies).toEqual(['Ingen Sådan']);
    }
    expect(foldName('Sundhedsrådet')).toBe(foldName('sundhedsradet'));
    expect(foldName('Ærø')).toBe('aero');
  });
});

describe('plan: properties', () => {
  const committees = [health, cafe];
  const dateArb = fc.integer({ min: -900, max: 200 }).map((offset) => addDays(TODAY, offset));
  const listingArb = fc
    .array(fc.tuple(dateArb, fc.integer({ min: 0, max: 1 })), { maxLength: 60 })
    .map((entries) => entries.map(([date, c], n) => meeting(n, date, committees[c])));

  it('a second plan after storing everything fetches only recent and future meetings', () => {
    fc.assert(
      fc.property(listingArb, (meetings) => {
        const first = planHarvest(meetings, new Map(), { now: NOW });
        expect(first.fetch.every((p) => p.reason === 'new')).toBe(true);
        const state = new Map(first.fetch.map((p) => stored(p.meeting)));
        const second = planHarvest(meetings, state, { now: NOW });
        for (const planned of second.fetch) {
          expect(['recent', 'future']).toContain(planned.reason);
          expect(planned.meeting.date >= addDays(TODAY, -60)).toBe(true);
        }
        const expected = meetings.filter((m) => m.date >= addDays(TODAY, -60)).length;
        expect(second.fetch).toHaveLength(expected);
      }),
    );
  });

  it('fetch and skipped partition the listing; filters are never crossed; full fetches all that pass them', () => {
    const optionsArb = fc.record({
      since: fc.option(dateArb, { nil: undefined }),
      bodies: fc.option(fc.constantFrom([health.name], ['café- og kulturudvalget'], [health.guid!]), {
        nil: undefined,
      }),
      full: fc.boolean(),
    });
    fc.assert(
      fc.property(
        listingArb,
        fc.array(fc.boolean(), { maxLength: 60 }),
        optionsArb,
        (meetings, storedFlags, options) => {
          const state = new Map(meetings.filter((_, i) => storedFlags[i]).map((m) => stored(m)));
          const plan = planHarvest(meetings, state, { now: NOW, ...options });
          expect(plan.fetch.length + plan.skipped.length).toBe(meetings.length);
          const fetched = new Set(plan.fetch.map((p) => p.meeting.guid));
          for (const m of meetings) {
            const passes =
              (!options.since || m.date >= options.since) &&
              (!options.bodies ||
                options.bodies.some((b) => foldName(b) === foldName(m.committee.name) || b === m.committee.guid));
            if (!passes) expect(fetched.has(m.guid)).toBe(false);
            if (passes && (options.full || !state.has(m.guid))) expect(fetched.has(m.guid)).toBe(true);
          }
        },
      ),
    );
  });
});
