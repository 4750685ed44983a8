/**
 * recordAskerContacted: records that the administration contacted the asker — because the deadline
 * passed without an answer, or because the chair declined the question — with what was agreed.
 * The "skal kontaktes" marker then goes away. Not for answered questions or those outside the scheme.
 *
 * Who may call it: the body's secretariat and admins (`answer_question`). Returns ok, or why not.
 */
import type { Db } from '../../db/client.js';
import type { AuditActor } from '../audit/record-audit-entry.js';
import { changeQuestion, requiredNote, saveQuestionChange } from './question-change.js';

export interface RecordAskerContactedInput {
  db: Db;
  questionId: number;
  note: string;
  actor: AuditActor;
  now?: Date;
}

export type RecordAskerContactedResult =
  | { ok: true }
  | {
      ok: false;
      reason: 'not_found' | 'already-answered' | 'already-outside-scheme' | 'note_missing' | 'note_too_long';
    };

export async function recordAskerContacted(input: RecordAskerContactedInput): Promise<RecordAskerContactedResult> {
  const checked = requiredNote(input.note);
  if (!checked.ok) return checked;
  const now = input.now ?? new Date();
  return changeQuestion(input.db, input.questionId, async (tx, question) => {
    if (question.state === 'answered') return { ok: false, reason: 'already-answered' } as const;
    if (question.state === 'outside_scheme') return { ok: false, reason: 'already-outside-scheme' } as const;
    await saveQuestionChange(tx, question, {
      set: { contactedAt: now, contactedByUserId: input.actor.userId, contactNote: checked.note, updatedAt: now },
      actor: input.actor,
      action: 'question.asker_contacted',
      after: { state: question.state, contactedAt: now.toISOString() },
    });
    return { ok: true } as const;
  });
}
