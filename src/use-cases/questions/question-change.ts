/**
 * What the question use cases share: the question locked for a change, the state machine's
 * verdict, and the audit entry. Not a use case itself.
 */
import { eq } from 'drizzle-orm';
import { questions } from '../../db/schema/index.js';
import {
  type QuestionEventType,
  type QuestionState,
  type QuestionTransitionRefusal,
  transitionQuestion,
} from '../../domain/question-states.js';
import type { DbOrTx } from '../accounts/account-secrets.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export type LockedQuestion = typeof questions.$inferSelect;

export type QuestionChangeRefusal = QuestionTransitionRefusal | 'not_found';

/** The question, locked for the rest of the transaction; null when there is none. */
export async function lockQuestion(tx: DbOrTx, questionId: number): Promise<LockedQuestion | null> {
  const [row] = await tx.select().from(questions).where(eq(questions.id, questionId)).for('update');
  return row ?? null;
}

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
