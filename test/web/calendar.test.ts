/**
 * The calendars over HTTP, read with ical.js: per body, all health councils and one meeting.
 * Meetings at 17.30 Danish time in winter, in summer and on both daylight-saving days come out at
 * the right instants; UIDs are stable; a cancelled meeting is cancelled; every event links its
 * meeting page; the pages link their calendars.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { parseIcs } from '../helpers/open-data.js';
import { meetingId, openPortal, type TestPortal } from '../helpers/portal.js';

const BODY = 'region-syddanmark--sundhedsraad-fjordby';

describe.each(TEST_DATABASES)('calendars on $name', (database) => {
  let portal: TestPortal;
  let handle: DbHandle;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    portal = await openPortal(database);
    handle = portal.handle;
    for (const [date, status] of [
      ['2026-03-23', 'planned'],
      ['2026-03-29', 'planned'],
      ['2026-06-15', 'planned'],
      ['2026-10-25', 'cancelled'],
    ]) {
      const [row] = await handle.query<{ id: number }>(
        `insert into meetings (body_id, held_on, start_time, status, location)
         values ((select id from bodies where slug = $1), $2, '17:30', $3, 'Mødelokale 1; Rådhuset, Fjordby')
         returning id`,
        [BODY, date, status],
      );
      ids[date] = row.id;
    }
  });
  afterAll(async () => {
    await handle?.close();
  });

  async function calendar(url: string) {
    const response = await portal.app.request(url);
    expect(response.status, url).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    return { response, text: await response.text() };
  }

  it('puts the body’s meetings at the right instants across the daylight-saving changes', async () => {
    const { text } = await calendar(`/organ/${BODY}/kalender.ics`);
    const { name, events } = parseIcs(text);
    expect(name).toBe('Sundhedsråd Fjordby');
    const byUid = new Map(events.map((event) => [event.uid, event]));
    const expected: [string, string][] = [
      ['2026-03-23', '2026-03-23T16:30:00.000Z'],
      ['2026-03-29', '2026-03-29T15:30:00.000Z'],
      ['2026-06-15', '2026-06-15T15:30:00.000Z'],
      ['2026-10-25', '2026-10-25T16:30:00.000Z'],
    ];
    for (const [date, instant] of expected) {
      const event = byUid.get(`meeting-${ids[date]}@protokol`);
      expect(event, date).toBeDefined();
      expect(event!.start.toISOString(), date).toBe(instant);
      expect(event!.startTzid).toBe('Europe/Copenhagen');
      expect(event!.location).toBe('Mødelokale 1; Rådhuset, Fjordby');
    }
    // Every meeting of the body, the imported ones too (16.00 in winter = 15.00 UTC).
    const imported = byUid.get(`meeting-${await meetingId(handle, 'Sundhedsråd Fjordby', '2026-03-16')}@protokol`);
    expect(imported!.start.toISOString()).toBe('2026-03-16T15:00:00.000Z');
    expect(events.filter((event) => event.uid.startsWith('meeting-')).length).toBe(6 + 4);
    // … and the due dates of the demo processes' steps (web/processes).
    expect(events.some((event) => /^process-step-\d+@protokol$/.test(event.uid))).toBe(true);
  });

  it('marks a cancelled meeting as cancelled and links every event to its meeting page', async () => {
    const { events } = parseIcs((await calendar(`/organ/${BODY}/kalender.ics`)).text);
    const cancelled = events.find((event) => event.uid === `meeting-${ids['2026-10-25']}@protokol`)!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.summary).toBe('Aflyst: Møde i Sundhedsråd Fjordby');
    for (const event of events.filter((e) => e.uid.startsWith('meeting-'))) {
      const id = /^meeting-(\d+)@protokol$/.exec(event.uid)![1];
      expect(event.url).toBe(`http://localhost/moede/${id}`);
      expect(event.description).toContain(`Dagsorden og referat: http://localhost/moede/${id}`);
      if (event.uid !== cancelled.uid) expect(event.status).toBe('CONFIRMED');
    }
    const closedMeeting = await meetingId(handle, 'Sundhedsråd Fjordby', '2026-09-14');
    const withClosed = events.find((event) => event.uid === `meeting-${closedMeeting}@protokol`)!;
    expect(withClosed.description).toContain('5. Lukket: Lejeaftale for regionsklinikken i Sønderhede');
  });

  it('keeps UIDs and the text stable from one request to the next, with ETag and 304', async () => {
    const first = await calendar(`/organ/${BODY}/kalender.ics`);
    const second = await calendar(`/organ/${BODY}/kalender.ics`);
    expect(second.text).toBe(first.text);
    const etag = first.response.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect(first.response.headers.get('cache-control')).toBe('public, max-age=300');
    const again = await portal.app.request(`/organ/${BODY}/kalender.ics`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('gives one meeting as its own file, and all health councils in one calendar', async () => {
    const one = parseIcs((await calendar(`/moede/${ids['2026-06-15']}.ics`)).text).events;
    expect(one.length).toBe(1);
    expect(one[0].uid).toBe(`meeting-${ids['2026-06-15']}@protokol`);
    expect(one[0].start.toISOString()).toBe('2026-06-15T15:30:00.000Z');

    const all = parseIcs((await calendar('/kalender.ics')).text);
    expect(all.name).toBe('Sundhedsrådenes møder');
    const uids = all.events.map((event) => event.uid);
    // The councils' meetings from a year back (the portal's today is 2026-11-26) — not the cluster's.
    expect(uids).toContain(`meeting-${ids['2026-03-23']}@protokol`);
    expect(uids).toContain(`meeting-${await meetingId(handle, 'Sundhedsråd Fjordby', '2027-02-22')}@protokol`);
    expect(uids).not.toContain(
      `meeting-${await meetingId(handle, 'Sundhedsklynge Fjordby, politisk niveau', '2025-11-18')}@protokol`,
    );
    const [old] = await handle.query<{ id: number }>(
      `insert into meetings (body_id, held_on, start_time, status)
       values ((select id from bodies where slug = $1), '2025-11-20', '17:30', 'held') returning id`,
      [BODY],
    );
    const later = parseIcs((await calendar('/kalender.ics')).text).events.map((event) => event.uid);
    expect(later).not.toContain(`meeting-${old.id}@protokol`);
    const ofBody = parseIcs((await calendar(`/organ/${BODY}/kalender.ics`)).text).events.map((event) => event.uid);
    expect(ofBody).toContain(`meeting-${old.id}@protokol`);
  });

  it('answers 404 for an unknown body or meeting', async () => {
    expect((await portal.app.request('/organ/findes-ikke/kalender.ics')).status).toBe(404);
    expect((await portal.app.request('/moede/999999.ics')).status).toBe(404);
  });

  it('links the calendars from the body and meeting pages', async () => {
    const body = await (await portal.app.request(`/organ/${BODY}`)).text();
    expect(body).toContain(`<a href="/organ/${BODY}/kalender.ics" type="text/calendar">`);
    expect(body).toContain(`<link rel="alternate" type="text/calendar" href="/organ/${BODY}/kalender.ics"`);
    const id = await meetingId(handle, 'Sundhedsråd Fjordby', '2026-03-16');
    const meeting = await (await portal.app.request(`/moede/${id}`)).text();
    expect(meeting).toContain(`<a href="/moede/${id}.ics" type="text/calendar">Føj til kalender (iCalendar)</a>`);
  });
});
