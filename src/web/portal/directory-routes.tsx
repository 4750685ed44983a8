/**
 * GET /organ/:slug (body), /sag/:number (case; ?udgiver=<slug> picks one publisher's case where
 * several have the number), /person/:slug (person; a merged person's page redirects to the kept
 * one): mounted at /organ, /sag and /person.
 */
import { Hono } from 'hono';
import { listAgreementsOfCouncil } from '../../db/queries/agreements.js';
import { findBodyBySlug, listBodyMeetings, listBodyMembers } from '../../db/queries/bodies.js';
import { findPublicCases } from '../../db/queries/cases.js';
import { listFramesConcerning } from '../../db/queries/frames.js';
import { listGpBoards } from '../../db/queries/gp-capacity.js';
import { listHearings } from '../../db/queries/hearings.js';
import { findPersonBySlug } from '../../db/queries/persons.js';
import { listPlansOfBody } from '../../db/queries/plans.js';
import { listProcesses } from '../../db/queries/processes.js';
import { listProjectsConcerning } from '../../db/queries/projects.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { BodyPage } from '../../render/html/body-page.js';
import { CasePage } from '../../render/html/case-page.js';
import { PersonPage } from '../../render/html/person-page.js';
import { presentAgreementListItem } from '../agreements/presenters.js';
import { presentFrameListItem } from '../frames/presenters.js';
import { gpBoardHref } from '../gp-capacity/presenters.js';
import { presentHearingListItem } from '../hearings/presenters.js';
import { notFound } from '../kit/errors.js';
import { isSlug } from '../kit/params.js';
import { presentPlanListItem } from '../plans/presenters.js';
import { presentProcessListItem } from '../processes/presenters.js';
import { presentProjectListItem } from '../projects/presenters.js';
import { presentCasePage } from './case-presenter.js';
import type { PortalDeps } from './deps.js';
import { bodyCalendarHref, bodyHref, decisionsFeedHref, minutesFeedHref, personHref } from './paths.js';
import { presentBodyPage, presentPersonPage } from './presenters.js';

export function bodyRoutes({ db, now }: PortalDeps) {
  const app = new Hono();
  app.get('/:slug', async (c) => {
    const slug = c.req.param('slug');
    const body = isSlug(slug) ? await findBodyBySlug(db, slug) : null;
    if (!body) throw notFound();
    const [members, meetings, frames, processes, plans, hearings, projects, agreements, gpBoards] = await Promise.all([
      listBodyMembers(db, body.id),
      listBodyMeetings(db, body.id),
      listFramesConcerning(db, { bodyId: body.id }), // Frames and keys
      listProcesses(db, { concerningBodyId: body.id, limit: 100 }), // Processes (forløb)
      listPlansOfBody(db, body.id), // Plans
      listHearings(db, { bodyId: body.id, limit: 50 }), // Hearings
      listProjectsConcerning(db, { bodyId: body.id }), // Grants and projects
      listAgreementsOfCouncil(db, body.id), // Investment agreements (a health council's)
      listGpBoards(db, { bodyId: body.id, limit: 1 }), // GP capacity (lægedækning)
    ]);
    const lang = (c.get('lang' as never) as 'da' | 'en' | undefined) ?? 'da';
    return c.render(
      <BodyPage
        {...presentBodyPage({ body, members, meetings, today: copenhagenDate(now()) })}
        calendarHref={bodyCalendarHref(body.slug)}
        minutesFeedHref={minutesFeedHref(body.slug)}
        frames={frames.map(presentFrameListItem)}
        projects={projects.map((project) => presentProjectListItem(project, lang))}
        agreements={agreements.map((agreement) => presentAgreementListItem(agreement, lang))}
        processes={processes.rows.map((row) => presentProcessListItem(row))}
        plans={plans.map((plan) => presentPlanListItem(plan, lang))}
        hearings={hearings.rows.map((h) => presentHearingListItem(h, lang, copenhagenDate(now())))}
        gpCapacityHref={gpBoards.rows.length > 0 ? gpBoardHref(body.slug) : undefined}
        follow={{ target: { kind: 'body', id: body.id }, label: body.name, back: bodyHref(body.slug) }}
      />,
    );
  });
  return app;
}

export function caseRoutes({ db }: PortalDeps) {
  const app = new Hono();
  // Case numbers contain "/": links encode it ("/sag/25%2F41077"), the plain form is accepted too.
  app.get('/:number{.+}', async (c) => {
    const number = c.req.param('number').trim();
    const chosen = c.req.query('udgiver')?.trim() || undefined;
    const found = number.length > 0 && number.length <= 100 ? await findPublicCases(db, number) : [];
    const props = presentCasePage(found, chosen);
    if (!props) throw notFound();
    // One publisher's case chosen among several: its own decisions; else every case's with the number.
    const feedHref = decisionsFeedHref(props.number, props.allHref ? chosen : undefined);
    // "Følg" the case when the page shows one (a publisher's; with several, each is chosen first).
    const shown = found.filter((one) => chosen === undefined || one.publisher?.slug === chosen);
    const follow =
      shown.length === 1
        ? {
            target: { kind: 'case' as const, id: shown[0].id },
            label: props.number,
            back: `${c.req.path}${chosen ? `?udgiver=${encodeURIComponent(chosen)}` : ''}`,
          }
        : undefined;
    return c.render(<CasePage {...props} decisionsFeedHref={feedHref} follow={follow} />);
  });
  return app;
}

export function personRoutes({ db, now }: PortalDeps) {
  const app = new Hono();
  app.get('/:slug', async (c) => {
    const slug = c.req.param('slug');
    const found = isSlug(slug) ? await findPersonBySlug(db, slug) : null;
    if (!found) throw notFound();
    // A person merged into another: the kept person's page, for good.
    if ('mergedInto' in found) return c.redirect(personHref(found.mergedInto), 301);
    return c.render(<PersonPage {...presentPersonPage(found.person, copenhagenDate(now()))} />);
  });
  return app;
}
