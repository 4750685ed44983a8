/**
 * GET /mig (mounted at /mig): a signed-in user's own page — their bodies, the next meetings there,
 * and what was published lately in them (the last 30 days). 401 for the public.
 */
import { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { listRecentVersions } from '../../db/queries/meeting-versions.js';
import { listBodiesByIds, listNextMeetings, listRecentlyImported } from '../../db/queries/member-overview.js';
import { addDays } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { MemberPage } from '../../render/html/member-page.js';
import { signedInOf } from '../auth/context.js';
import { unauthenticated } from '../auth/require-role.js';
import { memberLinks, presentMemberBodies, presentNextMeetings, presentPublished } from './presenters.js';

const RECENT_DAYS = 30;

export function homeRoutes({ db, now }: { db: Db; now: () => Date }) {
  const app = new Hono();

  app.get('/', async (c) => {
    const user = signedInOf(c);
    if (!user) return unauthenticated(c);
    const today = copenhagenDate(now());
    const since = addDays(today, -RECENT_DAYS);
    const bodyIds = [...user.roles.keys()];
    const [bodies, next, versions, imported] = await Promise.all([
      listBodiesByIds(db, bodyIds),
      listNextMeetings(db, bodyIds, today, 10),
      listRecentVersions(db, bodyIds, since, 10),
      listRecentlyImported(db, bodyIds, new Date(`${since}T00:00:00Z`), 10),
    ]);
    return c.render(
      <MemberPage
        name={user.name}
        bodies={presentMemberBodies(bodies, user.roles)}
        nextMeetings={presentNextMeetings(next)}
        published={presentPublished(versions, imported)}
        links={memberLinks(user)}
      />,
    );
  });

  return app;
}
