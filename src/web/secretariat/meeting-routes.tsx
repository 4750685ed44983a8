/**
 * The secretariat's meetings (mounted at /sekretariat): the overview, a new meeting, and the
 * agenda builder's forms.
 *   GET  /sekretariat
 *   GET|POST /sekretariat/organ/:slug/moeder/ny
 *   GET|POST /sekretariat/moede/:id                (the builder; POST saves the meeting's fields)
 *   POST /sekretariat/moede/:id/deltagere | /punkter
 * Pipelines: validate (zod, forms.ts) → authorize (requireRole: edit_meeting in the meeting's
 * body) → use case → present (303 to the builder with a notice, or the page again with the
 * problems: 400 for input, 409 for a conflict or a meeting that cannot be changed).
 */
import { type Context, Hono } from 'hono';
import { findBodyRef, listSecretariatBodies } from '../../db/queries/meeting-drafts.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { parseParticipantLines } from '../../domain/meeting-draft.js';
import { NewMeetingPage } from '../../render/html/secretariat/new-meeting-page.js';
import { SecretariatOverviewPage } from '../../render/html/secretariat/overview-page.js';
import { addAgendaItem } from '../../use-cases/meetings/add-agenda-item.js';
import { createMeeting } from '../../use-cases/meetings/create-meeting.js';
import { setMeetingParticipants } from '../../use-cases/meetings/set-meeting-participants.js';
import { updateMeeting } from '../../use-cases/meetings/update-meeting.js';
import { actorOf, auditActorOf } from '../auth/context.js';
import { forbidden, unauthenticated } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { type FormBody, field, type Problem } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { idParam } from '../kit/params.js';
import { builderPage, done, meetingGuards, NOT_EDITABLE, refused } from './builder.js';
import { meetingConflict, participantsConflict } from './conflicts.js';
import type { SecretariatDeps } from './deps.js';
import { meetingFormValues, parseMeeting, parseTemplate, revisionOf } from './forms.js';
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
    builderPage(c, deps, idParam(c), { notice: noticeOf(c.req.query('gemt')) }),
  );

  app.post('/moede/:id', editMeeting, (c) => saveMeeting(c, deps));
  app.post('/moede/:id/deltagere', editMeeting, (c) => saveParticipants(c, deps));

  app.post('/moede/:id/punkter', editMeeting, async (c) => {
    const meetingId = idParam(c);
    const form = await c.req.parseBody();
    const parsed = parseTemplate(form);
    if (!parsed.ok) {
      const addForm = { template: field(form, 'template'), title: field(form, 'title') };
      return builderPage(c, deps, meetingId, { problems: parsed.problems, addForm }, 400);
    }
    const result = await addAgendaItem({ db, meetingId, ...parsed.value, actor: auditActorOf(c) });
    if (result.ok) return done(c, meetingId, 'punkt', '#dagsorden');
    if (result.reason === 'not_found') throw notFound();
    return builderPage(c, deps, meetingId, { problems: [NOT_EDITABLE] }, 409);
  });

  return app;
}

/** POST /sekretariat/moede/:id: the meeting's date, times, place and kind, at the revision the form names. */
async function saveMeeting(c: Context, deps: SecretariatDeps) {
  const meetingId = idParam(c);
  const form = await c.req.parseBody();
  const revision = revisionOf(form);
  const values = { ...meetingFormValues(form), revision };
  const parsed = parseMeeting(form);
  if (!parsed.ok) return builderPage(c, deps, meetingId, { form: values, problems: parsed.problems }, 400);
  const result = await updateMeeting({ db: deps.db, meetingId, revision, ...parsed.value, actor: auditActorOf(c) });
  if (result.ok) return done(c, meetingId, result.changed ? 'gemt' : 'uaendret');
  if (result.reason !== 'conflict') return refused(c, deps, meetingId, result.reason);
  const saved = result.current;
  const conflict = { rows: meetingConflict(parsed.value, saved), what: 'Mødet' };
  return builderPage(c, deps, meetingId, { form: { ...values, revision: saved.revision }, conflict }, 409);
}

/** POST /sekretariat/moede/:id/deltagere: who takes part and who sent apologies, one per line. */
async function saveParticipants(c: Context, deps: SecretariatDeps) {
  const meetingId = idParam(c);
  const form: FormBody = await c.req.parseBody();
  const revision = revisionOf(form);
  const present = field(form, 'present').replace(/\r\n?/g, '\n');
  const absent = field(form, 'absent').replace(/\r\n?/g, '\n');
  const participants = [...parseParticipantLines(present, false), ...parseParticipantLines(absent, true)];
  if (participants.length > 200 || present.length + absent.length > 40_000) {
    const problems = [{ field: 'present', text: 'Der er for mange deltagere.' }];
    return builderPage(c, deps, meetingId, { participants: { present, absent, revision }, problems }, 400);
  }
  const result = await setMeetingParticipants({
    db: deps.db,
    meetingId,
    revision,
    participants,
    actor: auditActorOf(c),
  });
  if (result.ok) return done(c, meetingId, result.changed ? 'deltagere' : 'uaendret', '#deltagere');
  if (result.reason !== 'conflict') return refused(c, deps, meetingId, result.reason);
  const current = result.current;
  return builderPage(
    c,
    deps,
    meetingId,
    {
      participants: { present, absent, revision: current.revision },
      conflict: { rows: participantsConflict({ present, absent }, current.draftParticipants), what: 'Deltagerlisten' },
    },
    409,
  );
}
