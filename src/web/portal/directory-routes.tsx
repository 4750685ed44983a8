/** GET /organ/:slug (body), /sag/:number (case), /person/:slug (person). */
import { Hono } from 'hono';
import { findBodyBySlug, listBodyMeetings, listBodyMembers } from '../../db/queries/bodies.js';
import { findPublicCase } from '../../db/queries/cases.js';
import { findPersonBySlug } from '../../db/queries/persons.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { AppError } from '../../errors.js';
import { BodyPage } from '../../render/html/body-page.js';
import { CasePage } from '../../render/html/case-page.js';
import { PersonPage } from '../../render/html/person-page.js';
import type { PortalDeps } from './deps.js';
import { bodyCalendarHref, decisionsFeedHref, minutesFeedHref } from './paths.js';
import { presentBodyPage, presentCasePage, presentPersonPage } from './presenters.js';
import { isSlug } from './validation.js';

const notFound = () => new AppError('not_found', 'not found');

export function directoryRoutes({ db, now }: PortalDeps) {
  const app = new Hono();

  app.get('/organ/:slug', async (c) => {
    const slug = c.req.param('slug');
    const body = isSlug(slug) ? await findBodyBySlug(db, slug) : null;
    if (!body) throw notFound();
    const [members, meetings] = await Promise.all([listBodyMembers(db, body.id), listBodyMeetings(db, body.id)]);
    return c.render(
      <BodyPage
        {...presentBodyPage({ body, members, meetings, today: copenhagenDate(now()) })}
        calendarHref={bodyCalendarHref(body.slug)}
        minutesFeedHref={minutesFeedHref(body.slug)}
      />,
    );
  });

  // Case numbers contain "/": links encode it ("/sag/25%2F41077"), the plain form is accepted too.
  app.get('/sag/:number{.+}', async (c) => {
    const number = c.req.param('number').trim();
    const found = number.length > 0 && number.length <= 100 ? await findPublicCase(db, number) : null;
    if (!found) throw notFound();
    return c.render(<CasePage {...presentCasePage(found)} decisionsFeedHref={decisionsFeedHref(found.number)} />);
  });

  app.get('/person/:slug', async (c) => {
    const slug = c.req.param('slug');
    const person = isSlug(slug) ? await findPersonBySlug(db, slug) : null;
    if (!person) throw notFound();
    return c.render(<PersonPage {...presentPersonPage(person, copenhagenDate(now()))} />);
  });

  return app;
}
