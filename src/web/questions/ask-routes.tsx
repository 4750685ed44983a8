/**
 * A member's side of the question scheme (mounted at /sporgsmaal and /mine-sporgsmaal):
 *   GET /sporgsmaal/ny[?organ=slug], POST /sporgsmaal, GET /sporgsmaal/:id, GET /mine-sporgsmaal.
 * Pipelines: validate (zod) → authorize (ask_question in the body; questionAccess for reading) →
 * use case → present.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import {
  findBodyRefBySlug,
  findQuestion,
  findQuestionSchemeRules,
  listAllBodies,
  listBodiesById,
  listMemberQuestions,
  listQuestionSchemeRules,
} from '../../db/queries/questions.js';
import { formatDate } from '../../domain/danish-dates.js';
import { computeDeadline, copenhagenDate } from '../../domain/deadlines.js';
import { isQuestionAddressee, QUESTION_ADDRESSEES, questionAccess } from '../../domain/question.js';
import { describeDeadlineRule } from '../../domain/question-scheme-rules.js';
import { can } from '../../domain/roles.js';
import {
  type AskFormValues,
  AskQuestionPage,
  ChooseBodyPage,
  MemberQuestionPage,
  MyQuestionsPage,
} from '../../render/html/questions/ask-pages.js';
import { LABELS, type Lang } from '../../render/i18n.js';
import { QUESTION_MESSAGES } from '../../render/messages/questions.js';
import { submitQuestion } from '../../use-cases/questions/submit-question.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden, signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import type { Problem } from '../kit/forms.js';
import { langOf, page } from '../kit/page.js';
import { idParam } from '../kit/params.js';
import { presentMyQuestion, presentQuestion } from './presenters.js';
import { bodiesWhere, SLUG, type WorkDeps } from './shared.js';

const AskSchema = z.object({
  organ: z.string().max(200).catch(''),
  title: z.string().max(10_000).catch(''),
  text: z.string().max(100_000).catch(''),
  addressee: z.string().max(50).catch(''),
});

/** The form field each refusal of submitQuestion is about (its words: messages/questions.ts, ask.problems). */
const SUBMIT_PROBLEM_FIELDS: Record<string, string | undefined> = {
  title_missing: 'title',
  title_too_long: 'title',
  text_missing: 'text',
  text_too_long: 'text',
  body_not_found: undefined,
};

const submitProblem = (reason: string, lang: Lang): Problem => ({
  field: SUBMIT_PROBLEM_FIELDS[reason],
  text: (QUESTION_MESSAGES[lang].ask.problems as Record<string, string>)[reason] ?? reason,
});

const addressees = (lang: Lang) =>
  QUESTION_ADDRESSEES.map((value) => ({ value, label: LABELS[lang].questionAddressee[value] }));

const askHref = (slug: string) => `/sporgsmaal/ny?organ=${slug}`;

type BodyRef = { id: number; name: string; slug: string };

const EMPTY_QUESTION: AskFormValues = { title: '', text: '', addressee: 'secretariat' };

/**
 * The form that asks a question in the body, with the deadline of a question asked today by the
 * body's rule (the rule submitQuestion stores the deadline by) and the secretariat's note.
 */
async function askPage(
  c: Context,
  { db, now }: WorkDeps,
  body: BodyRef,
  values = EMPTY_QUESTION,
  problems: Problem[] = [],
) {
  const rules = await findQuestionSchemeRules(db, body.id);
  const deadline = computeDeadline({ receivedOn: copenhagenDate(now()), rule: rules.deadlineRule });
  const view = (
    <AskQuestionPage
      body={body}
      csrfToken={csrfOf(c)}
      values={values}
      problems={problems}
      addressees={addressees(langOf(c))}
      deadlineText={QUESTION_MESSAGES[langOf(c)].ask.deadlineToday(formatDate(deadline.dueOn))}
      rules={{ deadline: describeDeadlineRule(rules.deadlineRule), memberNote: rules.memberNote }}
    />
  );
  return page(c, view, problems.length > 0 ? 400 : 200);
}

