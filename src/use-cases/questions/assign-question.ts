/**
 * assignQuestion: the secretariat gives an open question to whoever answers it — a user of the
 * body's secretariat, and/or a note naming someone outside Protokol ("Sygehusdirektør Anne
 * Hansen"). An assigned question can be assigned again; a closed one cannot (question-states.ts).
 *
 * Who may call it: the body's secretariat and admins (`answer_question`). Returns the new state, or why not.
 */
import type { Db } from '../../db/client.js';
import { findUserRole } from '../../db/stores/accounts.js';
import { QUESTION_LIMITS } from '../../domain/question.js';
import type { AuditActor } from '../audit/record-audit-entry.js';
import { changeQuestion, nextState, type QuestionChangeRefusal, saveQuestionChange } from './question-change.js';

export interface AssignQuestionInput {
  db: Db;
  questionId: number;
  /** A user with the secretariat role in the question's body; null for none. */
  assigneeUserId: number | null;
  note: string;
  actor: AuditActor;
  now?: Date;
}

export type AssignQuestionResult =
  | { ok: true }
  | { ok: false; reason: QuestionChangeRefusal | 'assignee_missing' | 'assignee_invalid' | 'note_too_long' };

export async function assignQuestion(input: AssignQuestionInput): Promise<AssignQuestionResult> {
  const note = input.note.trim();
  if (input.assigneeUserId === null && !note) return { ok: false, reason: 'assignee_missing' };
  if (note.length > QUESTION_LIMITS.noteMax) return { ok: false, reason: 'note_too_long' };
  const now = input.now ?? new Date();
  return changeQuestion(input.db, input.questionId, async (tx, question) => {
    const next = nextState(question, 'assign');
    if (!next.ok) return next;
    if (input.assigneeUserId !== null) {
      const role = await findUserRole(tx, { userId: input.assigneeUserId, bodyId: question.bodyId });
      if (role !== 'secretariat') return { ok: false, reason: 'assignee_invalid' } as const;
    }
    await saveQuestionChange(tx, question, {
      set: {
        state: next.state,
        assignedToUserId: input.assigneeUserId,
        assignmentNote: note || null,
        assignedAt: now,
        updatedAt: now,
      },
      actor: input.actor,
      action: 'question.assign',
      after: { state: next.state, assigneeUserId: input.assigneeUserId, hasNote: note.length > 0 },
    });
    return { ok: true } as const;
  });
}
