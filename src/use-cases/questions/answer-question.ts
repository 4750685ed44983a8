/**
 * answerQuestion: the secretariat records the answer to an open question, in parts, each marked
 * open or confidential ("Det angives i besvarelsen, hvis svaret indeholder oplysninger af fortrolig
 * karakter"). Every member of the body (and its secretariat) is told, in the same transaction; the
 * notification carries only the open parts and says when there are confidential ones. When the
 * body publishes answers, `publish` (default: yes) puts the open parts on the portal.
 *
 * Who may call it: the body's secretariat and admins (`answer_question`). Returns the answer date, or why not.
 */
import type { Db } from '../../db/client.js';
import { findBody } from '../../db/stores/people.js';
import { findPublishesAnswers, replaceAnswerParts } from '../../db/stores/questions.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import { questionAnsweredMessage } from '../../domain/notification-messages.js';
import { QUESTION_LIMITS } from '../../domain/question.js';
import type { AuditActor } from '../audit/record-audit-entry.js';
import { bodyRecipients, notify } from '../notifications/notify.js';
import { queueSubscriptionMessages } from '../subscriptions/queue-subscription-messages.js';
import { changeQuestion, nextState, type QuestionChangeRefusal, saveQuestionChange } from './question-change.js';

export interface AnswerPartInput {
  text: string;
  isConfidential: boolean;
}

export interface AnswerQuestionInput {
  db: Db;
  questionId: number;
  /** In order; empty texts are left out. */
  parts: readonly AnswerPartInput[];
  /** Publish the open parts on the portal, if the body publishes answers. Default true. */
  publish?: boolean;
  actor: AuditActor;
  now?: Date;
}

export type AnswerQuestionResult =
  | { ok: true; answeredOn: string; isPublic: boolean; notified: number }
  | { ok: false; reason: QuestionChangeRefusal | 'answer_missing' | 'too_many_parts' | 'part_too_long' };

export async function answerQuestion(input: AnswerQuestionInput): Promise<AnswerQuestionResult> {
  const parts = input.parts
    .map((part) => ({ text: part.text.trim(), isConfidential: part.isConfidential }))
    .filter((part) => part.text.length > 0);
  if (parts.length === 0) return { ok: false, reason: 'answer_missing' };
  if (parts.length > QUESTION_LIMITS.partsMax) return { ok: false, reason: 'too_many_parts' };
  if (parts.some((part) => part.text.length > QUESTION_LIMITS.partMax)) return { ok: false, reason: 'part_too_long' };
  const now = input.now ?? new Date();
  const answeredOn = copenhagenDate(now);
  let bodyId = 0;
  const result = await changeQuestion(input.db, input.questionId, async (tx, question) => {
    bodyId = question.bodyId;
    const next = nextState(question, 'answer');
    if (!next.ok) return next;
    const publishes = (await findPublishesAnswers(tx, { bodyId: question.bodyId })) ?? false;
    const isPublic = publishes && (input.publish ?? true);
    await replaceAnswerParts(tx, question.id, parts);
    await saveQuestionChange(tx, question, {
      set: {
        state: next.state,
        answeredAt: now,
        answeredOn,
        answeredByUserId: input.actor.userId,
        isAnswerPublic: isPublic,
        updatedAt: now,
      },
      actor: input.actor,
      action: 'question.answer',
      after: {
        state: next.state,
        answeredOn,
        parts: parts.length,
        confidentialParts: parts.filter((part) => part.isConfidential).length,
        isPublic,
      },
    });
    const bodyName = (await findBody(tx, question.bodyId))?.name ?? '';
    const notified = await notify(tx, {
      kind: 'question_answered',
      recipients: (
        await bodyRecipients(tx, {
          bodyId: question.bodyId,
          roles: ['member', 'secretariat'],
          except: input.actor.userId,
        })
      ).map((recipient) =>
        recipient.userId === question.askerUserId ? { ...recipient, relation: 'asker' as const } : recipient,
      ),
      bodyName,
      message: questionAnsweredMessage({
        bodyName,
        title: question.title,
        openParts: parts.filter((part) => !part.isConfidential).map((part) => part.text),
        hasConfidentialParts: parts.some((part) => part.isConfidential),
      }),
      link: `/sporgsmaal/${question.id}`,
      eventKey: `question:${question.id}:answered`,
      now,
    });
    return { ok: true, answeredOn, isPublic, notified } as const;
  });
  // Anyone following the body's answers by e-mail, once the answer is public (after the commit).
  if (result.ok && result.isPublic) {
    await queueSubscriptionMessages(input.db, { kind: 'answer', questionId: input.questionId, bodyId }, now);
  }
  return result;
}
