/**
 * The secretariat's meetings: the overview, a new meeting, the agenda builder and its actions.
 *   GET  /sekretariat
 *   GET|POST /sekretariat/organ/:slug/moeder/ny
 *   GET|POST /sekretariat/moede/:id                (the builder; POST saves the meeting's fields)
 *   POST /sekretariat/moede/:id/deltagere | /punkter | /dagsorden | /referat | /rettelse | /aflys
 * Pipelines: validate (zod, forms.ts) → authorize (requireRole: edit_meeting or publish in the
 * meeting's body) → use case → present (303 to the builder with a notice, or the page again with
 * the problems: 400 for input, 409 for a conflict or a meeting that cannot be changed).
 */
import { type Context, Hono } from 'hono';
import {
  bodyOfMeeting,
  findBodyRef,
  findDraftMeeting,
  listSecretariatBodies,
} from '../../db/queries/meeting-drafts.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { parseParticipantLines } from '../../domain/meeting-draft.js';
import { AppError } from '../../errors.js';
import type { Problem } from '../../render/html/forms.js';
import { AgendaBuilderPage } from '../../render/html/secretariat/agenda-builder-page.js';
import { NewMeetingPage } from '../../render/html/secretariat/new-meeting-page.js';
import { SecretariatOverviewPage } from '../../render/html/secretariat/overview-page.js';
import { addAgendaItem } from '../../use-cases/meetings/add-agenda-item.js';
import { cancelMeeting } from '../../use-cases/meetings/cancel-meeting.js';
import { createMeeting } from '../../use-cases/meetings/create-meeting.js';
import { publishAgenda } from '../../use-cases/meetings/publish-agenda.js';
import { publishCorrection } from '../../use-cases/meetings/publish-correction.js';
import type { PublishProblem, PublishResult } from '../../use-cases/meetings/publish-meeting-version.js';
import { publishMinutes } from '../../use-cases/meetings/publish-minutes.js';
import { setMeetingParticipants } from '../../use-cases/meetings/set-meeting-participants.js';
import { updateMeeting } from '../../use-cases/meetings/update-meeting.js';
import { actorOf, forbidden, requireRole, unauthenticated } from '../auth/index.js';
import { isSlug, parseId } from '../portal/validation.js';
import { auditActorOf, csrfOf, type SecretariatDeps } from './deps.js';
import { field, meetingFormValues, parseMeeting, parseTemplate, revisionOf } from './forms.js';
import { type BuilderOverrides, builderHref, noticeOf, presentBuilder, presentOverview } from './presenters.js';

const notFound = () => new AppError('not_found', 'not found');

/** The meeting id of the path, or not found. */
function meetingIdOf(c: Context): number {
  const id = parseId(c.req.param('id') ?? '');
  if (!id) throw notFound();
  return id;
}

const NOT_EDITABLE: Problem = {
  text: 'Mødet kan ikke ændres: det er aflyst eller indlæst fra et offentliggjort dokument.',
};

const PUBLISH_PROBLEMS: Record<Exclude<PublishProblem, 'not_found'>, { status: 400 | 409; problem: Problem }> = {
  not_editable: { status: 409, problem: NOT_EDITABLE },
  already_published: {
    status: 409,
    problem: { text: 'Det er allerede offentliggjort. Brug »Ret« for en ny version.' },
  },
  not_published: { status: 409, problem: { text: 'Der er intet offentliggjort at rette endnu.' } },
  no_items: { status: 400, problem: { text: 'Dagsordenen har ingen punkter. Tilføj mindst ét punkt først.' } },
  reason_missing: { status: 400, problem: { field: 'reason', text: 'Skriv, hvorfor der rettes.' } },
  unchanged: {
    status: 400,
    problem: { field: 'reason', text: 'Der er ingen ændringer at offentliggøre. Ret punkterne først.' },
  },
};

