/**
 * The question scheme on the web.
 *   Members:      GET /sporgsmaal/ny[?organ=slug], POST /sporgsmaal, GET /sporgsmaal/:id, GET /mine-sporgsmaal
 *   Secretariat:  GET /sekretariat/sporgsmaal, GET /sekretariat/sporgsmaal/:id,
 *                 POST /sekretariat/sporgsmaal/:id/{fordel,besvar,afvis,uden-for-ordningen,kontaktet,videresend},
 *                 POST /sekretariat/sporgsmaal/offentliggoerelse
 *   Public:       GET /organ/:slug/spoergsmaal (published answers, open parts only), GET /organ/:slug/statistik
 * Pipelines: validate (zod, beside each route) → authorize (requireRole / questionAccess) → use case → present.
 */
import { type Context, Hono } from 'hono';

import { z } from 'zod';

import {
  findBodyRefBySlug,
  findQuestion,
  listAllBodies,
  listBodiesById,
  listMemberQuestions,
  listPublicAnswers,
  listPublishingSettings,
  listQuestionQueue,
  listSecretariatUsers,
  publishesAnswers,
  questionBodyId,
  questionsForStatistics,
  questionYears,
} from '../../db/queries/questions.js';

import { formatDate } from '../../domain/danish-dates.js';

import { computeDeadline, copenhagenDate } from '../../domain/deadlines.js';

import { askerContactReason, isQuestionAddressee, QUESTION_ADDRESSEES, questionAccess } from '../../domain/question.js';
import { isQuestionClosed } from '../../domain/question-states.js';
import { questionStatistics } from '../../domain/question-stats.js';

import { can } from '../../domain/roles.js';

import { AppError } from '../../errors.js';

import type { Problem } from '../../render/html/forms.js';
import {
  AskQuestionPage,
  ChooseBodyPage,
  MemberQuestionPage,
  MyQuestionsPage,
  PublicAnswersPage,
  QuestionQueuePage,
  type SecretariatQuestionForms,
  SecretariatQuestionPage,
} from '../../render/html/questions/question-pages.js';

import { StatisticsPage } from '../../render/html/questions/statistics-page.js';
import { LABELS } from '../../render/i18n.js';
import { answerQuestion } from '../../use-cases/questions/answer-question.js';
import { assignQuestion } from '../../use-cases/questions/assign-question.js';
import { declineQuestion } from '../../use-cases/questions/decline-question.js';
import { forwardQuestion } from '../../use-cases/questions/forward-question.js';
import { markQuestionOutsideScheme } from '../../use-cases/questions/mark-question-outside-scheme.js';
import { recordAskerContacted } from '../../use-cases/questions/record-asker-contacted.js';
import { setQuestionPublishing } from '../../use-cases/questions/set-question-publishing.js';
import { submitQuestion } from '../../use-cases/questions/submit-question.js';
import { forbidden, requireRole } from '../auth/require-role.js';
import { presentQuestion, presentQueueItem, presentStatistics } from './presenters.js';
import {
  auditActorOf,
  bodiesWhere,
  field,
  idParam,
  presentDeadline,
  signedInOnly,
  userOf,
  type WorkDeps,
} from './shared.js';

const notFound = () => new AppError('not_found', 'not found');
const SLUG = /^[a-z0-9-]{1,200}$/;

const AskSchema = z.object({
  organ: z.string().max(200).catch(''),
  title: z.string().max(10_000).catch(''),
  text: z.string().max(100_000).catch(''),
  addressee: z.string().max(50).catch(''),
});

const QueueFilterSchema = z.object({
  organ: z.string().max(200).catch(''),
  aabne: z.string().max(5).optional().catch(undefined),
});

