/**
 * One question, for the secretariat (mounted at /sekretariat/sporgsmaal):
 *   GET /sekretariat/sporgsmaal/:id[?dele=N],
 *   POST /sekretariat/sporgsmaal/:id/{fordel,besvar,afvis,uden-for-ordningen,kontaktet,videresend}
 *   (afvis and uden-for-ordningen, which close the question, ask first: done with `confirm=1`).
 * Pipelines: read the form → authorize (answer_question in the question's body) → use case (which
 * validates) → 303 with a notice, or the page again with the problem: 400 for input, 409 when
 * the question is closed.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import {
  findQuestion,
  findQuestionSchemeRules,
  listSecretariatUsers,
  questionBodyId,
} from '../../db/queries/questions.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import { askerContactReason, questionAccess } from '../../domain/question.js';
import { isQuestionClosed, type QuestionTransitionRefusal } from '../../domain/question-states.js';
import {
  type SecretariatQuestionForms,
  SecretariatQuestionPage,
} from '../../render/html/questions/secretariat-question-page.js';
import { LABELS, type Lang } from '../../render/i18n.js';
import { QUESTION_MESSAGES } from '../../render/messages/questions.js';
import { answerQuestion } from '../../use-cases/questions/answer-question.js';
import { assignQuestion } from '../../use-cases/questions/assign-question.js';
import { declineQuestion } from '../../use-cases/questions/decline-question.js';
import { forwardQuestion } from '../../use-cases/questions/forward-question.js';
import { markQuestionOutsideScheme } from '../../use-cases/questions/mark-question-outside-scheme.js';
import { recordAskerContacted } from '../../use-cases/questions/record-asker-contacted.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { requireRole, signedInOnly } from '../auth/require-role.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem } from '../kit/forms.js';
import { langOf } from '../kit/page.js';
import { idParam } from '../kit/params.js';
import { confirmPage, isConfirmed } from './confirm.js';
import { presentQuestion } from './presenters.js';
import type { WorkDeps } from './shared.js';

const PartRowsSchema = z.object({ dele: z.coerce.number().int().min(1).max(20).catch(3) });

/** The words of a question's page for the secretariat, in the page's language. */
const wordsOf = (c: Context) => QUESTION_MESSAGES[langOf(c)].case;

type FormValues = SecretariatQuestionForms['values'];

/** The text of a refusal: the state machine's (a closed question), else the action's own. */
function refusalText(reason: string, own: Record<string, string>, lang: Lang): string {
  const closed = LABELS[lang].questionRefusal as Record<string, string>;
  return reason in closed ? closed[reason as QuestionTransitionRefusal] : (own[reason] ?? '');
}

export function questionCaseRoutes(deps: WorkDeps) {
  const { db, now } = deps;
  const app = new Hono();
  const answerQuestions = requireRole('answer_question', (c) => questionBodyId(db, idParam(c)));
  const act = { deps, page: (c: Context, input: CaseInput) => questionPage(c, deps, idParam(c), input) };

  app.get('/:id', signedInOnly, answerQuestions, (c) => {
    // "?gemt=…" after an action → the notice.
    const done = c.req.query('gemt');
    return act.page(c, { notice: done ? wordsOf(c).notices[done] : undefined });
  });

  app.post('/:id/fordel', signedInOnly, answerQuestions, (c) => assign(c, act));
  app.post('/:id/besvar', signedInOnly, answerQuestions, (c) => answer(c, act));
  app.post('/:id/afvis', signedInOnly, answerQuestions, (c) => close(c, act, 'decline'));
  app.post('/:id/uden-for-ordningen', signedInOnly, answerQuestions, (c) => close(c, act, 'outside'));

  app.post('/:id/kontaktet', signedInOnly, answerQuestions, async (c) => {
    const id = idParam(c);
    const note = field(await c.req.parseBody(), 'contactNote', 10_000);
    const result = await recordAskerContacted({ db, questionId: id, note, actor: auditActorOf(c), now: now() });
    if (result.ok) return c.redirect(`/sekretariat/sporgsmaal/${id}?gemt=kontaktet`, 303);
    const { problems } = wordsOf(c);
    const own = { note_missing: problems.contactNoteMissing, note_too_long: problems.tooLong };
    const text = refusalText(result.reason, own, langOf(c));
    return refused(
      c,
      act,
      result.reason,
      { field: 'contactNote', text: text || problems.tooLong },
      { contactNote: note },
    );
  });

  app.post('/:id/videresend', signedInOnly, answerQuestions, async (c) => {
    const id = idParam(c);
    const link = field(await c.req.parseBody(), 'link', 3000);
    const result = await forwardQuestion({ db, questionId: id, link, actor: auditActorOf(c), now: now() });
    if (result.ok) return c.redirect(`/sekretariat/sporgsmaal/${id}?gemt=videresendt`, 303);
    const { problems } = wordsOf(c);
    const text = result.reason === 'already_forwarded' ? problems.alreadyForwarded : problems.linkInvalid;
    return refused(c, act, result.reason, { field: 'link', text }, { link });
  });

  return app;
}

