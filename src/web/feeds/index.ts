/**
 * Calendars (.ics) and feeds (.atom), one app per prefix (app.tsx mounts them): they sit beside
 * the public pages they follow — /kalender.ics, /sog.atom, /moede/:id.ics,
 * /organ/:slug/{kalender.ics,referater.atom}, /udgiver/:slug/{kalender.ics,referater.atom},
 * /sag/:number/beslutninger.atom — so the apps at /moede, /organ, /udgiver and /sag must come
 * before the portal's. Public and read-only: CORS for reading,
 * ETag and Cache-Control on every successful answer.
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Db } from '../../db/client.js';
import { publicCaching } from '../api/http-cache.js';
import { calendars } from './calendar-routes.js';
import { feeds } from './feed-routes.js';

export function feedApps(deps: { db: Db; now: () => Date }) {
  const calendar = calendars(deps);
  const feed = feeds(deps);
  const readable = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag'] });
  const cached = publicCaching();
  return {
    /** /kalender.ics */
    councilsCalendar: new Hono().get('/', readable, cached, calendar.councils),
    /** /sog.atom */
    searchFeed: new Hono().get('/', readable, cached, feed.search),
    /** /moede/:id.ics */
    meetings: new Hono().get('/:file{[0-9]+\\.ics}', readable, cached, calendar.meeting),
    /** /organ/:slug/kalender.ics and /organ/:slug/referater.atom */
    bodies: new Hono()
      .get('/:slug/kalender.ics', readable, cached, calendar.body)
      .get('/:slug/referater.atom', readable, cached, feed.minutes),
    /** /udgiver/:slug/kalender.ics and /udgiver/:slug/referater.atom */
    publishers: new Hono()
      .get('/:slug/kalender.ics', readable, cached, calendar.publisher)
      .get('/:slug/referater.atom', readable, cached, feed.publisherMinutes),
    /** /sag/:number/beslutninger.atom */
    cases: new Hono().get('/:number{.+}/beslutninger.atom', readable, cached, feed.decisions),
  };
}
