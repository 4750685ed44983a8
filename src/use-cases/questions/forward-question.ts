/**
 * forwardQuestion: records that a question of broad interest was also sent on to the regional
 * council's question scheme, with the link to it there. Once per question.
 *
 * Who may call it: the body's secretariat and admins (`answer_question`). Returns ok, or why not.
 */
import type { Db } from '../../db/client.js';
import type { AuditActor } from '../audit/record-audit-entry.js';
import { changeQuestion, saveQuestionChange } from './question-change.js';

export interface ForwardQuestionInput {
  db: Db;
  questionId: number;
  /** http(s) address of the question in the regional council's scheme. */
  link: string;
  actor: AuditActor;
  now?: Date;
}

export type ForwardQuestionResult =
  | { ok: true }
  | { ok: false; reason: 'not_found' | 'already_forwarded' | 'link_invalid' };

function isWebLink(value: string): boolean {
  return value.length <= 2000 && /^https?:\/\/[^\s/]+\S*$/.test(value) && URL.canParse(value);
}

export async function forwardQuestion(input: ForwardQuestionInput): Promise<ForwardQuestionResult> {
  const link = input.link.trim();
  if (!isWebLink(link)) return { ok: false, reason: 'link_invalid' };
  const now = input.now ?? new Date();
  return changeQuestion(input.db, input.questionId, async (tx, question) => {
    if (question.forwardedAt) return { ok: false, reason: 'already_forwarded' } as const;
    await saveQuestionChange(tx, question, {
      set: { forwardedAt: now, forwardedByUserId: input.actor.userId, forwardedLink: link, updatedAt: now },
      actor: input.actor,
      action: 'question.forward',
      after: { state: question.state, forwardedLink: link },
    });
    return { ok: true } as const;
  });
}
