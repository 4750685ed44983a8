/**
 * declineQuestion: records that the chair decided not to answer a question that needs extensive
 * resources, with the note for the dialogue with the asker; the asker is notified (without the
 * note, which they read in Protokol) and must then be contacted (record-asker-contacted.ts).
 *
 * Who may call it: the body's secretariat and admins (`answer_question`). Returns ok, or why not.
 */
import type { Db } from '../../db/client.js';
import type { AuditActor } from '../audit/record-audit-entry.js';
import { type CloseQuestionResult, closeQuestion } from './close-question.js';

export interface DeclineQuestionInput {
  db: Db;
  questionId: number;
  /** The chair's reason and what the dialogue should be about. */
  note: string;
  actor: AuditActor;
  now?: Date;
}

export function declineQuestion(input: DeclineQuestionInput): Promise<CloseQuestionResult> {
  return closeQuestion({ ...input, event: 'decline' });
}
