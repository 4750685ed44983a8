/**
 * Calendars (.ics) and feeds (.atom), one app per prefix (app.tsx mounts them): they sit beside
 * the public pages they follow — /kalender.ics, /sog.atom, /moede/:id.ics,
 * /organ/:slug/{kalender.ics,referater.atom,spoergsmaal.atom}, /udgiver/:slug/{kalender.ics,referater.atom},
 * /sag/:number/beslutninger.atom — so the apps at /moede, /organ, /udgiver and /sag must come
 * before the portal's. Public and read-only: CORS for reading,
 * ETag and Cache-Control on every successful answer. Also the downloads (/sog.csv, /sog.json,
 * /organ/:slug/moeder.{csv,json}), the feeds' stylesheet (/static/feed.xsl) and the page that
 * explains all of it (/foelg-med).
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Db } from '../../db/client.js';
import { publicCaching } from '../api/http-cache.js';
import { answersFeed } from './answer-feed-routes.js';
import { calendars } from './calendar-routes.js';
import { downloads } from './download-routes.js';
import { feeds } from './feed-routes.js';
import { followingRoutes } from './following-routes.js';

/** The feeds' XSL stylesheet, read once (a file beside this one). */
const FEED_XSL = readFileSync(new URL('./feed.xsl', import.meta.url), 'utf8');

export function feedApps(deps: { db: Db; now: () => Date }) {
  const calendar = calendars(deps);
  const feed = feeds(deps);
  const download = downloads(deps);
  const readable = cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'OPTIONS'],
    exposeHeaders: ['ETag', 'Content-Disposition', 'X-Total-Count'],
  });
  const cached = publicCaching();
  return {
    /** /kalender.ics */
    councilsCalendar: new Hono().get('/', readable, cached, calendar.councils),
    /** /sog.atom */
    searchFeed: new Hono().get('/', readable, cached, feed.search),
    /** /sog.csv and /sog.json: a search's every hit (mounted at /) */
    searchDownloads: new Hono()
      .get('/sog.csv', readable, cached, download.search('csv'))
      .get('/sog.json', readable, cached, download.search('json')),
    /** /static/feed.xsl: served here, as XSLT (the static files would serve it as bytes) */
    feedStylesheet: new Hono().get('/', cached, (c) =>
      c.body(FEED_XSL, 200, { 'Content-Type': 'text/xsl; charset=utf-8' }),
    ),
    /** /foelg-med */
    following: followingRoutes(deps),
    /** /moede/:id.ics */
    meetings: new Hono().get('/:file{[0-9]+\\.ics}', readable, cached, calendar.meeting),
    /** /organ/:slug/kalender.ics, /organ/:slug/{referater,spoergsmaal}.atom and /organ/:slug/moeder.{csv,json} */
    bodies: new Hono()
      .get('/:slug/kalender.ics', readable, cached, calendar.body)
      .get('/:slug/referater.atom', readable, cached, feed.minutes)
      .get('/:slug/spoergsmaal.atom', readable, cached, (c) => answersFeed(c, deps.db))
      .get('/:slug/moeder.csv', readable, cached, download.bodyMeetings('csv'))
      .get('/:slug/moeder.json', readable, cached, download.bodyMeetings('json')),
    /** /udgiver/:slug/kalender.ics and /udgiver/:slug/referater.atom */
    publishers: new Hono()
      .get('/:slug/kalender.ics', readable, cached, calendar.publisher)
      .get('/:slug/referater.atom', readable, cached, feed.publisherMinutes),
    /** /sag/:number/beslutninger.atom and /sag/:number/kalender.ics */
    cases: new Hono()
      .get('/:number{.+}/beslutninger.atom', readable, cached, feed.decisions)
      .get('/:number{.+}/kalender.ics', readable, cached, calendar.case),
  };
}
