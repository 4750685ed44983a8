/**
 * GET /foelg-med: how to follow the health councils — calendars, news feeds, open data, downloads —
 * with every council's and every publisher's calendar and feed. Public; mounted at /foelg-med.
 */
import { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { listApiBodies } from '../../db/queries/api-directory.js';
import { listPublishers } from '../../db/queries/publishers.js';
import { FollowingPage } from '../../render/html/following-page.js';
import {
  bodyCalendarHref,
  bodyHref,
  minutesFeedHref,
  publisherCalendarHref,
  publisherHref,
  publisherMinutesFeedHref,
} from '../portal/paths.js';

/** Health councils on the page: far more than Denmark has. */
const COUNCILS_LIMIT = 200;

export function followingRoutes({ db }: { db: Db }) {
  return new Hono().get('/', async (c) => {
    const [councils, publishers] = await Promise.all([
      listApiBodies(db, { kind: 'health_council', limit: COUNCILS_LIMIT }),
      listPublishers(db),
    ]);
    return c.render(
      <FollowingPage
        councilsCalendarHref="/kalender.ics"
        apiDocsHref="/api/docs"
        councils={councils.rows
          .map((body) => ({
            name: body.name,
            href: bodyHref(body.slug),
            calendarHref: bodyCalendarHref(body.slug),
            minutesFeedHref: minutesFeedHref(body.slug),
            isFictitious: body.isFictitious,
          }))
          .sort((a, b) => a.name.localeCompare(b.name, 'da'))}
        publishers={publishers
          .filter((publisher) => publisher.bodyCount > 0)
          .map((publisher) => ({
            name: publisher.name,
            href: publisherHref(publisher.slug),
            calendarHref: publisherCalendarHref(publisher.slug),
            minutesFeedHref: publisherMinutesFeedHref(publisher.slug),
            isFictitious: false,
          }))}
      />,
    );
  });
}
