/**
 * Publishing and cancelling a meeting made in Protokol (mounted at /sekretariat):
 *   POST /sekretariat/moede/:id/dagsorden | /referat | /rettelse (publish; a correction with its
 *   reason) and /aflys (cancel).
 * Pipelines: authorize (requireRole: publish, or edit_meeting to cancel, in the meeting's body) →
 * use case → 303 to the builder's versions, or the builder with the problem (400 or 409).
 */
import { type Context, Hono } from 'hono';
import { cancelMeeting } from '../../use-cases/meetings/cancel-meeting.js';
import { publishAgenda } from '../../use-cases/meetings/publish-agenda.js';
import { publishCorrection } from '../../use-cases/meetings/publish-correction.js';
import type { PublishResult } from '../../use-cases/meetings/publish-meeting-version.js';
import { publishMinutes } from '../../use-cases/meetings/publish-minutes.js';
import { auditActorOf } from '../auth/context.js';
import { notFound } from '../kit/errors.js';
import { field } from '../kit/forms.js';
import { idParam } from '../kit/params.js';
import { builderPage, done, meetingGuards, NOT_EDITABLE, PUBLISH_PROBLEMS } from './builder.js';
import type { SecretariatDeps } from './deps.js';

export function publishingRoutes(deps: SecretariatDeps) {
  const { db, now } = deps;
  const app = new Hono();
  const { editMeeting, publishMeeting } = meetingGuards(deps);

  /** Publishing's outcome: back to the builder with a notice, or the builder with the problem. */
  const published = (c: Context, meetingId: number, result: PublishResult, code: string, reason = '') => {
    if (result.ok) return done(c, meetingId, code, '#versioner');
    if (result.reason === 'not_found') throw notFound();
    const { status, problem } = PUBLISH_PROBLEMS[result.reason];
    return builderPage(c, deps, meetingId, { problems: [problem], reason }, status);
  };

  app.post('/moede/:id/dagsorden', publishMeeting, async (c) => {
    const meetingId = idParam(c);
    return published(
      c,
      meetingId,
      await publishAgenda({ db, meetingId, actor: auditActorOf(c), now: now() }),
      'dagsorden',
    );
  });

  app.post('/moede/:id/referat', publishMeeting, async (c) => {
    const meetingId = idParam(c);
    return published(
      c,
      meetingId,
      await publishMinutes({ db, meetingId, actor: auditActorOf(c), now: now() }),
      'referat',
    );
  });

  app.post('/moede/:id/rettelse', publishMeeting, async (c) => {
    const meetingId = idParam(c);
    const reason = field(await c.req.parseBody(), 'reason');
    if (reason.trim().length > 2000) {
      const problems = [{ field: 'reason', text: 'Begrundelsen er for lang.' }];
      return builderPage(c, deps, meetingId, { problems, reason }, 400);
    }
    const result = await publishCorrection({ db, meetingId, reason, actor: auditActorOf(c), now: now() });
    return published(c, meetingId, result, 'rettelse', reason);
  });

  app.post('/moede/:id/aflys', editMeeting, async (c) => {
    const meetingId = idParam(c);
    const result = await cancelMeeting({ db, meetingId, actor: auditActorOf(c) });
    if (result.ok) return done(c, meetingId, 'aflyst');
    if (result.reason === 'not_found') throw notFound();
    return builderPage(c, deps, meetingId, { problems: [NOT_EDITABLE] }, 409);
  });

  return app;
}
