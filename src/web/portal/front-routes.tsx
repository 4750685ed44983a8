/** GET / : the front page (mounted at /): latest minutes, upcoming meetings, "Find din kommune", the councils. */
import { Hono } from 'hono';
import { listLatestMinutes, listUpcomingMeetings } from '../../db/queries/meetings.js';
import { listPublishers } from '../../db/queries/publishers.js';
import { listRegionsWithCouncils } from '../../db/queries/regions.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { FrontPage } from '../../render/html/front-page.js';
import type { PortalDeps } from './deps.js';
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
  return app;
}
