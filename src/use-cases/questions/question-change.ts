/**
 * What the question use cases share: the state machine's verdict on a change of the question
 * (locked by the store's lockQuestion), and the audit entry. Not a use case itself.
 */
import type { DbOrTx } from '../../db/client.js';
import type { StoredQuestion } from '../../db/stores/questions.js';
import {
  type QuestionEventType,
  type QuestionState,
  type QuestionTransitionRefusal,
  transitionQuestion,
} from '../../domain/question-states.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

type LockedQuestion = StoredQuestion;

export type QuestionChangeRefusal = QuestionTransitionRefusal | 'not_found';

/** The question's next state for `event`, or why not. */
export function nextState(
  question: LockedQuestion,
  event: QuestionEventType,
): { ok: true; state: QuestionState } | { ok: false; reason: QuestionTransitionRefusal } {
  return transitionQuestion(question.state, { type: event });
}

export async function auditQuestion(
  tx: DbOrTx,
  input: {
    actor: AuditActor;
    action: string;
    question: LockedQuestion;
    after: Record<string, unknown>;
  },
): Promise<void> {
  await recordAuditEntry(tx, {
    actor: input.actor,
    action: input.action,
    entity: 'question',
    entityId: input.question.id,
    before: { state: input.question.state },
    after: input.after,
  });
}
