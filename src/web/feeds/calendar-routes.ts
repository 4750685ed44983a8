/**
 * Calendars (iCalendar, RFC 5545): every health council from a year back (/kalender.ics), one body
 * with every meeting (/organ/:slug/kalender.ics), every meeting of a publisher's bodies
 * (/udgiver/:slug/kalender.ics), the meetings that treated a case's open items
 * (/sag/:number/kalender.ics[?udgiver=…]) and one meeting (/moede/:id.ics). Each event has
 * a stable UID, the meeting page's link, the agenda's public item titles (closed items as
 * "Lukket: …"), and STATUS:CANCELLED when the meeting is cancelled.
 */
import type { Context } from 'hono';
import type { Db } from '../../db/client.js';
import { findApiBody } from '../../db/queries/api-directory.js';
import { type ApiMeeting, findApiMeeting, listAllApiMeetings } from '../../db/queries/api-meetings.js';
import { findApiPublisher } from '../../db/queries/api-publishers.js';
import { findPublicCases } from '../../db/queries/cases.js';
import { listBodyHearingDeadlines } from '../../db/queries/hearings.js';
import { listBodyStepDues } from '../../db/queries/processes.js';
import { listPublicItems, type PublicItemSummary } from '../../db/queries/public-items.js';
import { publicItemTitle } from '../../domain/agenda-item.js';
import { addDays } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { LABELS } from '../../render/i18n.js';
import { type CalendarEvent, renderCalendar } from '../../render/ics/calendar.js';
import { presentHearingDeadlineEvent } from '../hearings/presenters.js';
import { notFound } from '../kit/errors.js';
import { isSlug, parseId } from '../kit/params.js';
import { meetingHref } from '../portal/paths.js';
import { presentStepDueEvent } from '../processes/presenters.js';

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
    summary: `${isCancelled ? 'Aflyst: ' : ''}${LABELS.da.meetingEvent[meeting.kind]} i ${meeting.body.name}`,
    description: lines.join('\n'),
    location: meeting.location,
    url,
    isCancelled,
  };
}

/** The calendars' handlers; web/feeds/index.ts mounts each at its path. */
export function calendars({ db, now }: { db: Db; now: () => Date }) {
  async function respond(
    c: Context,
    meetings: ApiMeeting[],
    name: string,
    description: string,
    fileName: string,
    extra: (origin: string) => CalendarEvent[] = () => [],
  ) {
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
      )
      .concat(extra(origin))
      .sort((a, b) => a.date.localeCompare(b.date));
    return c.body(renderCalendar({ name, description, events }), 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${fileName}"`,
    });
  }

  return {
    /** GET /kalender.ics */
    async councils(c: Context) {
      const since = addDays(copenhagenDate(now()), -COUNCILS_CALENDAR_DAYS_BACK);
      const meetings = await listAllApiMeetings(db, { bodyKind: 'health_council', from: since });
      return respond(c, meetings, 'Sundhedsrådenes møder', 'Møder i alle sundhedsråd (Protokol)', 'sundhedsraad.ics');
    },
    /** GET /organ/:slug/kalender.ics */
    async body(c: Context) {
      const slug = c.req.param('slug') ?? '';
      const body = isSlug(slug) ? await findApiBody(db, slug) : null;
      if (!body) throw notFound();
      const [meetings, dues, hearings] = await Promise.all([
        listAllApiMeetings(db, { body: slug }),
        listBodyStepDues(db, body.id), // Processes (forløb): the steps' due dates
        listBodyHearingDeadlines(db, body.id), // Hearings: their deadlines
      ]);
      return respond(c, meetings, body.name, `Møder i ${body.name} (Protokol)`, `${slug}.ics`, (origin) => [
        ...dues.map((due) => presentStepDueEvent(due, origin)),
        ...hearings.map((hearing) => presentHearingDeadlineEvent(hearing, origin)),
      ]);
    },
    /** GET /udgiver/:slug/kalender.ics */
    async publisher(c: Context) {
      const slug = c.req.param('slug') ?? '';
      const publisher = isSlug(slug) ? await findApiPublisher(db, slug) : null;
      if (!publisher) throw notFound();
      const meetings = await listAllApiMeetings(db, { publisher: slug });
      return respond(c, meetings, publisher.name, `Møder i ${publisher.name}s organer (Protokol)`, `${slug}.ics`);
    },
    /** GET /sag/:number/kalender.ics[?udgiver=…]: the meetings where the case's open items were or will be treated. */
    async case(c: Context) {
      const number = (c.req.param('number') ?? '').trim();
      const publisher = c.req.query('udgiver')?.trim() || undefined;
      const found = number.length > 0 && number.length <= 100 ? await findPublicCases(db, number, publisher) : [];
      if (found.length === 0) throw notFound();
      const ids = [...new Set(found.flatMap((one) => one.entries.map((entry) => entry.meeting.id)))];
      const meetings = (await Promise.all(ids.map((id) => findApiMeeting(db, id)))).filter((m) => m !== null);
      const fileName = `sag-${number.replace(/[^\w-]+/g, '-')}.ics`;
      return respond(c, meetings, `Sag ${number}`, `Møder, der behandler sag ${number} (Protokol)`, fileName);
    },
    /** GET /moede/:id.ics */
    async meeting(c: Context) {
      const id = parseId((c.req.param('file') ?? '').replace(/\.ics$/, ''));
      const meeting = id ? await findApiMeeting(db, id) : null;
      if (!meeting) throw notFound();
      const { name } = meeting.body;
      return respond(c, [meeting], name, `Møde i ${name} (Protokol)`, `moede-${meeting.id}.ics`);
    },
  };
}