interface CaseInput {
  values?: Partial<FormValues>;
  problems?: Problem[];
  notice?: string;
}

type Act = { deps: WorkDeps; page: (c: Context, input: CaseInput) => Promise<Response> };

/** The question's page for the secretariat, with the forms the question's state allows. */
async function questionPage(c: Context, { db, now }: WorkDeps, questionId: number, input: CaseInput) {
  const record = await findQuestion(db, questionId);
  if (!record) throw notFound();
  const user = userOf(c);
  const access = questionAccess(user, { bodyId: record.body.id, askerUserId: record.askerUserId, state: record.state });
  const today = copenhagenDate(now());
  const { dele } = PartRowsSchema.parse(c.req.query());
  const partRows = Math.max(dele, input.values?.parts?.length ?? 0);
  const isOpen = !isQuestionClosed(record.state);
  const isContacted = record.contactedAt !== null;
  const reason = askerContactReason({ state: record.state, dueOn: record.dueOn, today, isContacted });
  const [rules, assignees] = await Promise.all([
    findQuestionSchemeRules(db, record.body.id),
    listSecretariatUsers(db, record.body.id),
  ]);
  const empty: FormValues = {
    assignee: record.assignedToUserId ? String(record.assignedToUserId) : '',
    assignmentNote: record.assignmentNote ?? '',
    parts: Array.from({ length: partRows }, () => ({ text: '', isConfidential: false })),
    publish: true,
    note: '',
    contactNote: '',
    link: '',
  };
  const forms: SecretariatQuestionForms = {
    csrfToken: user.csrfToken,
    // The contact form is there when a contact is due, and for an open question at any time.
    canAct: {
      assign: isOpen,
      answer: isOpen,
      close: isOpen,
      contact: reason !== null || (isOpen && !isContacted),
      forward: record.forwardedAt === null,
    },
    assignees: assignees.map((a) => ({ value: String(a.id), label: a.name })),
    partRows,
    publishesAnswers: rules.publishesAnswers,
    values: { ...empty, ...input.values },
    problems: input.problems ?? [],
  };
  const view = presentQuestion(record, access, today, rules.deadlineRule, langOf(c));
  return c.render(<SecretariatQuestionPage question={view} notice={input.notice} forms={forms} />);
}

/** A refusal of the state machine (a closed question) is a conflict; the page says why. */
function refused(c: Context, act: Act, reason: string, problem: Problem, values: Partial<FormValues> = {}) {
  if (reason === 'not_found') throw notFound();
  const isConflict = reason in LABELS.da.questionRefusal || reason === 'already_forwarded';
  c.status(isConflict ? 409 : 400);
  return act.page(c, { values, problems: [problem] });
}

