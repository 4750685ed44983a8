/**
 * Atom feeds: new minutes of a body (/organ/:slug/referater.atom) or of a publisher's bodies
 * (/udgiver/:slug/referater.atom), new decisions of a case
 * (/sag/:number/beslutninger.atom) and the results of any search with the filters of /sog
 * (/sog.atom?q=…). Only what the portal shows: open items' decisions, public titles.
 */
import type { Context } from 'hono';
import type { Db } from '../../db/client.js';
import { findApiBody } from '../../db/queries/api-directory.js';
import {
  findApiCase,
  findMeetingTimes,
  listApiCaseItems,
  listApiCasesNumbered,
  listApiItemsOfCase,
  listApiItemsOfMeetings,
  listApiMeetings,
  type MeetingListInput,
} from '../../db/queries/api-meetings.js';
import { findApiPublisher } from '../../db/queries/api-publishers.js';

import { searchItems } from '../../db/search/search-items.js';
import { publicItemTitle } from '../../domain/agenda-item.js';
import { formatDate } from '../../domain/danish-dates.js';
import { type AtomEntry, renderAtomFeed } from '../../render/atom/feed.js';
import { LABELS } from '../../render/i18n.js';
import { meetingTitle } from '../../render/meeting-title.js';
import { notFound } from '../kit/errors.js';
import { isSlug, validate } from '../kit/params.js';
import {
  bodyHref,
  caseHref,
  itemHref,
  meetingHref,
  publisherHref,
  searchFeedHref,
  searchHref,
} from '../portal/paths.js';
import { SearchQuerySchema, searchCriteria, searchFilters } from '../portal/validation.js';

/** Entries per feed. */
export const FEED_SIZE = 50;

/** A feed with no entries still needs an updated time: the beginning of the archive's era. */
const EMPTY_UPDATED = new Date('2020-01-01T00:00:00Z');

/**
 * A feed as Atom for feed readers; for a browser that asks for a page (Accept: text/html), as
 * application/xml, which browsers transform with the feed's XSL stylesheet into a readable page
 * (some download or print a feed served as application/atom+xml instead). The same bytes either way.
 */
function atom(c: Context, xml: string) {
  const type = asksForPage(c.req.header('Accept')) ? 'application/xml' : 'application/atom+xml';
  return c.body(xml, 200, { 'Content-Type': `${type}; charset=utf-8`, Vary: 'Accept' });
}

/** True for a browser's navigation (it lists text/html), false for a feed reader's request. */
export function asksForPage(accept: string | undefined): boolean {
  return /(^|,)\s*text\/html\s*(;|,|$)/i.test(accept ?? '');
}

const originOf = (c: Context) => new URL(c.req.url).origin;

/** The feeds' handlers; web/feeds/index.ts mounts each at its path. */
export function feeds({ db }: { db: Db }) {
  return {
    minutes: (c: Context) => minutesFeed(c, db),
    publisherMinutes: (c: Context) => publisherMinutesFeed(c, db),
    decisions: (c: Context) => decisionsFeed(c, db),
    search: (c: Context) => searchFeed(c, db),
  };
}

/** GET /organ/:slug/referater.atom */
async function minutesFeed(c: Context, db: Db) {
  const slug = c.req.param('slug') ?? '';
  const body = isSlug(slug) ? await findApiBody(db, slug) : null;
  if (!body) throw notFound();
  return minutesOf(c, db, {
    name: body.name,
    pageHref: bodyHref(slug),
    filter: { body: slug },
    since: body.modifiedAt,
  });
}

/** GET /udgiver/:slug/referater.atom: the minutes of every body of the publisher. */
async function publisherMinutesFeed(c: Context, db: Db) {
  const slug = c.req.param('slug') ?? '';
  const publisher = isSlug(slug) ? await findApiPublisher(db, slug) : null;
  if (!publisher) throw notFound();
  return minutesOf(c, db, {
    name: publisher.name,
    pageHref: publisherHref(slug),
    filter: { publisher: slug },
    since: publisher.modifiedAt,
  });
}

