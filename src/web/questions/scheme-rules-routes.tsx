/**
 * A body's rules for its question scheme:
 *   GET|POST /sekretariat/sporgsmaal/regler[?organ=slug]: the secretariat's form (the deadline,
 *   publishing of answers, the note for members); without a body, the only one or a choice.
 *   GET /sporgsmaal/regler[?organ=slug]: the rules as the body's members (and its secretariat) read them.
 * Pipelines: read the form → authorize (answer_question in the body; ask or answer to read) → use
 * case (which validates with its schema) → 303 with a notice, or the form again with what was
 * typed and the problems (400).
 */
import { type Context, Hono } from 'hono';
import {
  findBodyRefBySlug,
  findQuestionSchemeRules,
  listAllBodies,
  listBodiesById,
} from '../../db/queries/questions.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import { DEFAULT_QUESTION_SCHEME_RULES, type QuestionSchemeRules } from '../../domain/question-scheme-rules.js';
import { type Actor, can } from '../../domain/roles.js';
import {
  ChooseSchemeRulesPage,
  MemberSchemeRulesPage,
  type SchemeRulesFormValues,
  SecretariatSchemeRulesPage,
} from '../../render/html/questions/scheme-rules-pages.js';
import { QUESTION_MESSAGES } from '../../render/messages/questions.js';
import {
  type QuestionSchemeRulesProblem,
  setQuestionSchemeRules,
} from '../../use-cases/questions/set-question-scheme-rules.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden, signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem } from '../kit/forms.js';
import { langOf, page } from '../kit/page.js';
import { presentSchemeRules } from './presenters.js';
import { bodiesWhere, SLUG, type WorkDeps } from './shared.js';

type BodyRef = { id: number; name: string; slug: string };

/** The form field of each problem (its words: messages/questions.ts, rules.problems). */
const PROBLEM_FIELDS: Record<QuestionSchemeRulesProblem, string> = {
  deadline_kind_invalid: 'deadlineKind',
  weeks_invalid: 'weeks',
  days_invalid: 'days',
  deadline_empty: 'weeks',
  working_days_invalid: 'workingDays',
  member_note_too_long: 'memberNote',
};

const problemOf = (code: QuestionSchemeRulesProblem, c: Context): Problem => ({
  field: PROBLEM_FIELDS[code],
  text: QUESTION_MESSAGES[langOf(c)].rules.problems[code] ?? code,
});

/** The form's values for the body's rules as they are. */
function valuesOf(rules: QuestionSchemeRules): SchemeRulesFormValues {
  const rule = rules.deadlineRule;
  return {
    deadlineKind: rule.kind,
    weeks: rule.kind === 'calendar' ? String(rule.weeks ?? 0) : '',
    days: rule.kind === 'calendar' ? String(rule.days ?? 0) : '',
    workingDays: rule.kind === 'working_days' ? String(rule.days) : '',
    publishesAnswers: rules.publishesAnswers,
    memberNote: rules.memberNote ?? '',
  };
}

function formValues(form: Record<string, unknown>): SchemeRulesFormValues {
  return {
    deadlineKind: field(form, 'deadlineKind', 50),
    weeks: field(form, 'weeks', 20),
    days: field(form, 'days', 20),
    workingDays: field(form, 'workingDays', 20),
    publishesAnswers: field(form, 'publishesAnswers', 5) === '1',
    memberNote: field(form, 'memberNote', 10_000),
  };
}