const PartRowsSchema = z.object({ dele: z.coerce.number().int().min(1).max(20).catch(3) });
const YearSchema = z.object({ aar: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

const SECRETARIAT_NOTICES: Record<string, string> = {
  fordelt: 'Spørgsmålet er fordelt.',
  besvaret: 'Svaret er sendt. Organets medlemmer får besked.',
  afvist: 'Afvisningen er registreret. Spørger får besked og skal kontaktes.',
  udenfor: 'Spørgsmålet er registreret som uden for ordningen. Spørger får besked.',
  kontaktet: 'Kontakten med spørger er registreret.',
  videresendt: 'Det er registreret, at spørgsmålet er sendt videre til regionsrådets spørgeordning.',
};

export function questionRoutes({ db, now }: WorkDeps) {
  const app = new Hono();
  const today = () => copenhagenDate(now());

  // ── Members ───────────────────────────────────────────────────────────────────────────────

  const askPage = async (
    c: Context,
    body: { name: string; slug: string },
    values = { title: '', text: '', addressee: 'secretariat' },
    problems: Problem[] = [],
  ) => {
    const receivedOn = today();
    const deadline = computeDeadline({ receivedOn });
    return c.render(
      <AskQuestionPage
        body={body}
        csrfToken={userOf(c).csrfToken}
        values={values}
        problems={problems}
        addressees={QUESTION_ADDRESSEES.map((value) => ({ value, label: LABELS.da.questionAddressee[value] }))}
        deadlineText={`Stiller du spørgsmålet i dag, er fristen ${formatDate(deadline.dueOn)}.`}
      />,
    );
  };

  app.get('/sporgsmaal/ny', signedInOnly, async (c) => {
    const slug = c.req.query('organ');
    if (slug === undefined || slug === '') {
      const user = userOf(c);
      const ids = bodiesWhere(user, 'ask_question');
      const bodies = ids === null ? await listAllBodies(db) : await listBodiesById(db, ids);
      return c.render(
        <ChooseBodyPage
          bodies={bodies.map((body) => ({ name: body.name, href: `/sporgsmaal/ny?organ=${body.slug}` }))}
        />,
      );
    }
    const body = SLUG.test(slug) ? await findBodyRefBySlug(db, slug) : null;
    if (!body) throw notFound();
    if (!can(userOf(c), 'ask_question', { bodyId: body.id })) return forbidden(c);
    return askPage(c, body);
  });

  app.post('/sporgsmaal', signedInOnly, async (c) => {
    const input = AskSchema.parse(await c.req.parseBody());
    const body = SLUG.test(input.organ) ? await findBodyRefBySlug(db, input.organ) : null;
    if (!body) throw notFound();
    const user = userOf(c);
    if (!can(user, 'ask_question', { bodyId: body.id })) return forbidden(c);
    const values = { title: input.title, text: input.text, addressee: input.addressee };
    if (!isQuestionAddressee(input.addressee)) {
      c.status(400);
      return askPage(c, body, values, [{ field: 'addressee', text: 'Vælg, hvem spørgsmålet rettes til.' }]);
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
    if (!result.ok) {
      const problem: Problem = {
        title_missing: { field: 'title', text: 'Skriv en overskrift.' },
        title_too_long: { field: 'title', text: 'Overskriften må højst være 300 tegn.' },
        text_missing: { field: 'text', text: 'Skriv spørgsmålet.' },
        text_too_long: { field: 'text', text: 'Spørgsmålet må højst være 20.000 tegn.' },
        body_not_found: { text: 'Organet findes ikke.' },
      }[result.reason];
      c.status(400);
      return askPage(c, body, values, [problem]);
    }
    return c.redirect(`/sporgsmaal/${result.questionId}?sendt=1`, 303);
  });

  app.get('/sporgsmaal/:id', signedInOnly, async (c) => {
    const record = await findQuestion(db, idParam(c));
    if (!record) throw notFound();
    const user = userOf(c);
    const access = questionAccess(user, {
      bodyId: record.body.id,
      askerUserId: record.askerUserId,
      state: record.state,
    });
    if (!access.canRead) return forbidden(c);
    const view = presentQuestion(record, access, today());
    const notice = c.req.query('sendt')
      ? `Dit spørgsmål er modtaget. ${view.deadline.explanation}. Du får besked, når det er besvaret.`
      : undefined;
    return c.render(<MemberQuestionPage question={view} notice={notice} />);
  });

  app.get('/mine-sporgsmaal', signedInOnly, async (c) => {
    const user = userOf(c);
    const memberBodyIds = [...user.roles].filter(([, role]) => role === 'member').map(([bodyId]) => bodyId);
    const rows = await listMemberQuestions(db, { userId: user.userId, memberBodyIds });
    const day = today();
    const item = (row: (typeof rows)[number]) => ({
      href: `/sporgsmaal/${row.id}`,
      title: row.title,
      bodyName: row.body.name,
      stateLabel: LABELS.da.questionState[row.state],
      receivedText: formatDate(row.receivedOn),
      deadline: presentDeadline({ ...row, today: day }),
      isOwn: row.isOwn,
    });
    const askIds = bodiesWhere(user, 'ask_question');
    const askBodies = askIds === null ? [] : await listBodiesById(db, askIds);
    return c.render(
      <MyQuestionsPage
        own={rows.filter((row) => row.isOwn).map(item)}
        answeredInBodies={rows.filter((row) => !row.isOwn).map(item)}
        askLinks={askBodies.map((body) => ({ name: body.name, href: `/sporgsmaal/ny?organ=${body.slug}` }))}
      />,
    );
  });

  // ── Secretariat ───────────────────────────────────────────────────────────────────────────

  app.get('/sekretariat/sporgsmaal', signedInOnly, async (c) => {
    const user = userOf(c);
    const ids = bodiesWhere(user, 'answer_question');
    if (ids !== null && ids.length === 0) return forbidden(c);
    const filter = QueueFilterSchema.parse(c.req.query());
    const chosen = filter.organ && SLUG.test(filter.organ) ? await findBodyRefBySlug(db, filter.organ) : null;
    if (filter.organ && (!chosen || (ids !== null && !ids.includes(chosen.id)))) throw notFound();
    const rows = await listQuestionQueue(db, {
      bodyIds: chosen ? [chosen.id] : ids,
      openOnly: filter.aabne === '1',
    });
    // Admins act in every body: list those with questions (and the chosen one).
    const bodies =
      ids === null
        ? await listBodiesById(db, [...new Set([...rows.map((row) => row.body.id), ...(chosen ? [chosen.id] : [])])])
        : await listBodiesById(db, ids);
    const publishing = await listPublishingSettings(
      db,
      bodies.map((body) => body.id),
    );
    const day = today();
    const notice = c.req.query('offentliggoerelse') ? 'Valget om offentliggørelse er gemt.' : undefined;
    return c.render(
      <QuestionQueuePage
        items={rows.map((row) => presentQueueItem(row, day))}
        bodies={bodies.map((body) => ({ ...body, publishesAnswers: publishing.get(body.id) ?? false }))}
        filter={{ organ: chosen?.slug ?? '', openOnly: filter.aabne === '1' }}
        csrfToken={userOf(c).csrfToken}
        notice={notice}
      />,
    );
  });

  app.post('/sekretariat/sporgsmaal/offentliggoerelse', signedInOnly, async (c) => {
    const form = await c.req.parseBody();
    const slug = field(form, 'organ', 200);
    const body = SLUG.test(slug) ? await findBodyRefBySlug(db, slug) : null;
    if (!body) throw notFound();
    if (!can(userOf(c), 'answer_question', { bodyId: body.id })) return forbidden(c);
    const publish = field(form, 'offentliggoer', 5);
    if (publish !== '0' && publish !== '1') throw new AppError('input_invalid', 'Vælg, om svar skal offentliggøres.');
    await setQuestionPublishing({
      db,
      bodyId: body.id,
      publishesAnswers: publish === '1',
      actor: auditActorOf(c),
      now: now(),
    });
    return c.redirect(`/sekretariat/sporgsmaal?organ=${body.slug}&offentliggoerelse=1`, 303);
  });

  const answerQuestions = requireRole('answer_question', (c) => questionBodyId(db, idParam(c)));

  const emptyForms = (partRows: number, publish: boolean): SecretariatQuestionForms['values'] => ({
    assignee: '',
    assignmentNote: '',
    parts: Array.from({ length: partRows }, () => ({ text: '', isConfidential: false })),
    publish,
    note: '',
    contactNote: '',
    link: '',
  });

  const secretariatPage = async (
    c: Context,
    questionId: number,
    input: { values?: Partial<SecretariatQuestionForms['values']>; problems?: Problem[]; notice?: string } = {},
  ) => {
    const record = await findQuestion(db, questionId);
    if (!record) throw notFound();
    const user = userOf(c);
    const access = questionAccess(user, {
      bodyId: record.body.id,
      askerUserId: record.askerUserId,
      state: record.state,
    });
    const day = today();
    const view = presentQuestion(record, access, day);
    const publishing = await publishesAnswers(db, record.body.id);
    const { dele } = PartRowsSchema.parse(c.req.query());
    const partRows = Math.max(dele, input.values?.parts?.length ?? 0);
    const isOpen = !isQuestionClosed(record.state);
    const reason = askerContactReason({
      state: record.state,
      dueOn: record.dueOn,
      today: day,
      isContacted: record.contactedAt !== null,
    });
    const assignees = await listSecretariatUsers(db, record.body.id);
    return c.render(
      <SecretariatQuestionPage
        question={view}
        notice={input.notice}
        forms={{
          csrfToken: user.csrfToken,
          canAct: {
            assign: isOpen,
            answer: isOpen,
            close: isOpen,
            // The contact form is there when a contact is due, and for an open question at any time.
            contact: reason !== null || (isOpen && record.contactedAt === null),
            forward: record.forwardedAt === null,
          },
          assignees: assignees.map((a) => ({ value: String(a.id), label: a.name })),
          partRows,
          publishesAnswers: publishing,
          values: {
            ...emptyForms(partRows, true),
            assignee: record.assignedToUserId ? String(record.assignedToUserId) : '',
            assignmentNote: record.assignmentNote ?? '',
            ...input.values,
          },
          problems: input.problems ?? [],
        }}
      />,
    );
  };

  app.get('/sekretariat/sporgsmaal/:id', signedInOnly, answerQuestions, async (c) => {
    const done = c.req.query('gemt');
    return secretariatPage(c, idParam(c), { notice: done ? SECRETARIAT_NOTICES[done] : undefined });
  });

  /** A refusal of the state machine (a closed question) is a conflict; the page says why. */
  const refused = async (c: Context, id: number, reason: string, problem: Problem, values = {}) => {
    if (reason === 'not_found') throw notFound();
    const isConflict = reason in LABELS.da.questionRefusal || reason === 'already_forwarded';
    c.status(isConflict ? 409 : 400);
    return secretariatPage(c, id, { values, problems: [problem] });
  };

  app.post('/sekretariat/sporgsmaal/:id/fordel', signedInOnly, answerQuestions, async (c) => {
    const id = idParam(c);
    const form = await c.req.parseBody();
    const assignee = field(form, 'assignee', 20);
    const note = field(form, 'assignmentNote', 10_000);
    const values = { assignee, assignmentNote: note };
    if (assignee !== '' && !/^\d{1,10}$/.test(assignee)) {
      return refused(c, id, 'assignee_invalid', { field: 'assignee', text: 'Vælg en person fra listen.' }, values);
    }
    const result = await assignQuestion({
      db,
      questionId: id,
      assigneeUserId: assignee === '' ? null : Number(assignee),
      note,
      actor: auditActorOf(c),
      now: now(),
    });
    if (!result.ok) {
      const text =
        result.reason in LABELS.da.questionRefusal
          ? LABELS.da.questionRefusal[result.reason as keyof typeof LABELS.da.questionRefusal]
          : {
              assignee_missing: 'Vælg en person fra sekretariatet, eller skriv hvem der besvarer spørgsmålet.',
              assignee_invalid: 'Personen er ikke i organets sekretariat.',
              note_too_long: 'Teksten er for lang.',
              not_found: '',
            }[result.reason as string];
      return refused(c, id, result.reason, { field: 'assignee', text: text ?? '' }, values);
    }
    return c.redirect(`/sekretariat/sporgsmaal/${id}?gemt=fordelt`, 303);
  });

  app.post('/sekretariat/sporgsmaal/:id/besvar', signedInOnly, answerQuestions, async (c) => {
    const id = idParam(c);
    const form = await c.req.parseBody();
    const parts: { text: string; isConfidential: boolean }[] = [];
    for (let index = 1; index <= 20; index++) {
      if (!(`part-${index}` in form)) continue;
      parts.push({
        text: field(form, `part-${index}`),
        isConfidential: field(form, `part-${index}-confidential`, 5) === '1',
      });
    }
    const publish = field(form, 'publish', 5) === '1';
    const result = await answerQuestion({ db, questionId: id, parts, publish, actor: auditActorOf(c), now: now() });
    if (!result.ok) {
      const text =
        result.reason in LABELS.da.questionRefusal
          ? LABELS.da.questionRefusal[result.reason as keyof typeof LABELS.da.questionRefusal]
          : {
              answer_missing: 'Skriv svaret.',
              too_many_parts: 'Svaret kan højst have 20 dele.',
              part_too_long: 'En del af svaret er for lang.',
              not_found: '',
            }[result.reason as string];
      return refused(c, id, result.reason, { field: 'part-1', text: text ?? '' }, { parts, publish });
    }
    return c.redirect(`/sekretariat/sporgsmaal/${id}?gemt=besvaret`, 303);
  });

  const closeRoute = (event: 'decline' | 'outside') => async (c: Context) => {
    const id = idParam(c);
    const note = field(await c.req.parseBody(), 'note', 10_000);
    const input = { db, questionId: id, note, actor: auditActorOf(c), now: now() };
    const result = event === 'decline' ? await declineQuestion(input) : await markQuestionOutsideScheme(input);
    if (!result.ok) {
      const text =
        result.reason in LABELS.da.questionRefusal
          ? LABELS.da.questionRefusal[result.reason as keyof typeof LABELS.da.questionRefusal]
          : result.reason === 'note_missing'
            ? 'Skriv en note til spørger.'
            : 'Noten er for lang.';
      return refused(c, id, result.reason, { field: 'note', text }, { note });
    }
    return c.redirect(`/sekretariat/sporgsmaal/${id}?gemt=${event === 'decline' ? 'afvist' : 'udenfor'}`, 303);
  };
  app.post('/sekretariat/sporgsmaal/:id/afvis', signedInOnly, answerQuestions, closeRoute('decline'));
  app.post('/sekretariat/sporgsmaal/:id/uden-for-ordningen', signedInOnly, answerQuestions, closeRoute('outside'));

  app.post('/sekretariat/sporgsmaal/:id/kontaktet', signedInOnly, answerQuestions, async (c) => {
    const id = idParam(c);
    const note = field(await c.req.parseBody(), 'contactNote', 10_000);
    const result = await recordAskerContacted({ db, questionId: id, note, actor: auditActorOf(c), now: now() });
    if (!result.ok) {
      const text =
        result.reason in LABELS.da.questionRefusal
          ? LABELS.da.questionRefusal[result.reason as keyof typeof LABELS.da.questionRefusal]
          : result.reason === 'note_missing'
            ? 'Skriv, hvad der blev aftalt med spørger.'
            : 'Teksten er for lang.';
      return refused(c, id, result.reason, { field: 'contactNote', text }, { contactNote: note });
    }
    return c.redirect(`/sekretariat/sporgsmaal/${id}?gemt=kontaktet`, 303);
  });

  app.post('/sekretariat/sporgsmaal/:id/videresend', signedInOnly, answerQuestions, async (c) => {
    const id = idParam(c);
    const link = field(await c.req.parseBody(), 'link', 3000);
    const result = await forwardQuestion({ db, questionId: id, link, actor: auditActorOf(c), now: now() });
    if (!result.ok) {
      const text =
        result.reason === 'already_forwarded'
          ? 'Spørgsmålet er allerede sendt videre.'
          : 'Skriv linket til spørgsmålet i regionsrådets spørgeordning (https://…).';
      return refused(c, id, result.reason, { field: 'link', text }, { link });
    }
    return c.redirect(`/sekretariat/sporgsmaal/${id}?gemt=videresendt`, 303);
  });

  // ── Public ────────────────────────────────────────────────────────────────────────────────

  app.get('/organ/:slug/spoergsmaal', async (c) => {
    const slug = c.req.param('slug');
    const body = SLUG.test(slug) ? await findBodyRefBySlug(db, slug) : null;
    if (!body) throw notFound();
    const [publishes, answers] = await Promise.all([publishesAnswers(db, body.id), listPublicAnswers(db, body.id)]);
    return c.render(
      <PublicAnswersPage
        body={{ name: body.name, href: `/organ/${body.slug}` }}
        publishes={publishes}
        answers={answers.map((answer) => ({
          anchor: `spoergsmaal-${answer.id}`,
          title: answer.title,
          text: answer.text,
          addresseeLabel: LABELS.da.questionAddressee[answer.addressee],
          receivedText: formatDate(answer.receivedOn),
          answeredText: formatDate(answer.answeredOn),
          openParts: answer.openParts,
          hasConfidentialParts: answer.hasConfidentialParts,
        }))}
      />,
    );
  });

  app.get('/organ/:slug/statistik', async (c) => {
    const slug = c.req.param('slug');
    const body = SLUG.test(slug) ? await findBodyRefBySlug(db, slug) : null;
    if (!body) throw notFound();
    const { aar: year } = YearSchema.parse(c.req.query());
    const day = today();
    const [rows, years] = await Promise.all([
      questionsForStatistics(db, { bodyId: body.id, year }),
      questionYears(db, body.id),
    ]);
    return c.render(
      <StatisticsPage
        body={{ name: body.name, href: `/organ/${body.slug}` }}
        stats={presentStatistics(questionStatistics(rows, day))}
        years={years}
        year={year ?? null}
        todayText={formatDate(day)}
      />,
    );
  });

  return app;
}