/** POST …/fordel: who answers — a person of the secretariat, or a note of who outside Protokol. */
async function assign(c: Context, act: Act) {
  const { db, now } = act.deps;
  const id = idParam(c);
  const form = await c.req.parseBody();
  const assignee = field(form, 'assignee', 20);
  const note = field(form, 'assignmentNote', 10_000);
  const values = { assignee, assignmentNote: note };
  if (assignee !== '' && !/^\d{1,10}$/.test(assignee)) {
    const text = wordsOf(c).problems.chooseFromList;
    return refused(c, act, 'assignee_invalid', { field: 'assignee', text }, values);
  }
  const assigneeUserId = assignee === '' ? null : Number(assignee);
  const result = await assignQuestion({ db, questionId: id, assigneeUserId, note, actor: auditActorOf(c), now: now() });
  if (result.ok) return c.redirect(`/sekretariat/sporgsmaal/${id}?gemt=fordelt`, 303);
  const { problems } = wordsOf(c);
  const own = {
    assignee_missing: problems.assigneeMissing,
    assignee_invalid: problems.assigneeInvalid,
    note_too_long: problems.tooLong,
  };
  const text = refusalText(result.reason, own, langOf(c));
  return refused(c, act, result.reason, { field: 'assignee', text }, values);
}

/** POST …/besvar: the answer in parts (part-1 … part-20), each open or confidential, and whether to publish it. */
async function answer(c: Context, act: Act) {
  const { db, now } = act.deps;
  const id = idParam(c);
  const form = await c.req.parseBody();
  const parts: { text: string; isConfidential: boolean }[] = [];
  for (let index = 1; index <= 20; index++) {
    if (!(`part-${index}` in form)) continue;
    parts.push({
      text: field(form, `part-${index}`, 100_000),
      isConfidential: field(form, `part-${index}-confidential`, 5) === '1',
    });
  }
  const publish = field(form, 'publish', 5) === '1';
  const result = await answerQuestion({ db, questionId: id, parts, publish, actor: auditActorOf(c), now: now() });
  if (result.ok) return c.redirect(`/sekretariat/sporgsmaal/${id}?gemt=besvaret`, 303);
  const { problems } = wordsOf(c);
  const own = {
    answer_missing: problems.answerMissing,
    too_many_parts: problems.tooManyParts,
    part_too_long: problems.partTooLong,
  };
  const text = refusalText(result.reason, own, langOf(c));
  return refused(c, act, result.reason, { field: 'part-1', text }, { parts, publish });
}

/** POST …/afvis or …/uden-for-ordningen: close the question with a note to the asker. */
async function close(c: Context, act: Act, event: 'decline' | 'outside') {
  const { db, now } = act.deps;
  const id = idParam(c);
  const form = await c.req.parseBody();
  const note = field(form, 'note', 10_000);
  // An empty note is refused below without asking; a note to send asks first.
  if (note.trim() !== '' && !isConfirmed(form)) return confirmClosing(c, id, event, note);
  const input = { db, questionId: id, note, actor: auditActorOf(c), now: now() };
  const result = event === 'decline' ? await declineQuestion(input) : await markQuestionOutsideScheme(input);
  if (result.ok)
    return c.redirect(`/sekretariat/sporgsmaal/${id}?gemt=${event === 'decline' ? 'afvist' : 'udenfor'}`, 303);
  const { problems } = wordsOf(c);
  const text = refusalText(result.reason, { note_missing: problems.noteMissing }, langOf(c)) || problems.noteTooLong;
  return refused(c, act, result.reason, { field: 'note', text }, { note });
}

/** "Er du sikker?" before a question is closed with a note to the asker; the note goes along. */
function confirmClosing(c: Context, id: number, event: 'decline' | 'outside', note: string) {
  const decline = event === 'decline';
  const m = wordsOf(c);
  return confirmPage(c, {
    heading: decline ? m.confirmDecline : m.confirmOutside,
    consequences: decline ? m.consequences.declineQuestion : m.consequences.outsideScheme,
    confirmLabel: decline ? m.confirmDeclineLabel : m.confirmOutsideLabel,
    backHref: `/sekretariat/sporgsmaal/${id}`,
    backLabel: m.back,
    hidden: { note },
  });
}
