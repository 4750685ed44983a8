/**
 * What declining a question and putting it outside the scheme share: the state change, the note,
 * the audit entry and the asker's notification. Called through decline-question.ts and
 * mark-question-outside-scheme.ts.
 */
import type { Db } from '../../db/client.js';
import { findBody } from '../../db/stores/people.js';
import { questionClosedMessage } from '../../domain/notification-messages.js';
import type { AuditActor } from '../audit/record-audit-entry.js';
import { notify } from '../notifications/notify.js';
import {
  changeQuestion,
  nextState,
  type QuestionChangeRefusal,
  requiredNote,
  saveQuestionChange,
} from './question-change.js';

export type CloseQuestionResult =
  | { ok: true }
  | { ok: false; reason: QuestionChangeRefusal | 'note_missing' | 'note_too_long' };

export async function closeQuestion(input: {
  db: Db;
  questionId: number;
  note: string;
  event: 'decline' | 'mark_outside_scheme';
  actor: AuditActor;
  now?: Date;
}): Promise<CloseQuestionResult> {
  const checked = requiredNote(input.note);
  if (!checked.ok) return checked;
  const { note } = checked;
  const now = input.now ?? new Date();
  return changeQuestion(input.db, input.questionId, async (tx, question) => {
    const next = nextState(question, input.event);
    if (!next.ok) return next;
    await saveQuestionChange(tx, question, {
      set: { state: next.state, closedAt: now, closedNote: note, updatedAt: now },
      actor: input.actor,
      action: input.event === 'decline' ? 'question.decline' : 'question.outside_scheme',
      after: { state: next.state },
    });
    const bodyName = (await findBody(tx, question.bodyId))?.name ?? '';
    await notify(tx, {
      kind: 'question_closed',
      recipients:
        question.askerUserId === input.actor.userId ? [] : [{ userId: question.askerUserId, relation: 'asker' }],
      bodyName,
      message: questionClosedMessage({
        bodyName,
        title: question.title,
        state: next.state === 'declined' ? 'declined' : 'outside_scheme',
      }),
      link: `/sporgsmaal/${question.id}`,
      eventKey: `question:${question.id}:${next.state}`,
      now,
    });
    return { ok: true } as const;
  });
}
