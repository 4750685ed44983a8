/**
 * submitQuestion: a member asks a question in the question scheme of a body — title, text and to
 * whom it is addressed. The question is received now; its deadline follows from the Danish date of
 * receipt and the body's deadline rule (its rules for the scheme, set-question-scheme-rules.ts; one
 * calendar week when it has set none: deadlines.ts), and the body's secretariat is notified in the
 * same transaction.
 *
 * Who may call it: members of the body (and admins), as `ask_question` allows. Returns the new
 * question with its deadline and the deadline's explanation, or why not.
 */
import type { Db } from '../../db/client.js';
import { findBody } from '../../db/stores/people.js';
import { findQuestionSchemeRules, insertQuestion } from '../../db/stores/questions.js';
import { computeDeadline, copenhagenDate } from '../../domain/deadlines.js';
import { questionReceivedMessage } from '../../domain/notification-messages.js';
import { hasSchemePrefix, QUESTION_LIMITS, type QuestionAddressee, schemeTitle } from '../../domain/question.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { bodyRecipients, notify } from '../notifications/notify.js';

export interface SubmitQuestionInput {
  db: Db;
  bodyId: number;
  askerUserId: number;
  title: string;
  text: string;
  addressee: QuestionAddressee;
  actor: AuditActor;
  now?: Date;
}

export type SubmitQuestionRefusal =
  | 'title_missing'
  | 'text_missing'
  | 'title_too_long'
  | 'text_too_long'
  | 'body_not_found';

export type SubmitQuestionResult =
  | { ok: true; questionId: number; receivedOn: string; dueOn: string; explanation: string }
  | { ok: false; reason: SubmitQuestionRefusal };

export async function submitQuestion(input: SubmitQuestionInput): Promise<SubmitQuestionResult> {
  const title = input.title.trim();
  const text = input.text.trim();
  if (!title) return { ok: false, reason: 'title_missing' };
  if (title.length > QUESTION_LIMITS.titleMax) return { ok: false, reason: 'title_too_long' };
  const schemeTitled = hasSchemePrefix(title) ? title : schemeTitle(title);
  if (!text) return { ok: false, reason: 'text_missing' };
  if (text.length > QUESTION_LIMITS.textMax) return { ok: false, reason: 'text_too_long' };
  const now = input.now ?? new Date();
  const receivedOn = copenhagenDate(now);
  return input.db.transaction(async (tx) => {
    const body = await findBody(tx, input.bodyId);
    if (!body) return { ok: false, reason: 'body_not_found' } as const;
    const { deadlineRule } = await findQuestionSchemeRules(tx, { bodyId: input.bodyId });
    const deadline = computeDeadline({ receivedOn, rule: deadlineRule });
    const questionId = await insertQuestion(tx, {
      bodyId: input.bodyId,
      askerUserId: input.askerUserId,
      title: schemeTitled,
      text,
      addressee: input.addressee,
      state: 'received',
      receivedAt: now,
      receivedOn,
      dueOn: deadline.dueOn,
      createdAt: now,
      updatedAt: now,
    });
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: 'question.submit',
      entity: 'question',
      entityId: questionId,
      before: null,
      after: { bodyId: input.bodyId, addressee: input.addressee, receivedOn, dueOn: deadline.dueOn },
    });
    await notify(tx, {
      kind: 'question_received',
      recipients: await bodyRecipients(tx, { bodyId: input.bodyId, roles: ['secretariat'], except: input.askerUserId }),
      bodyName: body.name,
      message: questionReceivedMessage({
        bodyName: body.name,
        title: schemeTitled,
        dueExplanation: deadline.explanation,
      }),
      link: `/sekretariat/sporgsmaal/${questionId}`,
      eventKey: `question:${questionId}:received`,
      now,
    });
    return {
      ok: true,
      questionId,
      receivedOn,
      dueOn: deadline.dueOn,
      explanation: deadline.explanation,
    } as const;
  });
}
