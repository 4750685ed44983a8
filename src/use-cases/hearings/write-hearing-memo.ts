/**
 * writeHearingMemo: the secretariat writes the hearing memo (høringsnotat): an introduction and,
 * per response, the body's answer and the change made to the document. It can be rewritten until
 * it is published (publishHearingMemo); until then the public does not see it.
 *
 * Who may call it: the body's secretariat and admins (`edit_meeting`), the demo loader.
 */
import type { Db } from '../../db/client.js';
import { listResponseStates, lockHearing, saveMemo } from '../../db/stores/hearings.js';
import { HEARING_LIMITS } from '../../domain/hearing.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export type MemoRefusal = 'not_found' | 'not_allowed' | 'memo_published' | 'too_long' | 'unknown_response';

export async function writeHearingMemo(input: {
  db: Db;
  hearingId: number;
  introduction: string;
  answers: readonly { responseId: number; answer: string; change: string }[];
  actor: Actor | null;
  auditActor: AuditActor;
}): Promise<{ ok: true } | { ok: false; reason: MemoRefusal }> {
  const texts = [input.introduction, ...input.answers.flatMap((a) => [a.answer, a.change])];
  if (texts.some((text) => text.length > HEARING_LIMITS.memoMax)) return { ok: false, reason: 'too_long' };
  return input.db.transaction(async (tx) => {
    const hearing = await lockHearing(tx, input.hearingId);
    if (!hearing) return { ok: false, reason: 'not_found' } as const;
    if (input.actor && !can(input.actor, 'edit_meeting', { bodyId: hearing.bodyId }))
      return { ok: false, reason: 'not_allowed' } as const;
    if (hearing.memoPublishedAt) return { ok: false, reason: 'memo_published' } as const;
    const states = await listResponseStates(tx, hearing.id);
    if (input.answers.some((a) => !states.has(a.responseId))) return { ok: false, reason: 'unknown_response' } as const;
    const memo = {
      text: input.introduction.trim() || null,
      answers: input.answers.map((a) => ({
        responseId: a.responseId,
        answer: a.answer.trim() || null,
        change: a.change.trim() || null,
      })),
    };
    await saveMemo(tx, hearing.id, memo);
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'hearing_memo.write',
      entity: 'hearing',
      entityId: hearing.id,
      before: { memoText: hearing.memoText },
      after: { memoText: memo.text, answers: memo.answers.length },
    });
    return { ok: true } as const;
  });
}
