/**
 * The secretariat's queue of questions (mounted at /sekretariat/sporgsmaal):
 *   GET /sekretariat/sporgsmaal[?organ=slug&aabne=1], POST /sekretariat/sporgsmaal/offentliggoerelse
 *   (a body's choice to publish the open parts of answers; the rest of its rules, and this too, on
 *   /sekretariat/sporgsmaal/regler: scheme-rules-routes.tsx).
 * One question's page and its actions are in question-case-routes.tsx.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import {
  findBodyRefBySlug,
  listBodiesById,
  listQuestionQueue,
  listQuestionSchemeRules,
} from '../../db/queries/questions.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import { DEFAULT_QUESTION_SCHEME_RULES, describeDeadlineRule } from '../../domain/question-scheme-rules.js';
import { can } from '../../domain/roles.js';
import { AppError } from '../../errors.js';
import { QuestionQueuePage } from '../../render/html/questions/queue-page.js';
import { QUESTION_MESSAGES } from '../../render/messages/questions.js';
import { setQuestionPublishing } from '../../use-cases/questions/set-question-publishing.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden, signedInOnly } from '../auth/require-role.js';
import { notFound } from '../kit/errors.js';
import { field } from '../kit/forms.js';
import { langOf } from '../kit/page.js';
import { presentQueueItem } from './presenters.js';
import { bodiesWhere, SLUG, type WorkDeps } from './shared.js';

const QueueFilterSchema = z.object({
  organ: z.string().max(200).catch(''),
  aabne: z.string().max(5).optional().catch(undefined),
});

export function queueRoutes({ db, now }: WorkDeps) {
  const app = new Hono();

  app.get('/', signedInOnly, async (c) => {
    const user = userOf(c);
    const ids = bodiesWhere(user, 'answer_question');
    if (ids !== null && ids.length === 0) return forbidden(c);
    const filter = QueueFilterSchema.parse(c.req.query());
    const chosen = filter.organ && SLUG.test(filter.organ) ? await findBodyRefBySlug(db, filter.organ) : null;
    if (filter.organ && (!chosen || (ids !== null && !ids.includes(chosen.id)))) throw notFound();
    const openOnly = filter.aabne === '1';
    const rows = await listQuestionQueue(db, { bodyIds: chosen ? [chosen.id] : ids, openOnly });
    // Admins act in every body: list those with questions (and the chosen one).
    const bodyIds = ids ?? [...new Set([...rows.map((row) => row.body.id), ...(chosen ? [chosen.id] : [])])];
    const bodies = await listBodiesById(db, bodyIds);
    const rules = await listQuestionSchemeRules(db, [...new Set([...bodyIds, ...rows.map((row) => row.body.id)])]);
    const rulesOf = (bodyId: number) => rules.get(bodyId) ?? DEFAULT_QUESTION_SCHEME_RULES;
    const today = copenhagenDate(now());
    return c.render(
      <QuestionQueuePage
        items={rows.map((row) => presentQueueItem(row, today, rulesOf(row.body.id).deadlineRule, langOf(c)))}
        bodies={bodies.map((body) => ({
          ...body,
          publishesAnswers: rulesOf(body.id).publishesAnswers,
          deadlineText: describeDeadlineRule(rulesOf(body.id).deadlineRule),
        }))}
        filter={{ organ: chosen?.slug ?? '', openOnly }}
        csrfToken={user.csrfToken}
        notice={c.req.query('offentliggoerelse') ? QUESTION_MESSAGES[langOf(c)].queue.publishingSaved : undefined}
      />,
    );
  });

  app.post('/offentliggoerelse', signedInOnly, async (c) => {
    const form = await c.req.parseBody();
    const slug = field(form, 'organ', 200);
    const body = SLUG.test(slug) ? await findBodyRefBySlug(db, slug) : null;
    if (!body) throw notFound();
    if (!can(userOf(c), 'answer_question', { bodyId: body.id })) return forbidden(c);
    const publish = field(form, 'offentliggoer', 5);
    if (publish !== '0' && publish !== '1') {
      throw new AppError('input_invalid', QUESTION_MESSAGES[langOf(c)].queue.publishingMissing);
    }
    await setQuestionPublishing({
      db,
      bodyId: body.id,
      publishesAnswers: publish === '1',
      actor: auditActorOf(c),
      now: now(),
    });
    return c.redirect(`/sekretariat/sporgsmaal?organ=${body.slug}&offentliggoerelse=1`, 303);
  });

  return app;
}
