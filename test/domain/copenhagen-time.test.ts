import { describe, expect, it } from 'vitest';
import {
  copenhagenDateTime,
  copenhagenInstant,
  copenhagenOffsetMinutes,
  lastSundayOf,
} from '../../src/domain/copenhagen-time.js';

const FORMAT = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Copenhagen', timeZoneName: 'shortOffset' });

/** The platform's own tz database, for comparison. */
function intlOffset(instant: Date): number {
  const name = FORMAT.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d+)/.exec(name ?? '');
  return match ? Number(match[1]) * 60 : 0;
}

describe('Copenhagen time', () => {
  it('finds the last Sundays of March and October', () => {
    expect(lastSundayOf(2026, 3)).toBe(29);
    expect(lastSundayOf(2026, 10)).toBe(25);
    expect(lastSundayOf(2027, 3)).toBe(28);
    expect(lastSundayOf(2027, 10)).toBe(31);
  });

  it('agrees with the tz database every hour of 2025–2028', () => {
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2029, 0, 1); t += 3600_000) {
      const instant = new Date(t);
      expect(copenhagenOffsetMinutes(instant), instant.toISOString()).toBe(intlOffset(instant));
    }
  });

  it('turns wall times into instants and back', () => {
    expect(copenhagenInstant('2026-03-23', '17:30').toISOString()).toBe('2026-03-23T16:30:00.000Z');
    expect(copenhagenInstant('2026-06-15', '17:30').toISOString()).toBe('2026-06-15T15:30:00.000Z');
    expect(copenhagenDateTime('2026-03-29', '17:30')).toBe('2026-03-29T17:30:00+02:00');
    expect(copenhagenDateTime('2026-10-25', '17:30')).toBe('2026-10-25T17:30:00+01:00');
    // The skipped hour reads as summer time; the repeated hour as its first occurrence.
    expect(copenhagenDateTime('2026-03-29', '02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(copenhagenInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});
