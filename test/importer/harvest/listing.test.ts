/**
 * The committee list: every group read, dates as printed (and UTC instants in Danish time), zero
 * GUIDs and unreadable dates skipped with warnings, duplicates kept once, a wrong shape refused
 * with the URL named.
 */
import { describe, expect, it } from 'vitest';
import { ListingError, localDateTime, parseListing, ZERO_GUID } from '../../../src/importer/harvest/listing.js';
import { FakeSite } from '../../helpers/firstagenda-site.js';

const URL = 'https://dagsordener.example.dk/api/agenda/udvalgsliste';
const A = 'aaaaaaaa-1111-4111-8111-111111111111';
const B = 'bbbbbbbb-2222-4222-8222-222222222222';
const C = 'cccccccc-3333-4333-8333-333333333333';

describe('committee list', () => {
  it('reads every group, with local dates and start times as printed', () => {
    const listing = parseListing(
      {
        Udvalg: {
          'Aktuelle politiske udvalg': [
            {
              Id: C,
              Navn: ' Sundhedsudvalget ',
              Historisk: false,
              Moeder: [
                { Id: A, Dato: '2025-03-19T16:00:00+01:00' },
                { Id: B.toUpperCase(), Dato: '2025-06-02T00:00:00+02:00' },
              ],
            },
          ],
          'Historiske udvalg': [{ Id: ZERO_GUID, Navn: 'Gammelt Udvalg', Historisk: true, Moeder: [] }],
        },
      },
      URL,
    );
    expect(listing.committees.map((c) => [c.name, c.group, c.guid, c.isHistoric])).toEqual([
      ['Sundhedsudvalget', 'Aktuelle politiske udvalg', C, false],
      ['Gammelt Udvalg', 'Historiske udvalg', null, true],
    ]);
    expect(listing.meetings.map((m) => [m.guid, m.date, m.startTime, m.dato])).toEqual([
      [A, '2025-03-19', '16:00', '2025-03-19T16:00:00+01:00'],
      [B, '2025-06-02', null, '2025-06-02T00:00:00+02:00'],
    ]);
    expect(listing.warnings).toEqual([]);
  });

  it('skips zero GUIDs, missing ids and unreadable dates with warnings, and keeps a duplicate once', () => {
    const listing = parseListing(
      {
        Udvalg: {
          Aktuelle: [
            {
              Id: C,
              Navn: 'Økonomiudvalget',
              Moeder: [
                { Id: ZERO_GUID, Dato: '2025-01-06T15:30:00+01:00' },
                { Id: null, Dato: '2025-01-07T15:30:00+01:00' },
                { Id: A, Dato: 'i morgen' },
                { Id: B, Dato: '2025-01-08T15:30:00+01:00' },
                { Id: B, Dato: '2025-01-08T15:30:00+01:00' },
              ],
            },
          ],
        },
      },
      URL,
    );
    expect(listing.meetings.map((m) => m.guid)).toEqual([B]);
    expect(listing.warnings).toHaveLength(4);
    expect(listing.warnings[0]).toContain(ZERO_GUID);
    expect(listing.warnings.join('\n')).toContain('i morgen');
  });
});

describe('committee list: dates and shapes', () => {
  it('turns UTC instants into Danish time', () => {
    expect(localDateTime('2025-03-19T15:00:00Z')).toEqual({ date: '2025-03-19', time: '16:00' });
    expect(localDateTime('2025-06-30T22:30:00+00:00')).toEqual({ date: '2025-07-01', time: '00:30' });
    expect(localDateTime('2025-03-19')).toEqual({ date: '2025-03-19', time: null });
    expect(localDateTime('19-03-2025')).toBeNull();
  });

  it('refuses a list of another shape, naming the URL', () => {
    for (const bad of [null, [], { Udvalg: [] }, { Udvalg: { X: [{ Id: A }] } }, { udvalg: {} }]) {
      expect(() => parseListing(bad, URL)).toThrow(ListingError);
      expect(() => parseListing(bad, URL)).toThrow(new RegExp(`^${URL}: udvalgslisten har ikke den forventede form`));
    }
  });

  it('reads a generated site whole, historic group included', () => {
    const site = new FakeSite({ seed: 5, committees: 3, meetingsPerCommittee: 4 });
    site.addZeroGuidMeeting(0, '2025-01-01');
    const listing = parseListing(site.listing(), URL);
    expect(listing.meetings).toHaveLength(12);
    expect(listing.committees.filter((c) => c.isHistoric)).toHaveLength(1);
    expect(listing.warnings).toHaveLength(1);
  });
});