export function secretariatMeetingRoutes({ db, now }: SecretariatDeps) {
  const app = new Hono();
  const editMeeting = requireRole('edit_meeting', (c) => {
    const id = parseId(c.req.param('id') ?? '');
    return id ? bodyOfMeeting(db, id) : null;
  });
  const publishMeeting = requireRole('publish', (c) => {
    const id = parseId(c.req.param('id') ?? '');
    return id ? bodyOfMeeting(db, id) : null;
  });
  const editBody = requireRole('edit_meeting', async (c) => {
    const slug = c.req.param('slug') ?? '';
    return isSlug(slug) ? ((await findBodyRef(db, slug))?.id ?? null) : null;
  });

  /** The builder page, with what the request adds (a notice, problems, the user's values). */
  async function builder(
    c: Context,
    meetingId: number,
    overrides: BuilderOverrides = {},
    status: 200 | 400 | 409 = 200,
  ) {
    const draft = await findDraftMeeting(db, meetingId);
    if (!draft) throw notFound();
    c.status(status);
    return c.render(<AgendaBuilderPage {...presentBuilder(draft, csrfOf(c), overrides)} />);
  }

  /** A use case's refusal: not found (404), or a meeting that cannot be changed (409). */
  const refused = (c: Context, meetingId: number, reason: 'not_found' | 'not_editable') => {
    if (reason === 'not_found') throw notFound();
    return builder(c, meetingId, { problems: [NOT_EDITABLE] }, 409);
  };

  const done = (c: Context, meetingId: number, code: string, anchor = '') =>
    c.redirect(`${builderHref(meetingId)}?gemt=${code}${anchor}`, 303);

  app.get('/sekretariat', async (c) => {
    const actor = actorOf(c);
    if (!actor) return unauthenticated(c);
    const bodyIds = [...actor.roles.entries()].filter(([, role]) => role === 'secretariat').map(([id]) => id);
    if (!actor.isAdmin && bodyIds.length === 0) return forbidden(c);
    const bodies = await listSecretariatBodies(db, actor.isAdmin ? 'all' : bodyIds, copenhagenDate(now()));
    return c.render(<SecretariatOverviewPage bodies={presentOverview(bodies)} />);
  });

  app.get('/sekretariat/organ/:slug/moeder/ny', editBody, async (c) => {
    const body = await findBodyRef(db, c.req.param('slug'));
    if (!body) throw notFound();
    return c.render(
      <NewMeetingPage
        csrfToken={csrfOf(c)}
        body={body}
        action={c.req.path}
        values={{ heldOn: '', startTime: '', endTime: '', location: '', kind: 'ordinary' }}
        problems={[]}
      />,
    );
  });

  app.post('/sekretariat/organ/:slug/moeder/ny', editBody, async (c) => {
    const body = await findBodyRef(db, c.req.param('slug'));
    if (!body) throw notFound();
    const form = await c.req.parseBody();
    const parsed = parseMeeting(form);
    if (!parsed.ok) {
      c.status(400);
      return c.render(
        <NewMeetingPage
          csrfToken={csrfOf(c)}
          body={body}
          action={c.req.path}
          values={meetingFormValues(form)}
          problems={parsed.problems}
        />,
      );
    }
    const result = await createMeeting({ db, bodyId: body.id, ...parsed.value, actor: auditActorOf(c) });
    if (!result.ok) throw notFound();
    return done(c, result.meetingId, 'oprettet');
  });

  app.get('/sekretariat/moede/:id', editMeeting, async (c) => {
    return builder(c, meetingIdOf(c), { notice: noticeOf(c.req.query('gemt')) });
  });

  app.post('/sekretariat/moede/:id', editMeeting, async (c) => {
    const meetingId = meetingIdOf(c);
    const form = await c.req.parseBody();
    const revision = revisionOf(form);
    const values = { ...meetingFormValues(form), revision };
    const parsed = parseMeeting(form);
    if (!parsed.ok) return builder(c, meetingId, { form: values, problems: parsed.problems }, 400);
    const result = await updateMeeting({ db, meetingId, revision, ...parsed.value, actor: auditActorOf(c) });
    if (result.ok) return done(c, meetingId, result.changed ? 'gemt' : 'uaendret');
    if (result.reason !== 'conflict') return refused(c, meetingId, result.reason);
    const saved = result.current;
    const rows = [
      { label: 'Dato', mine: parsed.value.heldOn, saved: saved.heldOn },
      { label: 'Starttidspunkt', mine: parsed.value.startTime ?? '', saved: saved.startTime ?? '' },
      { label: 'Sluttidspunkt', mine: parsed.value.endTime ?? '', saved: saved.endTime ?? '' },
      { label: 'Sted', mine: parsed.value.location ?? '', saved: saved.location ?? '' },
      { label: 'Mødetype', mine: parsed.value.kind, saved: saved.kind },
    ].filter((row) => row.mine !== row.saved);
    return builder(
      c,
      meetingId,
      { form: { ...values, revision: saved.revision }, conflict: { rows, what: 'Mødet' } },
      409,
    );
  });

  app.post('/sekretariat/moede/:id/deltagere', editMeeting, async (c) => {
    const meetingId = meetingIdOf(c);
    const form = await c.req.parseBody();
    const revision = revisionOf(form);
    const presentText = field(form, 'present').replace(/\r\n?/g, '\n');
    const absentText = field(form, 'absent').replace(/\r\n?/g, '\n');
    const participants = [...parseParticipantLines(presentText, false), ...parseParticipantLines(absentText, true)];
    if (participants.length > 200 || presentText.length + absentText.length > 40_000) {
      return builder(
        c,
        meetingId,
        {
          participants: { present: presentText, absent: absentText, revision },
          problems: [{ field: 'present', text: 'Der er for mange deltagere.' }],
        },
        400,
      );
    }
    const result = await setMeetingParticipants({ db, meetingId, revision, participants, actor: auditActorOf(c) });
    if (result.ok) return done(c, meetingId, result.changed ? 'deltagere' : 'uaendret', '#deltagere');
    if (result.reason !== 'conflict') return refused(c, meetingId, result.reason);
    const current = result.current;
    const lines = (absent: boolean) =>
      current.draftParticipants
        .filter((p) => p.isAbsent === absent)
        .map((p) => (p.role ? `${p.name}, ${p.role}` : p.name))
        .join('\n');
    const rows = [
      { label: 'Deltagere', mine: presentText.trim(), saved: lines(false) },
      { label: 'Fraværende fra mødet', mine: absentText.trim(), saved: lines(true) },
    ].filter((row) => row.mine !== row.saved);
    return builder(
      c,
      meetingId,
      {
        participants: { present: presentText, absent: absentText, revision: current.revision },
        conflict: { rows, what: 'Deltagerlisten' },
      },
      409,
    );
  });

  app.post('/sekretariat/moede/:id/punkter', editMeeting, async (c) => {
    const meetingId = meetingIdOf(c);
    const form = await c.req.parseBody();
    const parsed = parseTemplate(form);
    if (!parsed.ok) {
      return builder(
        c,
        meetingId,
        { problems: parsed.problems, addForm: { template: field(form, 'template'), title: field(form, 'title') } },
        400,
      );
    }
    const result = await addAgendaItem({ db, meetingId, ...parsed.value, actor: auditActorOf(c) });
    if (result.ok) return done(c, meetingId, 'punkt', '#dagsorden');
    if (result.reason === 'not_found') throw notFound();
    return builder(c, meetingId, { problems: [NOT_EDITABLE] }, 409);
  });

  /** Publishing's outcome: back to the builder with a notice, or the builder with the problem. */
  async function published(c: Context, meetingId: number, result: PublishResult, code: string, reason = '') {
    if (result.ok) return done(c, meetingId, code, '#versioner');
    if (result.reason === 'not_found') throw notFound();
    const { status, problem } = PUBLISH_PROBLEMS[result.reason];
    return builder(c, meetingId, { problems: [problem], reason }, status);
  }

  app.post('/sekretariat/moede/:id/dagsorden', publishMeeting, async (c) => {
    const meetingId = meetingIdOf(c);
    const result = await publishAgenda({ db, meetingId, actor: auditActorOf(c), now: now() });
    return published(c, meetingId, result, 'dagsorden');
  });

  app.post('/sekretariat/moede/:id/referat', publishMeeting, async (c) => {
    const meetingId = meetingIdOf(c);
    const result = await publishMinutes({ db, meetingId, actor: auditActorOf(c), now: now() });
    return published(c, meetingId, result, 'referat');
  });

  app.post('/sekretariat/moede/:id/rettelse', publishMeeting, async (c) => {
    const meetingId = meetingIdOf(c);
    const form = await c.req.parseBody();
    const reason = field(form, 'reason');
    if (reason.trim().length > 2000) {
      return builder(c, meetingId, { problems: [{ field: 'reason', text: 'Begrundelsen er for lang.' }], reason }, 400);
    }
    const result = await publishCorrection({ db, meetingId, reason, actor: auditActorOf(c), now: now() });
    return published(c, meetingId, result, 'rettelse', reason);
  });

  app.post('/sekretariat/moede/:id/aflys', editMeeting, async (c) => {
    const meetingId = meetingIdOf(c);
    const result = await cancelMeeting({ db, meetingId, actor: auditActorOf(c) });
    if (result.ok) return done(c, meetingId, 'aflyst');
    if (result.reason === 'not_found') throw notFound();
    return builder(c, meetingId, { problems: [NOT_EDITABLE] }, 409);
  });

  return app;
}
