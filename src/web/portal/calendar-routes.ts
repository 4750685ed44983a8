/**
 * Calendars (iCalendar, RFC 5545): GET /kalender.ics (every health council, from a year back),
 * /organ/:slug/kalender.ics (one body, every meeting) and /moede/:id.ics (one meeting). Each
 * event has a stable UID, the meeting page's link, the agenda's public item titles (closed items
 * as "Lukket: …"), and STATUS:CANCELLED when the meeting is cancelled.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { findApiBody } from '../../db/queries/api-directory.js';
import { type ApiMeeting, findApiMeeting, listAllApiMeetings } from '../../db/queries/api-meetings.js';
import { listPublicItems, type PublicItemSummary } from '../../db/queries/public-items.js';
import { publicItemTitle } from '../../domain/agenda-item.js';
import { addDays } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { AppError } from '../../errors.js';
import { type CalendarEvent, renderCalendar } from '../../render/ics/calendar.js';
import { publicCaching } from '../api/http-cache.js';
import type { PortalDeps } from './deps.js';
import { councilsCalendarHref, meetingHref } from './paths.js';
import { isSlug, parseId } from './validation.js';

const notFound = () => new AppError('not_found', 'not found');

const KIND_LABELS: Record<ApiMeeting['kind'], string> = {
  ordinary: 'Møde',
  extraordinary: 'Ekstraordinært møde',
  seminar: 'Seminar',
  conference: 'Konference',
  visit: 'Besøg',
};

/** The health councils' calendar reaches this many days back. */
export const COUNCILS_CALENDAR_DAYS_BACK = 365;

/** One meeting as an event: the whitelist of what a calendar shows. */
export function presentCalendarEvent(meeting: ApiMeeting, items: PublicItemSummary[], origin: string): CalendarEvent {
  const url = `${origin}${meetingHref(meeting.id)}`;
  const isCancelled = meeting.status === 'cancelled';
  const lines = [`Dagsorden og referat: ${url}`];
  if (meeting.isFictitious || meeting.body.isFictitious) lines.push('Fiktive demodata: ikke et rigtigt møde.');
  if (items.length > 0) {
    lines.push('', 'Dagsorden:');
    for (const item of items) lines.push(`${item.number}. ${publicItemTitle(item.title, item.isClosed)}`);
  }
  return {
    uid: `meeting-${meeting.id}@protokol`,
    sequence: Math.max(0, Math.floor((meeting.modifiedAt.getTime() - meeting.createdAt.getTime()) / 1000)),
    createdAt: meeting.createdAt,
    modifiedAt: meeting.modifiedAt,
    date: meeting.heldOn,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    summary: `${isCancelled ? 'Aflyst: ' : ''}${KIND_LABELS[meeting.kind]} i ${meeting.body.name}`,
    description: lines.join('\n'),
    location: meeting.location,
    url,
    isCancelled,
  };
}

export function calendarRoutes({ db, now }: PortalDeps) {
  const app = new Hono();
  const readable = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag'] });
  const cached = publicCaching();

  async function respond(c: Context, meetings: ApiMeeting[], name: string, description: string, fileName: string) {
    const items = await listPublicItems(
      db,
      meetings.map((m) => m.id),
    );
    const origin = new URL(c.req.url).origin;
    const events = [...meetings]
      .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.id - b.id)
      .map((m) =>
        presentCalendarEvent(
          m,
          items.filter((item) => item.meetingId === m.id),
          origin,
        ),
      );
    return c.body(renderCalendar({ name, description, events }), 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${fileName}"`,
    });
  }

  app.get(councilsCalendarHref, readable, cached, async (c) => {
    const since = addDays(copenhagenDate(now()), -COUNCILS_CALENDAR_DAYS_BACK);
    const meetings = await listAllApiMeetings(db, { bodyKind: 'health_council', from: since });
    return respond(c, meetings, 'Sundhedsrådenes møder', 'Møder i alle sundhedsråd (Protokol)', 'sundhedsraad.ics');
  });

  app.get('/organ/:slug/kalender.ics', readable, cached, async (c) => {
    const slug = c.req.param('slug');
    const body = isSlug(slug) ? await findApiBody(db, slug) : null;
    if (!body) throw notFound();
    const meetings = await listAllApiMeetings(db, { body: slug });
    return respond(c, meetings, body.name, `Møder i ${body.name} (Protokol)`, `${slug}.ics`);
  });

  app.get('/moede/:file{[0-9]+\\.ics}', readable, cached, async (c) => {
    const id = parseId(c.req.param('file').replace(/\.ics$/, ''));
    const meeting = id ? await findApiMeeting(db, id) : null;
    if (!meeting) throw notFound();
    return respond(
      c,
      [meeting],
      meeting.body.name,
      `Møde i ${meeting.body.name} (Protokol)`,
      `moede-${meeting.id}.ics`,
    );
  });

  return app;
}
