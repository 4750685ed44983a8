/**
 * GET /udgiver (every publisher by kind; ?kommune=<slug>, the front page's "Find din kommune" form,
 * goes on to that municipality's page) and /udgiver/:slug (one publisher, with its sources' status
 * line as on /kilder): mounted at /udgiver.
 * The publisher's calendar and feed at the same prefix are web/feeds'.
 */
import { Hono } from 'hono';
import { listFramesConcerning } from '../../db/queries/frames.js';
import { listLatestMinutes, listUpcomingMeetings } from '../../db/queries/meetings.js';
import { findPublisherBySlug, listPublisherBodies, listPublishers } from '../../db/queries/publishers.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { PublisherPage } from '../../render/html/publisher-page.js';
import { PublishersPage } from '../../render/html/publishers-page.js';
import { listSitesWithRuns } from '../../use-cases/harvest/list-sites.js';
import { presentFrameListItem } from '../frames/presenters.js';
import { notFound } from '../kit/errors.js';
import { isSlug } from '../kit/params.js';
import type { PortalDeps } from './deps.js';
import { publisherHref } from './paths.js';
import { presentPublisherPage, presentPublishersPage } from './publisher-presenters.js';
import { presentSource, sourcesHref } from './source-presenters.js';

/** How many of the latest minutes and upcoming meetings a publisher's page lists. */
const LISTED_MEETINGS = 6;

export function publisherRoutes({ db, now }: PortalDeps) {
  const app = new Hono();
  app.get('/', async (c) => {
    // "Find din kommune" works without JavaScript: a GET form whose choice is the publisher's slug.
    const chosen = c.req.query('kommune')?.trim();
    if (chosen) {
      if (!isSlug(chosen)) throw notFound();
      return c.redirect(publisherHref(chosen), 303);
    }
    return c.render(<PublishersPage {...presentPublishersPage(await listPublishers(db))} />);
  });

  app.get('/:slug', async (c) => {
    const slug = c.req.param('slug');
    const publisher = isSlug(slug) ? await findPublisherBySlug(db, slug) : null;
    if (!publisher) throw notFound();
    const filter = { publisherId: publisher.id };
    const [bodies, latestMinutes, upcoming, sites, frames] = await Promise.all([
      listPublisherBodies(db, publisher.id),
      listLatestMinutes(db, LISTED_MEETINGS, filter),
      listUpcomingMeetings(db, copenhagenDate(now()), LISTED_MEETINGS, filter),
      listSitesWithRuns({ db, now: now() }),
      listFramesConcerning(db, { publisherId: publisher.id }), // Frames and keys
    ]);
    const props = presentPublisherPage({ publisher, bodies, latestMinutes, upcoming });
    const sources = sites.filter((site) => site.publisherId === publisher.id).map(presentSource);
    return c.render(
      <PublisherPage
        {...props}
        sources={sources}
        sourcesHref={`${sourcesHref}#${publisher.slug}`}
        frames={frames.map(presentFrameListItem)}
        follow={{ target: { kind: 'publisher', id: publisher.id }, label: publisher.name, back: publisherHref(slug) }}
      />,
    );
  });
  return app;
}
