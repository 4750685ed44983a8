/**
 * publishHearingMemo: publishes the hearing memo with the body's decision (the item whose decision
 * treated the hearing, one of the body's published items; optional when the decision is not
 * published yet): sets memo_published_at — a process's hearing step linked to this hearing counts
 * as done from then — and completes the deadline's follow-up. It may come before the deadline (a
 * body may close early); it is refused while a response is unchecked (neither published nor
 * withheld), without an introduction, or a second time.
 *
 * Who may call it: the body's secretariat and admins (`edit_meeting`; publishing), the demo loader.
 */
import type { Db } from '../../db/client.js';
import { findItemBody, listResponseStates, lockHearing, markMemoPublished } from '../../db/stores/hearings.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export type PublishMemoRefusal =
  | 'not_found'
  | 'not_allowed'
  | 'already_published'
  | 'memo_missing'
  | 'responses_unchecked'
  | 'decision_not_found'
  | 'decision_not_of_body';

export async function publishHearingMemo(input: {
  db: Db;
  hearingId: number;
  decisionItemId: number | null;
  now?: Date;
  actor: Actor | null;
  auditActor: AuditActor;
}): Promise<{ ok: true } | { ok: false; reason: PublishMemoRefusal; count?: number }> {
  const now = input.now ?? new Date();
  return input.db.transaction(async (tx) => {
    const hearing = await lockHearing(tx, input.hearingId);
    if (!hearing) return { ok: false, reason: 'not_found' } as const;
    if (input.actor && !can(input.actor, 'publish', { bodyId: hearing.bodyId }))
      return { ok: false, reason: 'not_allowed' } as const;
    if (hearing.memoPublishedAt) return { ok: false, reason: 'already_published' } as const;
    if (!hearing.memoText) return { ok: false, reason: 'memo_missing' } as const;
    const unchecked = [...(await listResponseStates(tx, hearing.id)).values()].filter((s) => s === 'received').length;
    if (unchecked > 0) return { ok: false, reason: 'responses_unchecked', count: unchecked } as const;
    if (input.decisionItemId !== null) {
      const body = await findItemBody(tx, input.decisionItemId);
      if (body === null) return { ok: false, reason: 'decision_not_found' } as const;
      if (body !== hearing.bodyId) return { ok: false, reason: 'decision_not_of_body' } as const;
    }
    await markMemoPublished(tx, hearing.id, { at: now, decisionItemId: input.decisionItemId });
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'hearing_memo.publish',
      entity: 'hearing',
      entityId: hearing.id,
      before: null,
      after: { memoPublishedAt: now.toISOString(), decisionItemId: input.decisionItemId },
    });
    return { ok: true } as const;
  });
}
