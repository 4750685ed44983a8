/**
 * The secretariat's meetings (mounted at /sekretariat): the overview, a new meeting, and the
 * agenda builder's forms.
 *   GET  /sekretariat
 *   GET|POST /sekretariat/organ/:slug/moeder/ny
 *   GET|POST /sekretariat/moede/:id                (the builder; POST saves the meeting's fields)
 *   POST /sekretariat/moede/:id/deltagere | /punkter
 * The builder is one form (builder-work.ts): every POST from it first saves the typed fields.
 * Pipelines: validate (zod, forms.ts) → authorize (requireRole: edit_meeting in the meeting's
 * body) → use case → present (303 to the builder with a notice, or the page again with the
 * problems: 400 for input, 409 for a conflict or a meeting that cannot be changed).
 */
import { type Context, Hono } from 'hono';
import { findBodyRef, listSecretariatBodies } from '../../db/queries/meeting-drafts.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { NewMeetingPage } from '../../render/html/secretariat/new-meeting-page.js';
import { SecretariatOverviewPage } from '../../render/html/secretariat/overview-page.js';
import { addAgendaItem } from '../../use-cases/meetings/add-agenda-item.js';
import { createMeeting } from '../../use-cases/meetings/create-meeting.js';
import { actorOf, auditActorOf } from '../auth/context.js';
import { forbidden, unauthenticated } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import type { FormBody, Problem } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { idParam } from '../kit/params.js';
import { builderPage, done, meetingGuards, NOT_EDITABLE } from './builder.js';
import { doneKeeping, keepBuilderWork, typedInBuilder, unsavedInQuery } from './builder-work.js';
import type { SecretariatDeps } from './deps.js';
import { meetingFormValues, parseMeeting, parseTemplate } from './forms.js';
import { noticeOf, presentOverview } from './presenters.js';

const EMPTY_MEETING = { heldOn: '', startTime: '', endTime: '', location: '', kind: 'ordinary' };

export function meetingRoutes(deps: SecretariatDeps) {
  const { db, now } = deps;
  const app = new Hono();
  const { editMeeting, editBody } = meetingGuards(deps);

  app.get('/', async (c) => {
    const actor = actorOf(c);
    if (!actor) return unauthenticated(c);
    const bodyIds = [...actor.roles.entries()].filter(([, role]) => role === 'secretariat').map(([id]) => id);
    if (!actor.isAdmin && bodyIds.length === 0) return forbidden(c);
    const bodies = await listSecretariatBodies(db, actor.isAdmin ? 'all' : bodyIds, copenhagenDate(now()));
    return c.render(<SecretariatOverviewPage bodies={presentOverview(bodies)} />);
  });

  const bodyOfPath = async (c: Context) => {
    const body = await findBodyRef(db, c.req.param('slug') ?? '');
    if (!body) throw notFound();
    return body;
  };

  const newMeetingPage = (
    c: Context,
    body: { name: string; slug: string },
    values = EMPTY_MEETING,
    problems: Problem[] = [],
  ) =>
    page(
      c,
      <NewMeetingPage csrfToken={csrfOf(c)} body={body} action={c.req.path} values={values} problems={problems} />,
      problems.length > 0 ? 400 : 200,
    );

  app.get('/organ/:slug/moeder/ny', editBody, async (c) => newMeetingPage(c, await bodyOfPath(c)));

  app.post('/organ/:slug/moeder/ny', editBody, async (c) => {
    const body = await bodyOfPath(c);
    const form = await c.req.parseBody();
    const parsed = parseMeeting(form);
    if (!parsed.ok) return newMeetingPage(c, body, meetingFormValues(form), parsed.problems);
    const result = await createMeeting({ db, bodyId: body.id, ...parsed.value, actor: auditActorOf(c) });
    if (!result.ok) throw notFound();
    return done(c, result.meetingId, 'oprettet');
  });

  app.get('/moede/:id', editMeeting, (c) =>
    builderPage(c, deps, idParam(c), { notice: noticeOf(c.req.query('gemt')), ...unsavedInQuery(c) }),
  );

  app.post('/moede/:id', editMeeting, (c) => saveMeeting(c, deps, 'gemt'));
  app.post('/moede/:id/deltagere', editMeeting, (c) => saveMeeting(c, deps, 'deltagere', '#deltagere'));

  app.post('/moede/:id/punkter', editMeeting, async (c) => {
    const meetingId = idParam(c);
    const form = await c.req.parseBody();
    const parsed = parseTemplate(form);
    if (!parsed.ok) return builderPage(c, deps, meetingId, { ...typedInBuilder(form), problems: parsed.problems }, 400);
    const kept = await keepBuilderWork(c, deps, meetingId, form);
    if (!kept.ok) return kept.response;
    const result = await addAgendaItem({ db, meetingId, ...parsed.value, actor: auditActorOf(c) });
    if (result.ok) return doneKeeping(c, deps, meetingId, { ...form, title: '' }, 'punkt', '#dagsorden');
    if (result.reason === 'not_found') throw notFound();
    return builderPage(c, deps, meetingId, { problems: [NOT_EDITABLE] }, 409);
  });

  return app;
}

/** POST /sekretariat/moede/:id ("Gem mødets oplysninger") and /deltagere ("Gem deltagere"): what the form carries. */
async function saveMeeting(c: Context, deps: SecretariatDeps, code: string, anchor = '') {
  const meetingId = idParam(c);
  const form: FormBody = await c.req.parseBody();
  const kept = await keepBuilderWork(c, deps, meetingId, form);
  if (!kept.ok) return kept.response;
  return doneKeeping(c, deps, meetingId, form, kept.changed ? code : 'uaendret', anchor);
}
