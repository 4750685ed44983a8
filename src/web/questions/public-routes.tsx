/**
 * The question scheme's public pages of a body (mounted at /organ):
 *   GET /organ/:slug/spoergsmaal (published answers, open parts only), /organ/:slug/statistik[?aar=YYYY]
 *   and /organ/:slug/moedeplan[?aar=YYYY] (the meeting calendar).
 * The same for everyone, signed in or not.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { listPlanEntries, listPlanMeetings, meetingYears, planYears } from '../../db/queries/meeting-plan.js';
import {
  findBodyRefBySlug,
  findQuestionSchemeRules,
  listPublicAnswers,
  publishesAnswers,
  questionsForStatistics,
  questionYears,
} from '../../db/queries/questions.js';
import { formatDate } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import { describeDeadlineRule } from '../../domain/question-scheme-rules.js';
import { questionStatistics } from '../../domain/question-stats.js';
import { PublicPlanPage } from '../../render/html/questions/meeting-plan-pages.js';
import { PublicAnswersPage } from '../../render/html/questions/public-answers-page.js';
import { StatisticsPage } from '../../render/html/questions/statistics-page.js';
import { notFound } from '../kit/errors.js';
import { langOf } from '../kit/page.js';
import { presentYearPlan } from './meeting-plan-presenter.js';
import { presentPublicAnswer, presentStatistics } from './presenters.js';
import { SLUG, type WorkDeps } from './shared.js';

const YearSchema = z.object({ aar: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

export function publicRoutes({ db, now }: WorkDeps) {
  const app = new Hono();

  /** The body of the path, and its page's link. */
  const bodyOf = async (c: Context) => {
    const slug = c.req.param('slug') ?? '';
    const body = SLUG.test(slug) ? await findBodyRefBySlug(db, slug) : null;
    if (!body) throw notFound();
    return { ...body, link: { name: body.name, href: `/organ/${body.slug}` } };
  };

  app.get('/:slug/spoergsmaal', async (c) => {
    const body = await bodyOf(c);
    const [publishes, answers] = await Promise.all([publishesAnswers(db, body.id), listPublicAnswers(db, body.id)]);
    return c.render(
      <PublicAnswersPage
        body={body.link}
        publishes={publishes}
        answers={answers.map((answer) => presentPublicAnswer(answer, langOf(c)))}
        follow={{ target: { kind: 'answers', id: body.id }, label: body.name, back: `${body.link.href}/spoergsmaal` }}
      />,
    );
  });

  app.get('/:slug/statistik', async (c) => {
    const body = await bodyOf(c);
    const { aar: year } = YearSchema.parse(c.req.query());
    const today = copenhagenDate(now());
    const [rows, years, rules] = await Promise.all([
      questionsForStatistics(db, { bodyId: body.id, year }),
      questionYears(db, body.id),
      findQuestionSchemeRules(db, body.id),
    ]);
    return c.render(
      <StatisticsPage
        body={body.link}
        stats={presentStatistics(questionStatistics(rows, today), langOf(c))}
        years={years}
        year={year ?? null}
        todayText={formatDate(today)}
        deadlineText={describeDeadlineRule(rules.deadlineRule)}
      />,
    );
  });

  app.get('/:slug/moedeplan', async (c) => {
    const body = await bodyOf(c);
    const today = copenhagenDate(now());
    const year = YearSchema.parse(c.req.query()).aar ?? Number(today.slice(0, 4));
    // The year's meetings (published or imported) and the plan's own entries, each meeting once.
    const [entries, meetings, years] = await Promise.all([
      listPlanEntries(db, { bodyId: body.id, year }),
      listPlanMeetings(db, { bodyId: body.id, year }),
      Promise.all([planYears(db, body.id), meetingYears(db, body.id)]),
    ]);
    const allYears = [...new Set(years.flat())].sort((a, b) => b - a);
    return c.render(
      <PublicPlanPage
        body={body.link}
        year={year}
        years={allYears}
        entries={presentYearPlan({ entries, meetings, today, lang: langOf(c) })}
      />,
    );
  });

  return app;
}
