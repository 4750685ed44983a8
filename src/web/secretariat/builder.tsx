/**
 * What the agenda builder's routes share: who may edit or publish a meeting (and a body's new
 * meetings), the builder page with what a request adds to it (a notice, problems, the user's
 * values, a conflict), and the answers a use case's refusal gets.
 */
import type { Context } from 'hono';
import { bodyOfMeeting, findBodyRef, findDraftMeeting } from '../../db/queries/meeting-drafts.js';
import { AgendaBuilderPage } from '../../render/html/secretariat/agenda-builder-page.js';
import type { PublishProblem } from '../../use-cases/meetings/publish-meeting-version.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import type { Problem } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { isSlug, parseId } from '../kit/params.js';
import type { SecretariatDeps } from './deps.js';
import { builderHref } from './paths.js';
import { type BuilderOverrides, presentBuilder } from './presenters.js';

export const NOT_EDITABLE: Problem = {
  text: 'Mødet kan ikke ændres: det er aflyst eller indlæst fra et offentliggjort dokument.',
};

export const PUBLISH_PROBLEMS: Record<Exclude<PublishProblem, 'not_found'>, { status: 400 | 409; problem: Problem }> = {
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

/** The authorize step: edit or publish in the meeting's body, or add a meeting to the body. */
export function meetingGuards({ db }: SecretariatDeps) {
  const meetingBody = (c: Context) => {
    const id = parseId(c.req.param('id') ?? '');
    return id ? bodyOfMeeting(db, id) : null;
  };
  return {
    editMeeting: requireRole('edit_meeting', meetingBody),
    publishMeeting: requireRole('publish', meetingBody),
    editBody: requireRole('edit_meeting', async (c) => {
      const slug = c.req.param('slug') ?? '';
      return isSlug(slug) ? ((await findBodyRef(db, slug))?.id ?? null) : null;
    }),
  };
}

export type BuilderStatus = 200 | 400 | 409;

/** The builder page of the meeting, with what the request adds. */
export async function builderPage(
  c: Context,
  { db, now }: SecretariatDeps,
  meetingId: number,
  overrides: BuilderOverrides = {},
  status: BuilderStatus = 200,
) {
  const draft = await findDraftMeeting(db, meetingId);
  if (!draft) throw notFound();
  return page(c, <AgendaBuilderPage {...presentBuilder(draft, csrfOf(c), overrides, now())} />, status);
}

/** A use case's refusal: not found (404), or a meeting that cannot be changed (409). */
export function refused(c: Context, deps: SecretariatDeps, meetingId: number, reason: 'not_found' | 'not_editable') {
  if (reason === 'not_found') throw notFound();
  return builderPage(c, deps, meetingId, { problems: [NOT_EDITABLE] }, 409);
}

/** Back to the builder with the notice of `code` ("?gemt=…"), at the anchor. */
export function done(c: Context, meetingId: number, code: string, anchor = '') {
  return c.redirect(`${builderHref(meetingId)}?gemt=${code}${anchor}`, 303);
}