/** A count as typed: blank is 0; anything but digits is not a number (the use case says so). */
function countOf(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The body named in the form or query, or not found. */
async function bodyNamed(db: WorkDeps['db'], slug: string): Promise<BodyRef> {
  const body = SLUG.test(slug) ? await findBodyRefBySlug(db, slug) : null;
  if (!body) throw notFound();
  return body;
}

/** The bodies whose rules the actor may read: where they ask or answer (every body for admins). */
async function readableBodies(db: WorkDeps['db'], actor: Actor): Promise<BodyRef[]> {
  if (actor.isAdmin) return listAllBodies(db);
  return listBodiesById(db, [...actor.roles.keys()]);
}

const mayRead = (actor: Actor, bodyId: number) =>
  can(actor, 'ask_question', { bodyId }) || can(actor, 'answer_question', { bodyId });

/** The secretariat's page: the chosen body's (or the only one's) form, or the choice of body. */
async function secretariatPage(
  c: Context,
  db: WorkDeps['db'],
  input: { body: BodyRef | null; values?: SchemeRulesFormValues; problems?: Problem[]; notice?: string },
) {
  const ids = bodiesWhere(userOf(c), 'answer_question');
  const bodies = ids === null ? await listAllBodies(db) : await listBodiesById(db, ids);
  const body = input.body ?? (bodies.length === 1 ? bodies[0] : null);
  const rules = body ? await findQuestionSchemeRules(db, body.id) : DEFAULT_QUESTION_SCHEME_RULES;
  const values = input.values ?? valuesOf(rules);
  const problems = input.problems ?? [];
  const view = (
    <SecretariatSchemeRulesPage
      body={body}
      bodies={bodies}
      values={values}
      problems={problems}
      csrfToken={csrfOf(c)}
      notice={input.notice}
    />
  );
  return page(c, view, problems.length > 0 ? 400 : 200);
}

export function secretariatSchemeRulesRoutes({ db, now }: WorkDeps) {
  const app = new Hono();

  app.get('/', signedInOnly, async (c) => {
    const user = userOf(c);
    const ids = bodiesWhere(user, 'answer_question');
    if (ids !== null && ids.length === 0) return forbidden(c);
    const slug = c.req.query('organ') ?? '';
    const body = slug ? await bodyNamed(db, slug) : null;
    if (body && !can(user, 'answer_question', { bodyId: body.id })) return forbidden(c);
    const notice = c.req.query('gemt') ? QUESTION_MESSAGES[langOf(c)].rules.saved : undefined;
    return secretariatPage(c, db, { body, notice });
  });

  app.post('/', signedInOnly, async (c) => {
    const form = await c.req.parseBody();
    const body = await bodyNamed(db, field(form, 'organ', 200));
    const user = userOf(c);
    if (!can(user, 'answer_question', { bodyId: body.id })) return forbidden(c);
    const values = formValues(form);
    const result = await setQuestionSchemeRules({
      db,
      bodyId: body.id,
      rules: {
        deadlineKind: values.deadlineKind,
        weeks: countOf(values.weeks),
        days: countOf(values.days),
        workingDays: countOf(values.workingDays),
        publishesAnswers: values.publishesAnswers,
        memberNote: values.memberNote,
      },
      permissions: user,
      actor: auditActorOf(c),
      now: now(),
    });
    if (!result.ok) {
      if (result.reason === 'forbidden') return forbidden(c);
      if (result.reason === 'body_not_found') throw notFound();
      return secretariatPage(c, db, { body, values, problems: result.problems.map((code) => problemOf(code, c)) });
    }
    return c.redirect(`/sekretariat/sporgsmaal/regler?organ=${body.slug}&gemt=1`, 303);
  });

  return app;
}

export function memberSchemeRulesRoutes({ db, now }: WorkDeps) {
  const app = new Hono();

  app.get('/', signedInOnly, async (c) => {
    const user = userOf(c);
    const slug = c.req.query('organ') ?? '';
    let body: BodyRef;
    if (slug) {
      body = await bodyNamed(db, slug);
      if (!mayRead(user, body.id)) return forbidden(c);
    } else {
      const bodies = await readableBodies(db, user);
      if (bodies.length !== 1) {
        const links = bodies.map((b) => ({ name: b.name, href: `/sporgsmaal/regler?organ=${b.slug}` }));
        return c.render(<ChooseSchemeRulesPage bodies={links} />);
      }
      body = bodies[0];
    }
    const rules = await findQuestionSchemeRules(db, body.id);
    const canAsk = can(user, 'ask_question', { bodyId: body.id });
    return c.render(
      <MemberSchemeRulesPage
        body={body}
        rules={presentSchemeRules(rules, body, copenhagenDate(now()), langOf(c))}
        askHref={canAsk ? `/sporgsmaal/ny?organ=${body.slug}` : null}
      />,
    );
  });

  return app;
}
