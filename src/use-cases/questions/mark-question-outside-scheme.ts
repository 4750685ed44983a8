/**
 * markQuestionOutsideScheme: records that a question concerns individual persons and is answered
 * outside the scheme ("Spørgsmål vedr. enkeltpersoner besvares uden for ordningen"), with a note;
 * the asker is notified (without the note). The question leaves the statistics' deadline count.
 *
 * Who may call it: the body's secretariat and admins (`answer_question`). Returns ok, or why not.
 */
import type { Db } from '../../db/client.js';
import type { AuditActor } from '../audit/record-audit-entry.js';
import { type CloseQuestionResult, closeQuestion } from './close-question.js';

export interface MarkQuestionOutsideSchemeInput {
  db: Db;
  questionId: number;
  note: string;
  actor: AuditActor;
  now?: Date;
}

export function markQuestionOutsideScheme(input: MarkQuestionOutsideSchemeInput): Promise<CloseQuestionResult> {
  return closeQuestion({ ...input, event: 'mark_outside_scheme' });
}
