/**
 * What the question use cases share: a change of one question in a transaction of its own (the
 * question locked by the store's lockQuestion), the state machine's verdict on it, the note a
 * change requires, and saving the change with its audit entry. Not a use case itself.
 */
import type { Db, Tx } from '../../db/client.js';
import { lockQuestion, type StoredQuestion, updateQuestion } from '../../db/stores/questions.js';
import { QUESTION_LIMITS } from '../../domain/question.js';
import {
  type QuestionEventType,
  type QuestionState,
  type QuestionTransitionRefusal,
  transitionQuestion,
} from '../../domain/question-states.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

type LockedQuestion = StoredQuestion;

export type QuestionChangeRefusal = QuestionTransitionRefusal | 'not_found';

/**
 * Runs `change` on the question, locked, in one transaction; not_found when there is no such
 * question. `change` refuses with a value or saves (saveQuestionChange).
 */
export function changeQuestion<R>(
  db: Db,
  questionId: number,
  change: (tx: Tx, question: LockedQuestion) => Promise<R>,
): Promise<R | { ok: false; reason: 'not_found' }> {
  return db.transaction(async (tx) => {
    const question = await lockQuestion(tx, questionId);
    if (!question) return { ok: false, reason: 'not_found' } as const;
    return change(tx, question);
  });
}

/** The question's next state for `event`, or why not. */
export function nextState(
  question: LockedQuestion,
  event: QuestionEventType,
): { ok: true; state: QuestionState } | { ok: false; reason: QuestionTransitionRefusal } {
  return transitionQuestion(question.state, { type: event });
}

/** A note the change cannot do without, trimmed; or why it cannot be taken. */
export function requiredNote(
  note: string,
): { ok: true; note: string } | { ok: false; reason: 'note_missing' | 'note_too_long' } {
  const trimmed = note.trim();
  if (!trimmed) return { ok: false, reason: 'note_missing' };
  if (trimmed.length > QUESTION_LIMITS.noteMax) return { ok: false, reason: 'note_too_long' };
  return { ok: true, note: trimmed };
}

/** Saves the changed fields of the question (`set`, with its `updatedAt`) and the audit entry: the state before, `after`. */
export async function saveQuestionChange(
  tx: Tx,
  question: LockedQuestion,
  change: {
    set: Parameters<typeof updateQuestion>[2];
    actor: AuditActor;
    action: string;
    after: Record<string, unknown>;
  },
): Promise<void> {
  await updateQuestion(tx, question.id, change.set);
  await recordAuditEntry(tx, {
    actor: change.actor,
    action: change.action,
    entity: 'question',
    entityId: question.id,
    before: { state: question.state },
    after: change.after,
  });
}
