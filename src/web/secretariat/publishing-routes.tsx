/**
 * Publishing and cancelling a meeting made in Protokol (mounted at /sekretariat):
 *   GET|POST /sekretariat/moede/:id/dagsorden | /referat | /aflys, POST /rettelse (publish; a
 *   correction with its reason; cancel).
 * Each acts only when confirmed (`confirm=1`); else — and on GET — its confirmation page says what
 * will happen. A POST from the builder saves the typed fields first (builder-work.ts).
 * Pipelines: authorize (requireRole: publish, or edit_meeting to cancel, in the meeting's body) →
 * keep the typed work → confirm → use case → 303 to the builder's versions, or the builder with
 * the problem (400 or 409).
 */
import { type Context, Hono } from 'hono';
import { cancelMeeting } from '../../use-cases/meetings/cancel-meeting.js';
import { publishAgenda } from '../../use-cases/meetings/publish-agenda.js';
import { publishCorrection } from '../../use-cases/meetings/publish-correction.js';
import type { PublishResult } from '../../use-cases/meetings/publish-meeting-version.js';
import { publishMinutes } from '../../use-cases/meetings/publish-minutes.js';
import { auditActorOf } from '../auth/context.js';
import { notFound } from '../kit/errors.js';
import { type FormBody, field } from '../kit/forms.js';
import { idParam } from '../kit/params.js';
import { builderPage, done, meetingGuards, NOT_EDITABLE, PUBLISH_PROBLEMS } from './builder.js';
import { keepBuilderWork, typedInBuilder, unsavedInBuilder } from './builder-work.js';
import { CONSEQUENCES, confirmPage, isConfirmed } from './confirm.js';
import type { SecretariatDeps } from './deps.js';
import { approvalRefusalText } from './member-work-presenters.js';
import { builderHref } from './paths.js';
import { notStartedText } from './presenters.js';

type Confirmable = { heading: string; consequences: readonly string[]; confirmLabel: string };

const CONFIRMS: Record<'dagsorden' | 'referat' | 'aflys' | 'rettelse', Confirmable> = {
  dagsorden: {
    heading: 'Offentliggør dagsordenen',
    consequences: CONSEQUENCES.publishAgenda,
    confirmLabel: 'Ja, offentliggør dagsordenen',
  },
  referat: {
    heading: 'Godkend og offentliggør referatet',
    consequences: CONSEQUENCES.publishMinutes,
    confirmLabel: 'Ja, offentliggør referatet',
  },
  aflys: { heading: 'Aflys mødet', consequences: CONSEQUENCES.cancel, confirmLabel: 'Ja, aflys mødet' },
  rettelse: {
    heading: 'Offentliggør rettelsen',
    consequences: CONSEQUENCES.correction,
    confirmLabel: 'Ja, offentliggør rettelsen',
  },
};

/** Publishing's outcome: back to the builder with a notice, or the builder with the problem. */
function publishedOutcome(
  deps: SecretariatDeps,
  c: Context,
  { meetingId, result, code, reason }: { meetingId: number; result: PublishResult; code: string; reason: string },
) {
  if (result.ok) return done(c, meetingId, code, '#versioner');
  if (result.reason === 'not_found') throw notFound();
  if (result.reason === 'not_started') {
    const problems = [{ text: notStartedText(result.heldOn, result.startTime) }];
    return builderPage(c, deps, meetingId, { problems, reason }, 409);
  }
  if (result.reason === 'approval') {
    return builderPage(c, deps, meetingId, { problems: [{ text: approvalRefusalText(result.refusal) }], reason }, 409);
  }
  const { status, problem } = PUBLISH_PROBLEMS[result.reason];
  return builderPage(c, deps, meetingId, { problems: [problem], reason }, status);
}

export function publishingRoutes(deps: SecretariatDeps) {
  const { db, now } = deps;
  const app = new Hono();
  const { editMeeting, publishMeeting } = meetingGuards(deps);

  const published = (c: Context, meetingId: number, result: PublishResult, code: string, reason = '') =>
    publishedOutcome(deps, c, { meetingId, result, code, reason });

  /** The confirmation page of `what` for the meeting in the path. */
  const confirming = (c: Context, what: keyof typeof CONFIRMS, carry?: Record<string, string>) => {
    const meetingId = idParam(c);
    return confirmPage(c, {
      ...CONFIRMS[what],
      action: `${builderHref(meetingId)}/${what}`,
      backHref: builderHref(meetingId),
      backLabel: 'Mødet',
      carry,
    });
  };

  /**
   * A confirmable POST: the typed work kept, then the confirmation page unless confirmed, then the
   * action itself.
   */
  const confirmable =
    (what: keyof typeof CONFIRMS, act: (c: Context, meetingId: number, form: FormBody) => Promise<Response>) =>
    async (c: Context) => {
      const meetingId = idParam(c);
      const form = await c.req.parseBody();
      const kept = await keepBuilderWork(c, deps, meetingId, form);
      if (!kept.ok) return kept.response;
      if (!isConfirmed(form)) {
        return confirming(c, what, unsavedInBuilder(form));
      }
      return act(c, meetingId, form);
    };

  app.get('/moede/:id/dagsorden', publishMeeting, (c) => confirming(c, 'dagsorden'));
  app.post(
    '/moede/:id/dagsorden',
    publishMeeting,
    confirmable('dagsorden', async (c, meetingId) =>
      published(c, meetingId, await publishAgenda({ db, meetingId, actor: auditActorOf(c), now: now() }), 'dagsorden'),
    ),
  );

  app.get('/moede/:id/referat', publishMeeting, (c) => confirming(c, 'referat'));
  app.post(
    '/moede/:id/referat',
    publishMeeting,
    confirmable('referat', async (c, meetingId) =>
      published(c, meetingId, await publishMinutes({ db, meetingId, actor: auditActorOf(c), now: now() }), 'referat'),
    ),
  );

  app.post(
    '/moede/:id/rettelse',
    publishMeeting,
    confirmable('rettelse', async (c, meetingId, form) => {
      const reason = field(form, 'reason');
      if (reason.trim().length > 2000) {
        const problems = [{ field: 'reason', text: 'Begrundelsen er for lang.' }];
        return builderPage(c, deps, meetingId, { ...typedInBuilder(form), problems, reason }, 400);
      }
      const result = await publishCorrection({ db, meetingId, reason, actor: auditActorOf(c), now: now() });
      return published(c, meetingId, result, 'rettelse', reason);
    }),
  );

  app.get('/moede/:id/aflys', editMeeting, (c) => confirming(c, 'aflys'));
  app.post(
    '/moede/:id/aflys',
    editMeeting,
    confirmable('aflys', async (c, meetingId) => {
      const result = await cancelMeeting({ db, meetingId, actor: auditActorOf(c) });
      if (result.ok) return done(c, meetingId, 'aflyst');
      if (result.reason === 'not_found') throw notFound();
      return builderPage(c, deps, meetingId, { problems: [NOT_EDITABLE] }, 409);
    }),
  );

  return app;
}