/** The newest published minutes among the meetings that `filter` selects, with their items' public titles and decisions. */
async function minutesOf(
  c: Context,
  db: Db,
  source: {
    name: string;
    pageHref: string;
    filter: Pick<MeetingListInput, 'body' | 'publisher'>;
    /** When the source last changed: the updated time of a feed without entries. */
    since: Date | null;
  },
) {
  const { name } = source;
  const origin = originOf(c);
  const page = await listApiMeetings(db, { ...source.filter, status: 'minutes_published', limit: FEED_SIZE });
  const items = await listApiItemsOfMeetings(
    db,
    page.rows.map((m) => m.id),
  );
  const entries: AtomEntry[] = page.rows.map((meeting) => {
    const own = items.filter((item) => item.meeting.id === meeting.id);
    const url = `${origin}${meetingHref(meeting.id)}`;
    return {
      id: url,
      url,
      title: meetingTitle({
        documentType: meeting.documentType,
        bodyName: meeting.body.name,
        heldOn: meeting.heldOn,
        startTime: meeting.startTime,
      }),
      updated: meeting.modifiedAt,
      published: meeting.createdAt,
      summary: own.map((item) => `${item.number}. ${publicItemTitle(item.title, item.isClosed)}`).join('\n'),
      content: own
        .map((item) => {
          const title = `Punkt ${item.number}: ${publicItemTitle(item.title, item.isClosed)}`;
          const decision = item.isClosed ? null : item.content?.decision;
          return decision ? `${title}\nBeslutning: ${decision.text}` : title;
        })
        .join('\n\n'),
    };
  });
  return atom(
    c,
    renderAtomFeed({
      selfUrl: `${origin}${c.req.path}`,
      alternateUrl: `${origin}${source.pageHref}`,
      title: `Referater fra ${name}`,
      subtitle: `Nye referater fra ${name} (Protokol)`,
      entries,
      emptyUpdated: source.since ?? EMPTY_UPDATED,
    }),
  );
}

/** The decisions feed's case: every case with the number, or one publisher's (?udgiver=) where several have it. */
async function decisionsSource(db: Db, number: string, publisherSlug: string | undefined) {
  if (number.length === 0 || number.length > 100) return null;
  if (!publisherSlug) {
    const found = await findApiCase(db, number);
    return found ? { name: number, since: found.modifiedAt, items: () => listApiCaseItems(db, number) } : null;
  }
  const found = (await listApiCasesNumbered(db, number)).find((one) => one.publisher?.slug === publisherSlug);
  if (!found?.publisher) return null;
  return {
    name: `${number}, ${found.publisher.name}`,
    since: found.modifiedAt,
    items: () => listApiItemsOfCase(db, found.id),
  };
}

/** GET /sag/:number/beslutninger.atom (?udgiver=<slug>: one publisher's case with the number) */
async function decisionsFeed(c: Context, db: Db) {
  const number = (c.req.param('number') ?? '').trim();
  const publisherSlug = c.req.query('udgiver')?.trim() || undefined;
  const found = await decisionsSource(db, number, publisherSlug);
  if (!found) throw notFound();
  const origin = originOf(c);
  const items = (await found.items()).filter((item) => !item.isClosed && item.content?.decision);
  const entries: AtomEntry[] = items.reverse().map((item) => {
    const decision = item.content!.decision!;
    const url = `${origin}${itemHref(item.id)}`;
    return {
      id: url,
      url,
      title: `${LABELS.da.outcome[decision.outcome] ?? decision.outcome}: ${item.title} (${item.body.name}, ${formatDate(item.meeting.heldOn)})`,
      updated: item.meeting.modifiedAt,
      published: item.meeting.createdAt,
      summary: decision.text,
      content: decision.text,
    };
  });
  return atom(
    c,
    renderAtomFeed({
      selfUrl: `${origin}${c.req.path}${publisherSlug ? `?udgiver=${encodeURIComponent(publisherSlug)}` : ''}`,
      alternateUrl: `${origin}${caseHref(number, publisherSlug)}`,
      title: `Beslutninger i sag ${found.name}`,
      subtitle: `Nye beslutninger i sag ${found.name} på tværs af organer (Protokol)`,
      entries: entries.slice(0, FEED_SIZE),
      emptyUpdated: found.since,
    }),
  );
}

/** GET /sog.atom?q=…&organ=…: the search's first results. */
async function searchFeed(c: Context, db: Db) {
  const params = validate(SearchQuerySchema, c.req.query());
  const filters = { q: params.q, ...searchFilters(params) };
  const result = await searchItems(db, { ...searchCriteria(params), page: 1, pageSize: FEED_SIZE });
  const times = await findMeetingTimes(db, [...new Set(result.hits.map((hit) => hit.meeting.id))]);
  const origin = originOf(c);
  const entries: AtomEntry[] = result.hits.map((hit) => {
    const url = `${origin}${itemHref(hit.itemId)}`;
    const time = times.get(hit.meeting.id);
    return {
      id: url,
      url,
      title: `${hit.plainTitle} (${hit.body.name}, ${formatDate(hit.meeting.heldOn)})`,
      updated: time?.modifiedAt ?? EMPTY_UPDATED,
      published: time?.createdAt,
      summary: hit.snippet
        .map((segment) => segment.text)
        .join('')
        .trim(),
    };
  });
  const what = params.q ? `"${params.q}"` : 'alle punkter';
  return atom(
    c,
    renderAtomFeed({
      selfUrl: `${origin}${searchFeedHref(filters)}`,
      alternateUrl: `${origin}${searchHref(filters)}`,
      title: `Søgning: ${what}`,
      subtitle: `Dagsordenspunkter, der matcher søgningen ${what} (Protokol)`,
      entries,
      emptyUpdated: EMPTY_UPDATED,
    }),
  );
}
