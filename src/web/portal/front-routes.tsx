/**
 * GET / : the front page (mounted at /): latest minutes, upcoming meetings, "Find dit sundhedsråd",
 * the councils. GET /find-sundhedsraad?kommune=<slug>: the front page's picker goes on to the
 * municipality's health council (303), or lists its councils when there are several; without a
 * choice, the picker on a page of its own; a municipality that does not exist, 400 at the picker.
 */
import { Hono } from 'hono';
import { listLatestMinutes, listUpcomingMeetings } from '../../db/queries/meetings.js';
import { findMunicipalityCouncils } from '../../db/queries/municipality-councils.js';
import { listPublishers } from '../../db/queries/publishers.js';
import { listRegionsWithCouncils } from '../../db/queries/regions.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { FindCouncilPage } from '../../render/html/find-council-page.js';
import { FrontPage } from '../../render/html/front-page.js';
import { isSlug } from '../kit/params.js';
import type { PortalDeps } from './deps.js';
import { bodyHref, findCouncilHref, publisherHref } from './paths.js';
import { presentFrontPage } from './presenters.js';

export function frontRoutes({ db, now }: PortalDeps) {
  const app = new Hono();
  app.get('/', async (c) => {
    const today = copenhagenDate(now());
    const [latestMinutes, upcoming, regions, publishers] = await Promise.all([
      listLatestMinutes(db, 6),
      listUpcomingMeetings(db, today, 6),
      listRegionsWithCouncils(db),
      listPublishers(db),
    ]);
    return c.render(<FrontPage {...presentFrontPage({ latestMinutes, upcoming, regions, publishers })} />);
  });

  app.get(findCouncilHref, async (c) => {
    const chosen = c.req.query('kommune')?.trim();
    const municipalities = (await listPublishers(db))
      .filter((publisher) => publisher.kind === 'municipality')
      .map((publisher) => ({ slug: publisher.slug, name: publisher.name }));
    const picker = { action: findCouncilHref, municipalities };
    if (chosen === undefined) return c.render(<FindCouncilPage picker={picker} found={null} />);
    const found = isSlug(chosen) ? await findMunicipalityCouncils(db, chosen) : null;
    if (!found) {
      c.status(400);
      return c.render(<FindCouncilPage picker={picker} found={null} isUnknownChoice />);
    }
    if (found.councils.length === 1) return c.redirect(bodyHref(found.councils[0].slug), 303);
    const view = {
      municipality: { name: found.municipality.name, href: publisherHref(found.municipality.slug) },
      councils: found.councils.map((council) => ({ name: council.name, href: bodyHref(council.slug) })),
    };
    return c.render(<FindCouncilPage picker={{ ...picker, chosen }} found={view} />);
  });
  return app;
}