/** The body named in the form or query, or not found. */
async function bodyNamed(db: WorkDeps['db'], slug: string): Promise<BodyRef> {
  const body = SLUG.test(slug) ? await findBodyRefBySlug(db, slug) : null;
  if (!body) throw notFound();
  return body;
}

export function askRoutes(deps: WorkDeps) {
  const { db, now } = deps;
  const app = new Hono();

  app.get('/ny', signedInOnly, async (c) => {
    const slug = c.req.query('organ');
    if (slug === undefined || slug === '') {
      const ids = bodiesWhere(userOf(c), 'ask_question');
      const bodies = ids === null ? await listAllBodies(db) : await listBodiesById(db, ids);
      return c.render(
        <ChooseBodyPage bodies={bodies.map((body) => ({ name: body.name, href: askHref(body.slug) }))} />,
      );
    }
    const body = await bodyNamed(db, slug);
    if (!can(userOf(c), 'ask_question', { bodyId: body.id })) return forbidden(c);
    return askPage(c, deps, body);
  });

  app.post('/', signedInOnly, (c) => submit(c, deps));

  app.get('/:id', signedInOnly, async (c) => {
    const record = await findQuestion(db, idParam(c));
    if (!record) throw notFound();
    const access = questionAccess(userOf(c), {
      bodyId: record.body.id,
      askerUserId: record.askerUserId,
      state: record.state,
    });
    if (!access.canRead) return forbidden(c);
    const rules = await findQuestionSchemeRules(db, record.body.id);
    const view = presentQuestion(record, access, copenhagenDate(now()), rules.deadlineRule, langOf(c));
    const notice = c.req.query('sendt')
      ? QUESTION_MESSAGES[langOf(c)].ask.received(view.deadline.explanation)
      : undefined;
    return c.render(<MemberQuestionPage question={view} notice={notice} />);
  });

  return app;
}

export function myQuestionsRoutes({ db, now }: WorkDeps) {
  const app = new Hono();
  app.get('/', signedInOnly, async (c) => {
    const user = userOf(c);
    const memberBodyIds = [...user.roles].filter(([, role]) => role === 'member').map(([bodyId]) => bodyId);
    const rows = await listMemberQuestions(db, { userId: user.userId, memberBodyIds });
    const today = copenhagenDate(now());
    const rules = await listQuestionSchemeRules(db, [...new Set(rows.map((row) => row.body.id))]);
    const present = (row: (typeof rows)[number]) =>
      presentMyQuestion(row, today, rules.get(row.body.id)?.deadlineRule, langOf(c));
    const askIds = bodiesWhere(user, 'ask_question');
    const askBodies = askIds === null ? [] : await listBodiesById(db, askIds);
    return c.render(
      <MyQuestionsPage
        own={rows.filter((row) => row.isOwn).map(present)}
        answeredInBodies={rows.filter((row) => !row.isOwn).map(present)}
        askLinks={askBodies.map((body) => ({ name: body.name, href: askHref(body.slug) }))}
      />,
    );
  });
  return app;
}

/** POST /sporgsmaal: a member's question to the body's scheme, or the form again with the problem. */
async function submit(c: Context, deps: WorkDeps) {
  const { db, now } = deps;
  const input = AskSchema.parse(await c.req.parseBody());
  const body = await bodyNamed(db, input.organ);
  const user = userOf(c);
  if (!can(user, 'ask_question', { bodyId: body.id })) return forbidden(c);
  const values = { title: input.title, text: input.text, addressee: input.addressee };
  if (!isQuestionAddressee(input.addressee)) {
    return askPage(c, deps, body, values, [
      { field: 'addressee', text: QUESTION_MESSAGES[langOf(c)].ask.problems.addressee },
    ]);
  }
  const result = await submitQuestion({
    db,
    bodyId: body.id,
    askerUserId: user.userId,
    title: input.title,
    text: input.text,
    addressee: input.addressee,
    actor: auditActorOf(c),
    now: now(),
  });
  if (!result.ok) return askPage(c, deps, body, values, [submitProblem(result.reason, langOf(c))]);
  return c.redirect(`/sporgsmaal/${result.questionId}?sendt=1`, 303);
}
