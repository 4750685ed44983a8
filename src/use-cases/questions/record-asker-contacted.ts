/**
 * recordAskerContacted: records that the administration contacted the asker — because the deadline
 * passed without an answer, or because the chair declined the question — with what was agreed.
 * The "skal kontaktes" marker then goes away. Not for answered questions or those outside the scheme.
 *
 * Who may call it: the body's secretariat and admins (`answer_question`). Returns ok, or why not.
 */
import type { Db } from '../../db/client.js';
import { lockQuestion, updateQuestion } from '../../db/stores/questions.js';
import { QUESTION_LIMITS } from '../../domain/question.js';
import type { AuditActor } from '../audit/record-audit-entry.js';
import { auditQuestion } from './question-change.js';

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
  const note = input.note.trim();
  if (!note) return { ok: false, reason: 'note_missing' };
  if (note.length > QUESTION_LIMITS.noteMax) return { ok: false, reason: 'note_too_long' };
  const now = input.now ?? new Date();
  return input.db.transaction(async (tx) => {
    const question = await lockQuestion(tx, input.questionId);
    if (!question) return { ok: false, reason: 'not_found' } as const;
    if (question.state === 'answered') return { ok: false, reason: 'already-answered' } as const;
    if (question.state === 'outside_scheme') return { ok: false, reason: 'already-outside-scheme' } as const;
    await updateQuestion(tx, question.id, {
      contactedAt: now,
      contactedByUserId: input.actor.userId,
      contactNote: note,
      updatedAt: now,
    });
    await auditQuestion(tx, {
      actor: input.actor,
      action: 'question.asker_contacted',
      question,
      after: { state: question.state, contactedAt: now.toISOString() },
    });
    return { ok: true } as const;
  });
}
