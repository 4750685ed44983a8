/**
 * The iCalendar renderer, read back by a real parser (ical.js) with the calendar's own VTIMEZONE:
 * Danish wall times must come out as the right UTC instants in winter, in summer and on the days
 * the clocks change.
 */
import { describe, expect, it } from 'vitest';
import { type CalendarEvent, foldLine, renderCalendar } from '../../src/render/ics/calendar.js';
import { parseIcs } from '../helpers/open-data.js';

function event(overrides: Partial<CalendarEvent>): CalendarEvent {
  return {
    uid: 'meeting-1@protokol',
    sequence: 0,
    createdAt: new Date('2026-01-01T10:00:00Z'),
    modifiedAt: new Date('2026-01-02T10:00:00Z'),
    date: '2026-03-23',
    startTime: '17:30',
    endTime: null,
    summary: 'Møde i Sundhedsråd Sønderjylland',
    description: 'Dagsorden og referat: https://protokol.example/moede/1',
    location: 'Mødelokale 1, Aabenraa Rådhus',
    url: 'https://protokol.example/moede/1',
    isCancelled: false,
    ...overrides,
  };
}

const render = (...events: CalendarEvent[]) => renderCalendar({ name: 'Test', description: 'Test', events });

describe('iCalendar renderer', () => {
  it.each([
    ['winter (CET)', '2026-03-23', '2026-03-23T16:30:00.000Z'],
    ['summer (CEST)', '2026-06-15', '2026-06-15T15:30:00.000Z'],
    ['the day summer time starts', '2026-03-29', '2026-03-29T15:30:00.000Z'],
    ['the day summer time ends', '2026-10-25', '2026-10-25T16:30:00.000Z'],
    ['the last day of winter time', '2026-03-28', '2026-03-28T16:30:00.000Z'],
    ['the last day of summer time', '2026-10-24', '2026-10-24T15:30:00.000Z'],
  ])('a meeting at 17.30 in %s comes out at the right instant', (_label, date, instant) => {
    const text = render(event({ date, uid: `meeting-${date}@protokol` }));
    const [parsed] = parseIcs(text).events;
    expect(parsed.startTzid).toBe('Europe/Copenhagen');
    expect(parsed.start.toISOString()).toBe(instant);
    expect(parsed.end.getTime() - parsed.start.getTime()).toBe(2 * 3600_000);
    expect(text).toContain(`DTSTART;TZID=Europe/Copenhagen:${date.replace(/-/g, '')}T173000`);
  });

  it('keeps early-morning times right across the change itself (the skipped and the repeated hour)', () => {
    const spring = parseIcs(render(event({ date: '2026-03-29', startTime: '01:30', endTime: '04:00' }))).events[0];
    expect(spring.start.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(spring.end.toISOString()).toBe('2026-03-29T02:00:00.000Z');
    const autumn = parseIcs(render(event({ date: '2026-10-25', startTime: '01:30', endTime: '04:00' }))).events[0];
    expect(autumn.start.toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(autumn.end.toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });

  it('uses the recorded end time, and makes a meeting without a time an all-day event', () => {
    const timed = parseIcs(render(event({ startTime: '14:00', endTime: '16:30' }))).events[0];
    expect(timed.end.toISOString()).toBe('2026-03-23T15:30:00.000Z');
    const allDay = parseIcs(render(event({ startTime: null }))).events[0];
    expect(allDay.isAllDay).toBe(true);
  });

  it('marks a cancelled meeting as cancelled and keeps uid, link, sequence and text intact', () => {
    const text = render(
      event({
        isCancelled: true,
        sequence: 7,
        summary: 'Aflyst: Møde i Sundhedsråd Sønderjylland',
        description: `Dagsorden og referat: https://protokol.example/moede/1\n\nDagsorden:\n1. Godkendelse; af, dagsordenen\\${'æøå '.repeat(30)}`,
      }),
    );
    const [parsed] = parseIcs(text).events;
    expect(parsed.status).toBe('CANCELLED');
    expect(parsed.uid).toBe('meeting-1@protokol');
    expect(parsed.url).toBe('https://protokol.example/moede/1');
    expect(parsed.sequence).toBe(7);
    expect(parsed.summary).toBe('Aflyst: Møde i Sundhedsråd Sønderjylland');
    expect(parsed.description).toContain('1. Godkendelse; af, dagsordenen\\æøå');
    expect(parsed.location).toBe('Mødelokale 1, Aabenraa Rådhus');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const folded = foldLine(`DESCRIPTION:${'ø'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(`DESCRIPTION:${'ø'.repeat(100)}`);
  });
});
